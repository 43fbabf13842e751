"""Generate the typed core from a spec: normalise, then openapi-python-client.

The core is written to a temporary folder first and swapped in whole, so a failed
generation never leaves a half-written core behind.
"""

from __future__ import annotations

import ast
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import enums, exports, filters, operations, resources, versions
from .normalise import normalise
from .paths import CONFIG_FILE, TEMPLATES_DIR


class GenerationError(Exception):
    """openapi-python-client failed or warned."""


def _openapi_python_client() -> list[str]:
    exe = Path(sys.executable).with_name("openapi-python-client")
    if not exe.exists():
        raise GenerationError(
            "openapi-python-client is not installed: run `make venv` (it is a dev "
            "dependency)"
        )
    return [str(exe)]


def core_document(
    spec_files: list[Path],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, tuple[str, ...]]]:
    """What the core is generated from: the normalised documents by generation,
    their merge, and the generations of the operations some lack."""
    if not spec_files:
        raise GenerationError("no spec to generate from")
    documents = {}
    for path in spec_files:
        document = json.loads(path.read_text(encoding="utf-8"))
        documents[document["info"]["version"]] = document
    by_generation = {
        name: normalise(document)
        for name, document in versions.generations(documents).items()
    }
    merged, limited = versions.merge(by_generation)
    return by_generation, merged, limited


def generate(spec_files: list[Path], output: Path) -> list[str]:
    """Generate the core for the given specs into `output` (created or replaced).

    Several releases make one core: see generator/versions.py.

    Returns openapi-python-client's warnings (none are expected).
    """
    by_generation, normalised, limited = core_document(spec_files)
    with tempfile.TemporaryDirectory(prefix="bemserver-generate-") as tmp:
        tmp_path = Path(tmp)
        spec_path = tmp_path / "openapi.json"
        spec_path.write_text(json.dumps(normalised, indent=1, sort_keys=False))
        target = tmp_path / "core"
        env = dict(os.environ)
        # The post hooks (ruff) come from the same environment as the generator.
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        result = subprocess.run(
            [
                *_openapi_python_client(),
                "generate",
                "--path",
                str(spec_path),
                "--meta",
                "none",
                "--output-path",
                str(target),
                "--config",
                str(CONFIG_FILE),
                "--custom-template-path",
                str(TEMPLATES_DIR),
                "--overwrite",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=False,
        )
        if result.returncode != 0 or not target.is_dir():
            raise GenerationError(
                f"openapi-python-client failed ({result.returncode}):\n"
                f"{result.stdout}\n{result.stderr}"
            )
        warnings = _warnings(result.stdout + result.stderr)
        _order_literal_enums(target / "models", normalised, env)
        (target / "api_versions.py").write_text(
            versions.api_versions_module(by_generation, limited)
        )
        # The enumerations first: the filters and the resource classes read them.
        _write_module(target / "enums.py", _enums_source(target), env)
        _write_module(target / "filters.py", _filters_source(target), env)
        _write_module(target / "operations.py", _index_source(target), env)
        _write_package(target / "resources", _resources_sources(target), env)
        _write_module(target / "requests.py", _requests_source(target), env)
        _write_package(target / "resource_exports", _exports_sources(), env)
        (target / "README.md").write_text(
            "Generated core: written by `make generate` from the spec in spec/ and\n"
            "the templates in templates/. Never edit these files by hand: change the\n"
            "normaliser (generator/normalise.py), generator/config.yaml or a template\n"
            "and regenerate.\n"
        )
        _replace_tree(target, output)
    return warnings


def _enums_source(target: Path) -> str:
    """The facade's enumerations (generator/enums.py)."""
    try:
        return enums.enums_module(target)
    except enums.EnumsError as exc:
        raise GenerationError(f"enumerations: {exc}") from exc


def _filters_source(target: Path) -> str:
    """The typed filters (generator/filters.py)."""
    try:
        return filters.filters_module(target, target / "enums.py")
    except filters.FilterError as exc:
        raise GenerationError(f"typed filters: {exc}") from exc


def _index_source(target: Path) -> str:
    """The typed index of operations (generator/operations.py)."""
    try:
        return operations.index_module(target)
    except operations.OperationIndexError as exc:
        raise GenerationError(f"operation index: {exc}") from exc


def _document_orders(node: Any, orders: dict[frozenset[Any], list[Any]]) -> None:
    """{set of values: the values in the document's order} of every enumeration
    in `node`, the first occurrence of a set of values kept."""
    if isinstance(node, dict):
        values = node.get("enum")
        if isinstance(values, list) and values:
            orders.setdefault(frozenset(values), values)
        for child in node.values():
            _document_orders(child, orders)
    elif isinstance(node, list):
        for child in node:
            _document_orders(child, orders)


def _order_literal_enums(models: Path, document: Any, env: dict[str, str]) -> None:
    """Give each Literal enumeration its values in the API document's order.

    openapi-python-client keeps an enumeration's values as a set and writes them
    sorted; the server lists them in the document's order in its messages
    ("Must be one of: name, +name, -name."), and so must the client's checks,
    which read them from the Literal type.
    """
    orders: dict[frozenset[Any], list[Any]] = {}
    _document_orders(document, orders)
    for path in sorted(models.glob("*.py")):
        source = path.read_text()
        tree = ast.parse(source)
        for node in tree.body:
            if not (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Subscript)
                and isinstance(node.value.value, ast.Name)
                and node.value.value.id == "Literal"
            ):
                continue
            values = ast.literal_eval(node.value.slice)
            values = list(values) if isinstance(values, tuple) else [values]
            ordered = orders.get(frozenset(values))
            if ordered is None:
                raise GenerationError(
                    f"{path.name}: no enumeration of the document has the values "
                    f"{values}"
                )
            lines = source.splitlines(keepends=True)
            start, end = node.lineno - 1, node.end_lineno or node.lineno
            name = ast.unparse(node.targets[0])
            lines[start:end] = [f"{name} = Literal{ordered!r}\n"]
            _write_module(path, "".join(lines), env)
            break


