"""The entry points of the client: one class per API resource.

They are rendered from the facade's table into `_generated/resources/` (`Sites`
for the blocking client, `AsyncSites` for the asyncio one; what the particular
ones, `analysis`, `auth`, `io`, `timeseries_data`, send is written by hand in
`_particular/`) and exported by the modules here, each re-exporting what is
rendered for it into `_generated/resource_exports/` (with the names of
bemserver-api-client 0.22.0). `BEMServerAPIClient` and `AsyncBEMServerAPIClient`
(see `_client.py`) hold one instance of each.
"""

from typing import Any


# Names of bemserver-api-client 0.22.0, kept for existing code.
# `RESOURCES_MAP`: {entry point name: its resource class}, the client's entry
# point table (`_entry_points.py`). Made on first access: the table imports
# every resource module, which import this package first.
def __getattr__(name: str) -> Any:
    if name == "RESOURCES_MAP":
        from .._entry_points import entry_point_names, entry_point_of

        resources_map = {name: entry_point_of(name) for name in entry_point_names()}
        globals()["RESOURCES_MAP"] = resources_map  # made once
        return resources_map
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
