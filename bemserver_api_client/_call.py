"""What a facade operation describes: one call of one generated operation.

The lowest layer of the facade: the transport sends `Call`s, the resources
build them. `Sync` and `Async` are the two modes of the resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")


class Sync:
    """Mode of the resources of the blocking client."""


class Async:
    """Mode of the resources of the asyncio client."""


ModeT = TypeVar("ModeT", Sync, Async)


class Call(Generic[T]):
    """One call of one generated operation: what a facade operation returns.

    `operation` names the generated module under `_generated.api`
    ("site.get_site"), by default the one its `@operation(...)` uses; `args` and
    `kwargs` go to its `build_request`, and so does `query`, the user's free
    keyword arguments (checked against the operation's parameters); `headers`
    are added (e.g. Accept); `auth`, when not True, replaces the client's
    authentication for this request (None: none).
    """

    __slots__ = (
        "args",
        "auth",
        "caller",
        "headers",
        "idempotent",
        "kwargs",
        "operation",
        "query",
        "raw",
    )

    def __init__(
        self,
        *args: Any,
        operation: str = "",
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | bool | None = True,
        idempotent: bool = False,
        **kwargs: Any,
    ) -> None:
        self.operation = operation
        self.args = args
        self.kwargs = kwargs
        self.query = dict(query or {})
        self.headers = dict(headers or {})
        self.auth = auth
        #: Safe to send twice although a POST (e.g. data the server deduplicates).
        self.idempotent = idempotent
        #: "entry_point.operation", for messages.
        self.caller = operation
        #: `httpx.Client.request` arguments of a request that no generated
        #: operation describes (`api_client.request(...)`), else None.
        self.raw: dict[str, Any] | None = None
