"""Kept for existing code: the module of the notifications entry point in
bemserver-api-client 0.22.0. Its class is declared with the events, in
`resources/events.py`."""

from .._generated.resource_exports.notifications import *  # noqa: F403
from .._generated.resource_exports.notifications import __all__ as __all__
