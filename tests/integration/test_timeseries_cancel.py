"""Cancelling an asyncio bulk transfer says what is stored, as Ctrl-C on a
blocking one does: BEMServerAPICancelledError (a CancelledError, and a
BEMServerAPIInterruptedError with its `stored` and `in_flight` chunks)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient
from bemserver_api_client import exceptions as errors
from tests.integration.test_timeseries_bulk import (
    START,
    end_of,
    json_payload,
    new_series,
)
from tests.support.scenario import data_state_id

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def test_cancelled_upload_says_what_is_stored(
    async_api_client: AsyncBEMServerAPIClient, bemserver_campaign: int
) -> None:
    client = async_api_client
    ids = [ts.id for ts in await new_series(client, bemserver_campaign, 2)]
    state = await data_state_id(client)
    data = json_payload(ids, 20_000)  # 20 chunks of 2,000 points
    task: asyncio.Task[Any] | None = None

    def progress(done: int, total: int | None) -> None:
        if done == 3 and task is not None:
            task.cancel()

    task = asyncio.create_task(
        client.timeseries_data.upload(state, data, chunk_size=2_000, progress=progress)
    )
    with pytest.raises(errors.BEMServerAPICancelledError) as caught:
        await task
    error = caught.value
    assert isinstance(error, asyncio.CancelledError)
    assert isinstance(error, errors.BEMServerAPIInterruptedError)
    assert task.cancelled()
    assert "cancelled: upload interrupted" in str(error)
    assert len(error.stored) >= 3

    def points(chunks: list[errors.ChunkInfo]) -> set[tuple[str, str]]:
        return {
            (ts, stamp)
            for info in chunks
            for ts, (first, last, _) in info.ranges.items()
            for stamp in data[ts]
            if first <= stamp <= last
        }

    stored = points(error.stored)
    possible = stored | points(error.in_flight)
    back = await client.timeseries_data.download(
        START, end_of(20_000), state, ids, chunk_size=None
    )
    held = {(ts, stamp) for ts, values in back.data.items() for stamp in values}
    assert stored <= held <= possible
    assert len(held) < 40_000  # it stopped


async def test_cancelled_download_to_parquet_leaves_nothing(
    async_api_client: AsyncBEMServerAPIClient,
    bemserver_campaign: int,
    tmp_path: Path,
) -> None:
    client = async_api_client
    ids = [ts.id for ts in await new_series(client, bemserver_campaign, 2)]
    state = await data_state_id(client)
    await client.timeseries_data.upload(state, json_payload(ids, 10_000))
    task: asyncio.Task[Any] | None = None

    def progress(done: int, total: int | None) -> None:
        if done == 2 and task is not None:
            task.cancel()

    task = asyncio.create_task(
        client.timeseries_data.download(
            START,
            end_of(10_000),
            state,
            ids,
            chunk_size=1_000,
            progress=progress,
            to_file=tmp_path / "out.parquet",
        )
    )
    with pytest.raises(errors.BEMServerAPICancelledError, match="download"):
        await task
    assert list(tmp_path.iterdir()) == []
