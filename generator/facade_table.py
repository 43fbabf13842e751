"""The facade's regular entry points: one handwritten table, rendered by the
generator into both clients' resource classes (`_generated/resources/`,
templates/resources.py.jinja; see generator/resources.py).

For each entry point: its client attribute (`sites`), its resource class name
(`Sites`), the module of `bemserver_api_client.resources` that exports it, and
its methods. A method names the generated operation it calls (by its name in
the typed index `_generated/operations.py`) and its parameters in the order and
with the defaults of the existing client (tests/reference/entry-points.md).
The types of what a method takes from the API document (list filters, path
parameters, payloads) and of what it returns are read from the generated core.

The particular entry points are here too: `analysis`, `auth` and `io` as
regular methods with small handwritten hooks (`Method.hook`, `Method.auth`,
`Param(to="body=...")`: functions of `bemserver_api_client/_particular/`), and
`timeseries_data` as `Particular` methods, whose bulk plans are written by hand
there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Param:
    """A parameter of a method, as users pass it.

    `to` is where it goes: a keyword of the request builder (its own name when
    empty), "path" (the next positional argument: a path parameter), "body"
    (the payload, a model or a dict), "body:<field>" (one field of the body),
    "body=<function>" (the body a handwritten function of `_particular` makes
    of it), "hook" (an argument of the method's `hook` only), or "etag" (the
    If-Match or If-None-Match header, as the operation takes).
    """

    name: str
    type: str
    #: The default's source text; None: required.
    default: str | None = None
    keyword_only: bool = False
    to: str = ""
    doc: str = ""


@dataclass(frozen=True)
class Method:
    """A method of a resource: one generated operation.

    `filters`: the operation's query parameters not given in `params` are
    keyword-only parameters too, and other keyword arguments are sent as query
    parameters (checked: see `_prepare.unknown_filters`). `pages`: an iteration
    over every page (`iter_all`) rather than one call.
    """

    name: str
    operation: str
    params: tuple[Param, ...] = ()
    filters: bool = False
    pages: bool = False
    doc: str = ""
    #: A handwritten function of `_particular` ("analysis.breakdown_operation"),
    #: given the "hook" parameters, that returns the operation to call: then
    #: `operation` or one of `also` (whose arguments are the same).
    hook: str = ""
    also: tuple[str, ...] = ()
    #: The source of the request's authentication when not the client's:
    #: "None" (none), or a handwritten function's call.
    auth: str = ""


@dataclass(frozen=True)
class Particular:
    """A method of a handwritten entry point: its signature, async twin and
    docstring are rendered like the others, but it runs the bulk plan a
    function of `bemserver_api_client._particular` makes of its arguments
    (`function`, "timeseries_data.download", given each parameter by keyword,
    by its `to` name when it has one, and `extra` keywords): a data state
    looked up by name, windows, chunks. `uses`: the generated operations it
    may call (their described calls are converted by `_generated/requests.py`).
    """

    name: str
    function: str
    params: tuple[Param, ...]
    returns: str
    uses: tuple[str, ...]
    extra: tuple[tuple[str, str], ...] = ()
    #: The function also takes the client (first).
    client: bool = False
    doc: str = ""


@dataclass(frozen=True)
class EntryPoint:
    attribute: str
    class_name: str
    module: str
    methods: tuple[Method | Particular, ...]
    #: The API resource ("/sites/"); by default the path of its `getall`.
    path: str

    def __init__(
        self,
        attribute: str,
        class_name: str,
        module: str,
        *methods: Method | Particular,
        path: str = "",
    ):
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "attribute", attribute)
        object.__setattr__(self, "class_name", class_name)
        object.__setattr__(self, "module", module)
        object.__setattr__(self, "methods", methods)


#: The largest `page_size` the API accepts (flask-smorest's maximum, in the spec).
MAX_PAGE_SIZE = 100

DATETIME = "datetime.datetime | str"
DATE = "datetime.date | str"
ID = Param("id", "int", to="path", doc="the resource's ID")
ETAG = Param(
    "etag",
    "str | None",
    "None",
    keyword_only=True,
    to="etag",
    doc="the ETag of the resource's last read",
)
#: The payload's type is the request builder's body type.
PAYLOAD = Param("payload", "", to="body", doc="the resource, a model or a dict")

LIST_ETAG = Param(
    "etag",
    "str | None",
    "None",
    keyword_only=True,
    to="etag",
    doc="the ETag of the last answer: BEMServerAPINotModified if unchanged",
)


def getall(operation: str) -> Method:
    return Method(
        "getall",
        operation,
        (LIST_ETAG,),
        filters=True,
        doc="List the resources; keyword arguments filter.",
    )


def iter_all(operation: str) -> Method:
    return Method(
        "iter_all",
        operation,
        (Param("page_size", "int", str(MAX_PAGE_SIZE), keyword_only=True),),
        filters=True,
        pages=True,
        doc=(
            "Every item of the list, page after page (`page=` to start elsewhere).\n\n"
            "Keyword arguments filter and sort as for `getall`. `page_size` is the\n"
            "number of items each request asks for, capped at the API's maximum\n"
            f"({MAX_PAGE_SIZE}): it changes the number of requests, not the items.\n"
            "Pages are requested as the iteration goes: a collection that changes\n"
            "meanwhile may give items twice or miss some (the API pages by offset)."
        ),
    )


def get_full(operation: str) -> Method:
    return Method(
        "get_full",
        operation,
        (LIST_ETAG,),
        filters=True,
        doc="Like getall, with the details of what each setting applies to.",
    )


def getone(operation: str) -> Method:
    return Method(
        "getone",
        operation,
        (ID, LIST_ETAG),
        doc="One resource by ID (with `etag`: BEMServerAPINotModified if unchanged).",
    )


def create(operation: str) -> Method:
    return Method(
        "create", operation, (PAYLOAD,), doc="Create a resource from a dict or a model."
    )


def update(operation: str) -> Method:
    return Method(
        "update",
        operation,
        (ID, PAYLOAD, ETAG),
        doc=(
            "Update a resource; `etag` is the one of its last getone() (the server\n"
            "refuses an update without it where the resource has ETags)."
        ),
    )


def delete(operation: str) -> Method:
    return Method(
        "delete",
        operation,
        (ID, ETAG),
        doc=(
            "Delete a resource; `etag` is the one of its last getone() (the server\n"
            "refuses a delete without it where the resource has ETags)."
        ),
    )


ENTRY_POINTS: tuple[EntryPoint, ...] = (
    EntryPoint(
        "about",
        "About",
        "about",
        Method(
            "getall",
            "get_about",
            (LIST_ETAG,),
            filters=True,
            doc='Versions of the server: `data["versions"]["bemserver_api"]`.',
        ),
    ),
    EntryPoint(
        "building_properties",
        "BuildingProperties",
        "structural_elements",
        getall("list_building_properties"),
        getone("get_building_property"),
        create("create_building_property"),
        delete("delete_building_property"),
    ),
    EntryPoint(
        "building_property_data",
        "BuildingPropertyData",
        "structural_elements",
        getall("list_building_property_data"),
        getone("get_building_property_data"),
        create("create_building_property_data"),
        update("update_building_property_data"),
        delete("delete_building_property_data"),
    ),
    EntryPoint(
        "buildings",
        "Buildings",
        "structural_elements",
        getall("list_buildings"),
        getone("get_building"),
        create("create_building"),
        update("update_building"),
        delete("delete_building"),
    ),
    EntryPoint(
        "campaign_scopes",
        "CampaignScopes",
        "campaigns",
        getall("list_campaign_scopes"),
        getone("get_campaign_scope"),
        create("create_campaign_scope"),
        update("update_campaign_scope"),
        delete("delete_campaign_scope"),
    ),
    EntryPoint(
        "campaigns",
        "Campaigns",
        "campaigns",
        getall("list_campaigns"),
        getone("get_campaign"),
        create("create_campaign"),
        update("update_campaign"),
        delete("delete_campaign"),
    ),
    EntryPoint(
        "energies",
        "Energies",
        "energy",
        getall("list_energies"),
    ),
    EntryPoint(
        "energy_cons_ts_by_buildings",
        "EnergyConsumptionTimeseriesByBuildings",
        "energy",
        getall("list_energy_consumption_timeseries_by_buildings"),
        getone("get_energy_consumption_timeseries_by_building"),
        create("create_energy_consumption_timeseries_by_building"),
        update("update_energy_consumption_timeseries_by_building"),
        delete("delete_energy_consumption_timeseries_by_building"),
    ),
    EntryPoint(
        "energy_cons_ts_by_sites",
        "EnergyConsumptionTimeseriesBySites",
        "energy",
        getall("list_energy_consumption_timeseries_by_sites"),
        getone("get_energy_consumption_timeseries_by_site"),
        create("create_energy_consumption_timeseries_by_site"),
        update("update_energy_consumption_timeseries_by_site"),
        delete("delete_energy_consumption_timeseries_by_site"),
    ),
    EntryPoint(
        "energy_end_uses",
        "EnergyEndUses",
        "energy",
        getall("list_energy_end_uses"),
    ),
    EntryPoint(
        "energy_prod_technologies",
        "EnergyProductionTechnologies",
        "energy",
        getall("list_energy_production_technologies"),
    ),
    EntryPoint(
        "energy_prod_ts_by_buildings",
        "EnergyProductionTimeseriesByBuildings",
        "energy",
        getall("list_energy_production_timeseries_by_buildings"),
        getone("get_energy_production_timeseries_by_building"),
        create("create_energy_production_timeseries_by_building"),
        update("update_energy_production_timeseries_by_building"),
        delete("delete_energy_production_timeseries_by_building"),
    ),
    EntryPoint(
        "energy_prod_ts_by_sites",
        "EnergyProductionTimeseriesBySites",
        "energy",
        getall("list_energy_production_timeseries_by_sites"),
        getone("get_energy_production_timeseries_by_site"),
        create("create_energy_production_timeseries_by_site"),
        update("update_energy_production_timeseries_by_site"),
        delete("delete_energy_production_timeseries_by_site"),
    ),
    EntryPoint(
        "event_by_buildings",
        "EventByBuildings",
        "events",
        getall("list_events_by_buildings"),
        iter_all("list_events_by_buildings"),
        getone("get_event_by_building"),
        create("create_event_by_building"),
        delete("delete_event_by_building"),
    ),
    EntryPoint(
        "event_by_sites",
        "EventBySites",
        "events",
        getall("list_events_by_sites"),
        iter_all("list_events_by_sites"),
        getone("get_event_by_site"),
        create("create_event_by_site"),
        delete("delete_event_by_site"),
    ),
    EntryPoint(
        "event_by_spaces",
        "EventBySpaces",
        "events",
        getall("list_events_by_spaces"),
        iter_all("list_events_by_spaces"),
        getone("get_event_by_space"),
        create("create_event_by_space"),
        delete("delete_event_by_space"),
    ),
    EntryPoint(
        "event_by_storeys",
        "EventByStoreys",
        "events",
        getall("list_events_by_storeys"),
        iter_all("list_events_by_storeys"),
        getone("get_event_by_storey"),
        create("create_event_by_storey"),
        delete("delete_event_by_storey"),
    ),
    EntryPoint(
        "event_by_zones",
        "EventByZones",
        "events",
        getall("list_events_by_zones"),
        iter_all("list_events_by_zones"),
        getone("get_event_by_zone"),
        create("create_event_by_zone"),
        delete("delete_event_by_zone"),
    ),
    EntryPoint(
        "event_categories",
        "EventCategories",
        "events",
        getall("list_event_categories"),
        getone("get_event_category"),
        create("create_event_category"),
        update("update_event_category"),
        delete("delete_event_category"),
    ),
    EntryPoint(
        "event_categories_by_users",
        "EventCategoriesByUsers",
        "events",
        getall("list_event_categories_by_users"),
        getone("get_event_category_by_user"),
        create("create_event_category_by_user"),
        update("update_event_category_by_user"),
        delete("delete_event_category_by_user"),
    ),
    EntryPoint(
        "events",
        "Events",
        "events",
        getall("list_events"),
        iter_all("list_events"),
        getone("get_event"),
        create("create_event"),
        update("update_event"),
        delete("delete_event"),
    ),
    EntryPoint(
        "notifications",
        "Notifications",
        "events",
        getall("list_notifications"),
        iter_all("list_notifications"),
        getone("get_notification"),
        create("create_notification"),
        update("update_notification"),
        delete("delete_notification"),
        Method(
            "count_by_campaign",
            "count_notifications_by_campaign",
            (ETAG,),
            filters=True,
            doc="The number of notifications of a user, by campaign.",
        ),
        Method(
            "mark_all_as_read",
            "mark_all_notifications_as_read",
            filters=True,
            doc="Mark all the notifications of a user (and campaign) as read.",
        ),
    ),
    EntryPoint(
        "site_properties",
        "SiteProperties",
        "structural_elements",
        getall("list_site_properties"),
        getone("get_site_property"),
        create("create_site_property"),
        delete("delete_site_property"),
    ),
    EntryPoint(
        "site_property_data",
        "SitePropertyData",
        "structural_elements",
        getall("list_site_property_data"),
        getone("get_site_property_data"),
        create("create_site_property_data"),
        update("update_site_property_data"),
        delete("delete_site_property_data"),
    ),
    EntryPoint(
        "sites",
        "Sites",
        "structural_elements",
        getall("list_sites"),
        getone("get_site"),
        create("create_site"),
        update("update_site"),
        delete("delete_site"),
        Method(
            "download_weather_data",
            "download_site_weather_data",
            (ID, Param("start_time", DATETIME), Param("end_time", DATETIME)),
            doc="Have the server fetch weather data of the site for this period.",
        ),
        Method(
            "get_degree_days",
            "get_site_degree_days",
            (
                ID,
                Param("start_date", DATE),
                Param("end_date", DATE),
                Param(
                    "period",
                    "enums.DegreeDaysPeriod | str",
                    "enums.DegreeDaysPeriod.day",
                    keyword_only=True,
                ),
                Param(
                    "type",
                    "enums.DegreeDaysType | str",
                    "enums.DegreeDaysType.heating",
                    keyword_only=True,
                    to="type_",
                ),
                Param("base", "float", "18", keyword_only=True),
                Param("unit", "str", "'°C'", keyword_only=True),
            ),
            doc="Heating or cooling degree days of the site, by day, month or year.",
        ),
    ),
    EntryPoint(
        "st_check_missing_by_campaign",
        "StCheckMissingByCampaign",
        "services",
        getall("list_st_check_missings_by_campaigns"),
        get_full("list_st_check_missings_by_campaigns_full"),
        getone("get_st_check_missing_by_campaign"),
        create("create_st_check_missing_by_campaign"),
        update("update_st_check_missing_by_campaign"),
        delete("delete_st_check_missing_by_campaign"),
    ),
    EntryPoint(
        "st_check_outlier_by_campaign",
        "StCheckOutlierByCampaign",
        "services",
        getall("list_st_check_outliers_by_campaigns"),
        get_full("list_st_check_outliers_by_campaigns_full"),
        getone("get_st_check_outliers_by_campaign"),
        create("create_st_check_outliers_by_campaign"),
        update("update_st_check_outliers_by_campaign"),
        delete("delete_st_check_outliers_by_campaign"),
    ),
    EntryPoint(
        "st_cleanup_by_campaign",
        "StCleanupByCampaign",
        "services",
        getall("list_st_cleanups_by_campaigns"),
        get_full("list_st_cleanups_by_campaigns_full"),
        getone("get_st_cleanup_by_campaign"),
        create("create_st_cleanup_by_campaign"),
        update("update_st_cleanup_by_campaign"),
        delete("delete_st_cleanup_by_campaign"),
    ),
    EntryPoint(
        "st_cleanup_by_timeseries",
        "StCleanupByTimeseries",
        "services",
        getall("list_st_cleanups_by_timeseries"),
        get_full("list_st_cleanups_by_timeseries_full"),
        getone("get_st_cleanup_by_timeseries"),
    ),
    EntryPoint(
        "st_download_weather_by_site",
        "StDownloadWeatherBySite",
        "services",
        getall("list_st_download_weather_data_by_sites"),
        get_full("list_st_download_weather_data_by_sites_full"),
        getone("get_st_download_weather_data_by_site"),
        create("create_st_download_weather_data_by_site"),
        update("update_st_download_weather_data_by_site"),
        delete("delete_st_download_weather_data_by_site"),
    ),
    EntryPoint(
        "st_download_weather_forecast_by_site",
        "StDownloadWeatherForecastBySite",
        "services",
        getall("list_st_download_weather_forecast_data_by_sites"),
        get_full("list_st_download_weather_forecast_data_by_sites_full"),
        getone("get_st_download_weather_forecast_data_by_site"),
        create("create_st_download_weather_forecast_data_by_site"),
        update("update_st_download_weather_forecast_data_by_site"),
        delete("delete_st_download_weather_forecast_data_by_site"),
    ),
    EntryPoint(
        "space_properties",
        "SpaceProperties",
        "structural_elements",
        getall("list_space_properties"),
        getone("get_space_property"),
        create("create_space_property"),
        delete("delete_space_property"),
    ),
    EntryPoint(
        "space_property_data",
        "SpacePropertyData",
        "structural_elements",
        getall("list_space_property_data"),
        getone("get_space_property_data"),
        create("create_space_property_data"),
        update("update_space_property_data"),
        delete("delete_space_property_data"),
    ),
    EntryPoint(
        "spaces",
        "Spaces",
        "structural_elements",
        getall("list_spaces"),
        getone("get_space"),
        create("create_space"),
        update("update_space"),
        delete("delete_space"),
    ),
    EntryPoint(
        "storey_properties",
        "StoreyProperties",
        "structural_elements",
        getall("list_storey_properties"),
        getone("get_storey_property"),
        create("create_storey_property"),
        delete("delete_storey_property"),
    ),
    EntryPoint(
        "storey_property_data",
        "StoreyPropertyData",
        "structural_elements",
        getall("list_storey_property_data"),
        getone("get_storey_property_data"),
        create("create_storey_property_data"),
        update("update_storey_property_data"),
        delete("delete_storey_property_data"),
    ),
    EntryPoint(
        "storeys",
        "Storeys",
        "structural_elements",
        getall("list_storeys"),
        getone("get_storey"),
        create("create_storey"),
        update("update_storey"),
        delete("delete_storey"),
    ),
    EntryPoint(
        "structural_element_properties",
        "StructuralElementProperties",
        "structural_elements",
        getall("list_structural_element_properties"),
        getone("get_structural_element_property"),
        create("create_structural_element_property"),
        update("update_structural_element_property"),
        delete("delete_structural_element_property"),
    ),
    EntryPoint(
        "task_by_campaign",
        "TasksByCampaigns",
        "tasks",
        getall("list_tasks_by_campaigns"),
        getone("get_task_by_campaign"),
        create("create_task_by_campaign"),
        update("update_task_by_campaign"),
        delete("delete_task_by_campaign"),
    ),
    EntryPoint(
        "tasks",
        "Tasks",
        "tasks",
        getall("list_tasks"),
        Method(
            "run_async",
            "run_task",
            (PAYLOAD,),
            doc='Queue a task to run now (`{"task_name": ..., "campaign_id": ...}`).',
        ),
    ),
    EntryPoint(
        "timeseries",
        "Timeseries",
        "timeseries",
        getall("list_timeseries"),
        iter_all("list_timeseries"),
        getone("get_timeseries"),
        create("create_timeseries"),
        update("update_timeseries"),
        delete("delete_timeseries"),
    ),
    EntryPoint(
        "timeseries_by_buildings",
        "TimeseriesByBuildings",
        "timeseries",
        getall("list_timeseries_by_buildings"),
        iter_all("list_timeseries_by_buildings"),
        getone("get_timeseries_by_building"),
        create("create_timeseries_by_building"),
        delete("delete_timeseries_by_building"),
    ),
    EntryPoint(
        "timeseries_by_events",
        "TimeseriesByEvents",
        "timeseries",
        getall("list_timeseries_by_events"),
        iter_all("list_timeseries_by_events"),
        getone("get_timeseries_by_event"),
        create("create_timeseries_by_event"),
        delete("delete_timeseries_by_event"),
    ),
    EntryPoint(
        "timeseries_by_sites",
        "TimeseriesBySites",
        "timeseries",
        getall("list_timeseries_by_sites"),
        iter_all("list_timeseries_by_sites"),
        getone("get_timeseries_by_site"),
        create("create_timeseries_by_site"),
        delete("delete_timeseries_by_site"),
    ),
    EntryPoint(
        "timeseries_by_spaces",
        "TimeseriesBySpaces",
        "timeseries",
        getall("list_timeseries_by_spaces"),
        iter_all("list_timeseries_by_spaces"),
        getone("get_timeseries_by_space"),
        create("create_timeseries_by_space"),
        delete("delete_timeseries_by_space"),
    ),
    EntryPoint(
        "timeseries_by_storeys",
        "TimeseriesByStoreys",
        "timeseries",
        getall("list_timeseries_by_storeys"),
        iter_all("list_timeseries_by_storeys"),
        getone("get_timeseries_by_storey"),
        create("create_timeseries_by_storey"),
        delete("delete_timeseries_by_storey"),
    ),
    EntryPoint(
        "timeseries_by_zones",
        "TimeseriesByZones",
        "timeseries",
        getall("list_timeseries_by_zones"),
        iter_all("list_timeseries_by_zones"),
        getone("get_timeseries_by_zone"),
        create("create_timeseries_by_zone"),
        delete("delete_timeseries_by_zone"),
    ),
    EntryPoint(
        "timeseries_datastates",
        "TimeseriesDataStates",
        "timeseries",
        getall("list_timeseries_data_states"),
        getone("get_timeseries_data_state"),
        create("create_timeseries_data_state"),
        update("update_timeseries_data_state"),
        delete("delete_timeseries_data_state"),
    ),
    EntryPoint(
        "timeseries_properties",
        "TimeseriesProperties",
        "timeseries",
        getall("list_timeseries_properties"),
        getone("get_timeseries_property"),
        create("create_timeseries_property"),
        update("update_timeseries_property"),
        delete("delete_timeseries_property"),
    ),
    EntryPoint(
        "timeseries_property_data",
        "TimeseriesPropertyData",
        "timeseries",
        getall("list_timeseries_property_data"),
        getone("get_timeseries_property_data"),
        create("create_timeseries_property_data"),
        update("update_timeseries_property_data"),
        delete("delete_timeseries_property_data"),
    ),
    EntryPoint(
        "user_by_user_groups",
        "UserByUserGroups",
        "users",
        getall("list_users_by_user_groups"),
        getone("get_user_by_user_group"),
        create("create_user_by_user_group"),
        delete("delete_user_by_user_group"),
    ),
    EntryPoint(
        "user_groups",
        "UserGroups",
        "users",
        getall("list_user_groups"),
        getone("get_user_group"),
        create("create_user_group"),
        update("update_user_group"),
        delete("delete_user_group"),
    ),
    EntryPoint(
        "user_groups_by_campaign_scopes",
        "UserGroupsByCampaignScopes",
        "campaigns",
        getall("list_user_groups_by_campaign_scopes"),
        getone("get_user_group_by_campaign_scope"),
        create("create_user_group_by_campaign_scope"),
        delete("delete_user_group_by_campaign_scope"),
    ),
    EntryPoint(
        "user_groups_by_campaigns",
        "UserGroupsByCampaigns",
        "campaigns",
        getall("list_user_groups_by_campaigns"),
        getone("get_user_group_by_campaign"),
        create("create_user_group_by_campaign"),
        delete("delete_user_group_by_campaign"),
    ),
    EntryPoint(
        "users",
        "Users",
        "users",
        getall("list_users"),
        getone("get_user"),
        create("create_user"),
        update("update_user"),
        delete("delete_user"),
        Method(
            "set_active",
            "set_user_active",
            (ID, Param("state", "bool", to="body:value"), ETAG),
            doc="Activate or deactivate a user.",
        ),
        Method(
            "set_admin",
            "set_user_admin",
            (ID, Param("state", "bool", to="body:value"), ETAG),
            doc="Make a user an administrator, or not.",
        ),
    ),
    EntryPoint(
        "weather_ts_by_sites",
        "WeatherTimeseriesBySites",
        "energy",
        getall("list_weather_timeseries_by_sites"),
        getone("get_weather_timeseries_by_site"),
        create("create_weather_timeseries_by_site"),
        update("update_weather_timeseries_by_site"),
        delete("delete_weather_timeseries_by_site"),
    ),
    EntryPoint(
        "zone_properties",
        "ZoneProperties",
        "structural_elements",
        getall("list_zone_properties"),
        getone("get_zone_property"),
        create("create_zone_property"),
        delete("delete_zone_property"),
    ),
    EntryPoint(
        "zone_property_data",
        "ZonePropertyData",
        "structural_elements",
        getall("list_zone_property_data"),
        getone("get_zone_property_data"),
        create("create_zone_property_data"),
        update("update_zone_property_data"),
        delete("delete_zone_property_data"),
    ),
    EntryPoint(
        "zones",
        "Zones",
        "structural_elements",
        getall("list_zones"),
        getone("get_zone"),
        create("create_zone"),
        update("update_zone"),
        delete("delete_zone"),
    ),
)


# -- the handwritten entry points: their methods' faces -------------------------
# (what each sends: bemserver_api_client/_particular/)

CAMPAIGN = Param("campaign_id", "int", doc="the campaign the timeseries names are in")
START = Param(
    "start_time", DATETIME, doc="start of the period (included): a datetime or ISO 8601"
)
END = Param(
    "end_time", DATETIME, doc="end of the period (excluded): a datetime or ISO 8601"
)
DATA_STATE = Param(
    "data_state",
    "int",
    doc="the ID of the data state (1: raw data, as stored)",
)
#: Timeseries data take a state's name too ("Raw": looked up once per client).
DATA_STATE_OR_NAME = Param(
    "data_state",
    "int | str",
    doc='the data state: its ID, or its name as the server has it ("Raw")',
)
TIMEZONE = Param(
    "timezone",
    "str",
    '"UTC"',
    doc="IANA time zone of the answer's timestamps and of the buckets",
)
TS_IDS = Param(
    "timeseries_ids", "list[int]", to="timeseries", doc="the IDs of the timeseries"
)
TS_NAMES = Param(
    "timeseries_names",
    "list[str]",
    to="timeseries",
    doc="the names of the timeseries, within the campaign",
)
FORMAT = Param(
    "format",
    "enums.DataFormat | str",
    "enums.DataFormat.json",
    doc="JSON (`.parsed`: a TimeseriesData) or CSV (`.parsed`: bytes)",
)
CONVERT_TO = Param(
    "convert_to",
    "list[str] | None",
    "None",
    doc="a unit per timeseries to convert its values to (None: as stored)",
)
AGGREGATION = (
    Param(
        "aggregation",
        "enums.Aggregation | str",
        "enums.Aggregation.avg",
        doc="how the values of a bucket are aggregated",
    ),
    Param("bucket_width_value", "int | str", '"1"', doc="the buckets' width..."),
    Param(
        "bucket_width_unit",
        "enums.BucketWidthUnit | str",
        "enums.BucketWidthUnit.hour",
        doc="...in this unit",
    ),
)
PROGRESS = Param(
    "progress",
    "Progress",
    "None",
    keyword_only=True,
    doc="a callable(done, total) counting requests, or True for a progress bar",
)
CONCURRENCY = Param(
    "concurrency",
    "int",
    "DEFAULT_CONCURRENCY",
    keyword_only=True,
    doc="requests in flight at once",
)
DOWNLOAD_CHUNKS = (
    Param(
        "chunk_size",
        "int | None",
        "DEFAULT_DOWNLOAD_CHUNK_SIZE",
        keyword_only=True,
        doc="about how many points a request asks for (None: one request)",
    ),
    CONCURRENCY,
    PROGRESS,
)
TO_FILE = Param(
    "to_file",
    "FileTarget | None",
    "None",
    keyword_only=True,
    doc="a path or binary file the data is written to (CSV, or Parquet)",
)
FILE_FORMAT = Param(
    "file_format",
    "str | None",
    "None",
    keyword_only=True,
    doc="'csv' or 'parquet' (None: Parquet for a path ending in .parquet)",
)
DATA_RESPONSE = "BEMServerApiClientResponse[m.TimeseriesData | bytes]"
BY_ID = ("download_timeseries_data", "get_timeseries_data_stats")
BY_NAME = ("download_timeseries_data_by_names", "get_timeseries_data_stats_by_names")
AGGREGATED_BY_ID = ("download_aggregated_timeseries_data",)
AGGREGATED_BY_NAME = ("download_aggregated_timeseries_data_by_names",)

DOWNLOAD_DOC = """Values of timeseries by ID over [start_time, end_time).

