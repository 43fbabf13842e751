"""Errors keep the exchange they are about: what was asked, what came back."""

from __future__ import annotations

import multiprocessing
import pickle
import socket
import uuid
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient, HTTPBasicAuth
from bemserver_api_client.exceptions import (
    BEMServerAPIAuthenticationError,
    BEMServerAPIConflictError,
    BEMServerAPIConnectionError,
    BEMServerAPIInvalidArgumentError,
    BEMServerAPINotFoundError,
    BEMServerAPIValidationError,
)
from bemserver_api_client.testing import SandboxInfo

pytestmark = pytest.mark.integration


def test_a_validation_error_keeps_request_and_answer(
    api_client: BEMServerAPIClient, bemserver_campaign: int
) -> None:
    with pytest.raises(BEMServerAPIValidationError) as raised:
        api_client.sites.create({"campaign_id": bemserver_campaign})
    error = raised.value
    assert error.request is not None and error.response is not None
    assert (error.request.method, error.request.path) == ("POST", "/sites/")
    assert error.response.status_code == error.status_code == 422
    assert error.response.json["errors"]["json"]["name"] == [
        "Missing data for required field."
    ]
    assert "Missing data" in error.response.text
    assert error.response.headers["content-type"].startswith("application/json")
    assert str(error).startswith("POST /sites/ -> 422: ")
    assert error.errors == {"name": ["Missing data for required field."]}


def test_not_found_and_conflict_keep_their_attributes(
    api_client: BEMServerAPIClient, bemserver_campaign: int
) -> None:
    with pytest.raises(BEMServerAPINotFoundError) as missing:
        api_client.sites.getone(999999)
    assert str(missing.value) == "GET /sites/999999 -> 404: Not found"
    site = {
        "name": uuid.uuid4().hex,
        "campaign_id": bemserver_campaign,
        "latitude": 0,
        "longitude": 0,
    }
    api_client.sites.create(site)
    with pytest.raises(BEMServerAPIConflictError) as conflict:
        api_client.sites.create(site)
    error = conflict.value
    assert error.status_code == 409
    assert error.message == error.response.json["message"]  # type: ignore[union-attr]
    assert str(error) == f"POST /sites/ -> 409: {error.message}"


