"""A client pickles (to run on Dask workers) as its host, settings and a token
pair: never a password, no request when unpickled. Against a real server:
tests/integration/test_timeseries_dask.py."""

from __future__ import annotations

import pickle

import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.exceptions import BEMServerAPIAuthenticationError
from tests.unit.conftest import MockClients

PASSWORD = "s3cret-Pa55word"


def tokens(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/auth/token":
        return httpx.Response(
            200,
            json={"status": "success", "access_token": "A1", "refresh_token": "R1"},
        )
    return httpx.Response(200, json=[])


def test_a_basic_client_ships_a_token_pair_asked_once(
    mock_client: MockClients,
) -> None:
    auth = BEMServerAPIClient.make_http_basic_auth("me@example.org", PASSWORD)
    client = mock_client(tokens, authentication_method=auth, timeout=12.5)
    payload = pickle.dumps(client)
    assert PASSWORD.encode() not in payload
    assert b"me@example.org" not in payload
    assert [r.url.path for r in mock_client.requests] == ["/auth/token"]
    assert pickle.dumps(client) == payload  # the pair is asked once
    assert len(mock_client.requests) == 1
    copy = pickle.loads(payload)
    assert len(mock_client.requests) == 1  # unpickling sends nothing
    assert type(copy) is BEMServerAPIClient
    assert copy.base_uri == client.base_uri
    assert copy._timeout == 12.5
    assert copy.authentication_method.access_token == "A1"
    assert copy.authentication_method.refresh_token == "R1"


def test_with_options_copies_the_client_not_its_pickle(
    mock_client: MockClients,
) -> None:
    # A copy for one call keeps the user's httpx client and the Basic auth as
    # they are: no token pair asked, no request to another transport.
    auth = BEMServerAPIClient.make_http_basic_auth("me@example.org", PASSWORD)
    client = mock_client(tokens, authentication_method=auth)
    quick = client.with_options(retry=None)
    assert mock_client.requests == []
    assert quick._http_client is client._http_client
    assert quick.authentication_method is auth
    quick.sites.getall()
    assert [r.url.path for r in mock_client.requests][-1] == "/sites/"


def test_wrong_credentials_are_said_when_pickled(mock_client: MockClients) -> None:
    refused = httpx.Response(
        401, json={"code": 401, "status": "Unauthorized", "message": "nope"}
    )
    auth = BEMServerAPIClient.make_http_basic_auth("me@example.org", PASSWORD)
    client = mock_client(refused, authentication_method=auth)
    with pytest.raises(BEMServerAPIAuthenticationError):
        pickle.dumps(client)


def test_a_bearer_client_and_an_async_one_pickle_without_a_request(
    mock_client: MockClients,
) -> None:
    auth = AsyncBEMServerAPIClient.make_bearer_token_auth("A2", "R2")
    client = mock_client.async_(authentication_method=auth)
    copy = pickle.loads(pickle.dumps(client))
    assert type(copy) is AsyncBEMServerAPIClient
    assert copy.authentication_method.refresh_token == "R2"
    assert mock_client.requests == []


def test_a_basic_auth_alone_refuses_to_pickle() -> None:
    auth = BEMServerAPIClient.make_http_basic_auth("me@example.org", PASSWORD)
    with pytest.raises(TypeError, match="password"):
        pickle.dumps(auth)


def test_the_dask_partitions_of_a_reader_share_one_client_in_a_worker(
    mock_client: MockClients,
) -> None:
    from bemserver_api_client.dask import _Partition

    auth = BEMServerAPIClient.make_bearer_token_auth("A3", "R3")
    partition = _Partition(
        mock_client(authentication_method=auth), None, 1, [1], "UTC", None, 50
    )
    payload = pickle.dumps(partition)
    first, second = pickle.loads(payload), pickle.loads(payload)
    assert first.client is second.client  # one token renewal for both
    other = BEMServerAPIClient.make_bearer_token_auth("A4", "R4")
    third = pickle.loads(
        pickle.dumps(
            _Partition(
                mock_client(authentication_method=other), None, 1, [1], "UTC", None, 50
            )
        )
    )
    assert third.client is not first.client
