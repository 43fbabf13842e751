"""Typed use of the client: `mypy --strict` must accept this file as it is, and
infer the types asserted with `assert_type` (tests/typing/test_typing.py)."""

from __future__ import annotations

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
    from collections.abc import Iterator

    from bemserver_api_client.models import Event, TimeseriesBySite

    every = client.timeseries.iter_all(campaign_id=1, page_size=500)
    assert_type(every, Iterator[Timeseries])
    assert_type(client.events.iter_all(campaign_id=1), Iterator[Event])
    assert_type(client.timeseries_by_sites.iter_all(), Iterator[TimeseriesBySite])
    return [ts.name for ts in every]


async def async_pagination(client: AsyncBEMServerAPIClient) -> list[str]:
    from collections.abc import AsyncIterator

    from bemserver_api_client.models import Notification

    every = client.timeseries.iter_all(campaign_id=1)
    assert_type(every, AsyncIterator[Timeseries])
    notifications = client.notifications.iter_all(user_id=1)
    assert_type(notifications, AsyncIterator[Notification])
    return [ts.name async for ts in every]
