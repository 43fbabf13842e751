"""How an operation of the API is declared, once for both clients.

An operation is a method of a resource (an entry point: `api_client.sites`)
that describes a call (`Call`: which generated operation, with which
arguments); decorated with `@operation(...)`, it becomes a method that sends
the call and returns a `BEMServerApiClientResponse`, or an awaitable of one on
the asyncio client. Type checkers see the method's own signature and the typed
response, through the overloads of `Operation.__get__`. `Pages` is its sibling
for the iterations over every page of a list.

The layer between the resources (and the bulk plans) above and the transport
below: it names the client it sends through only for type checkers.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    TypeVar,
    overload,
)

from ._call import Async, Call, ModeT, Sync

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._generated.operations import OperationRef
    from .response import BEMServerApiClientResponse

P = ParamSpec("P")
T = TypeVar("T")


class Resource(Generic[ModeT]):
    """An entry point of the client (`api_client.sites`): a group of operations.

    A collection states the generated operations of its common operations as
    typed references of the index (`_generated.operations`), which type
    checkers compare with the models it declares::

        class Sites(CRUD[ModeT, m.Site, m.Site, m.SitePut]):
            _list = operations.list_sites  # OperationRef[list[m.Site]]
            _get = operations.get_site  # OperationRef[m.Site]
            ...

    Its `path` is the one of its list operation ("/sites/"), unless it says one.
    """

    #: The API resource, as in the reference table ("/sites/").
    path: str = ""
    #: The client attribute this resource is (set by the entry point table).
    entry_point_name: str = ""

    def __init__(self, client: BaseClient[ModeT, Any]) -> None:
        self._client: BaseClient[ModeT, Any] = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"

    def _caller_name(self, operation: str) -> str:
        """The name of an operation in messages and logs: "sites.getone"."""
        return f"{self.entry_point_name or type(self).__name__}.{operation}"


class Operation(Generic[P, T]):
    """A method that sends the call its description returns (see `operation`)."""

    def __init__(
        self,
        describe: Callable[Concatenate[Any, P], Call[T]],
        uses: tuple[OperationRef[T], ...],
    ) -> None:
        self._describe = describe
        functools.update_wrapper(self, describe)  # type: ignore[arg-type]
        self.name = describe.__name__
        #: The generated operations it calls.
        self.uses = uses

    @overload
    def __get__(
        self, resource: Resource[Sync], owner: type[Any]
    ) -> Callable[P, BEMServerApiClientResponse[T]]: ...

    @overload
    def __get__(
        self, resource: Resource[Async], owner: type[Any]
    ) -> Callable[P, Awaitable[BEMServerApiClientResponse[T]]]: ...

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Operation[P, T]: ...

    def __get__(self, resource: Resource[Any] | None, owner: type[Any]) -> Any:
        if resource is None:
            return self
        describe = self._describe
        execute = resource._client._execute

        used = self.uses
        default_operation = used[0] if len(used) == 1 else None
        caller = resource._caller_name(self.name)

        @functools.wraps(describe)
        def send(*args: Any, **kwargs: Any) -> Any:
            call = describe(resource, *args, **kwargs)
            call = call.targeting(call.operation or default_operation, caller)
            return execute(call)

        return send


def operation(
    *uses: OperationRef[T],
) -> Callable[[Callable[Concatenate[Any, P], Call[T]]], Operation[P, T]]:
    """Declare an operation: a method returning the `Call` to send.

    `uses` are the generated operations the method calls, typed references of
    the index (`operations.get_site`): the `Call[...]` the method declares must
    be the result type of their parser. With one, every call is of it; with
    several, the method's `Call(operation=...)` says which. Tests read these to
    tell which operations of the API the client reaches.
    """

    def declare(describe: Callable[Concatenate[Any, P], Call[T]]) -> Operation[P, T]:
        return Operation(describe, uses)

    return declare
