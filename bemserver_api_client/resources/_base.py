"""The common operations of the resources (getall, getone, create, update,
delete, iter_all), one mixin each, declared once for both clients.

The resource modules declare their entry points from here: it re-exports what
they need of the operation declarations (`_operation`) and of the calls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, TypedDict, TypeVar

# Re-exported: the resources modules declare their operations from here.
from .._call import Async as Async
from .._call import Call as Call
from .._call import ModeT as ModeT
from .._call import Sync as Sync
from .._convert import checked_payload as checked_payload
from .._convert import enum_value as enum_value
from .._operation import Operation as Operation
from .._operation import P as P
from .._operation import Pages as Pages
from .._operation import Resource as Resource
from .._operation import T as T
from .._operation import common_operation as common_operation
from .._operation import operation as operation
from .._pages import MAX_PAGE_SIZE as MAX_PAGE_SIZE

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._generated.operations import OperationRef

ModelT = TypeVar("ModelT")
CreateT = TypeVar("CreateT")
UpdateT = TypeVar("UpdateT")


# The common operations (CF of the reference), one mixin each. The generated
# operation of each is a typed attribute of the resource class: `_list`,
# `_get`, ..., typed by the mixin's models (ModelT...), so that a class whose
# operations return other models than it declares is a type error.
#
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
        return Call(query={**query, "page_size": page_size})  # checked, capped: _pages
