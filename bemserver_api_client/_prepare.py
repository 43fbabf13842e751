"""Arguments checked and converted to what a request builder expects, before
sending: client-side 422s shaped as the server's, ISO 8601 strings as dates.

The generated resource classes call the converter each argument needs
(`integer`, `datetime_`, `choice`, `listed`...: the generator chose it from the
builder's annotation) and `unknown_filters` for keyword arguments no parameter
names. A described call (`_call.Call`: timeseries data, the handwritten entry
points) is turned into its request by `prepare` with the function the generator
rendered for its operation (`_generated/requests.py`), which calls the same
converters.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import warnings
from enum import Enum
from typing import TYPE_CHECKING, Any

from ._convert import as_date, as_datetime, json_key
from ._generated.errors import InvalidPathArgument
from .exceptions import (
    BEMServerAPIArgumentWarning,
    BEMServerAPIClientValueError,
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIPreconditionError,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    import httpx

    from ._call import Call
    from ._generated.operations import OperationRef


def _invalid(argument: str, value: Any, expected: str, server_says: str) -> Exception:
    """The error of a value the server would refuse with 422, caught before
    sending: both the server's `BEMServerAPIValidationError` (with `errors`
    shaped as its answer) and a `BEMServerAPIClientValueError`."""
    return BEMServerAPIInvalidArgumentError(
        argument, f"invalid {argument}: {value!r} (expected {expected})", server_says
    )


def query_value(value: Any) -> Any:
    """An argument the API document does not list, as a query parameter: sent
    as the existing client sent it, the server judges it."""
    if isinstance(value, Enum):
        return query_value(value.value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | set):
        return [query_value(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def json_content(request: dict[str, Any]) -> dict[str, Any]:
    """A request whose `json` body is encoded here rather than by httpx, which
    refuses NaN and infinities (the server stores an infinite value of
    timeseries data, and answers 422 to one in a model) and raises a bare
    TypeError on a datetime. Dates and datetimes are sent in ISO 8601, enum
    members as their value, numbers of other types (numpy's) as numbers; what
    JSON cannot carry raises BEMServerAPIClientValueError before sending."""
    import json

    def dumps(body: Any) -> bytes:
        return json.dumps(
            body, ensure_ascii=False, separators=(",", ":"), default=_json_value
        ).encode()

    try:
        try:
            content = dumps(request["json"])
        except TypeError:  # keys json knows not: {timeseries: {datetime: value}}
            content = dumps(_with_text_keys(request["json"]))
    except (TypeError, ValueError, RecursionError) as exc:
        raise BEMServerAPIClientValueError(
            f"the payload cannot be sent as JSON: {exc}"
        ) from None
    encoded = {key: value for key, value in request.items() if key != "json"}
    headers = dict(request.get("headers") or {})
    if not any(name.lower() == "content-type" for name in headers):
        headers["Content-Type"] = "application/json"
    encoded["headers"] = headers
    encoded["content"] = content
    return encoded


def _with_text_keys(value: Any) -> Any:
    """A body whose dict keys json.dumps cannot write (datetimes, numpy ints)
    made JSON keys, as `_json_value` makes values (the rare path: only when
    dumping the body as given failed)."""
    if isinstance(value, dict):
        return {
            key if isinstance(key, str) else json_key(key): _with_text_keys(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_with_text_keys(item) for item in value]
    return value


def _json_value(value: Any) -> Any:
    """What json.dumps sends for a value it does not know."""
    converted = json_key(value)
    if converted is not value:
        return converted
    if hasattr(value, "__float__") and not isinstance(value, str | bytes):
        return float(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def prepare(
    call: Call[Any],
) -> tuple[dict[str, Any], Callable[[httpx.Response], Any] | None]:
    """The request of a call (httpx.request keyword arguments) and its parser.

    The call's operation is one of `_generated/requests.py`: its generated
    function converts and checks the arguments and builds the request
    (arguments the API document does not list are sent as query parameters
    with a warning: the server is the judge, as with the existing client).
    """
    if call.raw is not None:
        return dict(call.raw), None
    operation = call.operation
    build = getattr(operation, "build", None)
    if operation is None or build is None:  # a facade bug
        raise TypeError(f"{call.caller}: a call of no operation of requests.py")
    request: dict[str, Any] = build(call.caller, call.args, **call.kwargs)
    if call.headers:
        request["headers"] = {**request.get("headers", {}), **call.headers}
    make_replayable(request)
    return request, operation.module.parse_response


def request(
    operation: OperationRef[Any],
    caller: str,
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    unlisted: Mapping[str, Any],
) -> dict[str, Any]:
    """The request of a described call of `operation` (`_generated/requests.py`):
    `kwargs` converted for its builder, `unlisted` the keyword arguments the
    API document does not list, sent as query parameters with a warning."""
    module = operation._module or operation.module
    try:
        request = module.build_request(*args, **kwargs)
    except InvalidPathArgument as exc:  # no id, or another path: nothing sent
        raise BEMServerAPIClientValueError(f"{caller}: {exc}") from None
    query = {k: query_value(v) for k, v in unlisted.items() if v is not None}
    if query:
        warn_at_caller(
            f"{caller}: {', '.join(map(repr, query))} not in the API document of "
            "this operation: sent as query parameters, the server decides"
        )
        request["params"] = {**request.get("params", {}), **query}
    return request


def takes_no(caller: str, what: str) -> BEMServerAPIClientValueError:
    """A described call giving what its operation does not take (a payload)."""
    return BEMServerAPIClientValueError(f"{caller} takes no {what}")


def make_replayable(request: dict[str, Any]) -> None:
    """Read file bodies into bytes: a request may be sent again (retry, token
    renewal), and a file can be read only once."""
    content = request.get("content")
    if content is not None and hasattr(content, "read"):
        request["content"] = content.read()
    files = request.get("files")
    if files:
        request["files"] = [
            (name, (file[0], file[1].read(), *file[2:]))
            if hasattr(file[1], "read")
            else (name, file)
            for name, file in files
        ]


# -- what the generated resources call: each argument's conversion is chosen by
# the generator from the request builder's annotation, none is looked up here.


def plain(value: Any) -> Any:
    """An argument the request builder takes as it is (text): an enumeration
    member as its value."""
    return value.value if isinstance(value, Enum) else value


def integer(value: Any, argument: str) -> Any:
    """An int argument (an int, or its text). A bool, float, bytes or dict
    would be sent as text the server does not read as an integer ("true",
    "1.0", "b'1'"): refused here with the server's 422. (The generator picks
    this conversion only where the API takes an int alone, not a float too.)"""
    value = plain(value)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return int(value)
    elif not isinstance(value, bool | float | bytes | dict):
        return value
    raise _invalid(argument, value, "an integer", "Not a valid integer.")


def datetime_(value: Any, argument: str) -> dt.datetime:
    """A datetime argument (a datetime, a date, or ISO 8601 text)."""
    return as_datetime(plain(value), argument)


def date_(value: Any, argument: str) -> dt.date:
    """A date argument (a date, or ISO 8601 text)."""
    return as_date(plain(value), argument)


def choice(value: Any, allowed: tuple[str, ...], argument: str) -> Any:
    """An enumeration argument: one of the values the API accepts (a 422
    shaped as the server's otherwise, before any request)."""
    value = plain(value)
    if value not in allowed:
        shown = ", ".join(repr(v) for v in allowed[:12])
        more = ", ..." if len(allowed) > 12 else ""
        raise _invalid(
            argument,
            value,
            f"one of {shown}{more}",
            f"Must be one of: {', '.join(str(v) for v in allowed)}.",
        )
    return value


def listed(value: Any, item: Any, argument: str) -> list[Any]:
    """A list argument (a list, tuple or set, or one item), its items
    converted as `item` says: "int", "datetime", "date", a tuple of allowed
    values, or None (as given)."""
    value = plain(value)
    items = value if isinstance(value, list | tuple | set) else [value]
    if item is None:
        return [plain(i) for i in items]
    converted: list[Any] = []
    for index, one in enumerate(items):
        try:
            if item == "int":
                converted.append(integer(one, argument))
            elif item == "datetime":
                converted.append(datetime_(one, argument))
            elif item == "date":
                converted.append(date_(one, argument))
            else:
                converted.append(choice(one, item, argument))
        except BEMServerAPIInvalidArgumentError as exc:
            # Keyed by its index, as the server's is ({"sort": {"0": [...]}}).
            assert exc.errors is not None
            raise BEMServerAPIInvalidArgumentError(
                argument,
                exc.message or str(exc),
                "",
                {argument: {str(index): exc.errors[argument]}},
            ) from None
    return converted


def missing(caller: str, names: list[str]) -> BEMServerAPIInvalidArgumentError:
    """The 422 the server answers a call missing required arguments."""
    return BEMServerAPIInvalidArgumentError(
        names[0],
        f"{caller} needs {', '.join(names)}",
        "Missing data for required field.",
        {name: ["Missing data for required field."] for name in names},
    )


def missing_etag(caller: str) -> BEMServerAPIPreconditionError:
    """The 428 the server answers a change sent without the resource's ETag."""
    return BEMServerAPIPreconditionError(
        428,
        f"{caller} needs the resource's ETag (etag=...): read it from the "
        "`etag` of a getone() response; the server refuses changes without it",
    )


def unknown_filters(
    strict: bool, caller: str, filters: Mapping[str, Any], known: tuple[str, ...]
) -> dict[str, Any]:
    """Query parameters of keyword arguments an operation does not list.

    The server ignores filters it does not know, so a misspelt one would
    silently return everything: a name close to one of `known` raises
    BEMServerAPIInvalidArgumentError with the suggestion; any other is sent
    (the server may be newer than the API document) with a
    BEMServerAPIArgumentWarning at the caller's line, each time, unless
    `strict` (the client's `strict_filters`) makes it an error too.
    """
    import difflib

    query: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue  # left out, as a listed filter is
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        if close or strict:
            hint = (
                f"; did you mean {close[0]!r}?"
                if close
                else f" (it takes {', '.join(known) or 'no filter'})"
            )
            raise BEMServerAPIInvalidArgumentError(
                name,
                f"unknown filter {name!r} for {caller}{hint}",
                "Unknown field.",
            )
        query[name] = query_value(value)
    if query:
        warn_at_caller(
            f"{caller}: unknown filter(s) {', '.join(map(repr, query))}, sent as "
            "query parameters: the server ignores filters it does not know, so "
            "the answer may not be filtered (strict_filters=True makes this an "
            "error)"
        )
    return query


#: The package's folder: frames in it are not the user's.
_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def warn_at_caller(message: str) -> None:
    """A BEMServerAPIArgumentWarning at the line of the user's code that called
    into the package (the first frame outside it), every time (not once per
    line, as `warnings.warn` would)."""
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back
    warnings.warn_explicit(
        message,
        BEMServerAPIArgumentWarning,
        frame.f_code.co_filename,
        frame.f_lineno,
        module=frame.f_globals.get("__name__"),
        registry=None,
    )
