"""A short road from user to wire: a warm `client.sites.getall(campaign_id=1)
.parsed` runs through at most 7 files of the package (counted with
sys.setprofile), on both clients, with bearer token authentication, and
none of them matches keywords against the operation's (`_prepare`)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

import bemserver_api_client
from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient

PACKAGE = Path(bemserver_api_client.__file__).parent
SITES = [{"id": 1, "name": "HQ", "campaign_id": 1}]
MAX_FILES = 7


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=SITES)


def package_files(run: Callable[[], Any]) -> set[str]:
    """The package's files whose functions run during `run()`."""
    files: set[str] = set()

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            name = frame.f_code.co_filename
            if name.startswith(str(PACKAGE)):
                files.add(Path(name).relative_to(PACKAGE).as_posix())

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return files


def test_a_warm_call_crosses_few_files() -> None:
    client = BEMServerAPIClient(
        "bemserver.test",
        authentication_method=BEMServerAPIClient.make_bearer_token_auth("token"),
        http_client=httpx.Client(transport=httpx.MockTransport(_answer)),
    )

    def call() -> None:
        assert client.sites.getall(campaign_id=1).parsed[0].name == "HQ"

    call()  # warm: the operation's module and the model are imported
    files = package_files(call)
    assert "_generated/resources/sites.py" in files
    assert len(files) <= MAX_FILES, sorted(files)
    # No keyword matching at run time: the generated method sorted them.
    assert "_prepare.py" not in files


def test_a_warm_async_call_crosses_few_files() -> None:
    client = AsyncBEMServerAPIClient(
        "bemserver.test",
        authentication_method=BEMServerAPIClient.make_bearer_token_auth("token"),
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(_answer)),
    )

    async def call() -> None:
        response = await client.sites.getall(campaign_id=1)
        assert response.parsed[0].name == "HQ"

    async def both() -> set[str]:
        await call()
        files: set[str] = set()

        def profile(frame: Any, event: str, arg: Any) -> None:
            if event == "call":
                name = frame.f_code.co_filename
                if name.startswith(str(PACKAGE)):
                    files.add(Path(name).relative_to(PACKAGE).as_posix())

        sys.setprofile(profile)
        try:
            await call()
        finally:
            sys.setprofile(None)
        return files

    files = asyncio.run(both())
    assert "_generated/resources/sites.py" in files
    assert len(files) <= MAX_FILES, sorted(files)


def test_a_method_is_a_plain_function_of_its_class() -> None:
    """No descriptor builds a closure on each access: the bound method's
    function is the class's own."""
    client = BEMServerAPIClient("bemserver.test")
    method = client.sites.getall
    assert method.__func__ is type(client.sites).__dict__["getall"]
    assert method.__self__ is client.sites


def _completeness(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"timeseries": {}, "timestamps": []})


def test_an_analysis_call_takes_the_plain_road() -> None:
    """`analysis`, `auth` and `io` are rendered as plain methods: their
    arguments are converted by the generated method, no described call
    (`_call.Call`) is made and matched at the time it is sent."""
    client = BEMServerAPIClient(
        "bemserver.test",
        authentication_method=BEMServerAPIClient.make_bearer_token_auth("token"),
        http_client=httpx.Client(transport=httpx.MockTransport(_completeness)),
        api_version="0.27.0",
    )

    def call() -> None:
        client.analysis.get_completeness(
            "2024-01-01T00:00:00+00:00", "2024-01-02T00:00:00+00:00", [1], 1, 1, "day"
        )

    call()
    files = package_files(call)
    assert "_generated/resources/analysis.py" in files
    assert "_call.py" not in files
    assert not any(f.startswith("_particular/") for f in files), sorted(files)
    assert len(files) <= MAX_FILES, sorted(files)
