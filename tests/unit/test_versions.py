"""API versions: supported range, and operations some versions lack."""

from __future__ import annotations

import itertools
import re
import warnings

import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._generated.api_versions import (
    GENERATIONS,
    OPERATION_GENERATIONS,
)
from bemserver_api_client._versions import parse_version
from bemserver_api_client.exceptions import (
    BEMServerAPIOperationUnavailableError,
    BEMServerAPIVersionError,
    BEMServerAPIVersionWarning,
)
from tests.unit.conftest import MockClients


def test_the_core_covers_both_generations_of_the_api() -> None:
    assert GENERATIONS == ("0.25.0", "0.27.0")
    st_operations = {k for k in OPERATION_GENERATIONS if k.startswith("st_")}
    assert len(st_operations) == 33
    assert all(OPERATION_GENERATIONS[k] == ("0.25.0",) for k in st_operations)
    assert OPERATION_GENERATIONS["task.list_tasks"] == ("0.27.0",)


@pytest.mark.parametrize("version", ["0.24.0", "0.24.3", "0.25.0", "0.26.0", "0.27.0"])
def test_supported_versions_are_accepted_silently(version: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        BEMServerAPIClient.check_api_version(version)


def test_newer_version_warns_and_older_or_invalid_fail() -> None:
    with pytest.warns(BEMServerAPIVersionWarning, match="0.28.1"):
        BEMServerAPIClient.check_api_version("0.28.1")
    for version in ("0.23.9", "0.1.0", "latest", "0.27.x", "", "0.24.0rc1"):
        with pytest.raises(BEMServerAPIVersionError):
            BEMServerAPIClient.check_api_version(version)


@pytest.mark.parametrize(
    "version", ["0.27.1.dev3", "0.27.0rc2", "0.26.0.post1", "0.27.0+ubuntu1", "0.27"]
)
def test_versions_with_suffixes_are_accepted(
    version: str, mock_client: MockClients
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        BEMServerAPIClient.check_api_version(version)
    client = mock_client(api_version=version)
    assert client.tasks.getall().status_code == 200


@pytest.mark.parametrize("version", ["0.28.0rc1", "0.28.0.dev0", "0.29.0.post2"])
def test_suffixed_versions_of_newer_releases_warn(version: str) -> None:
    with pytest.warns(BEMServerAPIVersionWarning, match=re.escape(version)):
        BEMServerAPIClient.check_api_version(version)


def test_versions_are_ordered_as_pep_440_orders_them() -> None:
    ordered = [
        "0.27.0.dev1",
        "0.27.0a1",
        "0.27.0b2.dev1",
        "0.27.0b2",
        "0.27.0rc1",
        "0.27.0",
        "0.27.0+local.2",
        "0.27.0+local.10",
        "0.27.0.post1.dev0",
        "0.27.0.post1",
        "0.27.1.dev0",
        "0.27.1",
        "1!0.1",
    ]
    parsed = [parse_version(v) for v in ordered]
    assert parsed == sorted(reversed(parsed))
    assert all(a < b for a, b in itertools.pairwise(parsed))
    assert parse_version("0.27") == parse_version("0.27.0")


def test_an_about_answer_with_a_version_that_is_not_one_is_a_version_error(
    mock_client: MockClients,
) -> None:
    client = mock_client(
        httpx.Response(200, json={"versions": {"bemserver_api": "latest"}})
    )
    with pytest.raises(BEMServerAPIVersionError, match="latest"):
        client.get_api_version()


@pytest.mark.parametrize(
    "version", ["0.26.0", "0.27.0", "0.29.0", "0.26.0rc1", "0.27.1.dev3"]
)
def test_st_services_are_refused_on_newer_servers(
    version: str, mock_client: MockClients
) -> None:
    client = mock_client(api_version=version)
    with pytest.raises(BEMServerAPIOperationUnavailableError) as raised:
        client.st_cleanup_by_campaign.get_full(campaign_id=1)
    assert str(raised.value) == (
        f"st_cleanup_by_campaign.get_full is not available on this server "
        f"(API {version}): it exists in API versions <= 0.25.0"
    )
    assert mock_client.requests == []
    assert client.tasks.getall().status_code == 200


@pytest.mark.parametrize("version", ["0.23.0", "0.24.3", "0.25.0", "0.25.0.post1"])
def test_tasks_are_refused_on_older_servers(
    version: str, mock_client: MockClients
) -> None:
    client = mock_client(api_version=version)
    with pytest.raises(BEMServerAPIOperationUnavailableError, match=r"> 0\.25\.0"):
        client.task_by_campaign.getall()
    assert mock_client.requests == []
    assert client.st_cleanup_by_timeseries.getall().status_code == 200


def test_the_server_version_is_read_once_when_not_given(
    mock_client: MockClients,
) -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/about/":
            versions = {"bemserver_api": "0.24.3", "bemserver_core": "0.19.0"}
            return httpx.Response(200, json={"versions": versions})
        return httpx.Response(200, json=[])

    client = mock_client(handler)
    client.sites.getall()  # in every version: no need to know
    client.st_cleanup_by_campaign.getall()
    client.st_cleanup_by_campaign.getall()
    st_path = "/st_cleanups_by_campaigns/"
    assert paths == ["/sites/", "/about/", st_path, st_path]


@pytest.mark.anyio
async def test_async_client_refuses_the_same_way() -> None:
    client = AsyncBEMServerAPIClient("bemserver.test", api_version="0.27.0")
    async with client:
        with pytest.raises(BEMServerAPIOperationUnavailableError):
            await client.st_download_weather_by_site.getall()


def about(api_version: str) -> httpx.Response:
    versions = {"bemserver_api": api_version, "bemserver_core": "0.19.0"}
    return httpx.Response(200, json={"versions": versions})


# A real sandbox runs supported releases only: older and newer servers are played
# by a mock transport.


def test_auto_check_refuses_an_older_server(mock_client: MockClients) -> None:
    with pytest.raises(BEMServerAPIVersionError, match=r"0\.23\.0"):
        mock_client(about("0.23.0"), auto_check=True)
    assert [r.url.path for r in mock_client.requests] == ["/about/"]


def test_auto_check_warns_about_a_newer_server(mock_client: MockClients) -> None:
    with pytest.warns(BEMServerAPIVersionWarning, match=r"0\.28\.0"):
        client = mock_client(about("0.28.0"), auto_check=True)
    assert client.about.getall().status_code == 200  # and works
    assert [r.url.path for r in mock_client.requests] == ["/about/"] * 2


def test_no_auto_check_reads_nothing(mock_client: MockClients) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mock_client(about("0.23.0"))
    assert mock_client.requests == []


@pytest.mark.anyio
async def test_async_auto_check_refuses_before_the_first_request(
    mock_client: MockClients,
) -> None:
    async with mock_client.async_(about("0.23.0"), auto_check=True) as client:
        with pytest.raises(BEMServerAPIVersionError, match=r"0\.23\.0"):
            await client.sites.getall()
    assert [r.url.path for r in mock_client.requests] == ["/about/"]


@pytest.mark.anyio
async def test_async_auto_check_warns_about_a_newer_server(
    mock_client: MockClients,
) -> None:
    async with mock_client.async_(about("0.28.0"), auto_check=True) as client:
        with pytest.warns(BEMServerAPIVersionWarning, match=r"0\.28\.0"):
            await client.about.getall()
    assert [r.url.path for r in mock_client.requests] == ["/about/"] * 2
