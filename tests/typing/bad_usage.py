"""Misuses that `mypy --strict` and pyright must reject, exactly one error on
each line marked `# E:` and none elsewhere (tests/typing/test_typing.py)."""

from __future__ import annotations

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.enums import Aggregation
from bemserver_api_client.models import Event


def misuse(client: BEMServerAPIClient, aclient: AsyncBEMServerAPIClient) -> None:
    client.sites.getone("one")  # E: an ID is an int
    client.building_properties.update(1, {})  # E: properties are never updated
    client.sites.get_degree_days(1)  # E: dates are required
    name: int = client.sites.getone(1).parsed.name  # E: a name is a str
    print(name, aclient.sites.getone(1).parsed)  # E: the async result is awaited


def filter_misuse(client: BEMServerAPIClient, aclient: AsyncBEMServerAPIClient) -> None:
    client.sites.getall(campain_id=1)  # E: filter typo
    client.sites.getall(campaign_id="one")  # E: wrong filter type
    client.sites.getall(sort="+nam")  # E: wrong enumeration value
    client.sites.getall(sort=["name", "-id"])  # E: wrong enumeration value in a list
    client.events.getall(level="WARN")  # E: wrong enumeration value
    client.events.getall(level=Aggregation.avg)  # E: an Enum of other values
    client.events.getall(timestamp_min=1700000000)  # E: a datetime, not a number
    client.timeseries.iter_all(campaign=1)  # E: filter typo in iter_all
    client.timeseries.iter_all(page_size="10")  # E: wrong type of page_size
    client.timeseries_datastates.getall(sort="+name")  # E: no filter at all
    client.notifications.mark_all_as_read()  # E: user_id is required
    client.notifications.count_by_campaign(user_id=1, read="no")  # E: a bool
    client.st_cleanup_by_campaign.get_full(is_enabled=1.5)  # E: a bool
    aclient.events.iter_all(level_minimum="INFO")  # E: filter typo (async)
    print(client.sites.getall(campaign_id=1).parsed[0].nam)  # E: wrong result attribute
    sites: list[Event] = client.sites.getall().parsed  # E: a list of Site
    print(sites)
