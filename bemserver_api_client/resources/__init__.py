"""The entry points of the client: one class per API resource.

Each class declares its operations once; `BEMServerAPIClient` and
`AsyncBEMServerAPIClient` (see `_client.py`) hold one instance of each.
"""

from ._base import Async, Call, Resource, Sync, operation

__all__ = ["Async", "Call", "Resource", "Sync", "operation"]
