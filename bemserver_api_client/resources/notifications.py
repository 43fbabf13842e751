"""Kept for existing code: the module of the notifications entry point in
bemserver-api-client 0.22.0. Its class is declared with the events, in
`resources/events.py`."""

from .events import Notifications

# Names of bemserver-api-client 0.22.0, kept for existing code.
NotificationResources = Notifications

__all__ = ["NotificationResources"]
