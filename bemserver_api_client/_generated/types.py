"""Types shared by the generated models and operations."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, BinaryIO, Literal
from urllib.parse import quote

from .errors import InvalidPathArgument


class Unset:
    """The type of UNSET: an argument or a field that was not given."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
# What httpx accepts for one file of a multipart body.
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)

# The `files=` argument of httpx: a multipart body as (field name, file) pairs.
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload, or a binary body (CSV data). A dataclass, not an attrs
    class: a timeseries upload does not load attrs."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) tuple of a multipart/form-data field."""
        return self.file_name, self.payload, self.mime_type


# Path segments that would not stay one segment of the operation's path: the
# empty one and the dot segments (resolved by URL normalisation and proxies).
_NOT_A_SEGMENT = frozenset({"", ".", ".."})


def path_segment(name: str, value: object, integer: bool) -> str:
    """A path argument as one percent-encoded segment of the operation's path.

    An id is an int, or a str the server reads (sent as it is: the server
    judges "12" as 12 and answers 404 to "abc"). A value that is no id (None,
    a bool; for an integer parameter, anything but an int or a str) or that
    would make the request go to another path (empty, "." or "..", a "/",
    which the server decodes before routing) raises InvalidPathArgument.
    """
    if value is None or isinstance(value, bool):
        raise InvalidPathArgument(name, value, "expected an id")
    if isinstance(value, int):
        return str(value)
    if integer and not isinstance(value, str):
        raise InvalidPathArgument(name, value, "expected an integer")
    text = str(value)
    if text in _NOT_A_SEGMENT or "/" in text:
        raise InvalidPathArgument(
            name, value, "it would send the request to another path"
        )
    return quote(text, safe="")


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset", "path_segment"]
