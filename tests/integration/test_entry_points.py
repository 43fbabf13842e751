"""Every entry point and every operation of the API 0.25+ table, against a real
server (the sandbox), through the blocking and the asyncio client.

Each scenario is written once: `any_client` is each client in turn and `call`
awaits the async client's results. Each test works in its own fresh campaign,
with unique names, so tests depend neither on each other nor on their order.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from bemserver_api_client import models as m
from bemserver_api_client.enums import (
    Aggregation,
    BucketWidthUnit,
    DataFormat,
    DegreeDaysPeriod,
    DegreeDaysType,
    StructuralElement,
    WeatherParameter,
)
from bemserver_api_client.exceptions import (
    BEMServerAPIAuthenticationError,
    BEMServerAPIClientValueError,
    BEMServerAPIConflictError,
    BEMServerAPINotModified,
    BEMServerAPIPreconditionError,
    BEMServerAPIValidationError,
)
from bemserver_api_client.testing import SandboxInfo
from tests.conftest import call
from tests.support.scenario import (
    LEVELS,
    Client,
    Tree,
    as_series,
    build_tree,
    check_crd,
    check_create,
    check_crud,
    check_delete,
    check_read,
    create_event,
    create_id,
    create_timeseries,
    create_user,
    csv_data,
    csv_text,
    data_state_id,
    hourly,
    ids_by_name,
    json_data,
    unique,
    utc,
    without_gaps,
)

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

LEVEL_MODELS: dict[str, type[Any]] = {
    "site": m.Site,
    "building": m.Building,
    "storey": m.Storey,
    "space": m.Space,
    "zone": m.Zone,
}


def plural(level: str) -> str:
    return {"storey": "storeys"}.get(level, f"{level}s")


@pytest.fixture
async def tree(any_client: Client, bemserver_campaign: int) -> Tree:
    """A fresh campaign's scope and site → building → storey → space, zone."""
    return await build_tree(any_client, bemserver_campaign)


# -- about, reference lists ------------------------------------------------------


async def test_about(any_client: Client, bemserver_sandbox: SandboxInfo) -> None:
    about = await call(any_client.about.getall())
    assert about.status_code == 200
    assert isinstance(about.parsed, m.About)
    versions = about.parsed.versions
    assert isinstance(versions, m.Versions)
    assert versions.bemserver_api == bemserver_sandbox.api_version
    assert about.data["versions"]["bemserver_core"] == bemserver_sandbox.core_version
    with pytest.raises(BEMServerAPINotModified):
        await call(any_client.about.getall(etag=about.etag))


@pytest.mark.parametrize(
    ("entry_point", "model", "name"),
    [
        ("energies", m.Energy, "electricity"),
        ("energy_end_uses", m.EnergyEndUse, "heating"),
        ("energy_prod_technologies", m.EnergyProductionTechnology, "PV panels"),
    ],
)
async def test_energy_reference_lists(
    any_client: Client, entry_point: str, model: type[Any], name: str
) -> None:
    resource = getattr(any_client, entry_point)
    listing = await call(resource.getall())
    assert listing.status_code == 200
    assert all(isinstance(item, model) for item in listing.parsed)
    assert name in [item.name for item in listing.parsed]
    with pytest.raises(BEMServerAPINotModified):
        await call(resource.getall(etag=listing.etag))


# -- campaigns, scopes, users and groups -------------------------------------------


async def test_campaigns(any_client: Client) -> None:
    name = unique("campaign")
    await check_crud(
        any_client.campaigns,
        model=m.Campaign,
        create=m.Campaign(
            name=name,
            timezone="UTC",
            description="created",
            start_time=utc(2024, 1, 1),
        ),
        query={"name": name},
        update={
            "name": unique("campaign"),
            "timezone": "Europe/Paris",
            "description": "updated",
        },
    )


async def test_campaign_scopes(any_client: Client, bemserver_campaign: int) -> None:
    await check_crud(
        any_client.campaign_scopes,
        model=m.CampaignScope,
        create={
            "name": unique("scope"),
            "campaign_id": bemserver_campaign,
            "description": "created",
        },
        query={"campaign_id": bemserver_campaign},
        update=m.CampaignScopePut(name=unique("scope"), description="updated"),
    )


async def test_user_groups(any_client: Client) -> None:
    name = unique("group")
    await check_crud(
        any_client.user_groups,
        model=m.UserGroup,
        create=m.UserGroup(name=name),
        query={"name": name},
        update={"name": unique("group")},
    )


@pytest.mark.parametrize(
    "entry_point",
    [
        "user_groups_by_campaigns",
        "user_groups_by_campaign_scopes",
        "user_by_user_groups",
    ],
)
async def test_user_group_links(
    any_client: Client, tree: Tree, entry_point: str
) -> None:
    group_id = await create_id(any_client.user_groups, {"name": unique("group")})
    if entry_point == "user_groups_by_campaigns":
        model: type[Any] = m.UserGroupByCampaign
        create: Any = {"campaign_id": tree.campaign_id, "user_group_id": group_id}
        query = {"user_group_id": group_id}
    elif entry_point == "user_groups_by_campaign_scopes":
        model = m.UserGroupByCampaignScope
        create = m.UserGroupByCampaignScope(
            campaign_scope_id=tree.campaign_scope_id, user_group_id=group_id
        )
        query = {"campaign_scope_id": tree.campaign_scope_id}
    else:
        user_id, _ = await create_user(any_client)
        model = m.UserByUserGroup
        create = {"user_id": user_id, "user_group_id": group_id}
        query = {"user_id": user_id}
    await check_crd(
        getattr(any_client, entry_point), model=model, create=create, query=query
    )


