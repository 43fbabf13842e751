"""Builders of test data and checks shared by the integration tests.

Everything here works with either client: operations are sent through `call`,
which awaits the async client's results. Names are unique (`unique`), so that
tests never collide on the session's shared server.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.exceptions import (
    BEMServerAPINotFoundError,
    BEMServerAPINotModified,
)
from tests.conftest import call

Client: TypeAlias = BEMServerAPIClient | AsyncBEMServerAPIClient

#: The structural element levels, top down.
LEVELS = ("site", "building", "storey", "space", "zone")

UTC = dt.timezone.utc


def unique(prefix: str) -> str:
    """A name no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def utc(year: int, month: int, day: int, hour: int = 0) -> dt.datetime:
    """An aware UTC datetime: utc(2024, 1, 1, 2) is 2024-01-01 02:00 UTC."""
    return dt.datetime(year, month, day, hour, tzinfo=UTC)


# -- structural elements and timeseries --------------------------------------


@dataclass(frozen=True)
class Tree:
    """A campaign's scope and one element of each level: site → building →
    storey → space, and a zone."""

    campaign_id: int
    campaign_scope_id: int
    site_id: int
    building_id: int
    storey_id: int
    space_id: int
    zone_id: int
    #: Name of the element of each level.
    names: Mapping[str, str]

    def id_of(self, level: str) -> int:
        """The id of the element of a level ("site", "building"...)."""
        element_id: int = getattr(self, f"{level}_id")
        return element_id

    def parent_of(self, level: str) -> dict[str, int]:
        """The payload fields that attach a new element of `level` to this tree."""
        return {
            "site": {"campaign_id": self.campaign_id},
            "building": {"site_id": self.site_id},
            "storey": {"building_id": self.building_id},
            "space": {"storey_id": self.storey_id},
            "zone": {"campaign_id": self.campaign_id},
        }[level]


async def create_id(resource: Any, payload: Any) -> int:
    """Create a resource and return its id."""
    response = await call(resource.create(payload))
    created_id: int = response.data["id"]
    return created_id


async def build_tree(
    client: Client, campaign_id: int, *, coordinates: bool = False
) -> Tree:
    """A campaign scope and a site → building → storey → space tree, and a zone."""
    names = {level: unique(level) for level in ("scope", *LEVELS)}
    scope_id = await create_id(
        client.campaign_scopes,
        {"name": names["scope"], "campaign_id": campaign_id},
    )
    site: dict[str, Any] = {"name": names["site"], "campaign_id": campaign_id}
    if coordinates:
        site.update(latitude=43.6, longitude=1.44)
    site_id = await create_id(client.sites, site)
    building_id = await create_id(
        client.buildings, {"name": names["building"], "site_id": site_id}
    )
    storey_id = await create_id(
        client.storeys, {"name": names["storey"], "building_id": building_id}
    )
    space_id = await create_id(
        client.spaces, {"name": names["space"], "storey_id": storey_id}
    )
    zone_id = await create_id(
        client.zones, {"name": names["zone"], "campaign_id": campaign_id}
    )
    return Tree(
        campaign_id,
        scope_id,
        site_id,
        building_id,
        storey_id,
        space_id,
        zone_id,
        names,
    )


@dataclass(frozen=True)
class TS:
    """A timeseries created for a test."""

    id: int
    name: str


async def create_timeseries(tree: Tree, client: Client, unit: str = "") -> TS:
    """A new timeseries of the tree's campaign scope."""
    name = unique("ts")
    ts_id = await create_id(
        client.timeseries,
        {
            "name": name,
            "campaign_id": tree.campaign_id,
            "campaign_scope_id": tree.campaign_scope_id,
            "unit_symbol": unit,
        },
    )
    return TS(ts_id, name)


async def ids_by_name(resource: Any, **query: Any) -> dict[str, int]:
    """{name: id} of a listing (data states, energies, end uses...)."""
    response = await call(resource.getall(**query))
    return {item["name"]: item["id"] for item in response.data}


async def data_state_id(client: Client, name: str = "Clean") -> int:
    """Id of a data state of the server's initial data ("Raw", "Clean")."""
    return (await ids_by_name(client.timeseries_datastates))[name]


