"""Misuses that `mypy --strict` must reject (tests/typing/test_typing.py)."""

from __future__ import annotations

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient


def misuse(client: BEMServerAPIClient, aclient: AsyncBEMServerAPIClient) -> None:
    client.sites.getone("one")  # E: an ID is an int
    client.building_properties.update(1, {})  # E: properties are never updated
    client.sites.get_degree_days(1)  # E: dates are required
    name: int = client.sites.getone(1).parsed.name  # E: a name is a str
    print(name, aclient.sites.getone(1).parsed)  # E: the async result is awaited
