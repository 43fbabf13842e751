"""A misspelt filter is never silent: the server ignores query parameters it
does not know, so `sites.getall(campain_id=19)` would answer every site.

A name close to one of the operation's filters raises, with the suggestion; any
other unknown name is still sent (bemserver-ui sends `sort=` to operations whose
document lists none) with a warning at the user's line, each time; the
`strict_filters` option makes every unknown filter an error."""

from __future__ import annotations

import asyncio
import sys
import warnings

import pytest

from bemserver_api_client.exceptions import (
    BEMServerAPIArgumentWarning,
    BEMServerAPIInvalidArgumentError,
)
from tests.unit.conftest import MockClients


def test_a_near_miss_raises_with_the_suggestion(mock_client: MockClients) -> None:
    client = mock_client()
    with pytest.raises(BEMServerAPIInvalidArgumentError) as caught:
        client.sites.getall(campain_id=19)
    assert str(caught.value) == (
        "unknown filter 'campain_id' for sites.getall; did you mean 'campaign_id'?"
    )
    assert caught.value.errors == {"campain_id": ["Unknown field."]}
    assert mock_client.requests == []


def test_a_far_name_warns_at_the_callers_line_each_time(
    mock_client: MockClients,
) -> None:
    client = mock_client()
    lines = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        for _ in range(2):
            lines.append(sys._getframe().f_lineno + 1)
            client.timeseries_datastates.getall(sort="+name")
    assert [w.category for w in caught] == [BEMServerAPIArgumentWarning] * 2
    assert [(w.filename, w.lineno) for w in caught] == [(__file__, lines[0])] * 2
    message = str(caught[0].message)
    assert "timeseries_datastates.getall" in message
    assert "'sort'" in message
    assert "the server ignores filters it does not know" in message
    # Still sent: the server judges.
    assert [r.url.params["sort"] for r in mock_client.requests] == ["+name"] * 2


def test_the_async_client_warns_at_the_callers_line(
    mock_client: MockClients,
) -> None:
    client = mock_client.async_()

    async def call() -> int:
        line = sys._getframe().f_lineno + 1
        await client.sites.getall(colour="blue")
        return line

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        line = asyncio.run(call())
    assert [(w.filename, w.lineno) for w in caught] == [(__file__, line)]


def test_strict_filters_makes_every_unknown_filter_an_error(
    mock_client: MockClients,
) -> None:
    client = mock_client(strict_filters=True)
    with pytest.raises(
        BEMServerAPIInvalidArgumentError,
        match=r"unknown filter 'colour' for sites.getall \(it takes sort, name, ",
    ):
        client.sites.getall(colour="blue")
    # Per call, through with_options; the original client only warns.
    lenient = mock_client()
    with pytest.raises(BEMServerAPIInvalidArgumentError, match="'colour'"):
        lenient.with_options(strict_filters=True).sites.getall(colour="blue")
    with pytest.warns(BEMServerAPIArgumentWarning):
        lenient.sites.getall(colour="blue")
    assert len(mock_client.requests) == 1


def test_the_filters_of_the_operation_are_keyword_parameters(
    mock_client: MockClients,
) -> None:
    client = mock_client()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.sites.getall(campaign_id="3", sort=["+name"], name="HQ")
    (request,) = mock_client.requests
    assert request.url.params.multi_items() == [
        ("sort", "+name"),
        ("name", "HQ"),
        ("campaign_id", "3"),
    ]
