"""Facade declarations that `mypy --strict` and pyright must reject: a facade
operation whose declared result is not what its generated operation's parser
returns, or that names no generated operation (tests/typing/test_typing.py).
Exactly one error on each line marked `# E:`, none elsewhere."""

from __future__ import annotations

from bemserver_api_client._generated import models as m
from bemserver_api_client._generated import operations
from bemserver_api_client.resources._base import (
    CRUD,
    Call,
    GetOne,
    ModeT,
    Resource,
    operation,
)


class Declared(Resource[ModeT]):
    @operation(operations.get_site)
    def right(self, id: int) -> Call[m.Site]:
        return Call(id)

    @operation(operations.get_site)  # E: get_site parses a Site, not a Building
    def wrong_result(self, id: int) -> Call[m.Building]:
        return Call(id)

    @operation(operations.list_sites)  # E: list_sites parses a list of sites
    def one_for_a_list(self) -> Call[m.Site]:
        return Call()

    @operation(operations.get_sites)  # E: no such generated operation
    def misspelt(self, id: int) -> Call[m.Site]:
        return Call(id)

    @operation(operations.get_site, operations.get_building)  # E: two result types
    def two_results(self, id: int) -> Call[m.Site]:
        return Call(id)


class Buildings(GetOne[ModeT, m.Building]):
    _get = operations.get_building


class WrongModel(GetOne[ModeT, m.Building]):
    _get = operations.get_site  # E: getone declared to give a Building


class WrongList(CRUD[ModeT, m.Site, m.Site, m.SitePut]):
    _list = operations.list_buildings  # E: getall declared to give sites
    _get = operations.get_site
    _create = operations.create_site
    _update = operations.update_site
    _delete = operations.delete_site
