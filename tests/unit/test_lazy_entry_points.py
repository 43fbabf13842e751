"""The resource classes load on first use: importing the clients executes no
module of an entry point's resource classes (nor what only some of them need:
bulk data, the particular entry points' functions, the enumerations, the
models), and using one entry point executes its module only. Each entry
point's class is one object, however it is reached."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._entry_points import (
    AsyncEntryPoints,
    EntryPoints,
    entry_point_names,
    entry_point_of,
)
from generator.facade_table import ENTRY_POINTS, PARTICULAR_ENTRY_POINTS

GENERATED = "bemserver_api_client._generated.resources"
#: Modules only some entry points' methods need.
NOT_AT_IMPORT = (
    "bemserver_api_client._bulk",
    "bemserver_api_client._particular",
    "bemserver_api_client.enums",
    "bemserver_api_client._generated.models",
    "bemserver_api_client._generated.api",
)
PUBLIC_MODULE = {
    entry.attribute: f"bemserver_api_client.resources.{entry.module}"
    for entry in (*ENTRY_POINTS, *PARTICULAR_ENTRY_POINTS)
}


def loaded_after(code: str) -> list[str]:
    """The package's modules loaded by a fresh interpreter running `code`."""
    program = textwrap.dedent(code) + textwrap.dedent(
        """
        import json, sys
        print(json.dumps(sorted(
            name for name in sys.modules if name.startswith("bemserver_api_client")
        )))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def resource_modules(loaded: list[str]) -> list[str]:
    return [name for name in loaded if name.startswith(f"{GENERATED}.")]


def test_importing_the_clients_loads_no_resource_class() -> None:
    loaded = loaded_after(
        "from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerApiClient\n"
        "BEMServerApiClient('bemserver.test'); AsyncBEMServerAPIClient('x.test')\n"
    )
    assert GENERATED in loaded  # the tables
    assert resource_modules(loaded) == []
    assert [
        name
        for name in loaded
        if any(name == m or name.startswith(f"{m}.") for m in NOT_AT_IMPORT)
    ] == []


def test_an_entry_point_loads_its_own_module_only() -> None:
    loaded = loaded_after(
        """
        from bemserver_api_client import BEMServerApiClient
        client = BEMServerApiClient("bemserver.test")
        client.sites
        """
    )
    assert resource_modules(loaded) == [f"{GENERATED}.sites"]
    assert "bemserver_api_client._bulk" not in loaded


def test_the_async_client_loads_its_own_module_only() -> None:
    loaded = loaded_after(
        """
        from bemserver_api_client import AsyncBEMServerAPIClient
        client = AsyncBEMServerAPIClient("bemserver.test")
        client.events
        """
    )
    assert resource_modules(loaded) == [f"{GENERATED}.events"]


@pytest.mark.parametrize("name", entry_point_names())
def test_each_entry_point_has_one_class(name: str) -> None:
    """The same class on every access, from any client, through the tables
    and from the module users import it from."""
    for client_class, table in (
        (BEMServerAPIClient, EntryPoints),
        (AsyncBEMServerAPIClient, AsyncEntryPoints),
    ):
        first = type(getattr(client_class("bemserver.test"), name))
        assert type(getattr(client_class("other.test"), name)) is first
        assert getattr(table, name).resource is first
        assert first.__module__ == f"{GENERATED}.{name}"
        assert first.entry_point_name == name
        public = importlib.import_module(PUBLIC_MODULE[name])
        assert getattr(public, first.__name__) is first
    assert entry_point_of(name) is type(getattr(BEMServerAPIClient("x.test"), name))
    assert entry_point_of(name, asynchronous=True) is type(
        getattr(AsyncBEMServerAPIClient("x.test"), name)
    )


def test_an_entry_point_is_made_once_per_client() -> None:
    client = BEMServerAPIClient("bemserver.test")
    assert client.sites is client.sites
    assert client.sites is not BEMServerAPIClient("bemserver.test").sites


def test_an_answer_read_as_data_loads_no_model_nor_attrs() -> None:
    """A call whose answer is read as data (`.data`: the everyday timeseries
    download, a listing) imports no model module and not attrs (~10 ms a
    process); `.parsed` loads what it parses into."""
    program = textwrap.dedent(
        """
        import datetime as dt, json, sys
        import httpx
        from bemserver_api_client import BEMServerAPIClient

        def answer(request):
            if request.url.path == "/sites/":
                return httpx.Response(200, json=[{"id": 1, "name": "HQ",
                    "campaign_id": 1, "latitude": 1.0, "longitude": 2.0}])
            return httpx.Response(200, json={"1": {"2024-01-01T00:00:00+00:00": 1.5}})

        client = BEMServerAPIClient(
            "api.test", http_client=httpx.Client(transport=httpx.MockTransport(answer))
        )
        start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
        data = client.timeseries_data.download(
            start, start + dt.timedelta(days=7), 1, [1]
        ).data
        sites = client.sites.getall().data
        as_data = sorted(sys.modules)
        site = client.sites.getall().parsed[0]
        print(json.dumps([as_data, sorted(sys.modules), data, site.name]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    as_data, parsed, data, name = json.loads(result.stdout.splitlines()[-1])
    assert data == {"1": {"2024-01-01T00:00:00+00:00": 1.5}}
    models = "bemserver_api_client._generated.models."
    assert "attrs" not in as_data
    # The enumerations of the arguments (the download's timezone, the
    # listing's sort), no model of an answer.
    assert [m for m in as_data if m.startswith(models)] == [
        f"{models}sort_by_name",
        f"{models}timezone",
    ]
    assert "attrs" in parsed and f"{models}site" in parsed
    assert name == "HQ"