async def test_users(any_client: Client) -> None:
    email = f"{unique('user')}@example.org"
    await check_crud(
        any_client.users,
        model=m.User,
        create=m.User(name=unique("user"), email=email, password="p4ssw0rd!"),
        created_fields={"email": email, "is_admin": False, "is_active": True},
        query={"email": email},
        update={"name": "renamed", "email": email, "password": "n3w-p4ssw0rd"},
        updated_fields={"name": "renamed", "email": email},
    )


async def test_users_set_admin_set_active(any_client: Client) -> None:
    """The users operations at the HTTP level (`data`), and set_admin/set_active."""
    users = any_client.users
    user_id, email = await create_user(any_client)
    listing = await call(users.getall(email=email))
    assert [user["id"] for user in listing.data] == [user_id]

    one = await call(users.getone(user_id))
    assert (one.data["is_admin"], one.data["is_active"]) == (False, True)
    with pytest.raises(BEMServerAPINotModified):
        await call(users.getone(user_id, etag=one.etag))

    done = await call(users.set_admin(user_id, True, etag=one.etag))
    assert (done.status_code, done.data) == (204, None)
    admin = await call(users.getone(user_id))
    assert admin.data["is_admin"] is True
    # The ETag changed with the user: the old one is stale.
    with pytest.raises(BEMServerAPIPreconditionError) as stale:
        await call(users.set_active(user_id, False, etag=one.etag))
    assert stale.value.status_code == 412

    done = await call(users.set_active(user_id, False, etag=admin.etag))
    assert (done.status_code, done.data) == (204, None)
    inactive = await call(users.getone(user_id))
    assert (inactive.data["is_admin"], inactive.data["is_active"]) == (True, False)
    done = await call(users.set_admin(user_id, False, etag=inactive.etag))
    assert done.status_code == 204

    current = await call(users.getone(user_id))
    updated = await call(
        users.update(
            user_id,
            {"name": "renamed", "email": email, "password": "n3w-p4ssw0rd"},
            etag=current.etag,
        )
    )
    assert updated.status_code == 200
    assert (updated.data["name"], updated.data["is_admin"]) == ("renamed", False)
    assert "password" not in updated.data
    current = await call(users.getone(user_id))
    deleted = await call(users.delete(user_id, etag=current.etag))
    assert (deleted.status_code, deleted.data) == (204, None)


# -- structural elements and their properties ------------------------------------


@pytest.mark.parametrize("level", LEVELS)
async def test_structural_elements(any_client: Client, tree: Tree, level: str) -> None:
    """create with a model, update with a dict."""
    update: dict[str, Any] = {
        "name": unique(level),
        "description": "updated",
        "ifc_id": "ifc-updated",
    }
    if level == "site":
        update.update(latitude=-12.5, longitude=130.8)
    parent = tree.parent_of(level)
    await check_crud(
        getattr(any_client, plural(level)),
        model=LEVEL_MODELS[level],
        create=LEVEL_MODELS[level](
            name=unique(level), description="created", ifc_id="ifc-1", **parent
        ),
        query=parent,
        update=update,
    )


async def test_sites_put_model(any_client: Client, tree: Tree) -> None:
    """update with a model (SitePut); the update replaces every field."""
    sites = any_client.sites
    one = await call(sites.getone(tree.site_id))
    updated = await call(
        sites.update(
            tree.site_id,
            m.SitePut(name=unique("site"), latitude=48.85, longitude=2.35),
            etag=one.etag,
        )
    )
    assert isinstance(updated.parsed, m.Site)
    assert (updated.parsed.latitude, updated.parsed.longitude) == (48.85, 2.35)
    assert updated.parsed.campaign_id == tree.campaign_id


async def test_structural_element_properties(any_client: Client) -> None:
    name = unique("property")
    await check_crud(
        any_client.structural_element_properties,
        model=m.StructuralElementProperty,
        create=m.StructuralElementProperty(
            name=name, value_type="integer", unit_symbol="m", description="created"
        ),
        query={"name": name},
        update={"name": unique("property"), "unit_symbol": "km", "description": "u"},
    )


async def create_level_property(client: Client, level: str) -> int:
    """A new structural element property made a property of `level`."""
    sep_id = await create_id(
        client.structural_element_properties,
        {"name": unique("property"), "value_type": "float", "unit_symbol": "m²"},
    )
    return await create_id(
        getattr(client, f"{level}_properties"),
        {"structural_element_property_id": sep_id},
    )


@pytest.mark.parametrize("level", LEVELS)
async def test_level_properties(any_client: Client, level: str) -> None:
    """<level>_properties: getall, getone, create, delete."""
    sep_id = await create_id(
        any_client.structural_element_properties,
        {"name": unique("property"), "value_type": "string"},
    )
    await check_crd(
        getattr(any_client, f"{level}_properties"),
        model=getattr(m, f"{level.capitalize()}Property"),
        create={"structural_element_property_id": sep_id},
        query={"structural_element_property_id": sep_id},
    )


@pytest.mark.parametrize("level", LEVELS)
async def test_level_property_data(any_client: Client, tree: Tree, level: str) -> None:
    """<level>_property_data: the five common functions."""
    property_id = await create_level_property(any_client, level)
    links = {f"{level}_id": tree.id_of(level), f"{level}_property_id": property_id}
    await check_crud(
        getattr(any_client, f"{level}_property_data"),
        model=getattr(m, f"{level.capitalize()}PropertyData"),
        create={**links, "value": "12.5"},
        query={f"{level}_id": tree.id_of(level)},
        update={**links, "value": "42.0"},
    )


# -- timeseries, data states, properties, links ------------------------------------


