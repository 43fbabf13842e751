"""Typed use of the client: `mypy --strict` and pyright (strict, see the comment
below) must accept this file as it is, and infer the types asserted with
`assert_type` (tests/typing/test_typing.py)."""

# pyright: strict

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from typing_extensions import assert_type

from bemserver_api_client import (
    AsyncBEMServerAPIClient,
    BEMServerAPIClient,
    BEMServerApiClientResponse,
)
from bemserver_api_client.enums import DegreeDaysPeriod
from bemserver_api_client.models import DegreeDaysResult, Site, Timeseries


def sync_usage(client: BEMServerAPIClient) -> str:
    response = client.sites.getone(1)
    assert_type(response, BEMServerApiClientResponse[Site])
    assert_type(response.parsed.name, str)
    sites = client.sites.getall(campaign_id=1).parsed
    assert_type(sites, list[Site])
    created = client.timeseries.create({"name": "T", "campaign_id": 1})
    assert_type(created.parsed, Timeseries)
    degree_days = client.sites.get_degree_days(
        1, "2024-01-01", "2025-01-01", period=DegreeDaysPeriod.month
    )
    assert_type(degree_days.parsed, DegreeDaysResult)
    client.sites.delete(1, etag=response.etag)
    return response.parsed.name


async def async_usage(client: AsyncBEMServerAPIClient) -> str:
    response = await client.sites.getone(1)
    assert_type(response, BEMServerApiClientResponse[Site])
    sites = (await client.sites.getall()).parsed
    assert_type(sites, list[Site])
    return response.parsed.name


def sync_pagination(client: BEMServerAPIClient) -> list[str]:
    from bemserver_api_client.models import Event, TimeseriesBySite

    every = client.timeseries.iter_all(campaign_id=1, page_size=500)
    assert_type(every, Iterator[Timeseries])
    assert_type(client.events.iter_all(campaign_id=1), Iterator[Event])
    assert_type(client.timeseries_by_sites.iter_all(), Iterator[TimeseriesBySite])
    return [ts.name for ts in every]


async def async_pagination(client: AsyncBEMServerAPIClient) -> list[str]:
    from bemserver_api_client.models import Notification

    every = client.timeseries.iter_all(campaign_id=1)
    assert_type(every, AsyncIterator[Timeseries])
    notifications = client.notifications.iter_all(user_id=1)
    assert_type(notifications, AsyncIterator[Notification])
    return [ts.name async for ts in every]


def typed_filters(client: BEMServerAPIClient) -> None:
    """Each operation's filters, with the values the clients accept."""
    import datetime as dt

    from bemserver_api_client.enums import BucketWidthUnit, EventLevel
    from bemserver_api_client.models import (
        Event,
        Notification,
        STCleanupByCampaign,
        STCleanupByCampaignFull,
    )

    client.sites.getall(campaign_id=1, sort="+name", name="HQ", ifc_id=None)
    client.sites.getall(sort=["-name", "name"], etag="abc")
    client.campaigns.getall(in_name="2024", sort=("+name",))
    client.users.getall(email="a@b.c", is_admin=False, sort=["+email"])
    events = client.events.getall(
        campaign_id=1,
        level="WARNING",
        level_min=EventLevel.INFO,
        timestamp_min=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
        timestamp_max="2025-01-01T00:00:00+00:00",
        sort="-timestamp",
        page=2,
        page_size=50,
    )
    assert_type(events.parsed, list[Event])
    every_event = client.events.iter_all(level="ERROR", page=2, page_size=20)
    assert_type(every_event, Iterator[Event])
    client.timeseries.getall(campaign_id=1, site_id=2, recurse_site_id=3)
    client.timeseries_properties.getall(value_type="float")
    client.notifications.count_by_campaign(user_id=1, read=False)
    client.notifications.mark_all_as_read(user_id=1, campaign_id=2)
    assert_type(
        client.notifications.iter_all(user_id=1, read=True), Iterator[Notification]
    )
    full = client.st_cleanup_by_campaign.get_full(
        campaign_id=1, is_enabled=True, sort="+campaign_name"
    )
    assert_type(full.parsed, list[STCleanupByCampaignFull])
    assert_type(
        client.st_cleanup_by_campaign.getall(campaign_id=1).parsed,
        list[STCleanupByCampaign],
    )
    client.task_by_campaign.getall(campaign_id=1, is_enabled=True)
    client.energies.getall()
    client.about.getall(etag="abc")
    print(BucketWidthUnit.day)


async def async_typed_filters(client: AsyncBEMServerAPIClient) -> None:
    from bemserver_api_client.models import Event

    events = await client.events.getall(level="CRITICAL", campaign_id=1)
    assert_type(events.parsed, list[Event])
    assert_type(client.events.iter_all(campaign_id=1), AsyncIterator[Event])
    await client.notifications.mark_all_as_read(user_id=1)
