"""A described call (`_call.Call`: the timeseries data plans) is turned into
its request by the function the generator rendered for its operation
(`_generated/requests.py`), as `_prepare` did from the builder's annotations:
the same conversions, the same client-side 422s, unknown keywords forwarded
as query parameters with a warning, a payload an operation does not take
refused, an ETag it does not take left out."""

from __future__ import annotations

import datetime as dt

import pytest

from bemserver_api_client._call import Call
from bemserver_api_client._generated import requests
from bemserver_api_client._prepare import prepare
from bemserver_api_client.exceptions import (
    BEMServerAPIArgumentWarning,
    BEMServerAPIClientValueError,
    BEMServerAPIInvalidArgumentError,
)

PERIOD = {
    "start_time": "2024-01-01T00:00:00+00:00",
    "end_time": dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc),
}


def test_arguments_are_converted_as_the_builder_takes_them() -> None:
    call: Call[object] = Call(
        operation=requests.download_aggregated_timeseries_data,
        **PERIOD,
        data_state="1",
        timeseries=("3", 4),
        aggregation="sum",
        bucket_width_value="2",
        bucket_width_unit="hour",
        headers={"Accept": "text/csv"},
    )
    request, parser = prepare(call)
    assert request["params"] == {
        "timeseries": [3, 4],
        "start_time": "2024-01-01T00:00:00+00:00",
        "end_time": "2024-01-02T00:00:00+00:00",
        "data_state": 1,
        "aggregation": "sum",
        "bucket_width_value": 2,
        "bucket_width_unit": "hour",
    }
    assert request["headers"] == {"Accept": "text/csv"}
    assert parser is requests.download_aggregated_timeseries_data.module.parse_response


def test_a_missing_argument_is_the_server_s_422() -> None:
    call: Call[object] = Call(
        operation=requests.delete_timeseries_data,
        start_time=PERIOD["start_time"],
        data_state=None,
        timeseries=[1],
        caller="timeseries_data.delete",
    )
    with pytest.raises(BEMServerAPIInvalidArgumentError) as raised:
        prepare(call)
    assert (
        str(raised.value.message) == "timeseries_data.delete needs end_time, data_state"
    )
    assert raised.value.errors == {
        "end_time": ["Missing data for required field."],
        "data_state": ["Missing data for required field."],
    }


def test_an_invalid_value_is_refused_as_the_server_would() -> None:
    call: Call[object] = Call(
        operation=requests.get_timeseries_data_stats,
        data_state=1,
        timeseries=[1, "two"],
        timezone="UTC",
    )
    with pytest.raises(BEMServerAPIInvalidArgumentError) as raised:
        prepare(call)
    assert raised.value.errors == {"timeseries": {"1": ["Not a valid integer."]}}
    zone: Call[object] = Call(
        operation=requests.get_timeseries_data_stats,
        data_state=1,
        timeseries=[1],
        timezone="Mars/Olympus",
    )
    with pytest.raises(BEMServerAPIInvalidArgumentError, match="invalid timezone"):
        prepare(zone)


def test_an_unlisted_keyword_is_sent_with_a_warning() -> None:
    call: Call[object] = Call(
        operation=requests.list_timeseries_data_states,
        sort="+name",
        ignored=None,
        caller="timeseries_data_states.getall",
    )
    with pytest.warns(BEMServerAPIArgumentWarning, match="'sort' not in the API"):
        request, _ = prepare(call)
    assert request["params"] == {"sort": "+name"}


def test_a_payload_the_operation_does_not_take_is_refused() -> None:
    call: Call[object] = Call(
        operation=requests.list_timeseries_data_states,
        body={"x": 1},
        caller="timeseries_data_states.getall",
    )
    with pytest.raises(
        BEMServerAPIClientValueError,
        match=r"^timeseries_data_states\.getall takes no payload$",
    ):
        prepare(call)


def test_an_etag_the_operation_does_not_take_is_left_out() -> None:
    call: Call[object] = Call(
        operation=requests.get_timeseries_data_stats,
        data_state=1,
        timeseries=[1],
        if_none_match='"e"',
        if_match='"e"',
    )
    request, _ = prepare(call)
    assert not request.get("headers")
