"""A described call of one generated operation, for what cannot say its
arguments in the generated resource classes' sorted form: the bulk plans of
timeseries data (their calls are made, queued, given a data state's id and
sent later), and `api_client.request(...)`.

The generated resource classes send without it (`_transport.send`). `Sync`
and `Async` are the two modes of the clients.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

    from ._generated.operations import OperationRef

T = TypeVar("T")


class Sync:
    """Mode of the resources of the blocking client."""


class Async:
    """Mode of the resources of the asyncio client."""


ModeT = TypeVar("ModeT", Sync, Async)


class Call(Generic[T]):
    """One call of one generated operation, described to be sent later.

    `operation` is the generated operation it calls, a typed reference of
    `_generated/requests.py` (`requests.download_timeseries_data`); `args` and
    `kwargs` go to its `build_request`, converted and checked when the call is
    sent by the function the generator rendered for it (`_prepare.prepare`
    calls it; a keyword the operation does not list is sent as a query
    parameter, with a warning);
    `caller` names it in messages; `headers`
    are added (e.g. Accept); `auth`, when not True, replaces the client's
    authentication for this request (None: none); `raw` is the
    `httpx.Client.request` arguments of a request no generated operation
    describes (`api_client.request(...)`).

    Immutable: built once with everything it needs; `targeting` makes a
    changed copy.
    """

    __slots__ = (
        "args",
        "auth",
        "caller",
        "headers",
        "idempotent",
        "kwargs",
        "operation",
        "raw",
    )

    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]
    headers: Mapping[str, str]
    auth: httpx.Auth | bool | None
    #: Safe to send twice although a POST (e.g. data the server deduplicates).
    idempotent: bool
    operation: OperationRef[T] | None
    #: "entry_point.operation", for messages.
    caller: str
    raw: Mapping[str, Any] | None

    def __init__(
        self,
        *args: Any,
        operation: OperationRef[T] | None = None,
        headers: Mapping[str, str] | None = None,
        auth: httpx.Auth | bool | None = True,
        idempotent: bool = False,
        caller: str | None = None,
        raw: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        fields = {
            "operation": operation,
            "args": args,
            "kwargs": kwargs,
            "headers": dict(headers or {}),
            "auth": auth,
            "idempotent": idempotent,
            "caller": caller or (operation.name if operation else ""),
            "raw": raw,
        }
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a Call is immutable: cannot set {name!r}")

    def _copy(self, **changes: Any) -> Call[T]:
        other: Call[T] = object.__new__(type(self))
        for name in self.__slots__:
            object.__setattr__(other, name, changes.get(name, getattr(self, name)))
        return other

    def targeting(self, operation: OperationRef[T] | None, caller: str) -> Call[T]:
        """This call, of `operation`, named `caller` in messages."""
        return self._copy(operation=operation, caller=caller)
