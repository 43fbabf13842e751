"""The Dask reader against a real server, on a LocalCluster of 2 worker
processes: a campaign-wide hourly mean equals pandas' on the same data, before
and after the access token the workers were sent has expired; and a pickled
client carries a token pair, never a password."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterator

import anyio
import httpx
import numpy as np
import pandas as pd
import pytest
from distributed import Client as DaskClient
from distributed import LocalCluster

from bemserver_api_client.dask import (
    read_timeseries_data,
    read_timeseries_data_by_names,
)
from bemserver_api_client.testing import SandboxInfo
from tests.conftest import make_client
from tests.integration.conftest import wait_until_expired
from tests.integration.test_timeseries_bulk import new_series

pytestmark = [pytest.mark.integration, pytest.mark.slow]

START = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
DAYS = 10


@pytest.fixture(scope="module")
def cluster() -> Iterator[DaskClient]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as local,
        DaskClient(local) as client,
    ):
        yield client


def test_pickled_client_carries_tokens_never_the_password(
    short_lived: SandboxInfo,
) -> None:
    client = make_client(short_lived)
    sent: list[str] = []
    client._http_client = httpx.Client(
        event_hooks={"request": [lambda r: sent.append(r.url.path)]}
    )
    payload = pickle.dumps(client)
    assert short_lived.admin.password.encode() not in payload
    assert short_lived.admin.email.encode() not in payload
    assert sent == ["/auth/token"]  # exchanged once, on pickling
    assert pickle.dumps(client) and sent == ["/auth/token"]  # not again
    copy = pickle.loads(payload)
    assert copy.base_uri == client.base_uri
    assert copy.authentication_method.refresh_token is not None
    assert copy.about.getall().status_code == 200


def test_hourly_mean_equals_pandas_after_the_token_expired(
    short_lived: SandboxInfo, cluster: DaskClient
) -> None:
    client = make_client(short_lived)
    campaign = client.campaigns.create(
        {"name": f"dask-{dt.datetime.now().timestamp()}", "timezone": "UTC"}
    ).data["id"]
    series = anyio.run(new_series, client, campaign, 3)
    ids = [ts.id for ts in series]
    index = pd.date_range(
        START, periods=DAYS * 24 * 6, freq="10min", tz="UTC", unit="us", name="Datetime"
    )
    rng = np.random.default_rng(7)
    frame = pd.DataFrame(
        {ts: rng.normal(20, 3, len(index)) for ts in ids}, index=index
    ).round(3)
    frame.iloc[10:40, 1] = float("nan")  # a gap
    client.timeseries_data.upload("Raw", frame)
    end = START + dt.timedelta(days=DAYS)
    expected = frame.resample("1h").mean().mean(axis=1)

    data = read_timeseries_data(
        client, START, end, "Raw", ids, partition_period=dt.timedelta(days=2)
    )
    assert data.npartitions == 5
    assert list(data.dtypes) == [np.float64] * 3
    assert str(data.index.dtype) == "datetime64[us, UTC]"
    hourly = data.resample("1h").mean().mean(axis=1).compute()
    pd.testing.assert_series_equal(hourly, expected, check_freq=False)

    # The pair the workers were sent has expired: each renews its own.
    shipped = pickle.loads(pickle.dumps(client)).authentication_method
    wait_until_expired(shipped.access_token)
    expired = httpx.get(
        f"http://{short_lived.host}/campaigns/",
        headers={"Authorization": f"Bearer {shipped.access_token}"},
    )
    assert expired.status_code == 401
    again = data.resample("1h").mean().mean(axis=1).compute()
    pd.testing.assert_series_equal(again, expected, check_freq=False)

    names = [ts.name for ts in series]
    by_names = read_timeseries_data_by_names(
        client,
        campaign,
        START,
        end,
        "Raw",
        names,
        timezone="Europe/Paris",
        partition_period=dt.timedelta(days=3),
        timeseries_per_request=2,
    )
    whole = by_names.compute()
    assert str(whole.index.tz) == "Europe/Paris"
    pd.testing.assert_frame_equal(
        whole.tz_convert("UTC"),
        frame.set_axis(names, axis=1),
        check_freq=False,
    )
