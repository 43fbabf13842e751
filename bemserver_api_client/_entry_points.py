"""The entry point tables of the clients: each attribute (`api_client.sites`)
and the resource class of its methods, imported on first access (its module
under `_generated/resources/`), made once per client.

Rendered from the facade's table into `_generated/resources/__init__.py`
(`EntryPoints`, `AsyncEntryPoints`); the clients inherit them (`_client.py`);
the reference, the spec coverage test and `make bump` read them through here.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from ._generated.resources import AsyncEntryPoints, EntryPoint, EntryPoints

if TYPE_CHECKING:
    from ._generated.operations import OperationRef

__all__ = [
    "AsyncEntryPoints",
    "EntryPoints",
    "entry_point_names",
    "entry_point_of",
    "operations_called",
    "public_methods",
]


def entry_point_names() -> list[str]:
    """Names of the client's entry points, in alphabetical order."""
    return sorted(
        name
        for name in dir(EntryPoints)
        if isinstance(getattr(EntryPoints, name, None), EntryPoint)
    )


def entry_point_of(name: str, asynchronous: bool = False) -> Any:
    """The resource class of an entry point ("sites") of either client."""
    table = AsyncEntryPoints if asynchronous else EntryPoints
    return getattr(table, name).resource


def public_methods(resource: type[Any]) -> list[str]:
    """The public methods of a resource class, by name."""
    return [
        name
        for name in dir(resource)
        if not name.startswith("_")
        and inspect.isfunction(inspect.getattr_static(resource, name))
    ]


def operations_called(
    resource: type[Any], method: str
) -> tuple[OperationRef[Any], ...]:
    """The generated operations a method of a resource class may call (its
    class's `calls`, from the facade's table)."""
    calls: dict[str, tuple[OperationRef[Any], ...]] = getattr(resource, "calls", {})
    return calls.get(method, ())
