"""Fetch the OpenAPI document of a BEMServer API release into spec/.

Two sources, one result: `spec/bemserver-api-<version>.json` (the document as the
server serves it, byte for byte) and `spec/bemserver-api-<version>.provenance.json`
(API version, source, sha256 of the document).
- a live server: `<url>/api-spec.json`;
- a release on PyPI, with no server and no database: `bemserver-api==<version>` is
  installed in the sandbox's cached venv and exports its document with
  flask-smorest's `flask openapi write`.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tempfile
from pathlib import Path

import httpx

SPEC_PATTERN = re.compile(r"^bemserver-api-(\d+\.\d+\.\d+)\.json$")


class PullError(Exception):
    """The document could not be fetched."""


def spec_path(spec_dir: Path, api_version: str) -> Path:
    return spec_dir / f"bemserver-api-{api_version}.json"


def provenance_path(spec_dir: Path, api_version: str) -> Path:
    return spec_dir / f"bemserver-api-{api_version}.provenance.json"


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def spec_versions(spec_dir: Path) -> list[str]:
    """API versions of the documents in spec_dir, oldest first."""
    versions = [
        match.group(1)
        for path in spec_dir.glob("bemserver-api-*.json")
        if (match := SPEC_PATTERN.match(path.name))
    ]
    return sorted(versions, key=_version_key)


def current_specs(spec_dir: Path) -> list[Path]:
    """The documents the core is generated from: every release in spec/, oldest
    first."""
    versions = spec_versions(spec_dir)
    if not versions:
        raise PullError(f"no spec in {spec_dir}: run `make spec API_VERSION=x.y.z`")
    return [spec_path(spec_dir, version) for version in versions]


def _write(spec_dir: Path, document_bytes: bytes, source: dict[str, str]) -> Path:
    try:
        document = json.loads(document_bytes)
        api_version = document["info"]["version"]
    except (ValueError, KeyError, TypeError) as exc:
        raise PullError(f"not an OpenAPI document of BEMServer: {exc}") from exc
    if not re.fullmatch(r"\d+\.\d+\.\d+", str(api_version)):
        raise PullError(f"unexpected API version in the document: {api_version!r}")
    provenance = {
        "api_version": api_version,
        "openapi": document.get("openapi"),
        "sha256": hashlib.sha256(document_bytes).hexdigest(),
        "paths": len(document.get("paths", {})),
        "schemas": len(document.get("components", {}).get("schemas", {})),
        **source,
    }
    spec_dir.mkdir(parents=True, exist_ok=True)
    target = spec_path(spec_dir, api_version)
    # Write both files beside their targets and rename: never a half-written spec.
    for path, content in (
        (target, document_bytes),
        (
            provenance_path(spec_dir, api_version),
            (json.dumps(provenance, indent=2, sort_keys=True) + "\n").encode(),
        ),
    ):
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(content)
        partial.replace(path)
    return target


def pull_from_url(url: str, spec_dir: Path, *, timeout: float = 30.0) -> Path:
    """Save the document a live server serves at `<url>/api-spec.json`."""
    spec_url = url.rstrip("/") + "/api-spec.json"
    try:
        response = httpx.get(spec_url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise PullError(f"cannot read {spec_url}: {exc}") from exc
    return _write(spec_dir, response.content, {"source": "server", "url": spec_url})


def export_from_release(api_version: str, *, timeout: float = 120.0) -> bytes:
    """The document of a bemserver-api release, exported with no server at all."""
    # Imported here: the sandbox's venv cache is only needed for this source.
    from bemserver_api_client.testing._errors import SandboxError
    from bemserver_api_client.testing._venv import (
        default_cache_dir,
        ensure_server_environment,
        server_subprocess_env,
    )

    try:
        python = ensure_server_environment(
            api_version, cache_dir=default_cache_dir(), install_timeout=1200
        ).python
    except SandboxError as exc:
        raise PullError(str(exc)) from exc
    with tempfile.TemporaryDirectory(prefix="bemserver-spec-") as tmp:
        tmp_path = Path(tmp)
        core_settings = tmp_path / "core_settings.py"
        api_settings = tmp_path / "api_settings.py"
        # The export reads the settings but connects to no database.
        core_settings.write_text(
            'SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://unused@/unused"\n'
        )
        api_settings.write_text(
            'SECRET_KEY = "export-only"\nAUTH_METHODS = ["Bearer", "Basic"]\n'
        )
        output = tmp_path / "api-spec.json"
        env = {
            **server_subprocess_env(),
            "BEMSERVER_CORE_SETTINGS_FILE": str(core_settings),
            "BEMSERVER_API_SETTINGS_FILE": str(api_settings),
        }
        try:
            result = subprocess.run(
                [
                    # `-m`: the venv's console scripts may name another path.
                    str(python),
                    "-m",
                    "flask",
                    "--app",
                    "bemserver_api",
                    "openapi",
                    "write",
                    str(output),
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise PullError(f"exporting the spec of {api_version} timed out") from exc
        if result.returncode != 0 or not output.exists():
            raise PullError(
                f"exporting the spec of bemserver-api {api_version} failed:\n"
                f"{result.stderr[-2000:]}"
            )
        return output.read_bytes()


def pull_from_release(api_version: str, spec_dir: Path) -> Path:
    """Save the document of a bemserver-api release from PyPI."""
    if not re.fullmatch(r"\d+\.\d+\.\d+", api_version):
        raise PullError(f"API_VERSION must look like 0.27.0, not {api_version!r}")
    document = export_from_release(api_version)
    target = _write(
        spec_dir,
        document,
        {
            "source": "release",
            "package": f"bemserver-api=={api_version}",
            "index": "PyPI",
        },
    )
    if target.name != spec_path(spec_dir, api_version).name:
        raise PullError(f"bemserver-api {api_version} published {target.name}")
    return target