def _resources_sources(target: Path) -> dict[str, str]:
    """The resource classes of both clients and their tables, by file name
    (generator/resources.py)."""
    try:
        return resources.resources_package(target, target / "enums.py")
    except resources.ResourcesError as exc:
        raise GenerationError(f"resource classes: {exc}") from exc


def _requests_source(target: Path) -> str:
    """The operations the handwritten entry points send, with their request
    functions (generator/resources.py)."""
    try:
        return resources.requests_module(target, target / "enums.py")
    except resources.ResourcesError as exc:
        raise GenerationError(f"request functions: {exc}") from exc


def _exports_sources() -> dict[str, str]:
    """What each module of `bemserver_api_client.resources` exports, by file
    name (generator/exports.py)."""
    try:
        return exports.exports_package()
    except exports.ExportsError as exc:
        raise GenerationError(f"resource exports: {exc}") from exc


def _write_module(path: Path, source: str, env: dict[str, str]) -> None:
    """Write a module this generator adds to the core and format it as the
    post hooks format the rest (the pinned ruff, isolated)."""
    path.write_text(source)
    _format(path, env)


def _write_package(path: Path, sources: dict[str, str], env: dict[str, str]) -> None:
    """Write a package this generator adds to the core (its modules by file
    name) and format it as `_write_module` does, in one run of ruff."""
    path.mkdir()
    for name, source in sources.items():
        (path / name).write_text(source)
    _format(path, env)


def _format(path: Path, env: dict[str, str]) -> None:
    """Format a module or a package with the pinned ruff, isolated: unused
    imports removed, imports sorted, formatted."""
    for command in (
        ["check", "--no-cache", "--isolated", "--fix-only", "--select", "F401,I"],
        ["format", "--no-cache", "--isolated"],
    ):
        result = subprocess.run(
            ["ruff", *command, "--quiet", str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            output = result.stdout + result.stderr
            raise GenerationError(f"ruff {command[0]} of {path.name} failed:\n{output}")


def _warnings(output: str) -> list[str]:
    """openapi-python-client prints warnings as blocks after 'Warning(s)'."""
    lines = [line for line in output.splitlines() if line.strip()]
    if not any("warning" in line.lower() for line in lines):
        return []
    return lines


def _replace_tree(source: Path, destination: Path) -> None:
    """Swap `destination` for `source` with a rename, keeping the old tree on error."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = destination.with_name(destination.name + ".new")
    old = destination.with_name(destination.name + ".old")
    for leftover in (staging, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    shutil.copytree(source, staging)
    if destination.exists():
        destination.rename(old)
    staging.rename(destination)
    if old.exists():
        shutil.rmtree(old)


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Unified diffs of the files that differ between two trees, as text."""

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(path.relative_to(root)): path.read_bytes()
            for path in sorted(root.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts
        }

    expected_files, actual_files = files(expected), files(actual)
    differences: list[str] = []
    for name in sorted(expected_files.keys() | actual_files.keys()):
        before = expected_files.get(name)
        after = actual_files.get(name)
        if before == after:
            continue
        differences.append(
            "".join(
                difflib.unified_diff(
                    (before or b"").decode(errors="replace").splitlines(keepends=True),
                    (after or b"").decode(errors="replace").splitlines(keepends=True),
                    fromfile=f"generated/{name}" if before is not None else "/dev/null",
                    tofile=f"committed/{name}" if after is not None else "/dev/null",
                )
            )
        )
    return differences
