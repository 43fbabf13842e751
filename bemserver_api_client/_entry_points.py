"""The entry point tables of the clients: each attribute (`api_client.sites`)
and the resource class of its operations, made on first access, once per client.

The regular entry points come from the facade's table, rendered into
`_generated/resources.py` (`RegularEntryPoints`); the particular ones, written
by hand in `resources/`, are added here. The clients inherit these tables
(`_client.py`); the reference, the spec coverage test and `make bump` read them.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from ._call import Async, Sync
from ._generated.resources import (
    AsyncRegularEntryPoints,
    EntryPoint,
    RegularEntryPoints,
    entry_point,
)
from .resources.analysis import Analysis
from .resources.auth import Auth
from .resources.io import InputOutput
from .resources.timeseries_data import TimeseriesData

if TYPE_CHECKING:
    from ._generated.operations import OperationRef


class EntryPoints(RegularEntryPoints):
    """The blocking client's entry points."""

    analysis: Analysis[Sync] = entry_point(Analysis)
    auth: Auth[Sync] = entry_point(Auth)
    io: InputOutput[Sync] = entry_point(InputOutput)
    timeseries_data: TimeseriesData[Sync] = entry_point(TimeseriesData)


class AsyncEntryPoints(AsyncRegularEntryPoints):
    """The asyncio client's entry points."""

    analysis: Analysis[Async] = entry_point(Analysis)
    auth: Auth[Async] = entry_point(Auth)
    io: InputOutput[Async] = entry_point(InputOutput)
    timeseries_data: TimeseriesData[Async] = entry_point(TimeseriesData)


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
        and (
            inspect.isfunction(value := inspect.getattr_static(resource, name))
            or hasattr(value, "uses")  # an `@operation` of a handwritten class
        )
    ]


def operations_called(
    resource: type[Any], method: str
) -> tuple[OperationRef[Any], ...]:
    """The generated operations a method of a resource class calls: from the
    facade's table for the generated classes (`calls`), from `@operation(...)`
    for the handwritten ones."""
    calls: dict[str, tuple[OperationRef[Any], ...]] = getattr(resource, "calls", {})
    if method in calls:
        return calls[method]
    uses: tuple[OperationRef[Any], ...] = getattr(
        inspect.getattr_static(resource, method), "uses", ()
    )
    return uses
