"""Code written for bemserver-api-client 0.22.0 imports its names from their
module paths: every public name its modules define (tests/reference/
existing-import-paths.md, read from the installed 0.22.0 package) is importable
from the same module here, and is the thing of ours that does that job.

Left out: `request.BEMServerApiClientRequest`, the internals of 0.22.0's
requests session (this client has no such layer).
"""

from __future__ import annotations

import enum
import importlib
import logging
import re
from pathlib import Path
from typing import Any

import pytest

import bemserver_api_client
from bemserver_api_client import _auth, _client, exceptions, response
from bemserver_api_client._entry_points import EntryPoints, entry_point_names
from bemserver_api_client._generated.resources import Resource
from tests.unit.conftest import MockClients

REFERENCE = Path(__file__).parents[1] / "reference" / "existing-import-paths.md"
NOT_KEPT = {("bemserver_api_client.request", "BEMServerApiClientRequest")}

#: The entry point (0.22.0's `client_entrypoint`) of each of its resource
#: classes, read from the 0.22.0 package.
ENTRY_POINT_OF = {
    "AboutResources": "about",
    "AnalysisResources": "analysis",
    "AuthenticationResources": "auth",
    "CampaignResources": "campaigns",
    "CampaignScopeResources": "campaign_scopes",
    "UserGroupByCampaignResources": "user_groups_by_campaigns",
    "UserGroupByCampaignScopeResources": "user_groups_by_campaign_scopes",
    "EnergyResources": "energies",
    "EnergyEndUseResources": "energy_end_uses",
    "EnergyConsumptionTimseriesBySiteResources": "energy_cons_ts_by_sites",
    "EnergyConsumptionTimseriesByBuildingResources": "energy_cons_ts_by_buildings",
    "EnergyProductionTechnologyResources": "energy_prod_technologies",
    "EnergyProductionTimseriesBySiteResources": "energy_prod_ts_by_sites",
    "EnergyProductionTimseriesByBuildingResources": "energy_prod_ts_by_buildings",
    "EventResources": "events",
    "EventCategoryResources": "event_categories",
    "EventCategoryByUserResources": "event_categories_by_users",
    "EventBySiteResources": "event_by_sites",
    "EventByBuildingResources": "event_by_buildings",
    "EventByStoreyResources": "event_by_storeys",
    "EventBySpaceResources": "event_by_spaces",
    "EventByZoneResources": "event_by_zones",
    "IOResources": "io",
    "NotificationResources": "notifications",
    "SiteResources": "sites",
    "BuildingResources": "buildings",
    "StoreyResources": "storeys",
    "SpaceResources": "spaces",
    "ZoneResources": "zones",
    "StructuralElementPropertyResources": "structural_element_properties",
    "SitePropertyResources": "site_properties",
    "BuildingPropertyResources": "building_properties",
    "StoreyPropertyResources": "storey_properties",
    "SpacePropertyResources": "space_properties",
    "ZonePropertyResources": "zone_properties",
    "SitePropertyDataResources": "site_property_data",
    "BuildingPropertyDataResources": "building_property_data",
    "StoreyPropertyDataResources": "storey_property_data",
    "SpacePropertyDataResources": "space_property_data",
    "ZonePropertyDataResources": "zone_property_data",
    "TasksResources": "tasks",
    "TaskByCampaignResources": "task_by_campaign",
    "TimeseriesResources": "timeseries",
    "TimeseriesDataStateResources": "timeseries_datastates",
    "TimeseriesPropertyResources": "timeseries_properties",
    "TimeseriesPropertyDataResources": "timeseries_property_data",
    "TimeseriesDataResources": "timeseries_data",
    "TimeseriesBySiteResources": "timeseries_by_sites",
    "TimeseriesByBuildingResources": "timeseries_by_buildings",
    "TimeseriesByStoreyResources": "timeseries_by_storeys",
    "TimeseriesBySpaceResources": "timeseries_by_spaces",
    "TimeseriesByZoneResources": "timeseries_by_zones",
    "TimeseriesByEventResources": "timeseries_by_events",
    "UserResources": "users",
    "UserGroupResources": "user_groups",
    "UserByUserGroupResources": "user_by_user_groups",
    "WeatherTimseriesBySiteResources": "weather_ts_by_sites",
}


def reference_names() -> list[tuple[str, str]]:
    """(module, name) of every name the reference lists."""
    text = REFERENCE.read_text(encoding="utf-8")
    names = [
        (module, name)
        for module, listed in re.findall(r"^- `([\w.]+)`: (.+)$", text, re.MULTILINE)
        for name in re.findall(r"`(\w+)`", listed)
    ]
    return names


KEPT = [pair for pair in reference_names() if pair not in NOT_KEPT]


def test_the_reference_lists_the_89_names_of_22_modules() -> None:
    names = reference_names()
    assert len(names) == 89
    assert len({module for module, _ in names}) == 22
    assert set(names) >= NOT_KEPT


@pytest.mark.parametrize(("module", "name"), KEPT, ids=[".".join(p) for p in KEPT])
def test_each_name_imports_from_its_module(module: str, name: str) -> None:
    assert hasattr(importlib.import_module(module), name)