async def test_timeseries(any_client: Client, tree: Tree) -> None:
    await check_crud(
        any_client.timeseries,
        model=m.Timeseries,
        create=m.Timeseries(
            name=unique("ts"),
            campaign_id=tree.campaign_id,
            campaign_scope_id=tree.campaign_scope_id,
            unit_symbol="W",
            description="created",
        ),
        query={"campaign_id": tree.campaign_id},
        update=m.TimeseriesPut(
            name=unique("ts"), unit_symbol="kW", description="updated"
        ),
    )


async def test_timeseries_datastates(any_client: Client) -> None:
    await check_crud(
        any_client.timeseries_datastates,
        model=m.TimeseriesDataState,
        create={"name": unique("state")},
        query={},
        update=m.TimeseriesDataState(name=unique("state")),
    )


async def test_timeseries_properties(any_client: Client) -> None:
    name = unique("ts-property")
    await check_crud(
        any_client.timeseries_properties,
        model=m.TimeseriesProperty,
        create=m.TimeseriesProperty(
            name=name, value_type="float", unit_symbol="s", description="created"
        ),
        query={"name": name},
        update={"name": unique("ts-property"), "unit_symbol": "min"},
    )


async def test_timeseries_property_data(any_client: Client, tree: Tree) -> None:
    ts = await create_timeseries(tree, any_client)
    property_id = await create_id(
        any_client.timeseries_properties,
        {"name": unique("ts-property"), "value_type": "float"},
    )
    links = {"timeseries_id": ts.id, "property_id": property_id}
    await check_crud(
        any_client.timeseries_property_data,
        model=m.TimeseriesPropertyData,
        create={**links, "value": "1.5"},
        query={"timeseries_id": ts.id},
        update={**links, "value": "2.5"},
    )


@pytest.mark.parametrize("level", LEVELS)
async def test_timeseries_by_structural_elements(
    any_client: Client, tree: Tree, level: str
) -> None:
    ts = await create_timeseries(tree, any_client)
    element = {f"{level}_id": tree.id_of(level)}
    await check_crd(
        getattr(any_client, f"timeseries_by_{plural(level)}"),
        model=getattr(m, f"TimeseriesBy{level.capitalize()}"),
        create={"timeseries_id": ts.id, **element},
        query=element,
    )


# -- events, notifications --------------------------------------------------------


async def test_event_categories(any_client: Client) -> None:
    await check_crud(
        any_client.event_categories,
        model=m.EventCategory,
        create=m.EventCategory(name=unique("category"), description="created"),
        query={},
        update={"name": unique("category"), "description": "updated"},
    )


async def test_events(any_client: Client, tree: Tree) -> None:
    category_id = await create_id(
        any_client.event_categories, {"name": unique("category")}
    )
    await check_crud(
        any_client.events,
        model=m.Event,
        create={
            "campaign_scope_id": tree.campaign_scope_id,
            "category_id": category_id,
            "source": "sensor",
            "level": "INFO",
            "timestamp": "2024-01-01T12:00:00+00:00",
            "description": "created",
        },
        query={"campaign_id": tree.campaign_id},
        update=m.EventPut(
            category_id=category_id,
            source="operator",
            level="ERROR",
            description="updated",
        ),
    )


@pytest.mark.parametrize("level", LEVELS)
async def test_event_by_structural_elements(
    any_client: Client, tree: Tree, level: str
) -> None:
    event_id = await create_event(any_client, tree)
    element = {f"{level}_id": tree.id_of(level)}
    await check_crd(
        getattr(any_client, f"event_by_{plural(level)}"),
        model=getattr(m, f"EventBy{level.capitalize()}"),
        create={"event_id": event_id, **element},
        query=element,
    )


async def test_timeseries_by_events(any_client: Client, tree: Tree) -> None:
    event_id = await create_event(any_client, tree)
    ts = await create_timeseries(tree, any_client)
    await check_crd(
        any_client.timeseries_by_events,
        model=m.TimeseriesByEvent,
        create=m.TimeseriesByEvent(timeseries_id=ts.id, event_id=event_id),
        query={"event_id": event_id},
    )


async def test_event_categories_by_users(any_client: Client) -> None:
    user_id, _ = await create_user(any_client)
    category_id = await create_id(
        any_client.event_categories, {"name": unique("category")}
    )
    await check_crud(
        any_client.event_categories_by_users,
        model=m.EventCategoryByUser,
        create={
            "category_id": category_id,
            "user_id": user_id,
            "notification_level": "WARNING",
        },
        query={"user_id": user_id},
        update=m.EventCategoryByUserPut(
            category_id=category_id, notification_level="CRITICAL"
        ),
    )


async def test_notifications(any_client: Client, tree: Tree) -> None:
    """The five common functions; update and delete without ETag, as the
    server's PUT and DELETE take none."""
    user_id, _ = await create_user(any_client)
    event_id = await create_event(any_client, tree)
    await check_crud(
        any_client.notifications,
        model=m.Notification,
        create=m.Notification(
            user_id=user_id, event_id=event_id, timestamp=utc(2024, 1, 1, 1)
        ),
        query={"user_id": user_id},
        update={"read": True},
        changes_take_etag=False,
    )


async def test_notifications_delete(any_client: Client, tree: Tree) -> None:
    user_id, _ = await create_user(any_client)
    event_id = await create_event(any_client, tree)
    notification_id = await create_id(
        any_client.notifications,
        {"user_id": user_id, "event_id": event_id, "timestamp": "2024-01-01T00:00Z"},
    )
    await check_delete(any_client.notifications, notification_id)


async def test_notifications_without_update(any_client: Client, tree: Tree) -> None:
    """create, getall (paginated), getone and its ETag, as the server has them."""
    user_id, _ = await create_user(any_client)
    event_id = await create_event(any_client, tree)
    created_id = await check_create(
        any_client.notifications,
        {
            "user_id": user_id,
            "event_id": event_id,
            "timestamp": "2024-01-01T01:00:00+00:00",
        },
        m.Notification,
    )
    await check_read(
        any_client.notifications, created_id, m.Notification, {"user_id": user_id}
    )
    listing = await call(any_client.notifications.getall(user_id=user_id, page=1))
    assert listing.pagination["total"] == 1


