"""Values a careless user gives, against a real server: what the server
accepts goes through, what it refuses is its own 422 (or the client's, shaped
as the server's, before any request); never a bare TypeError or ValueError
of the JSON encoder."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from bemserver_api_client.enums import DataFormat
from bemserver_api_client.exceptions import (
    BEMServerAPIClientValueError,
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIValidationError,
)
from tests.conftest import call
from tests.integration.test_timeseries_bulk import new_series
from tests.support.scenario import Client, data_state_id, utc

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

DAY = utc(2022, 5, 1)


async def test_infinite_values_in_json_data_are_stored_as_the_server_stores_them(
    any_client: Client, bemserver_campaign: int
) -> None:
    """The server stores inf and -inf given in JSON (and in CSV): the client
    sends them, as it sends a DataFrame's inf in CSV."""
    (series,) = await new_series(any_client, bemserver_campaign, 1)
    state = await data_state_id(any_client)
    stamps = [(DAY + dt.timedelta(hours=h)).isoformat() for h in range(3)]
    data = {series.id: {stamps[0]: math.inf, stamps[1]: -math.inf, stamps[2]: 1.5}}
    await call(any_client.timeseries_data.upload(state, data))
    back = await call(
        any_client.timeseries_data.download(
            DAY, DAY + dt.timedelta(days=1), state, [series.id]
        )
    )
    assert list(back.data[str(series.id)].values()) == [math.inf, -math.inf, 1.5]


async def test_a_nan_in_a_payload_is_judged_by_the_server(
    any_client: Client, bemserver_campaign: int
) -> None:
    with pytest.raises(BEMServerAPIValidationError) as raised:
        await call(
            any_client.sites.create(
                {"name": "nan", "campaign_id": bemserver_campaign, "latitude": math.nan}
            )
        )
    assert not isinstance(raised.value, BEMServerAPIClientValueError)  # the server's
    assert raised.value.errors is not None and "latitude" in raised.value.errors


async def test_a_datetime_in_a_payload_is_sent_in_iso_8601(
    any_client: Client, bemserver_campaign: int
) -> None:
    start = dt.datetime(2022, 1, 1, tzinfo=dt.timezone.utc)
    created = await call(
        any_client.campaigns.create(
            {
                "name": f"dated {bemserver_campaign}",
                "timezone": "UTC",
                "start_time": start,
            }
        )
    )
    assert created.parsed.start_time == start
    with pytest.raises(
        BEMServerAPIValidationError
    ) as raised:  # naive: the server's 422
        await call(
            any_client.campaigns.create(
                {
                    "name": f"naive {bemserver_campaign}",
                    "start_time": start.replace(tzinfo=None),
                }
            )
        )
    assert raised.value.errors is not None and "start_time" in raised.value.errors


async def test_a_payload_json_cannot_carry_is_a_client_value_error(
    any_client: Client, bemserver_campaign: int
) -> None:
    for payload in (
        {"name": object(), "campaign_id": bemserver_campaign},
        {"name": "lone \ud800 surrogate", "campaign_id": bemserver_campaign},
    ):
        with pytest.raises(BEMServerAPIClientValueError, match="payload"):
            await call(any_client.sites.create(payload))


@pytest.mark.parametrize("value", [True, False, 1.0, 2.5, b"1"])
async def test_a_bool_or_float_integer_filter_is_refused_as_the_server_refuses_it(
    any_client: Client, bemserver_campaign: int, value: object
) -> None:
    """The server answers 422 "Not a valid integer." to campaign_id=true or
    1.0: the client raises that before sending."""
    with pytest.raises(BEMServerAPIValidationError) as by_server:
        await call(any_client.request("GET", "/sites/", params={"campaign_id": value}))
    assert not isinstance(by_server.value, BEMServerAPIClientValueError)
    with pytest.raises(BEMServerAPIInvalidArgumentError) as raised:
        await call(any_client.sites.getall(campaign_id=value))
    assert (
        raised.value.errors
        == by_server.value.errors
        == {"campaign_id": ["Not a valid integer."]}
    )
    with pytest.raises(BEMServerAPIInvalidArgumentError):
        await call(
            any_client.timeseries_data.download(
                DAY, DAY + dt.timedelta(days=1), 1, [value]
            )
        )


