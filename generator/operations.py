"""Emit `_generated/operations.py`: every generated operation as a typed reference.

The facade names the operations it calls through this index
(`operations.get_site`), never by string: a wrong name is an error for type
checkers, and each reference is typed by what its module's `parse_response`
returns (read here from the generated module itself), so the result type a
facade operation declares is checked against the parser's by `mypy --strict`.
"""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .paths import TEMPLATES_DIR

TEMPLATE = "operations.py.jinja"


class OperationIndexError(Exception):
    """A generated operation module this step cannot read."""


@dataclass(frozen=True)
class IndexedOperation:
    """What the index says of one operation."""

    #: Its attribute in the index, the module's own name ("get_site").
    attribute: str
    #: Its module under `_generated.api` ("site.get_site").
    module: str
    method: str
    path: str
    #: What `parse_response` returns, as written there ("list[Site]").
    result: str


def _constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            constants[node.targets[0].id] = node.value.value
    return constants


def _imported(tree: ast.Module) -> dict[str, str]:
    """Name -> the module it comes from, relative to the core (".models.site")
    or absolute ("typing")."""
    imported: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            source = f".{node.module}" if node.level == 3 else node.module
            if node.level in (0, 3):
                for alias in node.names:
                    imported[alias.asname or alias.name] = source
    return imported


def _result(tree: ast.Module, path: Path) -> ast.expr:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "parse_response":
            if node.returns is None:
                raise OperationIndexError(
                    f"{path}: parse_response has no return annotation"
                )
            return node.returns
    raise OperationIndexError(f"{path}: no parse_response")


def index_module(core: Path) -> str:
    """The source of `operations.py` for the generated core in `core`
    (unformatted: the build formats it with the pinned ruff)."""
    entries: list[IndexedOperation] = []
    imports: dict[str, set[str]] = {}
    seen: dict[str, str] = {}
    for path in sorted((core / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        module = f"{path.parent.name}.{path.stem}"
        if path.stem in seen:
            raise OperationIndexError(
                f"two operations named {path.stem}: {seen[path.stem]}"
            )
        seen[path.stem] = module
        tree = ast.parse(path.read_text(encoding="utf-8"))
        result = _result(tree, path)
        imported = _imported(tree)
        for node in ast.walk(result):
            if not isinstance(node, ast.Name) or node.id == "None":
                continue
            if node.id in imported:
                imports.setdefault(imported[node.id], set()).add(node.id)
            elif not hasattr(builtins, node.id):
                raise OperationIndexError(
                    f"{path}: {node.id} of parse_response is not imported"
                )
        constants = _constants(tree)
        entries.append(
            IndexedOperation(
                path.stem,
                module,
                constants.get("METHOD", ""),
                constants.get("PATH", ""),
                ast.unparse(result),
            )
        )
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        keep_trailing_newline=True,
        autoescape=False,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template(TEMPLATE).render(
        operations=entries,
        imports={source: sorted(names) for source, names in sorted(imports.items())},
    )