async def test_notification_counts(any_client: Client, tree: Tree) -> None:
    """count_by_campaign(user_id=...) and mark_all_as_read(user_id=...)."""
    notifications = any_client.notifications
    user_id, _ = await create_user(any_client)
    event_id = await create_event(any_client, tree)
    for hour in (1, 2):
        await create_id(
            notifications,
            {
                "user_id": user_id,
                "event_id": event_id,
                "timestamp": utc(2024, 1, 1, hour).isoformat(),
            },
        )

    counts = await call(notifications.count_by_campaign(user_id=user_id))
    assert counts.status_code == 200
    assert isinstance(counts.parsed, m.NotificationCountByCampaign)
    assert counts.parsed.total == 2
    campaigns = counts.parsed.campaigns
    assert isinstance(campaigns, list)
    [campaign] = campaigns
    assert (campaign.campaign_id, campaign.count) == (tree.campaign_id, 2)
    with pytest.raises(BEMServerAPINotModified):
        await call(notifications.count_by_campaign(user_id=user_id, etag=counts.etag))

    done = await call(
        notifications.mark_all_as_read(user_id=user_id, campaign_id=tree.campaign_id)
    )
    assert (done.status_code, done.data) == (204, None)
    unread = await call(notifications.count_by_campaign(user_id=user_id, read=False))
    assert unread.data == {"total": 0, "campaigns": []}
    read = await call(notifications.getall(user_id=user_id, read=True))
    assert len(read.parsed) == 2
    assert all(item.read is True for item in read.parsed)


# -- energy and weather timeseries of sites and buildings -------------------------


