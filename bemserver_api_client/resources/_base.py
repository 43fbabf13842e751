"""What the handwritten resources (the particular entry points: analysis, auth,
io, timeseries_data) share. The regular ones are rendered from the facade's
table (`_generated/resources.py`)."""

from __future__ import annotations

from typing import Any


def share_docstrings(blocking: type[Any], asynchronous: type[Any]) -> None:
    """Give the asyncio client's methods the docstrings of their blocking
    twins (same parameters, same answer, awaited): written once."""
    for name, method in vars(asynchronous).items():
        if callable(method) and not name.startswith("_") and method.__doc__ is None:
            method.__doc__ = getattr(blocking, name).__doc__
