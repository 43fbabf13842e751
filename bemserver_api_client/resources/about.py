"""`/about/`: versions of the server."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base import Call, ModeT, Resource, operation

if TYPE_CHECKING:
    from .._generated import models as m


class About(Resource[ModeT]):
    path = "/about/"

    @operation("about.get_about")
    def getall(self, /, *, etag: str | None = None, **query: Any) -> Call[m.About]:
        """Versions of the server: `data["versions"]["bemserver_api"]`."""
        return Call(if_none_match=etag, query=query)
