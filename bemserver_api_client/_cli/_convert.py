"""Command line strings to the values a method's parameter takes, by the text
of its annotation (`int`, `int | None`, `list[int]`, `dt.datetime | str`...):
the annotations of the resource modules are strings (`from __future__ import
annotations`), and their names are often imported for type checkers only."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
from typing import Any


class Kind(enum.Enum):
    """How the command line takes a parameter."""

    STR = "str"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATETIME = "datetime"
    DATE = "date"
    INT_LIST = "int list"
    FLOAT_LIST = "float list"
    STR_LIST = "str list"
    #: A JSON document (payloads: `--json '{...}'`, `@file.json`, `-`).
    BODY = "json"
    #: A data file (timeseries_data uploads): a path, or `-` for stdin.
    FILE = "file"
    #: A password: from the environment, stdin or a prompt, never argv.
    SECRET = "secret"


_NONE = re.compile(r"\s*\|\s*None\b|\bNone\s*\|\s*")
_OPTIONAL = re.compile(r"^(?:typing\.)?Optional\[(.*)\]$")
_LIST = re.compile(
    r"^(?:list|List|Sequence|Iterable|tuple|set|frozenset|"
    r"collections\.abc\.\w+|typing\.\w+)\[(.*?)(?:,\s*\.\.\.)?\]$"
)
_BODY_WORDS = ("Mapping", "dict", "Dict", "bytes", "BinaryIO", "Put", "Post")


def _alternatives(text: str) -> list[str]:
    """`int | str | None` -> ["int", "str"] (top-level alternatives only)."""
    text = text.strip()
    match = _OPTIONAL.match(text)
    if match:
        text = match.group(1)
    depth = 0
    parts: list[str] = []
    current = ""
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [part for part in parts if part and part != "None"]


def _scalar(text: str) -> Kind | None:
    name = text.rsplit(".", 1)[-1]
    if name == "bool":
        return Kind.BOOL
    if name == "int":
        return Kind.INT
    if name == "float":
        return Kind.FLOAT
    if name == "datetime":
        return Kind.DATETIME
    if name == "date":
        return Kind.DATE
    if name == "str":
        return Kind.STR
    return None


def kind_of(annotation: str) -> Kind:
    """How to take a parameter annotated `annotation` (its text)."""
    alternatives = _alternatives(annotation)
    if not alternatives:
        return Kind.STR
    if any(word in part for part in alternatives for word in _BODY_WORDS):
        return Kind.BODY
    for part in alternatives:
        match = _LIST.match(part)
        if match:
            item = _scalar(match.group(1).strip())
            if item is Kind.INT:
                return Kind.INT_LIST
            if item is Kind.FLOAT:
                return Kind.FLOAT_LIST
            return Kind.STR_LIST
    kinds = [_scalar(part) for part in alternatives]
    # `dt.datetime | str`, an enumeration or a str: the server judges the text.
    if Kind.STR in kinds or None in kinds:
        return Kind.STR
    return kinds[0] or Kind.STR


class ConversionError(ValueError):
    """A command line value that is not of its parameter's type."""


_TRUE = frozenset({"1", "true", "yes", "on", "y"})
_FALSE = frozenset({"0", "false", "no", "off", "n"})


def _one(kind: Kind, text: str) -> Any:
    if kind in (Kind.INT, Kind.INT_LIST):
        return int(text)
    if kind in (Kind.FLOAT, Kind.FLOAT_LIST):
        return float(text)
    if kind is Kind.BOOL:
        lowered = text.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ValueError(text)
    if kind is Kind.DATETIME:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if kind is Kind.DATE:
        return dt.date.fromisoformat(text)
    return text


def convert(kind: Kind, values: list[str], name: str) -> Any:
    """The Python value of `name` from its command line values (a list option
    takes repeated options and comma-separated lists: `--ids 1,2 --ids 3`)."""
    try:
        if kind in (Kind.INT_LIST, Kind.FLOAT_LIST, Kind.STR_LIST):
            return [
                _one(kind, item.strip())
                for value in values
                for item in value.split(",")
                if item.strip()
            ]
        if kind is Kind.BODY:
            return read_json(values[-1])
        return _one(kind, values[-1])
    except ConversionError:
        raise
    except ValueError:
        shown = ", ".join(values)
        raise ConversionError(
            f"argument {name}: invalid {kind.value} value: {shown!r}"
        ) from None


def read_json(value: str) -> Any:
    """A JSON document: the text itself, `@path` for a file, `-` for stdin."""
    if value == "-":
        text = sys.stdin.read()
        where = "stdin"
    elif value.startswith("@"):
        try:
            with open(value[1:], encoding="utf-8") as file:
                text = file.read()
        except OSError as error:
            raise ConversionError(f"--json {value}: {error.strerror}") from None
        where = value[1:]
    else:
        text = value
        where = "--json"
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ConversionError(f"invalid JSON in {where}: {error}") from None


def filter_value(values: list[str]) -> Any:
    """A filter the signature does not name (`**query`): sent as given, a list
    when repeated."""
    return values[0] if len(values) == 1 else list(values)


def enum_member(enumeration: str, name: str) -> Any:
    """A member of an enumeration of `bemserver_api_client.enums` by name
    (`DataFormat`, "csv"), or the name itself if there is none."""
    from .. import enums

    kind = getattr(enums, enumeration, None)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        member = kind.__members__.get(name)
        if member is not None:
            return member
    return name


def by_enum_name(annotation: str, value: Any) -> Any:
    """`--format csv` for a parameter annotated `DataFormat | str`: the member
    named so; any other text is sent as given (the server judges it)."""
    if not isinstance(value, str):
        return value
    for part in _alternatives(annotation):
        name = part.rsplit(".", 1)[-1]
        if name[:1].isupper():
            member = enum_member(name, value)
            if member is not value:
                return member
    return value
