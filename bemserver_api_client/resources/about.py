"""`/about/`: versions of the server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._generated import operations
from ._base import Call, ModeT, Resource, operation

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated import models as m
    from ._base import NoQuery


class About(Resource[ModeT]):
    path = "/about/"

    @operation(operations.get_about)
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[NoQuery]
    ) -> Call[m.About]:
        """Versions of the server: `data["versions"]["bemserver_api"]`."""
        return Call(if_none_match=etag, query=query)


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
AboutResources = About
