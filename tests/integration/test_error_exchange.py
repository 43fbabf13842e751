"""Errors keep the exchange they are about: what was asked, what came back."""

from __future__ import annotations

import multiprocessing
import pickle
import socket
import uuid
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPIConflictError,
    BEMServerAPIConnectionError,
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
