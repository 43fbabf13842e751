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
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built as `make docs` builds it."""
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
    return site


@pytest.fixture(scope="module")
def reference(site: Path) -> tuple[set[str], str]:
    """(anchors, text) of the built reference pages."""
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
        and not name.startswith("_")  # private (the pickling mixin)
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


# Private modules of the package: users never import them, the site never
# names them (a private name in a page would be a promise nobody keeps).
PRIVATE_MODULE = re.compile(
    r"bemserver_api_client\._\w+|\b_(entry_points|generated|operation|prepare|"
    r"transport|base_client|outcome|call|client|convert|token_auth|pool|pages)\b"
)


def test_the_site_opens_from_disk(site: Path) -> None:
    """Opened from disk (file://), a link to a folder opens a directory listing,
    not its page: every link of the site names a file, and search works without
    a web server (its index is a script the offline plugin writes)."""
    # 404.html is a web server's page (absolute links): never opened from disk.
    pages = sorted(set(site.rglob("*.html")) - {site / "404.html"})
    assert len(pages) > 20
    folder_links = []
    for page in pages:
        for target in re.findall(r'href="([^"]*)"', page.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            path = target.split("#")[0]
            if path and (path.endswith("/") or path in (".", "..")):
                folder_links.append(f"{page.relative_to(site)}: {target}")
            elif path:
                assert (page.parent / path).exists(), f"{page}: {target}"
    assert not folder_links, folder_links[:10]
    assert (site / "search" / "search_index.js").is_file()
    # Every script ships with the site: a reader without network has search
    # (the worker shim is ours, not unpkg.com's).
    index = (site / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', index)
    assert "assets/javascripts/iframe-worker.js" in scripts
    assert not [src for src in scripts if re.match(r"[a-z]+:", src)], scripts


def test_the_site_names_no_private_module(site: Path) -> None:
    found = set()
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        found.update(
            f"{page.relative_to(site)}: {match.group(0)}"
            for match in PRIVATE_MODULE.finditer(text)
        )
    assert not found, sorted(found)[:20]


def test_the_tests_readme_names_modules_that_exist() -> None:
    """tests/README.md names the package's modules the tests cover: each exists."""
    readme = (ROOT / "tests" / "README.md").read_text(encoding="utf-8")
    package = ROOT / "bemserver_api_client"
    missing = [
        name
        for name in re.findall(r"`([\w/]+\.py)`", readme)
        if not any(
            path.name == Path(name).name
            for folder in (package, ROOT / "tests")
            for path in folder.rglob("*.py")
        )
    ]
    assert not missing, missing