def resource_class(entry_point: str) -> Any:
    return vars(EntryPoints)[entry_point].resource


@pytest.mark.parametrize("name", sorted(ENTRY_POINT_OF))
def test_resource_names_are_the_classes_of_their_entry_points(name: str) -> None:
    (module,) = [m for m, n in KEPT if n == name]
    kept = getattr(importlib.import_module(module), name)
    entry_point = ENTRY_POINT_OF[name]
    assert kept is resource_class(entry_point)
    # What a client gives at that entry point is an instance of it.
    client = bemserver_api_client.BEMServerAPIClient("bemserver.test")
    assert type(getattr(client, entry_point)) is kept


def test_every_resource_name_of_the_reference_is_mapped() -> None:
    resource_names = {n for m, n in KEPT if ".resources." in m and n != "BaseResources"}
    assert resource_names == set(ENTRY_POINT_OF)


def test_base_resources_is_the_base_of_every_resource_class() -> None:
    from bemserver_api_client.resources.base import BaseResources

    assert BaseResources is Resource
    for entry_point in entry_point_names():
        assert issubclass(resource_class(entry_point), BaseResources)


def test_resources_map_maps_each_entry_point_to_its_resource_class() -> None:
    from bemserver_api_client.client import RESOURCES_MAP as client_map
    from bemserver_api_client.resources import RESOURCES_MAP

    assert client_map is RESOURCES_MAP
    assert isinstance(RESOURCES_MAP, dict)
    # Every entry point of the client, 0.22.0's among them.
    assert list(RESOURCES_MAP) == entry_point_names()
    assert set(ENTRY_POINT_OF.values()) <= set(RESOURCES_MAP)
    for entry_point, resource in RESOURCES_MAP.items():
        assert resource is resource_class(entry_point)


def test_the_client_names() -> None:
    from bemserver_api_client import client

    assert client.BEMServerApiClient is _client.BEMServerAPIClient
    assert bemserver_api_client.BEMServerApiClient is client.BEMServerApiClient
    assert isinstance(bemserver_api_client.__version__, str)
    assert response.BEMServerApiClientResponse is (
        bemserver_api_client.BEMServerApiClientResponse
    )


def test_required_api_version_is_what_check_api_version_applies() -> None:
    from bemserver_api_client.client import REQUIRED_API_VERSION

    low, high = REQUIRED_API_VERSION["min"], REQUIRED_API_VERSION["max"]
    assert (str(low), str(high)) == bemserver_api_client.SUPPORTED_API_VERSIONS
    assert low < high
    _client.BEMServerAPIClient.check_api_version(str(low))
    with pytest.raises(exceptions.BEMServerAPIVersionError):
        _client.BEMServerAPIClient.check_api_version("0.1.0")


def test_apicli_logger_receives_the_request_records(
    mock_client: MockClients,
) -> None:
    from bemserver_api_client.client import APICLI_LOGGER

    assert isinstance(APICLI_LOGGER, logging.Logger)
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.DEBUG)
    level = APICLI_LOGGER.level
    APICLI_LOGGER.addHandler(handler)
    APICLI_LOGGER.setLevel(logging.DEBUG)
    try:
        mock_client().sites.getall()
    finally:
        APICLI_LOGGER.removeHandler(handler)
        APICLI_LOGGER.setLevel(level)
    assert any("/sites/" in record.getMessage() for record in records)


BASE_OF_0_22_0 = {
    "BEMServerAPIVersionError": Exception,
    "BEMServerAPIError": Exception,
    "BEMServerAPIClientValueError": ValueError,
}


def test_enums_and_exceptions_are_ours() -> None:
    for module, name in KEPT:
        value = getattr(importlib.import_module(module), name)
        if module == "bemserver_api_client.enums":
            assert issubclass(value, enum.Enum), name
        if module == "bemserver_api_client.exceptions":
            # Each has 0.22.0's bases (ValueError, a plain Exception, or
            # BEMServerAPIError for the answers of the server).
            assert issubclass(
                value, BASE_OF_0_22_0.get(name, exceptions.BEMServerAPIError)
            )


def test_bearer_token_auth_takes_the_arguments_of_0_22_0() -> None:
    from bemserver_api_client.authentication import BearerTokenAuth, HTTPBasicAuth

    assert HTTPBasicAuth is _auth.HTTPBasicAuth
    told: list[tuple[str, str | None]] = []
    # Positional, as 0.22.0 declared them: access, refresh, refresh callback,
    # external after-refresh callback.
    auth = BearerTokenAuth("access", "refresh", None, lambda a, r: told.append((a, r)))
    assert isinstance(auth, _auth.BearerTokenAuth)
    assert (auth.access_token, auth.refresh_token) == ("access", "refresh")
    auth.after_refresh_tokens_callback("new access", "new refresh")
    assert (auth.access_token, auth.refresh_token) == ("new access", "new refresh")
    assert told == [("new access", "new refresh")]
    keywords = BearerTokenAuth(
        access_token="a",
        refresh_token="r",
        refresh_tokens_callback=lambda: None,
        after_refresh_tokens_external_callback=None,
    )
    assert keywords.refresh_token == "r"
