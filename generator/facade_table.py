"""The facade's regular entry points: one handwritten table, rendered by the
generator into both clients' resource classes (`_generated/resources.py`,
templates/resources.py.jinja; see generator/resources.py).

For each entry point: its client attribute (`sites`), its resource class name
(`Sites`), the module of `bemserver_api_client.resources` that exports it, and
its methods. A method names the generated operation it calls (by its name in
the typed index `_generated/operations.py`) and its parameters in the order and
with the defaults of the existing client (tests/reference/entry-points.md).
The types of what a method takes from the API document (list filters, path
parameters, payloads) and of what it returns are read from the generated core.

The particular entry points (`analysis`, `auth`, `io`, `timeseries_data`) are
written by hand in `bemserver_api_client/resources/`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Param:
    """A parameter of a method, as users pass it.

    `to` is where it goes: a keyword of the request builder (its own name when
    empty), "path" (the next positional argument: a path parameter), "body"
    (the payload, a model or a dict), "body:<field>" (one field of the body),
    or "etag" (the If-Match or If-None-Match header, as the operation takes).
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


@dataclass(frozen=True)
class EntryPoint:
    attribute: str
    class_name: str
    module: str
    methods: tuple[Method, ...]

    def __init__(self, attribute: str, class_name: str, module: str, *methods: Method):
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
