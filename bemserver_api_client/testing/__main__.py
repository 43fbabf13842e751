"""Command line: ``python -m bemserver_api_client.testing serve [options]``.

Starts a sandbox, prints its URL and both users' credentials, and serves
until Ctrl-C or SIGTERM, then stops everything and exits 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import time
from types import FrameType
from typing import TYPE_CHECKING

from ._errors import SandboxError

if TYPE_CHECKING:
    from ._sandbox import SandboxInfo

_EXIT_ERROR = 1
_EXIT_INTERRUPTED = 130
_HEALTH_CHECK_INTERVAL = 0.5


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bemserver_api_client.testing",
        description="Run a real BEMServer API server for tests and experiments.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser(
        "serve",
        help="start a server and serve until Ctrl-C / SIGTERM",
        description=(
            "Start a BEMServer API server with its own database on 127.0.0.1, "
            "print its URL and credentials, and serve until Ctrl-C or SIGTERM."
        ),
    )
    _add_serve_options(serve)
    return parser


def _add_serve_options(serve: argparse.ArgumentParser) -> None:
    from ._environment import API_VERSION_ENV  # not the plugin: it needs pytest
    from ._sandbox import DEFAULT_API_VERSION

    serve.add_argument(
        "--api-version",
        default=os.environ.get(API_VERSION_ENV) or DEFAULT_API_VERSION,
        metavar="V",
        help=(
            f"bemserver-api release (default: ${API_VERSION_ENV}, "
            f"else {DEFAULT_API_VERSION})"
        ),
    )
    serve.add_argument(
        "--port", type=int, default=None, metavar="P", help="default: a free port"
    )
    serve.add_argument(
        "--workers", type=int, default=2, metavar="N", help="default: %(default)s"
    )
    serve.add_argument(
        "--timeout",
        type=int,
        default=30,
        metavar="S",
        help="gunicorn worker timeout (default: %(default)s s)",
    )
    serve.add_argument(
        "--access-token-lifetime",
        type=int,
        default=None,
        metavar="S",
        help="make access tokens expire after S seconds (server default: 15 min)",
    )
    serve.add_argument(
        "--startup-timeout",
        type=float,
        default=120.0,
        metavar="S",
        help="seconds allowed to start, once installed (default: %(default)s)",
    )
    serve.add_argument(
        "--json",
        action="store_true",
        help="print the connection details as one JSON line",
    )
    serve.add_argument("-q", "--quiet", action="store_true", help="no progress logs")


def _raise_keyboard_interrupt(signum: int, frame: FrameType | None) -> None:
    # SIGTERM takes the Ctrl-C path: the same cleanup, the same exit status.
    raise KeyboardInterrupt


def serve(args: argparse.Namespace) -> int:
    from ._sandbox import BEMServerSandbox

    sandbox = BEMServerSandbox(
        api_version=args.api_version,
        workers=args.workers,
        timeout=args.timeout,
        access_token_lifetime=args.access_token_lifetime,
        port=args.port,
        startup_timeout=args.startup_timeout,
    )
    try:
        info = sandbox.start()
    except SandboxError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return _EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted during startup; stopped", file=sys.stderr)
        return _EXIT_INTERRUPTED
    try:
        _print_details(info, as_json=args.json)
        gunicorn_pid = sandbox.process_ids["gunicorn"]
        while True:
            time.sleep(_HEALTH_CHECK_INTERVAL)
            if not _alive(gunicorn_pid):
                print("error: the server stopped unexpectedly", file=sys.stderr)
                return _EXIT_ERROR
    except KeyboardInterrupt:
        return 0
    finally:
        # A second Ctrl-C must not cut the cleanup short (its waits are bounded).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        print("stopping...", file=sys.stderr, flush=True)
        sandbox.stop()
        print("stopped", file=sys.stderr, flush=True)


def _print_details(info: SandboxInfo, *, as_json: bool) -> None:
    """How to reach the sandbox, as one JSON line or for a person to read."""
    if as_json:
        details = {
            "base_url": info.base_url,
            "host": info.host,
            "port": info.port,
            "api_version": info.api_version,
            "core_version": info.core_version,
            "admin": {"email": info.admin.email, "password": info.admin.password},
            "user": {"email": info.user.email, "password": info.user.password},
            "log_path": str(info.log_path),
        }
        print(json.dumps(details), flush=True)
    else:
        print(
            f"BEMServer API sandbox ready: bemserver-api {info.api_version}, "
            f"bemserver-core {info.core_version}\n"
            f"  URL   {info.base_url}\n"
            f"  host  {info.host}  (client: host=..., use_ssl=False)\n"
            f"  admin {info.admin.email}  password {info.admin.password}\n"
            f"  user  {info.user.email}  password {info.user.password}\n"
            f"  log   {info.log_path}\n"
            "Press Ctrl-C to stop.",
            flush=True,
        )


def _alive(pid: int) -> bool:
    from ._processes import process_is_alive

    return process_is_alive(pid)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.quiet:
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
        # One line per HTTP request of the sandbox's own: noise here.
        logging.getLogger("httpx").setLevel(logging.WARNING)
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    if args.command == "serve":
        return serve(args)
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
