"""The facade's layers (pyproject.toml, [tool.importlinter]) hold, and the
contract catches an import that goes the wrong way."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on the package found in `root`, with `root`'s contracts."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_package_keeps_its_layer_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def copy_of_the_package(tmp_path: Path) -> Path:
    """The package and its contracts, copied into tmp_path."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    package = tmp_path / "bemserver_api_client"
    shutil.copytree(
        ROOT / "bemserver_api_client",
        package,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return package


def test_an_import_up_the_layers_breaks_the_contract(tmp_path: Path) -> None:
    package = copy_of_the_package(tmp_path)
    transport = package / "_base_client.py"
    # The transport reaching up to the resources, as it once did.
    transport.write_text(
        transport.read_text() + "\nfrom .resources.about import About  # noqa\n"
    )
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "1 kept, 1 broken" in result.stdout
    assert "bemserver_api_client._base_client -> bemserver_api_client.resources" in (
        result.stdout
    )


def test_an_import_up_the_bulk_layers_breaks_their_contract(tmp_path: Path) -> None:
    package = copy_of_the_package(tmp_path)
    csv = package / "_bulk" / "csv.py"
    # The CSV splitter reaching up to the upload plan, as its module once did.
    csv.write_text(csv.read_text() + "\nfrom .upload import upload_plan  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "1 kept, 1 broken" in result.stdout
    assert "bemserver_api_client._bulk.csv -> bemserver_api_client._bulk.upload" in (
        result.stdout
    )


def test_bulk_plans_may_not_reach_up_to_the_resources(tmp_path: Path) -> None:
    package = copy_of_the_package(tmp_path)
    plan = package / "_bulk" / "plan.py"
    # The plans taking their declarations from the resources, as they once did.
    plan.write_text(plan.read_text() + "\nfrom ..resources import about  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "bemserver_api_client._bulk.plan -> bemserver_api_client.resources" in (
        result.stdout
    )


def test_the_generated_resources_may_not_reach_up_to_the_resources(
    tmp_path: Path,
) -> None:
    """The resource modules re-export the generated classes: never the reverse."""
    package = copy_of_the_package(tmp_path)
    generated = package / "_generated" / "resources" / "about.py"
    generated.write_text(
        generated.read_text() + "\nfrom ...resources import about  # noqa\n"
    )
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert (
        "bemserver_api_client._generated.resources.about -> "
        "bemserver_api_client.resources" in " ".join(result.stdout.split())
    )
