"""`iter_all`: every page of a paginated list, on a fake server that pages as
BEMServer's (flask-smorest's `X-Pagination`); and which resources have it."""

from __future__ import annotations

import inspect
import json
import math
from pathlib import Path
from typing import Any

import httpx
import pytest

from bemserver_api_client._entry_points import (
    entry_point_names,
    entry_point_of,
    operations_called,
)
from bemserver_api_client.exceptions import BEMServerAPIValidationError
from bemserver_api_client.models import Timeseries
from generator.facade_table import MAX_PAGE_SIZE
from generator.normalise import iter_operations, normalise, snake_case
from generator.pull import current_specs
from tests.unit.conftest import MockClients

ROOT = Path(__file__).resolve().parents[3]


def pagination_header(page: int, page_size: int, total: int) -> dict[str, int]:
    """What flask-smorest's Blueprint._make_pagination_metadata answers."""
    header = {"total": total}
    if total == 0:
        header["total_pages"] = 0
        return header
    last = (total - 1) // page_size + 1
    header.update(total_pages=last, first_page=1, last_page=last)
    if page <= last:
        header["page"] = page
        if page > 1:
            header["previous_page"] = page - 1
        if page < last:
            header["next_page"] = page + 1
    return header


class PagingServer:
    """GET /timeseries/ over `total` timeseries, paged like the real server."""

    def __init__(self, total: int, *, header: bool = True) -> None:
        self.items = [
            {"id": i, "name": f"ts-{i}", "campaign_id": 1, "campaign_scope_id": 1}
            for i in range(1, total + 1)
        ]
        self.header = header
        self.requests: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        page = int(request.url.params.get("page", 1))
        page_size = int(request.url.params.get("page_size", 10))
        if page_size > MAX_PAGE_SIZE:
            return httpx.Response(
                422,
                json={"errors": {"query": {"page_size": ["Must be <= 100."]}}},
            )
        start = (page - 1) * page_size
        headers = {}
        if self.header:
            headers["X-Pagination"] = json.dumps(
                pagination_header(page, page_size, len(self.items))
            )
        return httpx.Response(
            200, json=self.items[start : start + page_size], headers=headers
        )


@pytest.mark.parametrize("total", [0, 1, 99, 100, 101, 250])
def test_iter_all_yields_every_item_once_in_order(
    total: int, mock_client: MockClients
) -> None:
    server = PagingServer(total)
    items = list(mock_client(server).timeseries.iter_all(campaign_id=1))
    assert all(isinstance(item, Timeseries) for item in items)
    assert [item.id for item in items] == list(range(1, total + 1))
    assert len(server.requests) == max(1, math.ceil(total / MAX_PAGE_SIZE))
    assert [url.params["page"] for url in server.requests] == [
        str(n) for n in range(1, len(server.requests) + 1)
    ]
    assert all(url.params["campaign_id"] == "1" for url in server.requests)


def test_page_size_is_capped_at_the_api_maximum(mock_client: MockClients) -> None:
    server = PagingServer(250)
    client = mock_client(server)
    assert len(list(client.timeseries.iter_all(page_size=500))) == 250
    assert {url.params["page_size"] for url in server.requests} == {"100"}
    server.requests.clear()
    assert len(list(client.timeseries.iter_all(page_size=7))) == 250
    assert len(server.requests) == 36
    # getall is left as it is: one page, as asked (and refused by the server).
    with pytest.raises(BEMServerAPIValidationError):
        client.timeseries.getall(page_size=500)


def test_iteration_may_start_at_a_given_page(mock_client: MockClients) -> None:
    server = PagingServer(250)
    items = list(mock_client(server).timeseries.iter_all(page=2, page_size=100))
    assert [item.id for item in items] == list(range(101, 251))


def test_pages_are_requested_as_the_iteration_goes(mock_client: MockClients) -> None:
    server = PagingServer(250)
    iterator = mock_client(server).timeseries.iter_all()
    assert server.requests == []
    next(iterator)
    assert len(server.requests) == 1


def test_without_pagination_header_iteration_goes_on_while_pages_are_full(
    mock_client: MockClients,
) -> None:
    server = PagingServer(200, header=False)
    items = list(mock_client(server).timeseries.iter_all())
    assert len(items) == 200
    assert len(server.requests) == 3  # 100, 100, then an empty page


@pytest.mark.anyio
async def test_async_iter_all_is_an_async_iterator_over_every_page(
    mock_client: MockClients,
) -> None:
    server = PagingServer(250)
    client = mock_client.async_(server)
    iterator = client.timeseries.iter_all(campaign_id=1)
    assert inspect.isasyncgen(iterator)
    items = [item async for item in iterator]
    assert [item.id for item in items] == list(range(1, 251))
    assert len(server.requests) == 3


def paginated_spec_operations() -> set[str]:
    """Generated operations of every spec in spec/ that take `page`."""
    found: set[str] = set()
    for path in current_specs(ROOT / "spec"):
        spec = normalise(json.loads(path.read_text()))
        for _, _, operation in iter_operations(spec):
            names = {p.get("name") for p in operation.get("parameters", [])}
            if "page" in names:
                found.add(
                    f"{snake_case(operation['tags'][0])}.{operation['operationId']}"
                )
    return found


def test_exactly_the_paginated_list_operations_have_iter_all() -> None:
    paginated = paginated_spec_operations()
    assert len(paginated) == 14
    with_iter_all: set[str] = set()
    for name in entry_point_names():
        resource: Any = entry_point_of(name)
        listing = (
            operations_called(resource, "getall")[0]
            if hasattr(resource, "getall")
            else None
        )
        list_operation = None if listing is None else listing.name
        takes_page = (
            listing is not None
            and "page" in inspect.signature(listing.module.build_request).parameters
        )
        has_iter_all = hasattr(resource, "iter_all")
        assert has_iter_all == takes_page, name
        if has_iter_all:
            assert operations_called(resource, "iter_all") == (listing,), name
        assert has_iter_all == (list_operation in paginated), name
        if has_iter_all:
            with_iter_all.add(list_operation)
    assert with_iter_all == paginated


def test_max_page_size_is_the_spec_maximum() -> None:
    for path in current_specs(ROOT / "spec"):
        spec = normalise(json.loads(path.read_text()))
        for _, _, operation in iter_operations(spec):
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "page_size":
                    assert parameter["schema"]["maximum"] == MAX_PAGE_SIZE


@pytest.mark.parametrize("header", ["{not json", "[1, 2]", '"total"'])
def test_a_malformed_pagination_header_reads_as_absent(
    header: str, mock_client: MockClients
) -> None:
    server = PagingServer(250, header=False)

    def answer(request: httpx.Request) -> httpx.Response:
        response = server(request)
        response.headers["X-Pagination"] = header
        return response

    client = mock_client(answer)
    page = client.timeseries.getall(page_size=100)
    assert page.pagination == {}
    assert [ts.id for ts in page.parsed] == list(range(1, 101))  # data still given
    # Iterated as without the header: while the pages come full.
    items = list(client.timeseries.iter_all())
    assert [ts.id for ts in items] == list(range(1, 251))
