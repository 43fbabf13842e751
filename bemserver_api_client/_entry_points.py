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

from ._generated.resources import (
    AsyncRegularEntryPoints,
    EntryPoint,
    RegularEntryPoints,
    entry_point,
)
from .resources.analysis import Analysis, AsyncAnalysis
from .resources.auth import AsyncAuth, Auth
from .resources.io import AsyncInputOutput, InputOutput
from .resources.timeseries_data import AsyncTimeseriesData, TimeseriesData

if TYPE_CHECKING:
    from ._generated.operations import OperationRef


class EntryPoints(RegularEntryPoints):
    """The blocking client's entry points."""

    analysis: Analysis = entry_point(Analysis)
    auth: Auth = entry_point(Auth)
    io: InputOutput = entry_point(InputOutput)
    timeseries_data: TimeseriesData = entry_point(TimeseriesData)


class AsyncEntryPoints(AsyncRegularEntryPoints):
    """The asyncio client's entry points."""

    analysis: AsyncAnalysis = entry_point(AsyncAnalysis)
    auth: AsyncAuth = entry_point(AsyncAuth)
    io: AsyncInputOutput = entry_point(AsyncInputOutput)
    timeseries_data: AsyncTimeseriesData = entry_point(AsyncTimeseriesData)


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
    """The generated operations a method of a resource class calls (its
    class's `calls`: from the facade's table for the generated classes)."""
    calls: dict[str, tuple[OperationRef[Any], ...]] = getattr(resource, "calls", {})
    return calls.get(method, ())