def test_a_transport_failure_keeps_the_request_and_the_httpx_error(
    bemserver_sandbox: SandboxInfo,
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = BEMServerAPIClient(f"http://user:secret@127.0.0.1:{port}", retry=None)
    with pytest.raises(BEMServerAPIConnectionError) as raised:
        client.about.getall()
    error = raised.value
    assert isinstance(error.httpx_error, httpx.ConnectError)
    assert error.request is not None and error.response is None
    assert error.request.url == f"http://user:***@127.0.0.1:{port}/about/"
    assert str(error).startswith("GET /about/: ")
    assert "secret" not in str(error) + repr(error.request)


def get_missing_site(host: str, email: str, password: str) -> None:
    """In a worker process: a call that fails with a 404."""
    auth = BEMServerAPIClient.make_http_basic_auth(email, password)
    with BEMServerAPIClient(host, use_ssl=False, authentication_method=auth) as client:
        client.sites.getone(999999)


def test_an_error_comes_back_from_a_worker_process(
    bemserver_sandbox: SandboxInfo,
) -> None:
    admin = bemserver_sandbox.admin
    context = multiprocessing.get_context("spawn")  # no fork of a threaded test
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(
            get_missing_site, bemserver_sandbox.host, admin.email, admin.password
        )
        with pytest.raises(BEMServerAPINotFoundError) as raised:
            future.result(timeout=120)
    error = raised.value
    assert str(error) == "GET /sites/999999 -> 404: Not found"
    assert error.status_code == 404
    assert error.response is not None and error.response.status_code == 404
    assert error.request is not None and error.request.path == "/sites/999999"
    assert admin.password.encode() not in pickle.dumps(error)
    # The same through multiprocessing.Pool, whose get() used to never return.
    with context.Pool(1) as processes:
        result = processes.apply_async(
            get_missing_site, (bemserver_sandbox.host, admin.email, admin.password)
        )
        with pytest.raises(BEMServerAPINotFoundError) as again:
            result.get(timeout=120)
    assert str(again.value) == str(error)


def test_https_to_a_plain_http_server_says_use_ssl_false(
    bemserver_sandbox: SandboxInfo,
) -> None:
    """The sandbox speaks plain HTTP: a client with use_ssl=True (the default)
    is told why its TLS handshake failed."""
    client = BEMServerAPIClient(bemserver_sandbox.host, retry=None)
    with client, pytest.raises(BEMServerAPIConnectionError) as raised:
        client.about.getall()
    assert "the server may not speak https: use_ssl=False?" in str(raised.value)
    assert raised.value.request is not None
    assert raised.value.request.url.startswith(f"https://{bemserver_sandbox.host}/")


def _wrong_password_error(
    client: BEMServerAPIClient,
) -> BEMServerAPIAuthenticationError:
    with client, pytest.raises(BEMServerAPIAuthenticationError) as raised:
        client.sites.getall()
    assert raised.value.code == "invalid_credentials"
    return raised.value


def test_a_failed_token_exchange_names_its_host_and_path(
    bemserver_sandbox: SandboxInfo,
) -> None:
    auth = BEMServerAPIClient.make_http_basic_auth(
        bemserver_sandbox.admin.email, "not the password"
    )
    error = _wrong_password_error(
        BEMServerAPIClient(
            bemserver_sandbox.host, use_ssl=False, authentication_method=auth
        )
    )
    assert str(error).startswith("POST /auth/token -> ")
    assert error.request is not None and error.response is not None
    assert error.request.url == f"http://{bemserver_sandbox.host}/auth/token"
    assert "not the password" not in str(error) + repr(error.response.text)


def test_a_failed_basic_sign_in_names_its_host_and_path(
    bemserver_sandbox: SandboxInfo,
) -> None:
    auth = HTTPBasicAuth(
        bemserver_sandbox.admin.email, "not the password", exchange_for_token=False
    )
    error = _wrong_password_error(
        BEMServerAPIClient(
            bemserver_sandbox.host, use_ssl=False, authentication_method=auth
        )
    )
    assert str(error).startswith("GET /sites/ -> 401: ")
    assert error.request is not None
    assert error.request.url == f"http://{bemserver_sandbox.host}/sites/"


def test_a_client_made_422_is_the_servers_422(api_client: BEMServerAPIClient) -> None:
    """The same bad enumeration value, refused by the client before sending and
    by the server: the same errors, values in the API document's order."""
    with pytest.raises(BEMServerAPIValidationError) as server:
        api_client.get("/sites/", params={"sort": "+color"})
    with pytest.raises(BEMServerAPIInvalidArgumentError) as client:
        api_client.sites.getall(sort=["+color"])
    assert client.value.errors == server.value.errors
    assert server.value.errors == {
        "sort": {"0": ["Must be one of: name, +name, -name."]}
    }


@pytest.mark.parametrize(
    "typo", [{"aggregation": "summ"}, {"bucket_width_unit": "hours"}], ids=str
)
def test_enumeration_typos_of_aggregates_raise_what_the_server_would(
    api_client: BEMServerAPIClient, bemserver_campaign: int, typo: dict[str, str]
) -> None:
    """A typo in `aggregation` or `bucket_width_unit` raises the same class,
    with the errors the server answers to the same request."""
    ((argument, value),) = typo.items()
    params = {
        "start_time": "2024-01-01T00:00:00+00:00",
        "end_time": "2024-01-02T00:00:00+00:00",
        "data_state": 1,
        "timeseries": 1,
        "aggregation": "sum",
        "bucket_width_value": 1,
        "bucket_width_unit": "hour",
        argument: value,
    }
    with pytest.raises(BEMServerAPIValidationError) as server:
        api_client.get("/timeseries_data/aggregate", params=params)
    with pytest.raises(BEMServerAPIInvalidArgumentError) as client:
        api_client.timeseries_data.download_aggregate(
            "2024-01-01T00:00:00+00:00", "2024-01-02T00:00:00+00:00", 1, [1], **typo
        )
    assert client.value.errors == server.value.errors
