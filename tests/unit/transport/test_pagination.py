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
from bemserver_api_client.exceptions import (
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIMalformedAnswerError,
    BEMServerAPIValidationError,
)
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


# -- issue 21: a server that pages without end, bad paging arguments ---------------


class LyingServer:
    """Pages of `items` items whose X-Pagination always announces a next page."""

    def __init__(self, items: int, total_pages: int = 3) -> None:
        self.items = items
        self.total_pages = total_pages
        self.pages: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        self.pages.append(page)
        if len(self.pages) > 1000:  # on main: a walk without end
            raise AssertionError("1000 pages asked")
        header = {"total_pages": self.total_pages, "page": page, "next_page": page + 1}
        body = [
            {"id": i, "name": f"ts-{i}", "campaign_id": 1, "campaign_scope_id": 1}
            for i in range(self.items)
        ]
        return httpx.Response(
            200, json=body, headers={"X-Pagination": json.dumps(header)}
        )


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.anyio
async def test_an_empty_page_ends_the_iteration(
    asynchronous: bool, mock_client: MockClients
) -> None:
    server = LyingServer(items=0)
    if asynchronous:
        items = [i async for i in mock_client.async_(server).timeseries.iter_all()]
    else:
        items = list(mock_client(server).timeseries.iter_all())
    assert items == []
    assert server.pages == [1]


def test_no_page_past_the_announced_ones_and_a_margin(mock_client: MockClients) -> None:
    server = LyingServer(items=1, total_pages=3)
    iterator = mock_client(server).timeseries.iter_all()
    with pytest.raises(BEMServerAPIMalformedAnswerError, match="announces page"):
        for _ in iterator:
            pass
    assert server.pages == list(range(1, 3 + 10 + 1))  # 3 announced, 10 more at most


@pytest.mark.parametrize("next_page", [1, 0, "2", None])
def test_a_page_is_never_asked_twice(next_page: Any, mock_client: MockClients) -> None:
    pages: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        pages.append(request.url.params["page"])
        header = {"total_pages": 5, "page": 1, "next_page": next_page}
        body = [{"id": 1, "name": "a", "campaign_id": 1, "campaign_scope_id": 1}]
        return httpx.Response(
            200, json=body, headers={"X-Pagination": json.dumps(header)}
        )

    assert len(list(mock_client(answer).timeseries.iter_all())) == 1
    assert pages == ["1"]


def test_page_size_and_page_are_read_as_getall_reads_them(
    mock_client: MockClients,
) -> None:
    server = PagingServer(120)
    client = mock_client(server)
    assert len(list(client.timeseries.iter_all(page_size="50"))) == 120  # type: ignore[arg-type]
    assert {url.params["page_size"] for url in server.requests} == {"50"}
    assert client.timeseries.getall(page_size="50").status_code == 200  # type: ignore[arg-type]
    server.requests.clear()
    items = list(client.timeseries.iter_all(page="2", page_size=100))  # type: ignore[arg-type]
    assert [ts.id for ts in items] == list(range(101, 121))


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        ({"page": "x"}, "page"),
        ({"page_size": "fifty"}, "page_size"),
        ({"page": 1.5}, "page"),
        ({"page_size": True}, "page_size"),
    ],
)
@pytest.mark.anyio
async def test_bad_paging_arguments_raise_the_documented_error(
    arguments: dict[str, Any], name: str, mock_client: MockClients
) -> None:
    server = PagingServer(10)
    with pytest.raises(BEMServerAPIInvalidArgumentError) as raised:
        list(mock_client(server).timeseries.iter_all(**arguments))
    assert raised.value.errors == {name: ["Not a valid integer."]}
    with pytest.raises(BEMServerAPIInvalidArgumentError):
        [i async for i in mock_client.async_(server).timeseries.iter_all(**arguments)]
    assert server.requests == []