async def create_user(client: Client) -> tuple[int, str]:
    """A new user (not an admin): (id, email)."""
    email = f"{unique('user')}@example.org"
    user_id = await create_id(
        client.users,
        {"name": unique("user"), "email": email, "password": "p4ssw0rd!"},
    )
    return user_id, email


async def create_event(client: Client, tree: Tree) -> int:
    """A new event (and its own new category) in the tree's campaign scope."""
    category_id = await create_id(client.event_categories, {"name": unique("category")})
    return await create_id(
        client.events,
        {
            "campaign_scope_id": tree.campaign_scope_id,
            "category_id": category_id,
            "source": "integration tests",
            "level": "WARNING",
            "timestamp": "2024-01-01T00:00:00+00:00",
        },
    )


# -- timeseries data -----------------------------------------------------------


def hourly(start: dt.datetime, values: list[float]) -> dict[str, float]:
    """{ISO 8601 timestamp: value}, one value an hour from `start`."""
    return {
        (start + dt.timedelta(hours=hour)).isoformat(): value
        for hour, value in enumerate(values)
    }


def as_series(values: Mapping[str, Any]) -> dict[dt.datetime, float | None]:
    """{timestamp: value} with parsed timestamps, to compare data of any format."""
    return {
        dt.datetime.fromisoformat(stamp): None if value is None else float(value)
        for stamp, value in values.items()
    }


def json_data(data: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[Any, Any]]:
    """JSON timeseries data {timeseries: {timestamp: value}}, timestamps parsed."""
    return {str(ts): as_series(values) for ts, values in data.items()}


def csv_text(data: Mapping[str, Mapping[str, float]]) -> bytes:
    """CSV timeseries data: a Datetime column, then one column per timeseries."""
    columns = list(data)
    stamps = sorted({stamp for values in data.values() for stamp in values})
    lines = ["Datetime," + ",".join(columns)]
    for stamp in stamps:
        cells = [str(data[column].get(stamp, "")) for column in columns]
        lines.append(",".join([stamp, *cells]))
    return ("\n".join(lines) + "\n").encode()


def csv_data(content: bytes) -> dict[str, dict[dt.datetime, float | None]]:
    """CSV timeseries data read back as {column: {timestamp: value}}."""
    reader = csv.DictReader(io.StringIO(content.decode()))
    columns = [name for name in reader.fieldnames or [] if name != "Datetime"]
    result: dict[str, dict[dt.datetime, float | None]] = {c: {} for c in columns}
    for row in reader:
        stamp = dt.datetime.strptime(row["Datetime"], "%Y-%m-%dT%H:%M:%S%z")
        for column in columns:
            cell = row[column]
            result[column][stamp] = float(cell) if cell else None
    return result


def without_gaps(
    data: Mapping[str, Mapping[dt.datetime, float | None]],
) -> dict[str, dict[dt.datetime, float | None]]:
    """The data without its empty buckets."""
    return {
        ts: {stamp: value for stamp, value in values.items() if value is not None}
        for ts, values in data.items()
    }


# -- checks of the common functions -------------------------------------------


