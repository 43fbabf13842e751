"""`_generated/operations.py` (generator/operations.py): every generated operation
as a typed reference, typed by what its module's `parse_response` returns."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bemserver_api_client._generated import operations
from generator import operations as index
from generator.paths import GENERATED_DIR

CORE = "bemserver_api_client._generated"


def _modules() -> list[Path]:
    return sorted(
        path
        for path in (GENERATED_DIR / "api").glob("*/*.py")
        if path.name != "__init__.py"
    )


def _returns(path: Path) -> str:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    (parser,) = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "parse_response"
    ]
    assert parser.returns is not None
    if isinstance(parser.returns, ast.Constant):  # quoted: a model imported
        return str(parser.returns.value)  # where the answer is parsed
    return ast.unparse(parser.returns)


@pytest.mark.parametrize("path", _modules(), ids=lambda path: path.stem)
def test_each_operation_is_indexed_as_its_module_says(path: Path) -> None:
    reference = getattr(operations, path.stem)
    module = importlib.import_module(f"{CORE}.api.{path.parent.name}.{path.stem}")
    assert reference.name == f"{path.parent.name}.{path.stem}"
    assert (reference.method, reference.path) == (module.METHOD, module.PATH)
    assert reference.module is module
    # The annotation of the index (a string: postponed) is the parser's own.
    declared = operations.__annotations__[path.stem]
    assert declared == f"OperationRef[{_returns(path)}]"


def test_the_index_has_nothing_else() -> None:
    indexed = {
        name
        for name, value in vars(operations).items()
        if isinstance(value, operations.OperationRef)
    }
    assert indexed == {path.stem for path in _modules()}


def test_an_operation_module_is_imported_on_first_use_only() -> None:
    program = textwrap.dedent(
        f"""
        import sys
        from {CORE} import operations
        name = "{CORE}.api.site.get_site"
        before = name in sys.modules
        operations.get_site.module.build_request(1)
        print(before, name in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.split() == ["False", "True"]


def _fake_core(root: Path, modules: dict[str, str]) -> Path:
    for name, source in modules.items():
        path = root / "api" / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return root


OPERATION = """
    from ...models.site import Site

    METHOD = "GET"
    PATH = "/sites/{item_id}"

    def parse_response(response) -> Site:
        ...
"""


def test_the_index_imports_what_the_parsers_return(tmp_path: Path) -> None:
    core = _fake_core(tmp_path, {"site/get_site": OPERATION})
    source = index.index_module(core)
    assert "    from .models.site import Site\n" in source
    assert 'get_site: OperationRef[Site] = OperationRef(\n    "site.get_site"' in source


def test_two_operations_of_one_name_are_refused(tmp_path: Path) -> None:
    core = _fake_core(
        tmp_path, {"site/get_site": OPERATION, "other/get_site": OPERATION}
    )
    with pytest.raises(
        index.OperationIndexError, match="two operations named get_site"
    ):
        index.index_module(core)


def test_a_result_type_the_module_does_not_import_is_refused(tmp_path: Path) -> None:
    core = _fake_core(
        tmp_path, {"site/get_site": OPERATION.replace("-> Site", "-> Building")}
    )
    with pytest.raises(index.OperationIndexError, match="Building"):
        index.index_module(core)


def test_a_result_type_naming_the_standard_library_is_imported_from_it(
    tmp_path: Path,
) -> None:
    free_form = "\n    from typing import Any" + OPERATION.replace(
        "-> Site", "-> dict[str, Any]"
    )
    core = _fake_core(tmp_path, {"site/get_site": free_form})
    source = index.index_module(core)
    assert "    from typing import Any\n" in source
    assert "get_site: OperationRef[dict[str, Any]]" in source
