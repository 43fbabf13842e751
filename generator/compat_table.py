"""The names of bemserver-api-client 0.22.0's resource modules, kept for
existing code: one handwritten table, rendered with the facade's table
(generator/facade_table.py) into `_generated/resource_exports/`, what each
module of `bemserver_api_client.resources` exports (generator/exports.py).

Each module of `bemserver_api_client.resources` exports both clients' classes
of the entry points the facade's table puts in it (`EntryPoint.module`), then
the names 0.22.0's module of the same name defined: each the class of an entry
point here (`SiteResources` is `Sites`, the class of `api_client.sites`), or,
for the few that were not a resource class, what does that job here. The names
are 0.22.0's, misspellings included (`EnergyConsumptionTimseriesBySiteResources`);
tests/unit/test_existing_import_paths.py checks each against
tests/reference/existing-import-paths.md.
"""

from __future__ import annotations

#: 0.22.0's module -> (its resource class's name, the entry point whose class it
#: is), in 0.22.0's order.
RESOURCE_NAMES_OF_0_22_0: dict[str, tuple[tuple[str, str], ...]] = {
    "about": (("AboutResources", "about"),),
    "analysis": (("AnalysisResources", "analysis"),),
    "auth": (("AuthenticationResources", "auth"),),
    "campaigns": (
        ("CampaignResources", "campaigns"),
        ("CampaignScopeResources", "campaign_scopes"),
        ("UserGroupByCampaignResources", "user_groups_by_campaigns"),
        ("UserGroupByCampaignScopeResources", "user_groups_by_campaign_scopes"),
    ),
    "energy": (
        ("EnergyResources", "energies"),
        ("EnergyEndUseResources", "energy_end_uses"),
        ("EnergyConsumptionTimseriesBySiteResources", "energy_cons_ts_by_sites"),
        (
            "EnergyConsumptionTimseriesByBuildingResources",
            "energy_cons_ts_by_buildings",
        ),
        ("EnergyProductionTechnologyResources", "energy_prod_technologies"),
        ("EnergyProductionTimseriesBySiteResources", "energy_prod_ts_by_sites"),
        ("EnergyProductionTimseriesByBuildingResources", "energy_prod_ts_by_buildings"),
    ),
    "events": (
        ("EventResources", "events"),
        ("EventCategoryResources", "event_categories"),
        ("EventCategoryByUserResources", "event_categories_by_users"),
        ("EventBySiteResources", "event_by_sites"),
        ("EventByBuildingResources", "event_by_buildings"),
        ("EventByStoreyResources", "event_by_storeys"),
        ("EventBySpaceResources", "event_by_spaces"),
        ("EventByZoneResources", "event_by_zones"),
    ),
    "io": (("IOResources", "io"),),
    # 0.22.0 had a module of its own for notifications; here they are in events.
    "notifications": (("NotificationResources", "notifications"),),
    "structural_elements": (
        ("SiteResources", "sites"),
        ("BuildingResources", "buildings"),
        ("StoreyResources", "storeys"),
        ("SpaceResources", "spaces"),
        ("ZoneResources", "zones"),
        ("StructuralElementPropertyResources", "structural_element_properties"),
        ("SitePropertyResources", "site_properties"),
        ("BuildingPropertyResources", "building_properties"),
        ("StoreyPropertyResources", "storey_properties"),
        ("SpacePropertyResources", "space_properties"),
        ("ZonePropertyResources", "zone_properties"),
        ("SitePropertyDataResources", "site_property_data"),
        ("BuildingPropertyDataResources", "building_property_data"),
        ("StoreyPropertyDataResources", "storey_property_data"),
        ("SpacePropertyDataResources", "space_property_data"),
        ("ZonePropertyDataResources", "zone_property_data"),
    ),
    "tasks": (
        ("TasksResources", "tasks"),
        ("TaskByCampaignResources", "task_by_campaign"),
    ),
    "timeseries": (
        # 0.22.0 declared timeseries data here; here they have a module of their own.
        ("TimeseriesDataResources", "timeseries_data"),
        ("TimeseriesResources", "timeseries"),
        ("TimeseriesDataStateResources", "timeseries_datastates"),
        ("TimeseriesPropertyResources", "timeseries_properties"),
        ("TimeseriesPropertyDataResources", "timeseries_property_data"),
        ("TimeseriesBySiteResources", "timeseries_by_sites"),
        ("TimeseriesByBuildingResources", "timeseries_by_buildings"),
        ("TimeseriesByStoreyResources", "timeseries_by_storeys"),
        ("TimeseriesBySpaceResources", "timeseries_by_spaces"),
        ("TimeseriesByZoneResources", "timeseries_by_zones"),
        ("TimeseriesByEventResources", "timeseries_by_events"),
    ),
    "users": (
        ("UserResources", "users"),
        ("UserGroupResources", "user_groups"),
        ("UserByUserGroupResources", "user_by_user_groups"),
    ),
    # 0.22.0 had a module of its own for weather timeseries; here they are in
    # energy.
    "weather": (("WeatherTimseriesBySiteResources", "weather_ts_by_sites"),),
}

#: 0.22.0's module -> (a name it defined that was no resource class, what it is
#: here: a name of `_generated.resources`).
OTHER_NAMES_OF_0_22_0: dict[str, tuple[tuple[str, str], ...]] = {
    # The base class of the resource classes (`isinstance(x, BaseResources)`).
    "base": (("BaseResources", "Resource"),),
}

#: Module -> (a name it exports besides the classes, the module it is from,
#: relative to `bemserver_api_client`).
OTHER_EXPORTS: dict[str, tuple[tuple[str, str], ...]] = {
    # What `TimeseriesData.upload` takes, for annotating code that builds it.
    "timeseries_data": (("TimeseriesDataBody", "_particular.timeseries_data"),),
}
