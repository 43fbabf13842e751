"""What a running sandbox tells its users: how to reach it, as whom."""

from __future__ import annotations

from pathlib import Path

import attrs


@attrs.frozen
class Credentials:
    """Email and password of a sandbox user (the password stays out of repr)."""

    email: str
    password: str = attrs.field(repr=False)


@attrs.frozen
class SandboxInfo:
    """How to reach a running sandbox."""

    #: "http://127.0.0.1:PORT"
    base_url: str
    #: "127.0.0.1:PORT": the client's ``host`` argument (with ``use_ssl=False``).
    host: str
    port: int
    #: As the server reports it in ``/about/``.
    api_version: str
    core_version: str
    #: An administrator.
    admin: Credentials
    #: A user without admin rights (and, at first, without any campaign).
    user: Credentials
    #: gunicorn's, PostgreSQL's and the sandbox helpers' output. Removed on stop.
    log_path: Path
