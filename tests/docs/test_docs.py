"""The reference site builds (strict) and documents every entry point.

Builds the site as `make docs` does, into a temporary directory, then reads the
built HTML: each entry point of the client's table, and each of its operations,
must have its own section (an anchor `<entry point>.<operation>`) with its
signature `api_client.<entry point>.<operation>(...)`.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bemserver_api_client import exceptions
from bemserver_api_client._entry_points import (
    entry_point_names,
    entry_point_of,
    public_methods,
)

ROOT = Path(__file__).resolve().parents[2]


def operations(entry_point: str) -> list[str]:
    """The operations users call on an entry point: the public methods of its
    resource class."""
    return public_methods(entry_point_of(entry_point))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], str]:
    """(anchors, text) of the built reference pages."""
    site = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(ROOT / "mkdocs.yml"),
            "--site-dir",
            str(site),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # no end-of-life banner
        timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    anchors: set[str] = set()
    texts = []
    for page in sorted((site / "reference").rglob("*.html")):
        content = page.read_text(encoding="utf-8")
        anchors.update(re.findall(r'\bid="([^"]+)"', content))
        texts.append(html.unescape(re.sub(r"<[^>]+>", "", content)))
    return anchors, "\n".join(texts)


def test_every_entry_point_has_its_operations_in_the_reference(
    reference: tuple[set[str], str],
) -> None:
    anchors, text = reference
    missing = []
    for entry_point in entry_point_names():
        if entry_point not in anchors:
            missing.append(entry_point)
        names = operations(entry_point)
        assert names, f"{entry_point}: no operation found on its resource class"
        for name in names:
            anchor = f"{entry_point}.{name}"
            if anchor not in anchors or f"api_client.{anchor}(" not in text:
                missing.append(anchor)
    assert not missing, f"not in the built reference: {', '.join(missing)}"


def test_results_link_to_their_models(reference: tuple[set[str], str]) -> None:
    anchors, text = reference
    # The typed result of a plain collection, and of an operation of its own.
    assert "api_client.sites.getone(" in text
    assert "BEMServerApiClientResponse[Site]" in text
    assert "BEMServerApiClientResponse[DegreeDaysResult]" in text
    assert {"Site", "DegreeDaysResult"} <= anchors


def test_exceptions_and_response_are_documented(
    reference: tuple[set[str], str],
) -> None:
    anchors, _ = reference
    errors = [
        name
        for name, value in vars(exceptions).items()
        if isinstance(value, type)
        and issubclass(value, BaseException)
        and value.__module__ == exceptions.__name__
    ]
    assert "BEMServerAPINotFoundError" in errors
    missing = [
        name
        for name in errors
        if f"bemserver_api_client.exceptions.{name}" not in anchors
    ]
    assert not missing, f"exceptions not in the reference: {missing}"
    response = "bemserver_api_client.response.BEMServerApiClientResponse"
    for member in ("", ".status_code", ".data", ".parsed", ".etag", ".pagination"):
        assert f"{response}{member}" in anchors
