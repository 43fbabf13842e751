"""`python -m generator`: the committed core is up to date and generation is
deterministic (what `make check-generated` enforces), plus the helpers behind it.

The subprocess tests run openapi-python-client and ruff (a few seconds each).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import build, pull
from generator.paths import ROOT

TIMEOUT = 300


def run_generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.slow
def test_committed_core_is_up_to_date() -> None:
    """`make check-generated`: regenerating from spec/ changes nothing."""
    result = run_generator("check")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
    assert "generated core is up to date" in result.stdout


@pytest.mark.slow
def test_build_is_deterministic(tmp_path: Path) -> None:
    """Two builds (run at the same time) write byte-identical trees, with no warning."""
    outputs = [tmp_path / "first" / "_generated", tmp_path / "second" / "_generated"]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "generator", "build", "--output", str(output)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for output in outputs
    ]
    for process, output in zip(processes, outputs, strict=True):
        stdout, stderr = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0, stdout + stderr
        # Warnings of openapi-python-client would be printed on stderr.
        assert stderr == ""
        assert stdout.strip() == f"generated {output}"
    first, second = outputs
    assert build.diff_trees(first, second) == []
    files = sorted(p.relative_to(first) for p in first.rglob("*.py"))
    assert files == sorted(p.relative_to(second) for p in second.rglob("*.py"))
    assert len(files) > 300
    # Swapped in whole: no staging or backup folder is left beside the output.
    assert sorted(p.name for p in first.parent.iterdir()) == ["_generated"]


def test_pull_rejects_a_malformed_version() -> None:
    result = run_generator("pull", "--api-version", "latest")
    assert result.returncode == 2
    assert "API_VERSION must look like 0.27.0" in result.stderr


def test_current_specs_are_every_version_oldest_first(tmp_path: Path) -> None:
    for version in ("0.9.0", "0.27.0", "0.100.1"):
        pull.spec_path(tmp_path, version).write_text("{}")
    pull.provenance_path(tmp_path, "0.100.1").write_text("{}")
    (tmp_path / "bemserver-api-notes.json").write_text("{}")
    assert pull.spec_versions(tmp_path) == ["0.9.0", "0.27.0", "0.100.1"]
    assert pull.current_specs(tmp_path) == [
        pull.spec_path(tmp_path, version) for version in ("0.9.0", "0.27.0", "0.100.1")
    ]


def test_no_spec_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(pull.PullError, match="make spec"):
        pull.current_specs(tmp_path)


def test_warnings_are_detected() -> None:
    assert build._warnings("Generating /tmp/core\n") == []
    output = (
        "Generating /tmp/core\n"
        "Warning(s) encountered while generating. Client was generated, but some "
        "pieces may be missing\n\n"
        "WARNING parsing POST /timeseries_data/ within timeseries_data.\n\n"
        "Unsupported content type text/csv\n"
    )
    warnings = build._warnings(output)
    assert any("Unsupported content type text/csv" in line for line in warnings)


def test_diff_trees(tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected", tmp_path / "actual"
    for root in (expected, actual):
        (root / "pkg" / "__pycache__").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n")
    (expected / "pkg" / "changed.py").write_text("x = 1\n")
    (actual / "pkg" / "changed.py").write_text("x = 2\n")
    (expected / "pkg" / "only_expected.py").write_text("y = 1\n")
    (actual / "pkg" / "__pycache__" / "ignored.pyc").write_bytes(b"\0")
    differences = build.diff_trees(expected, actual)
    assert len(differences) == 2
    changed, removed = differences
    assert "-x = 1" in changed
    assert "+x = 2" in changed
    assert "generated/pkg/only_expected.py" in removed
    assert "/dev/null" in removed
    assert build.diff_trees(expected, expected) == []