async def test_a_download_to_a_folder_or_into_a_missing_one_names_the_path(
    any_client: Client, bemserver_campaign: int, tmp_path: Path
) -> None:
    """Refused before the data is fetched (not when renaming the finished
    download), naming the path given, never the hidden temporary file."""
    (series,) = await new_series(any_client, bemserver_campaign, 1)
    state = await data_state_id(any_client)
    missing = tmp_path / "missing" / "out.csv"
    for target, error in ((tmp_path, IsADirectoryError), (missing, FileNotFoundError)):
        with pytest.raises(error) as raised:
            await call(
                any_client.timeseries_data.download(
                    DAY,
                    DAY + dt.timedelta(days=400),
                    state,
                    [series.id],
                    format=DataFormat.csv,
                    to_file=target,
                )
            )
        assert raised.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []


async def test_one_timeseries_given_alone_is_that_timeseries(
    any_client: Client, bemserver_campaign: int
) -> None:
    """The server takes one `timeseries` value as a list of one (and 0.22.0
    sent it so): an id (int or text) or a name given alone downloads that
    timeseries, never a TypeError, and "12" is never the timeseries 1 and 2."""
    series = await new_series(any_client, bemserver_campaign, 12)
    state = await data_state_id(any_client)
    one = series[11]
    stamp = DAY.isoformat()
    await call(
        any_client.timeseries_data.upload(
            state, {ts.id: {stamp: float(ts.id)} for ts in series}
        )
    )
    end = DAY + dt.timedelta(days=1)
    data = any_client.timeseries_data
    listed = (await call(data.download(DAY, end, state, [one.id]))).data
    assert listed == {str(one.id): {stamp: float(one.id)}}
    for alone in (one.id, str(one.id)):
        assert (await call(data.download(DAY, end, state, alone))).data == listed
    by_name = await call(
        data.download_by_names(bemserver_campaign, DAY, end, state, one.name)
    )
    assert by_name.data == {one.name: {stamp: float(one.id)}}
    frame = await call(data.download_dataframe(DAY, end, state, one.id))
    assert list(frame.columns) == [one.id]


async def test_a_download_to_a_symlink_writes_its_target_and_keeps_the_mode(
    any_client: Client, bemserver_campaign: int, tmp_path: Path
) -> None:
    """As opening the path would: the link stays a link to the file written,
    and an existing file keeps its permissions (0640 stays 0640)."""
    (series,) = await new_series(any_client, bemserver_campaign, 1)
    state = await data_state_id(any_client)
    await call(
        any_client.timeseries_data.upload(state, {series.id: {DAY.isoformat(): 2.5}})
    )
    target = tmp_path / "real.csv"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    for path in (link, target):
        await call(
            any_client.timeseries_data.download(
                DAY,
                DAY + dt.timedelta(days=1),
                state,
                [series.id],
                format=DataFormat.csv,
                to_file=path,
            )
        )
        assert link.is_symlink() and link.resolve() == target
        assert target.read_text().splitlines()[1].endswith(",2.5")
        assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]


@pytest.mark.parametrize("chunk_size", [50_000, 1])
async def test_json_data_keyed_by_datetimes_is_sent_in_iso_8601(
    any_client: Client, bemserver_campaign: int, chunk_size: int
) -> None:
    """{timeseries: {datetime: value}}, as a DataFrame's index gives them."""
    (series,) = await new_series(any_client, bemserver_campaign, 1)
    state = await data_state_id(any_client)
    data = {series.id: {DAY + dt.timedelta(hours=h): float(h) for h in range(3)}}
    await call(any_client.timeseries_data.upload(state, data, chunk_size=chunk_size))
    back = await call(
        any_client.timeseries_data.download(
            DAY, DAY + dt.timedelta(days=1), state, [series.id]
        )
    )
    assert back.data == {
        str(series.id): {stamp.isoformat(): v for stamp, v in data[series.id].items()}
    }