async def energy_link_payloads(
    client: Client, tree: Tree, entry_point: str
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(create payload, update payload, getall filter) of an energy or weather
    timeseries link."""
    first = await create_timeseries(tree, client, unit="Wh")
    second = await create_timeseries(tree, client, unit="Wh")
    level = "site" if entry_point.endswith("_sites") else "building"
    element = {f"{level}_id": tree.id_of(level)}
    if entry_point == "weather_ts_by_sites":
        return (
            {
                **element,
                "timeseries_id": first.id,
                "parameter": WeatherParameter.AIR_TEMPERATURE.name,
                "forecast": False,
            },
            {
                **element,
                "timeseries_id": second.id,
                "parameter": WeatherParameter.RELATIVE_HUMIDITY.name,
                "forecast": True,
            },
            {**element, "parameter": "AIR_TEMPERATURE"},
        )
    energies = await ids_by_name(client.energies)
    if entry_point.startswith("energy_cons"):
        uses = await ids_by_name(client.energy_end_uses)
        kind, before, after = "end_use_id", uses["heating"], uses["lighting"]
    else:
        techs = await ids_by_name(client.energy_prod_technologies)
        kind, before, after = "prod_tech_id", techs["PV panels"], techs["all"]
    return (
        {
            **element,
            "energy_id": energies["electricity"],
            kind: before,
            "timeseries_id": first.id,
        },
        {
            **element,
            "energy_id": energies["all"],
            kind: after,
            "timeseries_id": second.id,
        },
        {**element, "energy_id": energies["electricity"]},
    )


@pytest.mark.parametrize(
    ("entry_point", "model"),
    [
        ("energy_cons_ts_by_sites", m.EnergyConsumptionTimeseriesBySite),
        ("energy_cons_ts_by_buildings", m.EnergyConsumptionTimeseriesByBuilding),
        ("energy_prod_ts_by_sites", m.EnergyProductionTimeseriesBySite),
        ("energy_prod_ts_by_buildings", m.EnergyProductionTimeseriesByBuilding),
        ("weather_ts_by_sites", m.WeatherTimeseriesBySite),
    ],
)
async def test_energy_and_weather_timeseries_links(
    any_client: Client, tree: Tree, entry_point: str, model: type[Any]
) -> None:
    create, update, query = await energy_link_payloads(any_client, tree, entry_point)
    await check_crud(
        getattr(any_client, entry_point),
        model=model,
        create=create,
        query=query,
        update=update,
    )


async def test_energy_link_with_model(any_client: Client, tree: Tree) -> None:
    ts = await create_timeseries(tree, any_client, unit="Wh")
    energies = await ids_by_name(any_client.energies)
    uses = await ids_by_name(any_client.energy_end_uses)
    await check_create(
        any_client.energy_cons_ts_by_buildings,
        m.EnergyConsumptionTimeseriesByBuilding(
            building_id=tree.building_id,
            energy_id=energies["natural gas"],
            end_use_id=uses["heating"],
            timeseries_id=ts.id,
        ),
        m.EnergyConsumptionTimeseriesByBuilding,
    )


# -- sites: degree days, weather data ---------------------------------------------


async def test_sites_get_degree_days(any_client: Client, tree: Tree) -> None:
    """Degree days from the site's AIR_TEMPERATURE timeseries (data state Clean)."""
    sites = any_client.sites
    with pytest.raises(BEMServerAPIConflictError):  # no air temperature yet
        await call(sites.get_degree_days(tree.site_id, "2024-01-01", "2024-02-01"))

    air = await create_timeseries(tree, any_client, unit="°C")
    await create_id(
        any_client.weather_ts_by_sites,
        {
            "site_id": tree.site_id,
            "timeseries_id": air.id,
            "parameter": WeatherParameter.AIR_TEMPERATURE.name,
            "forecast": False,
        },
    )
    # 2024-01-01: 0 to 23 °C (mean of min and max: 11.5); 2024-01-02: 20 °C.
    values = hourly(utc(2024, 1, 1), [float(h) for h in range(24)] + [20.0] * 24)
    clean = await data_state_id(any_client, "Clean")
    await call(any_client.timeseries_data.upload(clean, {str(air.id): values}))

    monthly = await call(
        sites.get_degree_days(
            tree.site_id, "2024-01-01", "2024-03-01", period=DegreeDaysPeriod.month
        )
    )
    assert monthly.status_code == 200
    assert monthly.data == {
        "degree_days": {
            "2024-01-01T00:00:00+00:00": 6.5,
            "2024-02-01T00:00:00+00:00": None,
        }
    }
    assert isinstance(monthly.parsed, m.DegreeDaysResult)
    degree_days = monthly.parsed.degree_days
    assert isinstance(degree_days, m.DegreeDaysResultDegreeDays)
    assert degree_days.to_dict() == monthly.data["degree_days"]

    daily = await call(
        sites.get_degree_days(
            tree.site_id,
            utc(2024, 1, 1).date(),
            utc(2024, 1, 3).date(),
            period="day",
            type=DegreeDaysType.cooling,
            base=10,
            unit="°C",
        )
    )
    assert as_series(daily.data["degree_days"]) == {
        utc(2024, 1, 1): 1.5,
        utc(2024, 1, 2): 10.0,
    }
    kelvin = await call(
        sites.get_degree_days(
            tree.site_id, "2024-01-01", "2024-01-02", base=291.15, unit="K"
        )
    )
    assert kelvin.data["degree_days"] == {
        "2024-01-01T00:00:00+00:00": pytest.approx(6.5)
    }


async def test_sites_download_weather_data(
    any_client: Client, bemserver_campaign: int
) -> None:
    """The sandbox has no weather service settings: the server answers 409
    once the site has weather timeseries and coordinates."""
    sites = any_client.sites
    tree = await build_tree(any_client, bemserver_campaign)
    start, end = utc(2024, 1, 1), "2024-01-02T00:00:00+00:00"
    # No weather timeseries: nothing to download.
    done = await call(sites.download_weather_data(tree.site_id, start, end))
    assert (done.status_code, done.data) == (204, None)

    air = await create_timeseries(tree, any_client, unit="°C")
    await create_id(
        any_client.weather_ts_by_sites,
        {
            "site_id": tree.site_id,
            "timeseries_id": air.id,
            "parameter": "AIR_TEMPERATURE",
            "forecast": False,
        },
    )
    with pytest.raises(BEMServerAPIConflictError) as no_coordinates:
        await call(sites.download_weather_data(tree.site_id, start, end))
    assert no_coordinates.value.message == "Missing site coordinates."

    one = await call(sites.getone(tree.site_id))
    await call(
        sites.update(
            tree.site_id,
            {"name": one.data["name"], "latitude": 43.6, "longitude": 1.44},
            etag=one.etag,
        )
    )
    with pytest.raises(BEMServerAPIConflictError) as no_settings:
        await call(sites.download_weather_data(tree.site_id, start, end))
    assert no_settings.value.message == "Missing weather API settings."


# -- analysis ------------------------------------------------------------------------


async def test_analysis_get_completeness(any_client: Client, tree: Tree) -> None:
    ts = await create_timeseries(tree, any_client)
    raw = await data_state_id(any_client, "Raw")
    # Values at 00:00, 01:00 and 02:00; none at 03:00.
    await call(
        any_client.timeseries_data.upload(
            raw, {str(ts.id): hourly(utc(2024, 1, 1), [1.0, 2.0, 3.0])}
        )
    )
    completeness = await call(
        any_client.analysis.get_completeness(
            utc(2024, 1, 1),
            "2024-01-01T04:00:00+00:00",
            [ts.id],
            raw,
            1,
            BucketWidthUnit.hour,
        )
    )
    assert completeness.status_code == 200
    assert isinstance(completeness.parsed, m.Completeness)
    assert completeness.parsed.timestamps == [utc(2024, 1, 1, h) for h in range(4)]
    by_timeseries = completeness.parsed.timeseries
    assert isinstance(by_timeseries, m.CompletenessTimeseries)
    result = by_timeseries[str(ts.id)]
    assert isinstance(result, m.TimeseriesCompleteness)
    assert (result.name, result.count, result.total_count) == (
        ts.name,
        [1, 1, 1, 0],
        3,
    )
    with pytest.raises(BEMServerAPINotModified):
        await call(
            any_client.analysis.get_completeness(
                utc(2024, 1, 1),
                utc(2024, 1, 1, 4),
                [ts.id],
                raw,
                1,
                "hour",
                "UTC",
                etag=completeness.etag,
            )
        )


async def test_analysis_get_energy_consumption_breakdown(
    any_client: Client, tree: Tree
) -> None:
    """By site and by building, from the energy consumption timeseries (data
    state Clean), with unit conversion and a ratio property."""
    analysis = any_client.analysis
    energies = await ids_by_name(any_client.energies)
    uses = await ids_by_name(any_client.energy_end_uses)
    clean = await data_state_id(any_client, "Clean")
    site_ts = await create_timeseries(tree, any_client, unit="Wh")
    building_ts = await create_timeseries(tree, any_client, unit="kWh")
    await create_id(
        any_client.energy_cons_ts_by_sites,
        {
            "site_id": tree.site_id,
            "energy_id": energies["electricity"],
            "end_use_id": uses["all"],
            "timeseries_id": site_ts.id,
        },
    )
    await create_id(
        any_client.energy_cons_ts_by_buildings,
        {
            "building_id": tree.building_id,
            "energy_id": energies["natural gas"],
            "end_use_id": uses["heating"],
            "timeseries_id": building_ts.id,
        },
    )
    await call(
        any_client.timeseries_data.upload(
            clean,
            {
                str(site_ts.id): hourly(utc(2024, 1, 1), [1000.0] * 4),
                str(building_ts.id): hourly(utc(2024, 1, 1), [2.0] * 4),
            },
        )
    )
    start, end = utc(2024, 1, 1), utc(2024, 1, 1, 4)
    by_site = await call(
        analysis.get_energy_consumption_breakdown(
            StructuralElement.site, tree.site_id, start, end, 2, BucketWidthUnit.hour
        )
    )
    assert by_site.status_code == 200
    assert isinstance(by_site.parsed, m.EnergyConsumption)
    assert by_site.parsed.timestamps == [utc(2024, 1, 1, 0), utc(2024, 1, 1, 2)]
    assert by_site.data["energy"] == {"electricity": {"all": [2.0, 2.0]}}  # kWh

    by_building = await call(
        analysis.get_energy_consumption_breakdown(
            "building", tree.building_id, start, end, 2, "hour", unit="Wh"
        )
    )
    assert by_building.parsed.energy.to_dict() == {
        "natural gas": {"heating": [4000.0, 4000.0]}
    }

    # Divided by the value of a building property (e.g. its area).
    area = unique("area")
    sep_id = await create_id(
        any_client.structural_element_properties,
        {"name": area, "value_type": "float", "unit_symbol": "m²"},
    )
    property_id = await create_id(
        any_client.building_properties, {"structural_element_property_id": sep_id}
    )
    await create_id(
        any_client.building_property_data,
        {
            "building_id": tree.building_id,
            "building_property_id": property_id,
            "value": "2",
        },
    )
    per_area = await call(
        analysis.get_energy_consumption_breakdown(
            "building", tree.building_id, start, end, 2, "hour", "UTC", "Wh", area
        )
    )
    assert per_area.data["energy"] == {"natural gas": {"heating": [2000.0, 2000.0]}}
    with pytest.raises(BEMServerAPIClientValueError):
        await call(
            analysis.get_energy_consumption_breakdown(
                "zone", tree.zone_id, start, end, 2, "hour"
            )
        )


# -- io: CSV imports -----------------------------------------------------------------


async def test_io_upload_sites_csv(any_client: Client, bemserver_campaign: int) -> None:
    """Sites, buildings, storeys and spaces with a site property; the empty
    zones file is left out (the server rejects an empty CSV file)."""
    sep_name = unique("surface")
    sep_id = await create_id(
        any_client.structural_element_properties,
        {"name": sep_name, "value_type": "float", "unit_symbol": "m²"},
    )
    site_property_id = await create_id(
        any_client.site_properties, {"structural_element_property_id": sep_id}
    )
    files = {
        "sites_csv": io.BytesIO(
            f"Name,Description,IFC_ID,{sep_name}\nS1,Site 1,ifc-s1,1200.5\n".encode()
        ),
        "buildings_csv": io.BytesIO(
            b"Site,Name,Description,IFC_ID\nS1,B1,Building 1,ifc-b1\n"
        ),
        "storeys_csv": io.BytesIO(
            b"Site,Building,Name,Description,IFC_ID\nS1,B1,F1,Floor 1,ifc-f1\n"
        ),
        "spaces_csv": io.BytesIO(
            b"Site,Building,Storey,Name,Description,IFC_ID\n"
            b"S1,B1,F1,R1,Room 1,ifc-r1\nS1,B1,F1,R2,Room 2,ifc-r2\n"
        ),
        "zones_csv": io.BytesIO(b""),
    }
    done = await call(any_client.io.upload_sites_csv(bemserver_campaign, files))
    assert (done.status_code, done.data) == (201, None)

    [site] = (
        await call(any_client.sites.getall(campaign_id=bemserver_campaign))
    ).parsed
    assert (site.name, site.description, site.ifc_id) == ("S1", "Site 1", "ifc-s1")
    spaces = await call(any_client.spaces.getall(campaign_id=bemserver_campaign))
    assert sorted(space.name for space in spaces.parsed) == ["R1", "R2"]
    zones = await call(any_client.zones.getall(campaign_id=bemserver_campaign))
    assert zones.data == []
    [value] = (
        await call(
            any_client.site_property_data.getall(
                site_id=site.id, site_property_id=site_property_id
            )
        )
    ).parsed
    assert float(value.value) == 1200.5


async def test_io_upload_timeseries_csv(any_client: Client, tree: Tree) -> None:
    names = tree.names
    content = (
        "Campaign scope,Name,Description,Unit,Site,Building,Storey,Space,Zone\n"
        f"{names['scope']},T1,Room temperature,°C,{names['site']},"
        f"{names['building']},{names['storey']},{names['space']},\n"
        f"{names['scope']},T2,Zone power,W,,,,,{names['zone']}\n"
    )
    done = await call(
        any_client.io.upload_timeseries_csv(
            tree.campaign_id, {"timeseries_csv": io.BytesIO(content.encode())}
        )
    )
    assert (done.status_code, done.data) == (201, None)
    timeseries = any_client.timeseries
    listing = await call(timeseries.getall(campaign_id=tree.campaign_id))
    assert {(ts.name, ts.unit_symbol) for ts in listing.parsed} == {
        ("T1", "°C"),
        ("T2", "W"),
    }
    in_space = await call(timeseries.getall(space_id=tree.space_id))
    assert [ts.name for ts in in_space.parsed] == ["T1"]
    in_zone = await call(timeseries.getall(zone_id=tree.zone_id))
    assert [ts.name for ts in in_zone.parsed] == ["T2"]


async def test_io_upload_timeseries_csv_empty_file(
    any_client: Client, bemserver_campaign: int
) -> None:
    """An empty file is left out; the server (or the client) then reports the
    missing file as a validation error."""
    with pytest.raises((BEMServerAPIValidationError, BEMServerAPIClientValueError)):
        await call(
            any_client.io.upload_timeseries_csv(
                bemserver_campaign, {"timeseries_csv": io.BytesIO(b"")}
            )
        )


# -- tasks ---------------------------------------------------------------------------


@pytest.mark.api_versions(min="0.26.0")
async def test_tasks_getall(any_client: Client) -> None:
    listing = await call(any_client.tasks.getall())
    assert listing.status_code == 200
    assert all(isinstance(task, m.Task) for task in listing.parsed)
    names = {task.name for task in listing.parsed}
    assert {"CheckMissingData", "CheckOutliers", "Cleanup"} <= names


@pytest.mark.api_versions(min="0.26.0")
async def test_tasks_run_async(any_client: Client, bemserver_campaign: int) -> None:
    """Queued (the sandbox runs no worker); the server needs `parameters`."""
    tasks = any_client.tasks
    done = await call(
        tasks.run_async(
            {
                "task_name": "Cleanup",
                "campaign_id": bemserver_campaign,
                "start_time": "2024-01-01T00:00:00+00:00",
                "end_time": "2024-01-02T00:00:00+00:00",
                "parameters": {},
            }
        )
    )
    assert (done.status_code, done.data) == (204, None)
    run = m.TaskRun(
        task_name="CheckMissingData",
        campaign_id=bemserver_campaign,
        start_time=utc(2024, 1, 1),
        end_time=utc(2024, 1, 2),
        parameters=m.TaskRunParameters.from_dict({"min_completeness_ratio": 0.5}),
    )
    done = await call(tasks.run_async(run))
    assert done.status_code == 204
    with pytest.raises(BEMServerAPIValidationError) as unknown:
        await call(
            tasks.run_async(
                {
                    "task_name": "NoSuchTask",
                    "campaign_id": bemserver_campaign,
                    "start_time": "2024-01-01T00:00:00+00:00",
                    "end_time": "2024-01-02T00:00:00+00:00",
                    "parameters": {},
                }
            )
        )
    assert unknown.value.errors == {"_general": ["Unknown task"]}


@pytest.mark.api_versions(min="0.26.0")
async def test_task_by_campaign(any_client: Client, bemserver_campaign: int) -> None:
    """The update replaces the settings: every field is sent."""
    await check_crud(
        any_client.task_by_campaign,
        model=m.TaskByCampaign,
        create=m.TaskByCampaign(
            task_name="CheckMissingData",
            campaign_id=bemserver_campaign,
            is_enabled=True,
            parameters=m.TaskByCampaignParameters.from_dict(
                {"min_completeness_ratio": 0.5}
            ),
            offset_unit="day",
            start_offset=-1,
            end_offset=0,
        ),
        query={"campaign_id": bemserver_campaign},
        update={
            "is_enabled": False,
            "parameters": {"min_completeness_ratio": 0.8},
            "offset_unit": "hour",
            "start_offset": -2,
            "end_offset": 0,
        },
    )


# -- timeseries data ----------------------------------------------------------------


class DataCodec:
    """Timeseries data in one format: what to upload, and the data downloaded
    as {timeseries: {timestamp: value}} with parsed timestamps."""

    def __init__(self, data_format: DataFormat) -> None:
        self.format = data_format

    def encode(self, data: dict[str, dict[str, float]]) -> Any:
        return data if self.format is DataFormat.json else csv_text(data)

    def decode(self, response: Any) -> dict[str, dict[Any, float | None]]:
        if self.format is DataFormat.csv:
            assert response.is_csv
            assert isinstance(response.parsed, bytes)
            return csv_data(response.data)
        assert response.is_json
        assert isinstance(response.parsed, m.TimeseriesData)
        assert response.parsed.to_dict() == response.data
        return json_data(response.data)


@pytest.mark.parametrize("data_format", [DataFormat.json, DataFormat.csv])
async def test_timeseries_data(
    any_client: Client,
    tree: Tree,
    data_format: DataFormat,
) -> None:
    """Round trips through every operation of timeseries_data, in one format."""
    data = any_client.timeseries_data
    codec = DataCodec(data_format)
    fmt: dict[str, Any] = {"format": data_format}
    raw = await data_state_id(any_client, "Raw")
    ts1 = await create_timeseries(tree, any_client)
    ts2 = await create_timeseries(tree, any_client)
    ids, names = [ts1.id, ts2.id], [ts1.name, ts2.name]
    values1 = hourly(utc(2024, 1, 1), [1.0, 2.0, 3.0, 4.0])
    values2 = hourly(utc(2024, 1, 1), [10.0, 20.0, 30.0, 40.0])
    start, end = utc(2024, 1, 1), utc(2024, 1, 1, 4)

    uploaded = await call(
        data.upload(
            raw, codec.encode({str(ts1.id): values1, str(ts2.id): values2}), **fmt
        )
    )
    assert (uploaded.status_code, uploaded.data) == (201, None)
    by_ids = await call(data.download(start, end, raw, ids, **fmt))
    assert codec.decode(by_ids) == {
        str(ts1.id): as_series(values1),
        str(ts2.id): as_series(values2),
    }
    by_names = await call(
        data.download_by_names(
            tree.campaign_id, start.isoformat(), end, raw, names, "Europe/Paris", **fmt
        )
    )
    assert codec.decode(by_names) == {
        ts1.name: as_series(values1),
        ts2.name: as_series(values2),
    }

    sums = await call(
        data.download_aggregate(
            start,
            end,
            raw,
            ids,
            aggregation=Aggregation.sum,
            bucket_width_value=2,
            bucket_width_unit=BucketWidthUnit.hour,
            **fmt,
        )
    )
    assert codec.decode(sums) == {
        str(ts1.id): {utc(2024, 1, 1, 0): 3.0, utc(2024, 1, 1, 2): 7.0},
        str(ts2.id): {utc(2024, 1, 1, 0): 30.0, utc(2024, 1, 1, 2): 70.0},
    }
    maxima = await call(
        data.download_aggregate_by_names(
            tree.campaign_id,
            start,
            utc(2024, 1, 3),
            raw,
            names,
            aggregation="max",
            bucket_width_value="1",
            bucket_width_unit="day",
            **fmt,
        )
    )
    assert without_gaps(codec.decode(maxima)) == {
        ts1.name: {utc(2024, 1, 1): 4.0},
        ts2.name: {utc(2024, 1, 1): 40.0},
    }
    hourly_avg = await call(
        data.download_aggregate(start, end, raw, [ts1.id], **fmt)
    )  # defaults: average by 1 hour
    assert codec.decode(hourly_avg) == {str(ts1.id): as_series(values1)}

    stats = await call(data.get_stats(raw, ids))
    assert isinstance(stats.parsed, m.TimeseriesDataStatsByID)
    assert isinstance(stats.parsed.stats, m.TimeseriesDataStatsByIDStats)
    first = stats.parsed.stats[str(ts1.id)]
    assert isinstance(first, m.TSStats)
    assert (first.count, first.min_, first.max_, first.avg) == (4, 1.0, 4.0, 2.5)
    assert (first.first_timestamp, first.last_timestamp) == (
        utc(2024, 1, 1, 0),
        utc(2024, 1, 1, 3),
    )
    stats_by_names = await call(
        data.get_stats_by_names(tree.campaign_id, raw, names, "Europe/Paris")
    )
    assert isinstance(stats_by_names.parsed, m.TimeseriesDataStatsByName)
    assert isinstance(stats_by_names.parsed.stats, m.TimeseriesDataStatsByNameStats)
    second = stats_by_names.parsed.stats[ts2.name]
    assert (second.count, second.max_) == (4, 40.0)
    assert second.last_timestamp == utc(2024, 1, 1, 3)
    assert stats_by_names.data["stats"][ts2.name]["last_timestamp"].endswith("+01:00")

    more = hourly(utc(2024, 1, 2), [5.0, 6.0])
    uploaded = await call(
        data.upload_by_names(
            tree.campaign_id, raw, codec.encode({ts1.name: more}), **fmt
        )
    )
    assert (uploaded.status_code, uploaded.data) == (201, None)
    after = await call(
        data.download_by_names(
            tree.campaign_id, start, utc(2024, 1, 3), raw, [ts1.name], **fmt
        )
    )
    assert codec.decode(after) == {ts1.name: as_series({**values1, **more})}

    deleted = await call(data.delete(start, utc(2024, 1, 1, 2), raw, [ts1.id]))
    assert (deleted.status_code, deleted.data) == (204, None)
    deleted = await call(
        data.delete_by_names(
            tree.campaign_id, utc(2024, 1, 1, 2), utc(2024, 1, 2), raw, [ts2.name]
        )
    )
    assert (deleted.status_code, deleted.data) == (204, None)
    remaining = await call(data.download(start, utc(2024, 1, 3), raw, ids, **fmt))
    assert without_gaps(codec.decode(remaining)) == {
        str(ts1.id): as_series(
            {k: v for k, v in {**values1, **more}.items() if k >= "2024-01-01T02"}
        ),
        str(ts2.id): as_series(
            {k: v for k, v in values2.items() if k < "2024-01-01T02"}
        ),
    }


# -- auth --------------------------------------------------------------------------


async def close(client: Client) -> None:
    if hasattr(client, "aclose"):
        await client.aclose()
    else:
        client.close()


async def test_auth_get_tokens_and_refresh_tokens(
    any_client: Client, bemserver_sandbox: SandboxInfo
) -> None:
    client_class = type(any_client)
    admin = bemserver_sandbox.admin
    anonymous = client_class(bemserver_sandbox.host, use_ssl=False)
    try:
        failed = await call(anonymous.auth.get_tokens(admin.email, "wrong password"))
        assert (failed.status_code, failed.data) == (200, {"status": "failure"})
        tokens = await call(anonymous.auth.get_tokens(admin.email, admin.password))
        assert tokens.status_code == 200
        assert isinstance(tokens.parsed, m.GetJWTResp)
        assert tokens.parsed.status == "success"
        assert tokens.parsed.access_token == tokens.data["access_token"]
        with pytest.raises(BEMServerAPIAuthenticationError) as missing:
            await call(anonymous.campaigns.getall())
        assert missing.value.code == "missing_authentication"
        with pytest.raises(BEMServerAPIClientValueError):  # no refresh token
            await call(anonymous.auth.refresh_tokens())

        anonymous.set_authentication_method(
            client_class.make_bearer_token_auth(
                tokens.data["access_token"], tokens.data["refresh_token"]
            )
        )
        campaigns = await call(anonymous.campaigns.getall())
        assert campaigns.status_code == 200
        refreshed = await call(anonymous.auth.refresh_tokens())
        assert refreshed.status_code == 200
        assert refreshed.parsed.status == "success"
        assert refreshed.data["access_token"]
    finally:
        await close(anonymous)

    bearer = client_class(
        bemserver_sandbox.host,
        use_ssl=False,
        authentication_method=client_class.make_bearer_token_auth(
            refreshed.data["access_token"]
        ),
    )
    try:
        assert (await call(bearer.campaigns.getall())).status_code == 200
    finally:
        await close(bearer)
