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

from .core_module import CoreModule
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


def _result(module: CoreModule) -> ast.expr:
    if module.function("parse_response") is None:
        raise OperationIndexError(f"{module.path}: no parse_response")
    returns = module.returns("parse_response")
    if returns is None:
        raise OperationIndexError(
            f"{module.path}: parse_response has no return annotation"
        )
    return returns


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
        core_module = CoreModule(path)
        result = _result(core_module)
        imported = {**core_module.imported_absolute, **core_module.imported}
        for node in ast.walk(result):
            if not isinstance(node, ast.Name) or node.id == "None":
                continue
            if node.id in imported:
                imports.setdefault(imported[node.id], set()).add(node.id)
            elif not hasattr(builtins, node.id):
                raise OperationIndexError(
                    f"{path}: {node.id} of parse_response is not imported"
                )
        entries.append(
            IndexedOperation(
                path.stem,
                module,
                core_module.constants.get("METHOD", ""),
                core_module.constants.get("PATH", ""),
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
