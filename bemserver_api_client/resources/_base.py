"""How an entry point and its operations are declared, once for sync and async.

An operation is a method that describes a call (`Call`: which generated
operation, with which arguments); decorated with `@operation`, it becomes a
method that sends the call and returns a `BEMServerApiClientResponse`, or an
awaitable of one on the async client. Type checkers see the method's own
signature and the typed response, through the overloads of `operation.__get__`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    TypedDict,
    TypeVar,
    overload,
)

# Re-exported: the resources modules declare their operations from here.
from .._call import Async as Async
from .._call import Call as Call
from .._call import ModeT as ModeT
from .._call import Sync as Sync
from .._convert import checked_payload as checked_payload
from .._convert import enum_value as enum_value

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._base_client import BaseClient
    from .._generated.operations import OperationRef
    from ..response import BEMServerApiClientResponse

P = ParamSpec("P")
T = TypeVar("T")
ModelT = TypeVar("ModelT")
CreateT = TypeVar("CreateT")
UpdateT = TypeVar("UpdateT")


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

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        listing = cls.__dict__.get("_list")
        if listing is not None and "path" not in cls.__dict__:
            cls.path = listing.path

    def __init__(self, client: BaseClient[ModeT, Any]) -> None:
        self._client: BaseClient[ModeT, Any] = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path}>"


class Operation(Generic[P, T]):
    """A method that sends the call its description returns (see `operation`)."""

    def __init__(
        self,
        describe: Callable[Concatenate[Any, P], Call[T]],
        uses: tuple[OperationRef[T], ...],
        attribute: str | None,
    ) -> None:
        self._describe = describe
        functools.update_wrapper(self, describe)  # type: ignore[arg-type]
        self.name = describe.__name__
        #: The generated operations it calls...
        self.uses = uses
        #: ...or the resource class attribute that names it (common operations).
        self.attribute = attribute

    def generated_operations(
        self, resource: type[Resource[Any]]
    ) -> tuple[OperationRef[Any], ...]:
        """The generated operations this operation calls on a resource class."""
        if self.attribute is not None:
            return (getattr(resource, self.attribute),)
        return self.uses

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

        used = self.generated_operations(type(resource))
        default_operation = used[0] if len(used) == 1 else None
        caller = f"{resource.entry_point_name or type(resource).__name__}.{self.name}"

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
        return Operation(describe, uses, None)

    return declare


def common_operation(
    attribute: str,
) -> Callable[[Callable[Concatenate[Any, P], Call[T]]], Operation[P, T]]:
    """Declare a common operation (`getone`...) of a mixin: the generated
    operation it calls is the resource class's `attribute` ("_get")."""

    def declare(describe: Callable[Concatenate[Any, P], Call[T]]) -> Operation[P, T]:
        return Operation(describe, (), attribute)

    return declare


# The common operations (CF of the reference), one mixin each. The generated
# operation of each is a typed attribute of the resource class: `_list`,
# `_get`, ..., typed by the mixin's models (ModelT...), so that a class whose
# operations return other models than it declares is a type error.


# Typed filters: a list operation's filters differ from one resource to the
# next, and `**query: Unpack[...]` needs a concrete TypedDict (PEP 692: not a
# type variable, so a generic mixin cannot state them). Each listable resource
# declares its own `getall` (and `iter_all`, `get_full`): a decorated signature
# naming the generated TypedDict of its operation (`_generated/filters.py`),
# whose one-line body calls the shared implementation below. The descriptors
# (`Operation`, `Pages`) still describe the call once for sync and async.

#: Docstrings of the typed declarations that bring none.
GETALL_DOC = "List the resources; keyword arguments filter (see the API's parameters)."
ITER_ALL_DOC = """Every item of the list, page after page (`page=` to start elsewhere).

Keyword arguments filter and sort as for `getall`. `page_size` is the
number of items each request asks for, capped at the API's maximum
(MAX_PAGE_SIZE): it changes the number of requests, not the items. Pages
are requested as the iteration goes: a collection that changes meanwhile
may give items twice or miss some (the API pages by offset).
"""


class NoQuery(TypedDict):
    """The filters of an operation that has no query parameter (type checkers
    refuse any; at run time it is still sent, with a BEMServerAPIArgumentWarning)."""


def list_operation(
    describe: Callable[Concatenate[Any, P], Call[T]],
) -> Operation[P, T]:
    """Declare a resource's `getall`: its generated operation is the class's `_list`."""
    describe.__doc__ = describe.__doc__ or GETALL_DOC
    return Operation(describe, (), "_list")


class GetAll(Resource[ModeT], Generic[ModeT, ModelT]):
    """A listable resource. It declares its own `getall`, typed with the filters
    of its list operation (e.g. `Sites.getall`, with `f.ListSitesQuery`), with
    `@list_operation`, whose body returns `self._list_call(etag, query)`."""

    _list: OperationRef[list[ModelT]]

    def _list_call(
        self, etag: str | None, query: Mapping[str, Any]
    ) -> Call[list[ModelT]]:
        return Call(if_none_match=etag, query=query)


