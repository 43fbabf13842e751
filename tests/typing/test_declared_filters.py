"""Every operation of every entry point that takes free keyword arguments
(`**query`) types them with the generated filters of the operation it calls:
`Unpack[f.<Operation>Query]` (`f.<Operation>PagesQuery` for `iter_all`), or
`Unpack[NoQuery]` where the operation has no query parameter. So no entry
point is left with `**query: Any`, and none names another operation's filters."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from bemserver_api_client._entry_points import EntryPoints, entry_point_names
from bemserver_api_client._generated import filters
from bemserver_api_client.resources._base import Operation, Pages


def _class_name(generated_operation: str) -> str:
    name = generated_operation.split(".")[1]
    return "".join(part.capitalize() for part in name.split("_")) + "Query"


def _free_keywords(function: Any) -> str | None:
    """The annotation (as written) of a function's `**` parameter, if any."""
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            return str(parameter.annotation)
    return None


def _declarations() -> list[tuple[str, Any, str, bool]]:
    """(entry_point.member, the declared function, its generated operation,
    whether it iterates over pages) for each member taking `**`."""
    found = []
    for name in entry_point_names():
        resource = vars(EntryPoints)[name].resource
        for attribute in dir(resource):
            member = inspect.getattr_static(resource, attribute, None)
            if isinstance(member, Operation):
                function, pages = member._describe, False
                if _free_keywords(function) is None:
                    continue
                (operation,) = member.generated_operations(resource)
            elif isinstance(member, Pages):
                operation, function, pages = resource._list, member._describe, True
            else:
                continue
            found.append((f"{name}.{attribute}", function, operation.name, pages))
    return found


DECLARATIONS = _declarations()


def test_the_declarations_are_found() -> None:
    names = {name for name, *_ in DECLARATIONS}
    assert {"sites.getall", "events.iter_all", "about.getall"} <= names
    assert "st_cleanup_by_campaign.get_full" in names
    assert "notifications.mark_all_as_read" in names


@pytest.mark.parametrize(
    ("name", "function", "operation", "pages"),
    DECLARATIONS,
    ids=[name for name, *_ in DECLARATIONS],
)
def test_free_keywords_are_the_operations_filters(
    name: str, function: Any, operation: str, pages: bool
) -> None:
    expected = _class_name(operation)
    if pages:
        expected = expected.replace("Query", "PagesQuery")
    if expected in filters.__all__:
        assert _free_keywords(function) == f"Unpack[f.{expected}]", name
    else:
        assert _class_name(operation) not in filters.__all__
        assert _free_keywords(function) == "Unpack[NoQuery]", name
