"""Timeseries, their data states, properties and links (their values:
timeseries_data.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO

from .._generated import operations
from ._base import (
    CRD,
    CRUD,
    MAX_PAGE_SIZE,
    Call,
    GetAllUnfiltered,
    ModeT,
    Paginated,
    list_operation,
    pages_operation,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import filters as f
    from .._generated import models as m

#: Data as the API moves it: JSON {timeseries: {timestamp: value}} or CSV bytes.
TimeseriesDataBody = Mapping[str, Mapping[str, Any]] | bytes | str | BinaryIO


class Timeseries(
    CRUD[ModeT, "m.Timeseries", "m.Timeseries", "m.TimeseriesPut"],
    Paginated[ModeT, "m.Timeseries"],
):
    _list = operations.list_timeseries
    _get = operations.get_timeseries
    _create = operations.create_timeseries
    _update = operations.update_timeseries
    _delete = operations.delete_timeseries

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[f.ListTimeseriesQuery]
    ) -> Call[list[m.Timeseries]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesPagesQuery],
    ) -> Call[list[m.Timeseries]]:
        return self._pages_call(page_size, query)


class TimeseriesDataStates(
    GetAllUnfiltered[ModeT, "m.TimeseriesDataState"],
    CRUD[
        ModeT, "m.TimeseriesDataState", "m.TimeseriesDataState", "m.TimeseriesDataState"
    ],
):
    _list = operations.list_timeseries_data_states
    _get = operations.get_timeseries_data_state
    _create = operations.create_timeseries_data_state
    _update = operations.update_timeseries_data_state
    _delete = operations.delete_timeseries_data_state


class TimeseriesProperties(
    CRUD[
        ModeT, "m.TimeseriesProperty", "m.TimeseriesProperty", "m.TimeseriesPropertyPut"
    ]
):
    _list = operations.list_timeseries_properties
    _get = operations.get_timeseries_property
    _create = operations.create_timeseries_property
    _update = operations.update_timeseries_property
    _delete = operations.delete_timeseries_property

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesPropertiesQuery],
    ) -> Call[list[m.TimeseriesProperty]]:
        return self._list_call(etag, query)


class TimeseriesPropertyData(
    CRUD[
        ModeT,
        "m.TimeseriesPropertyData",
        "m.TimeseriesPropertyData",
        "m.TimeseriesPropertyData",
    ]
):
    _list = operations.list_timeseries_property_data
    _get = operations.get_timeseries_property_data
    _create = operations.create_timeseries_property_data
    _update = operations.update_timeseries_property_data
    _delete = operations.delete_timeseries_property_data

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesPropertyDataQuery],
    ) -> Call[list[m.TimeseriesPropertyData]]:
        return self._list_call(etag, query)


class TimeseriesBySites(
    CRD[ModeT, "m.TimeseriesBySite", "m.TimeseriesBySite"],
    Paginated[ModeT, "m.TimeseriesBySite"],
):
    _list = operations.list_timeseries_by_sites
    _get = operations.get_timeseries_by_site
    _create = operations.create_timeseries_by_site
    _delete = operations.delete_timeseries_by_site

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesBySitesQuery],
    ) -> Call[list[m.TimeseriesBySite]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesBySitesPagesQuery],
    ) -> Call[list[m.TimeseriesBySite]]:
        return self._pages_call(page_size, query)


class TimeseriesByBuildings(
    CRD[ModeT, "m.TimeseriesByBuilding", "m.TimeseriesByBuilding"],
    Paginated[ModeT, "m.TimeseriesByBuilding"],
):
    _list = operations.list_timeseries_by_buildings
    _get = operations.get_timeseries_by_building
    _create = operations.create_timeseries_by_building
    _delete = operations.delete_timeseries_by_building

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByBuildingsQuery],
    ) -> Call[list[m.TimeseriesByBuilding]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByBuildingsPagesQuery],
    ) -> Call[list[m.TimeseriesByBuilding]]:
        return self._pages_call(page_size, query)


class TimeseriesByStoreys(
    CRD[ModeT, "m.TimeseriesByStorey", "m.TimeseriesByStorey"],
    Paginated[ModeT, "m.TimeseriesByStorey"],
):
    _list = operations.list_timeseries_by_storeys
    _get = operations.get_timeseries_by_storey
    _create = operations.create_timeseries_by_storey
    _delete = operations.delete_timeseries_by_storey

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByStoreysQuery],
    ) -> Call[list[m.TimeseriesByStorey]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByStoreysPagesQuery],
    ) -> Call[list[m.TimeseriesByStorey]]:
        return self._pages_call(page_size, query)


class TimeseriesBySpaces(
    CRD[ModeT, "m.TimeseriesBySpace", "m.TimeseriesBySpace"],
    Paginated[ModeT, "m.TimeseriesBySpace"],
):
    _list = operations.list_timeseries_by_spaces
    _get = operations.get_timeseries_by_space
    _create = operations.create_timeseries_by_space
    _delete = operations.delete_timeseries_by_space

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesBySpacesQuery],
    ) -> Call[list[m.TimeseriesBySpace]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesBySpacesPagesQuery],
    ) -> Call[list[m.TimeseriesBySpace]]:
        return self._pages_call(page_size, query)


class TimeseriesByZones(
    CRD[ModeT, "m.TimeseriesByZone", "m.TimeseriesByZone"],
    Paginated[ModeT, "m.TimeseriesByZone"],
):
    _list = operations.list_timeseries_by_zones
    _get = operations.get_timeseries_by_zone
    _create = operations.create_timeseries_by_zone
    _delete = operations.delete_timeseries_by_zone

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByZonesQuery],
    ) -> Call[list[m.TimeseriesByZone]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByZonesPagesQuery],
    ) -> Call[list[m.TimeseriesByZone]]:
        return self._pages_call(page_size, query)


class TimeseriesByEvents(
    CRD[ModeT, "m.TimeseriesByEvent", "m.TimeseriesByEvent"],
    Paginated[ModeT, "m.TimeseriesByEvent"],
):
    _list = operations.list_timeseries_by_events
    _get = operations.get_timeseries_by_event
    _create = operations.create_timeseries_by_event
    _delete = operations.delete_timeseries_by_event

    @list_operation
    def getall(
        self,
        /,
        *,
        etag: str | None = None,
        **query: Unpack[f.ListTimeseriesByEventsQuery],
    ) -> Call[list[m.TimeseriesByEvent]]:
        return self._list_call(etag, query)

    @pages_operation
    def iter_all(
        self,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **query: Unpack[f.ListTimeseriesByEventsPagesQuery],
    ) -> Call[list[m.TimeseriesByEvent]]:
        return self._pages_call(page_size, query)


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
# (0.22.0 declared timeseries data here; its class is in timeseries_data.py.)
from .timeseries_data import TimeseriesData  # noqa: E402

TimeseriesDataResources = TimeseriesData

TimeseriesResources = Timeseries
TimeseriesDataStateResources = TimeseriesDataStates
TimeseriesPropertyResources = TimeseriesProperties
TimeseriesPropertyDataResources = TimeseriesPropertyData
TimeseriesBySiteResources = TimeseriesBySites
TimeseriesByBuildingResources = TimeseriesByBuildings
TimeseriesByStoreyResources = TimeseriesByStoreys
TimeseriesBySpaceResources = TimeseriesBySpaces
TimeseriesByZoneResources = TimeseriesByZones
TimeseriesByEventResources = TimeseriesByEvents