A period too short to hold more than `chunk_size` points at one point
a minute per timeseries is one request. Over a longer one, the
timeseries' stats (one request first) tell how many points it holds:
beyond `chunk_size`, the period is split in windows fetched
`concurrency` at a time and merged in order: the answer is what one
request would give. `chunk_size=None`: one request.
`to_file` (`format=DataFormat.csv`): a path or binary file the CSV is
written to as windows arrive, sized from the stats whatever the period
(memory bounded by `concurrency` windows); the answer's `data` is then
None. A path is written under a temporary name and renamed once
complete: a failure leaves it as it was. A path ending in .parquet (or
`file_format="parquet"`, whatever `format` says): a Parquet file, a row
group per window, a "Datetime" column (microseconds, in `timezone`) and
a float64 column per timeseries (the `parquet` extra: pyarrow)."""

UPLOAD_DOC = """Store values of any amount (points the server has are left as they are).

`data`: JSON {timeseries id: {timestamp: value}}, CSV (bytes, str or a
binary file; `format=DataFormat.csv`), a DataFrame (tz-aware
DatetimeIndex, a column per timeseries id), or, with the `parquet`
extra, a Parquet file's path, a pyarrow Table or a polars DataFrame (a
tz-aware "Datetime" column, or the only one of timestamps, and a column
per timeseries; read and sent chunk by chunk). Data of more than
`chunk_size` points (CSV: cells) is sent in chunks, `concurrency` at a
time, each point once; a chunk that still fails after the client's
retries raises BEMServerAPIChunkError, which says what is stored.
Input the server could not read (CSV not UTF-8, nanosecond timestamps,
two columns or keys sent as one) raises BEMServerAPIClientValueError
before any request; Ctrl-C raises BEMServerAPIInterruptedError, which
says what is stored. `progress`: a callable(done, total) counting
chunks, or True for a progress bar."""


def _upload(name: str, by_names: bool, doc: str) -> Particular:
    params = (
        *((CAMPAIGN,) if by_names else ()),
        DATA_STATE_OR_NAME,
        Param(
            "data",
            "TimeseriesDataBody | pd.DataFrame | ArrowData",
            doc="JSON {timeseries: {timestamp: value}}, CSV, a DataFrame, Arrow",
        ),
        FORMAT,
        Param(
            "chunk_size",
            "int",
            "DEFAULT_UPLOAD_CHUNK_SIZE",
            keyword_only=True,
            doc="points (CSV: cells) a request sends at most",
        ),
        CONCURRENCY,
        PROGRESS,
    )
    uses = "upload_timeseries_data" + ("_by_names" if by_names else "")
    return Particular(
        name,
        "timeseries_data.upload",
        params,
        "BEMServerApiClientResponse[None]",
        (uses,),
        client=True,
        doc=doc,
    )


def _download(
    name: str, by_names: bool, aggregated: bool, dataframe: bool, doc: str
) -> Particular:
    params = (
        *((CAMPAIGN,) if by_names else ()),
        START,
        END,
        DATA_STATE_OR_NAME,
        TS_NAMES if by_names else TS_IDS,
        TIMEZONE,
        *(AGGREGATION if aggregated else ()),
        *(() if dataframe else (FORMAT,)),
        CONVERT_TO,
        *DOWNLOAD_CHUNKS,
        *(() if dataframe else (TO_FILE, FILE_FORMAT)),
    )
    if aggregated:
        uses = AGGREGATED_BY_NAME if by_names else AGGREGATED_BY_ID
    else:
        uses = BY_NAME if by_names else BY_ID
    return Particular(
        name,
        "timeseries_data.download",
        params,
        "pd.DataFrame" if dataframe else DATA_RESPONSE,
        uses,
        client=True,
        extra=(("dataframe", "True"),) if dataframe else (),
        doc=doc,
    )


PARTICULAR_ENTRY_POINTS: tuple[EntryPoint, ...] = (
    EntryPoint(
        "analysis",
        "Analysis",
        "analysis",
        Method(
            "get_completeness",
            "get_completeness",
            (
                START,
                END,
                Param("timeseries", "list[int]"),
                DATA_STATE,
                Param("bucket_width_value", "int"),
                Param("bucket_width_unit", "enums.BucketWidthUnit | str"),
                TIMEZONE,
                ETAG,
            ),
            doc="How complete the data of timeseries is, bucket by bucket.",
        ),
        Method(
            "get_energy_consumption_breakdown",
            "get_site_energy_consumption_breakdown",
            (
                Param(
                    "structural_element_type",
                    "enums.StructuralElement | str",
                    to="hook",
                    doc='"site" or "building"',
                ),
                Param(
                    "structural_element_id",
                    "int",
                    to="path",
                    doc="the ID of the site or building",
                ),
                START,
                END,
                Param("bucket_width_value", "int"),
                Param("bucket_width_unit", "enums.BucketWidthUnit | str"),
                TIMEZONE,
                Param("unit", "str", '"kWh"'),
                Param("ratio_property", "str | None", "None"),
                ETAG,
            ),
            hook="analysis.breakdown_operation",
            also=("get_building_energy_consumption_breakdown",),
            doc="Energy consumption of a site or a building, by energy and end use.",
        ),
        path="/analysis/",
    ),
    EntryPoint(
        "auth",
        "Auth",
        "auth",
        Method(
            "get_tokens",
            "get_tokens",
            (
                Param("email", "str", to="body:email"),
                Param("password", "str", to="body:password"),
            ),
            auth="None",
            doc=(
                "A token pair for these credentials.\n\n"
                'Wrong credentials do not raise: `data["status"] == "failure"`.'
            ),
        ),
        Method(
            "refresh_tokens",
            "refresh_tokens",
            (),
            auth="auth.refresh_auth(self._client)",
            doc=(
                "A new token pair, for the refresh token of the client's "
                "authentication."
            ),
        ),
        path="/auth/",
    ),
    EntryPoint(
        "io",
        "InputOutput",
        "io",
        Method(
            "upload_sites_csv",
            "upload_sites_csv",
            (
                CAMPAIGN,
                Param(
                    "csv_files",
                    "Mapping[str, BinaryIO | None]",
                    to="body=io.sites_csv_body",
                ),
            ),
            doc=(
                "Import sites, buildings, storeys, spaces and zones of a campaign.\n\n"
                '`csv_files` maps fields ("sites_csv", "buildings_csv", ...) to files.'
            ),
        ),
        Method(
            "upload_timeseries_csv",
            "upload_timeseries_csv",
            (
                CAMPAIGN,
                Param(
                    "csv_files",
                    "Mapping[str, BinaryIO | None]",
                    to="body=io.timeseries_csv_body",
                ),
            ),
            doc='Import timeseries of a campaign: `{"timeseries_csv": file}`.',
        ),
        path="/io/",
    ),
    EntryPoint(
        "timeseries_data",
        "TimeseriesData",
        "timeseries_data",
        Particular(
            "get_stats",
            "timeseries_data.get_stats",
            (DATA_STATE_OR_NAME, TS_IDS, TIMEZONE),
            "BEMServerApiClientResponse[m.TimeseriesDataStatsByID]",
            ("get_timeseries_data_stats",),
            client=True,
            doc="First and last timestamps, count, min, max... of each timeseries.",
        ),
        Particular(
            "get_stats_by_names",
            "timeseries_data.get_stats",
            (CAMPAIGN, DATA_STATE_OR_NAME, TS_NAMES, TIMEZONE),
            "BEMServerApiClientResponse[m.TimeseriesDataStatsByName]",
            ("get_timeseries_data_stats_by_names",),
            client=True,
            doc="Statistics of timeseries given by name within a campaign.",
        ),
        _upload("upload", False, UPLOAD_DOC),
        _upload(
            "upload_by_names",
            True,
            "Store values of timeseries given by name within a campaign (as\n"
            "`upload`; a DataFrame has a column per timeseries name).",
        ),
        _download("download", False, False, False, DOWNLOAD_DOC),
        _download(
            "download_by_names",
            True,
            False,
            False,
            "Values of timeseries by name within a campaign (as `download`).",
        ),
        _download(
            "download_aggregate",
            False,
            True,
            False,
            "Values aggregated in buckets (e.g. hourly averages).\n\n"
            "Split in windows aligned on buckets (in `timezone`) when there are more\n"
            "than `chunk_size` buckets x timeseries and buckets divide a day (or are\n"
            "1 day, week, month or year); otherwise one request.",
        ),
        _download(
            "download_aggregate_by_names",
            True,
            True,
            False,
            "Values of timeseries by name aggregated in buckets.",
        ),
        _download(
            "download_dataframe",
            False,
            False,
            True,
            "`download` as a DataFrame: a DatetimeIndex in `timezone` (of\n"
            "microseconds), a float64 column per timeseries id (int), typed so\n"
            "over an empty period too. start_time and end_time must be tz-aware.",
        ),
        _download(
            "download_by_names_dataframe",
            True,
            False,
            True,
            "`download_by_names` as a DataFrame: a column per timeseries name.",
        ),
        _download(
            "download_aggregate_dataframe",
            False,
            True,
            True,
            "`download_aggregate` as a DataFrame (a column per timeseries id).",
        ),
        _download(
            "download_aggregate_by_names_dataframe",
            True,
            True,
            True,
            "`download_aggregate_by_names` as a DataFrame (a column per name).",
        ),
        Particular(
            "delete",
            "timeseries_data.delete",
            (START, END, DATA_STATE_OR_NAME, TS_IDS),
            "BEMServerApiClientResponse[None]",
            ("delete_timeseries_data",),
            client=True,
            doc="Delete the values of timeseries over [start_time, end_time).",
        ),
        Particular(
            "delete_by_names",
            "timeseries_data.delete",
            (CAMPAIGN, START, END, DATA_STATE_OR_NAME, TS_NAMES),
            "BEMServerApiClientResponse[None]",
            ("delete_timeseries_data_by_names",),
            client=True,
            doc="Delete the values of timeseries given by name within a campaign.",
        ),
        path="/timeseries_data/",
    ),
)

#: What the particular methods' types name (TYPE_CHECKING imports of
#: `_generated/resources/`) and their defaults (imported at run time).
PARTICULAR_TYPE_IMPORTS = (
    "import pandas as pd",
    "from collections.abc import Mapping",
    "from typing import BinaryIO",
    "from .._bulk import FileTarget, Progress",
    "from .._particular.timeseries_data import ArrowData, TimeseriesDataBody",
)
PARTICULAR_IMPORTS = (
    "from .._bulk import DEFAULT_CONCURRENCY, DEFAULT_DOWNLOAD_CHUNK_SIZE, "
    "DEFAULT_UPLOAD_CHUNK_SIZE, drive_async, drive_sync",
    "from .._particular import analysis, auth, io, timeseries_data",
)

#: The generated operations the handwritten entry points send as described
#: calls (`_particular/`, beside the `uses` of their methods): each has a typed
#: reference in `_generated/requests.py` whose function converts a call's
#: arguments and builds its request.
PARTICULAR_OPERATIONS = tuple(
    sorted(
        {
            stem
            for entry in PARTICULAR_ENTRY_POINTS
            for method in entry.methods
            if isinstance(method, Particular)
            for stem in method.uses
        }
        | {
            # by `timeseries_data.upload` and `delete` (as their `uses`), and
            # the data states, to look up one given by name
            "upload_timeseries_data",
            "upload_timeseries_data_by_names",
            "delete_timeseries_data",
            "delete_timeseries_data_by_names",
            "download_aggregated_timeseries_data",
            "download_aggregated_timeseries_data_by_names",
            "list_timeseries_data_states",
        }
    )
)
