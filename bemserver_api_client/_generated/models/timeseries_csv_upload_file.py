from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

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
        d = dict(src_dict)
        timeseries_csv = File(payload=BytesIO(d.pop("timeseries_csv")))

        timeseries_csv_upload_file = cls(
            timeseries_csv=timeseries_csv,
        )

        return timeseries_csv_upload_file
