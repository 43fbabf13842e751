"""What the data benchmarks share: a sandbox server with an admin client and a
campaign to make timeseries in, the child process each measure runs in, and
the child's own prelude (its arguments, its peak memory).

Each measure runs in a fresh subprocess of the venv under test (`run_child`):
from `/`, so that it imports that venv's client and not this checkout's, and
without PYTHON* variables (PYTHONDONTWRITEBYTECODE would compile the
generated modules at each start: ~30 MB more peak, not the client's), after
the server has gone idle (e.g. PostgreSQL's autovacuum of the run before).
"""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from server_cpu import wait_until_idle

if TYPE_CHECKING:
    from bemserver_api_client import BEMServerAPIClient
    from bemserver_api_client.testing import SandboxInfo

#: The sandbox's processes whose CPU is the server's (with their descendants).
SERVER_PROCESSES = ("gunicorn", "postgres")

#: The start of every child: `args` from argv, and `peak_mb()`, the process's
#: own high-water mark (VmHWM: unlike ru_maxrss, not inherited from the parent).
CHILD_PRELUDE = r"""
import datetime as dt, json, os, sys, time
args = json.loads(sys.argv[1])

def peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")
"""

#: In a child, after the prelude: `data` to upload, `args["points"]` over the
#: timeseries `args["ids"]` (a value a minute from 2020), JSON or CSV bytes as
#: `args["format"]` says, with `fmt`, `start`, `end`, `points`.
CHILD_DATA = r"""
from bemserver_api_client.enums import DataFormat

ids = args["ids"]
rows = args["points"] // len(ids)
points = rows * len(ids)
start = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
end = (start + dt.timedelta(minutes=rows)).isoformat()
keys = [(start + dt.timedelta(minutes=i)).isoformat() for i in range(rows)]
if args["format"] == "csv":
    fmt = DataFormat.csv
    lines = [",".join(["Datetime", *map(str, ids)])]
    lines += [k + ("," + str(float(i))) * len(ids) for i, k in enumerate(keys)]
    data = ("\n".join(lines) + "\n").encode()
    del lines
else:
    fmt = DataFormat.json
    data = {str(ts): {k: float(i) for i, k in enumerate(keys)} for ts in ids}
del keys
"""

#: In a child: `client`, signed in with HTTP Basic as `args` says, and
#: connected (its token exchanged) before any clock starts.
CHILD_CLIENT = r"""
from bemserver_api_client import BEMServerApiClient as Client

auth = Client.make_http_basic_auth(args["email"], args["password"])
client = Client(args["host"], use_ssl=False, authentication_method=auth)
client.about.getall()  # authenticated, connected
"""


class ChildFailed(Exception):
    """A measure's subprocess exited in error: its last line, and the end of
    its standard error in `stderr`."""

    def __init__(self, last_line: str, stderr: str) -> None:
        super().__init__(last_line)
        self.stderr = stderr


def run_child(python: Path, code: str, arguments: dict[str, Any]) -> Any:
    """Run `code` in a fresh `python` with `arguments` (JSON) on argv, once the
    server is idle; what its last output line holds (JSON)."""
    pids = arguments.get("server_pids")
    if pids:
        wait_until_idle(pids)
    result = subprocess.run(
        [str(python), "-c", code, json.dumps(arguments)],
        capture_output=True,
        text=True,
        cwd="/",
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
        check=False,
    )
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines() or [f"exit {result.returncode}"]
        raise ChildFailed(lines[-1][-300:], result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


@dataclass
class BenchServer:
    """A sandbox server and its admin, with a campaign and scope of the run."""

    info: SandboxInfo
    admin: BEMServerAPIClient
    campaign: int
    scope: int
    server_pids: list[int]

    def new_ids(self, count: int) -> list[int]:
        """`count` new timeseries of the campaign (a measure's fresh ones)."""
        return [
            self.admin.timeseries.create(
                {
                    "name": uuid.uuid4().hex,
                    "campaign_id": self.campaign,
                    "campaign_scope_id": self.scope,
                }
            ).data["id"]
            for _ in range(count)
        ]

    def state_id(self, name: str = "Raw") -> int:
        states = self.admin.timeseries_datastates.getall().data
        state: int = {item["name"]: item["id"] for item in states}[name]
        return state

    def child_arguments(self) -> dict[str, Any]:
        """What every child needs: where the server is, how to sign in, and
        the processes whose CPU is the server's."""
        return {
            "host": self.info.host,
            "email": self.info.admin.email,
            "password": self.info.admin.password,
            "server_pids": self.server_pids,
        }


@contextmanager
def bench_server(workers: int = 2) -> Iterator[BenchServer]:
    """A sandbox of `workers` gunicorn workers, with a new campaign and scope."""
    from bemserver_api_client import BEMServerAPIClient
    from bemserver_api_client.testing import BEMServerSandbox

    sandbox = BEMServerSandbox(workers=workers)
    with sandbox as info:
        auth = BEMServerAPIClient.make_http_basic_auth(
            info.admin.email, info.admin.password
        )
        with BEMServerAPIClient(
            info.host, use_ssl=False, authentication_method=auth
        ) as admin:
            campaign = admin.campaigns.create(
                {"name": uuid.uuid4().hex, "timezone": "UTC"}
            ).data["id"]
            scope = admin.campaign_scopes.create(
                {"name": "bench", "campaign_id": campaign}
            ).data["id"]
            yield BenchServer(
                info,
                admin,
                campaign,
                scope,
                [sandbox.process_ids[name] for name in SERVER_PROCESSES],
            )