def field_value(value: Any) -> Any:
    """A model field's value comparable with a payload's (dates as in JSON)."""
    if isinstance(value, dt.datetime):
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def expected_value(value: Any) -> Any:
    """A payload value as the model field should hold it."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value) if "T" in value else value
        except ValueError:
            return value
    return value


def assert_fields(model: Any, fields: Mapping[str, Any]) -> None:
    """Each typed field of a parsed model has the value sent."""
    for name, value in fields.items():
        got = field_value(getattr(model, name))
        assert got == expected_value(value), f"{type(model).__name__}.{name}"


def payload_fields(payload: Any) -> dict[str, Any]:
    """The fields of a payload given as a dict or as a model."""
    if hasattr(payload, "to_dict"):
        fields: dict[str, Any] = payload.to_dict()
        return fields
    return dict(payload)


async def check_create(
    resource: Any,
    payload: Any,
    model: type[Any],
    fields: Mapping[str, Any] | None = None,
) -> int:
    """create: 201, `parsed` is a `model` with the values sent; returns the id."""
    created = await call(resource.create(payload))
    assert created.status_code == 201
    assert isinstance(created.parsed, model)
    assert_fields(created.parsed, payload_fields(payload) if fields is None else fields)
    assert created.data["id"] == created.parsed.id
    created_id: int = created.data["id"]
    return created_id


async def check_read(
    resource: Any,
    item_id: int,
    model: type[Any],
    query: Mapping[str, Any],
    *,
    etags: bool = True,
) -> str:
    """getall (filtered by `query`) lists it, getone finds it and, where the
    server gives ETags, getone with the ETag raises BEMServerAPINotModified.

    Returns the ETag of getone ("" without ETags).
    """
    listing = await call(resource.getall(**query))
    assert listing.status_code == 200
    assert isinstance(listing.parsed, list)
    assert all(isinstance(item, model) for item in listing.parsed)
    assert item_id in [item.id for item in listing.parsed]
    assert [item["id"] for item in listing.data] == [i.id for i in listing.parsed]
    for name, value in query.items():
        # Filters on a field of the model: every item listed matches.
        if name.endswith("_id") and hasattr(listing.parsed[0], name):
            assert {getattr(item, name) for item in listing.parsed} == {value}

    one = await call(resource.getone(item_id))
    assert one.status_code == 200
    assert isinstance(one.parsed, model)
    assert one.parsed.id == item_id
    if not etags:
        return ""
    assert one.etag
    with pytest.raises(BEMServerAPINotModified):
        await call(resource.getone(item_id, etag=one.etag))
    etag: str = one.etag
    return etag


async def check_update(
    resource: Any,
    item_id: int,
    payload: Any,
    model: type[Any],
    etag: str | None,
    fields: Mapping[str, Any] | None = None,
) -> str:
    """update with the ETag of getone (None: the server checks none): `parsed`
    has the new values; returns the new ETag (from a new getone)."""
    if etag is None:
        updated = await call(resource.update(item_id, payload))
    else:
        updated = await call(resource.update(item_id, payload, etag=etag))
    assert updated.status_code == 200
    assert isinstance(updated.parsed, model)
    assert updated.parsed.id == item_id
    assert_fields(updated.parsed, payload_fields(payload) if fields is None else fields)
    again = await call(resource.getone(item_id))
    assert again.etag != etag
    assert_fields(again.parsed, payload_fields(payload) if fields is None else fields)
    new_etag: str = again.etag
    return new_etag


async def check_delete(resource: Any, item_id: int, etag: str | None = None) -> None:
    """delete (with the ETag, where the server has them): 204, no data; then
    getone raises BEMServerAPINotFoundError."""
    if etag:
        deleted = await call(resource.delete(item_id, etag=etag))
    else:
        deleted = await call(resource.delete(item_id))
    assert deleted.status_code == 204
    assert deleted.data is None
    with pytest.raises(BEMServerAPINotFoundError):
        await call(resource.getone(item_id))


async def check_crud(
    resource: Any,
    *,
    model: type[Any],
    create: Any,
    update: Any,
    query: Mapping[str, Any],
    created_fields: Mapping[str, Any] | None = None,
    updated_fields: Mapping[str, Any] | None = None,
    changes_take_etag: bool = True,
) -> None:
    """The five common functions of a resource with ETags, in turn.

    With `changes_take_etag=False` (the server checks no If-Match on PUT and
    DELETE), update and delete are called without `etag=`.
    """
    item_id = await check_create(resource, create, model, created_fields)
    etag = await check_read(resource, item_id, model, query)
    etag = await check_update(
        resource,
        item_id,
        update,
        model,
        etag if changes_take_etag else None,
        updated_fields,
    )
    await check_delete(resource, item_id, etag if changes_take_etag else None)


async def check_crd(
    resource: Any,
    *,
    model: type[Any],
    create: Any,
    query: Mapping[str, Any],
) -> None:
    """getall, getone, create, delete of a link or property resource (the
    server gives these no ETags and deletes them without If-Match)."""
    item_id = await check_create(resource, create, model)
    await check_read(resource, item_id, model, query, etags=False)
    await check_delete(resource, item_id)
