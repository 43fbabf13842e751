"""Kept for existing code: `BaseResources`, the base class of the resource
classes in bemserver-api-client 0.22.0, is the base class of the resource
classes here (code that checks `isinstance(x, BaseResources)` keeps working)."""

from .._generated.resources import Resource

# Names of bemserver-api-client 0.22.0, kept for existing code.
BaseResources = Resource

__all__ = ["BaseResources"]
