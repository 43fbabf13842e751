"""Types shared by the generated models and operations."""

from collections.abc import Mapping
from typing import IO, BinaryIO, Literal

from attrs import define


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


@define
class File:
    """A file to upload, or a binary body (CSV data)."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) tuple of a multipart/form-data field."""
        return self.file_name, self.payload, self.mime_type


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset"]