class GetAllUnfiltered(GetAll[ModeT, ModelT]):
    """A listable resource whose list operation takes no filter."""

    @list_operation
    def getall(
        self, /, *, etag: str | None = None, **query: Unpack[NoQuery]
    ) -> Call[list[ModelT]]:
        return self._list_call(etag, query)


class GetOne(Resource[ModeT], Generic[ModeT, ModelT]):
    _get: OperationRef[ModelT]

    @common_operation("_get")
    def getone(self, id: int, *, etag: str | None = None) -> Call[ModelT]:
        """One resource by ID (with `etag`: BEMServerAPINotModified if unchanged)."""
        return Call(id, if_none_match=etag)


class Create(Resource[ModeT], Generic[ModeT, ModelT, CreateT]):
    _create: OperationRef[ModelT]

    @common_operation("_create")
    def create(self, payload: CreateT | Mapping[str, Any]) -> Call[ModelT]:
        """Create a resource from a dict or a model."""
        return Call(body=checked_payload(payload))


class Update(Resource[ModeT], Generic[ModeT, ModelT, UpdateT]):
    _update: OperationRef[ModelT]

    @common_operation("_update")
    def update(
        self, id: int, payload: UpdateT | Mapping[str, Any], *, etag: str | None = None
    ) -> Call[ModelT]:
        """Update a resource; `etag` is the one of its last getone() (the server
        refuses an update without it where the resource has ETags)."""
        return Call(id, body=checked_payload(payload), if_match=etag)


class Delete(Resource[ModeT]):
    _delete: OperationRef[None]

    @common_operation("_delete")
    def delete(self, id: int, *, etag: str | None = None) -> Call[None]:
        """Delete a resource; `etag` is the one of its last getone() (the server
        refuses a delete without it where the resource has ETags)."""
        return Call(id, if_match=etag)


class CRUD(
    GetAll[ModeT, ModelT],
    GetOne[ModeT, ModelT],
    Create[ModeT, ModelT, CreateT],
    Update[ModeT, ModelT, UpdateT],
    Delete[ModeT],
    Generic[ModeT, ModelT, CreateT, UpdateT],
):
    """getall, getone, create, update, delete."""


class CRD(
    GetAll[ModeT, ModelT],
    GetOne[ModeT, ModelT],
    Create[ModeT, ModelT, CreateT],
    Delete[ModeT],
    Generic[ModeT, ModelT, CreateT],
):
    """getall, getone, create, delete: links and properties, never updated."""


# Pagination: the paginated list operations (those whose generated request
# builder takes `page` and `page_size`) also iterate over every page.

#: The largest `page_size` the API accepts (flask-smorest's maximum, in the spec).
MAX_PAGE_SIZE = 100


class Pages(Generic[P, T]):
    """A resource's `iter_all`: the items of every page of the call its
    description returns; an iterator on the blocking client, an async iterator
    on the asyncio one (see `Operation`, its sibling for single calls)."""

    def __init__(
        self, describe: Callable[Concatenate[Any, P], Call[list[T]]], attribute: str
    ) -> None:
        self._describe = describe
        functools.update_wrapper(self, describe)  # type: ignore[arg-type]
        #: The resource class attribute of the list operation it pages through.
        self.attribute = attribute

    @overload
    def __get__(
        self, resource: Resource[Sync], owner: type[Any]
    ) -> Callable[P, Iterator[T]]: ...

    @overload
    def __get__(
        self, resource: Resource[Async], owner: type[Any]
    ) -> Callable[P, AsyncIterator[T]]: ...

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Pages[P, T]: ...

    def __get__(self, resource: Resource[Any] | None, owner: type[Any]) -> Any:
        if resource is None:
            return self
        describe = self._describe
        caller = f"{resource.entry_point_name or type(resource).__name__}.iter_all"

        @functools.wraps(describe)
        def iterate(*args: Any, **kwargs: Any) -> Any:
            call = describe(resource, *args, **kwargs)
            listing = getattr(resource, self.attribute)
            return resource._client._iterate(call.targeting(listing, caller))

        return iterate


def pages_operation(
    describe: Callable[Concatenate[Any, P], Call[list[T]]],
) -> Pages[P, T]:
    """Declare a resource's `iter_all` over the pages of its `_list` operation."""
    describe.__doc__ = describe.__doc__ or ITER_ALL_DOC
    return Pages(describe, "_list")


class Paginated(Resource[ModeT], Generic[ModeT, ModelT]):
    """A paginated listable resource (its list operation takes `page` and
    `page_size`). It declares its own `iter_all`, the items of every page of the
    list in order (`getall` keeps answering one page), typed with the filters of
    its list operation but `page_size` (e.g. `Events.iter_all`, with
    `f.ListEventsPagesQuery`), with `@pages_operation`, whose body returns
    `self._pages_call(page_size, query)`."""

    def _pages_call(
        self, page_size: int, query: Mapping[str, Any]
    ) -> Call[list[ModelT]]:
        return Call(query={**query, "page_size": min(page_size, MAX_PAGE_SIZE)})
