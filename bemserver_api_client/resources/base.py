"""Kept for existing code: `BaseResources`, the base class of the resource
classes in bemserver-api-client 0.22.0, is the base class of the resource
classes here (code that checks `isinstance(x, BaseResources)` keeps working)."""

from .._generated.resource_exports.base import *  # noqa: F403
from .._generated.resource_exports.base import __all__ as __all__
