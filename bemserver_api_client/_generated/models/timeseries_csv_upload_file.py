from __future__ import annotations

from collections.abc import Iterable, Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

# Bound once: from_dict and _list_from_dicts use them item by item.
_new = object.__new__

T = TypeVar("T", bound="TimeseriesCSVUploadFile")


@_attrs_define
class TimeseriesCSVUploadFile:
    timeseries_csv: File

    def to_dict(self) -> dict[str, Any]:
        timeseries_csv = self.timeseries_csv.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "timeseries_csv": timeseries_csv,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("timeseries_csv", self.timeseries_csv.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self = _new(cls)
        timeseries_csv = File(payload=BytesIO(d["timeseries_csv"]))

        self.timeseries_csv = timeseries_csv
        if cls is not TimeseriesCSVUploadFile:
            # A subclass may have its own __init__: built through it, as before.
            self = cls(
                timeseries_csv=self.timeseries_csv,
            )
        return self

    @classmethod
    def _list_from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]]
    ) -> list[T]:
        """`[cls.from_dict(d) for d in src_dicts]` without a call per item (a long
        list answer), for parse_response and list fields."""
        if cls is not TimeseriesCSVUploadFile:
            # A subclass may have its own __init__ or from_dict.
            return [cls.from_dict(d) for d in src_dicts]
        models: list[T] = []
        for d in src_dicts:
            self = _new(cls)
            timeseries_csv = File(payload=BytesIO(d["timeseries_csv"]))

            self.timeseries_csv = timeseries_csv
            models.append(self)
        return models
