"""The one reader of ISO 8601 timestamps the package has."""

from __future__ import annotations

import datetime as dt

import pytest

from bemserver_api_client._convert import iso_datetime

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-01T00:00:00Z", dt.datetime(2024, 1, 1, tzinfo=UTC)),
        (
            "2024-01-01T00:00:00+01:00",
            dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("2024-01-01", dt.datetime(2024, 1, 1)),
        ("20240101T000000Z", dt.datetime(2024, 1, 1, tzinfo=UTC)),  # basic format
        ("2024-W01-1", dt.datetime(2024, 1, 1)),  # week date
        ("yesterday", None),
        ("", None),
    ],
)
def test_iso_datetime_reads_iso_8601_and_nothing_else(
    text: str, expected: dt.datetime | None
) -> None:
    assert iso_datetime(text) == expected
