"""Answers the spec does not foresee give `.data`/`.parsed` or a documented error.

A real BEMServer does not answer a 200 to a create, nor JSON nested a hundred
thousand levels deep: mock transports play such a server (or a proxy).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client import exceptions as exc
from bemserver_api_client.models import Site

SITE = {"id": 12, "name": "HQ", "campaign_id": 3, "description": None}
# Deeper than the interpreter's recursion limit: json.loads raises RecursionError.
DEEP = b"[" * 100_000 + b"]" * 100_000


def client_answering(
    handler: Callable[[httpx.Request], httpx.Response],
) -> BEMServerAPIClient:
    return BEMServerAPIClient(
        "bemserver.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        retry=None,
    )


def answer(
    status: int, content: bytes = b"", json_type: bool = True
) -> BEMServerAPIClient:
    headers = {"Content-Type": "application/json"} if json_type else {}
    return client_answering(
        lambda request: httpx.Response(status, content=content, headers=headers)
    )


def test_undeclared_200_to_a_create_parses_as_the_created_model() -> None:
    client = client_answering(lambda request: httpx.Response(200, json=SITE))
    response = client.sites.create({"name": "HQ", "campaign_id": 3})
    assert response.status_code == 200
    assert response.data == SITE
    assert isinstance(response.parsed, Site)
    assert response.parsed.name == "HQ"


def test_undeclared_200_with_a_body_that_does_not_fit_is_an_internal_error() -> None:
    response = answer(200, b"[1, 2]").sites.create({"name": "HQ", "campaign_id": 3})
    assert response.data == [1, 2]
    with pytest.raises(exc.BEMServerAPIInternalError) as raised:
        response.parsed  # noqa: B018
    assert raised.value.status_code == 200


def test_undeclared_200_to_a_delete_parses_as_nothing() -> None:
    response = answer(200, b"").sites.delete(12, etag="abc")
    assert response.data is None
    assert response.parsed is None


def test_undeclared_204_to_a_list_is_an_internal_error_not_a_crash() -> None:
    response = answer(204).sites.getall()
    assert response.data is None
    with pytest.raises(exc.BEMServerAPIInternalError):
        response.parsed  # noqa: B018


def test_deeply_nested_json_is_an_internal_error() -> None:
    response = answer(200, DEEP).sites.getall()
    with pytest.raises(exc.BEMServerAPIInternalError) as raised:
        response.data  # noqa: B018
    assert raised.value.status_code == 200
    with pytest.raises(exc.BEMServerAPIInternalError):
        response.parsed  # noqa: B018


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (422, exc.BEMServerAPIValidationError),
        (409, exc.BEMServerAPIConflictError),
        (401, exc.BEMServerAPIAuthenticationError),
        (500, exc.BEMServerAPIInternalError),
    ],
)
def test_deeply_nested_error_body_maps_by_status(
    status: int, expected: type[exc.BEMServerAPIError]
) -> None:
    with pytest.raises(expected) as raised:
        answer(status, DEEP).sites.getall()
    assert raised.value.status_code == status


def test_deeply_nested_pagination_header_is_ignored() -> None:
    client = client_answering(
        lambda request: httpx.Response(
            200, json=[], headers={"X-Pagination": "[" * 50_000 + "]" * 50_000}
        )
    )
    response = client.sites.getall()
    assert response.pagination == {}
    assert response.parsed == []
