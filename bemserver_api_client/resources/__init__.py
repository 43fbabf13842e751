"""The entry points of the client: one class per API resource.

Each class declares its operations once; `BEMServerAPIClient` and
`AsyncBEMServerAPIClient` (see `_client.py`) hold one instance of each.
"""

from typing import Any

from ._base import Async, Call, Resource, Sync, operation

__all__ = ["Async", "Call", "Resource", "Sync", "operation"]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# `RESOURCES_MAP`: {entry point name: its resource class}, the client's entry
# point table (`_entry_points.py`). Made on first access: the table imports
# every resource module, which import this package first.
def __getattr__(name: str) -> Any:
    if name == "RESOURCES_MAP":
        from .._entry_points import EntryPoints, entry_point_names

        table = vars(EntryPoints)
        resources_map = {name: table[name].resource for name in entry_point_names()}
        globals()["RESOURCES_MAP"] = resources_map  # made once
        return resources_map
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
