"""One module of the generated core, read with `ast` (not imported): what the
steps that write more of the core (the typed filters, the operation index) read
of the operations' modules."""

from __future__ import annotations

import ast
from pathlib import Path


class CoreModule:
    """A module under the core's `api/`: its syntax tree, the names it imports
    from the core and its string constants (METHOD, PATH)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        #: Name -> the core module it is imported from (".models.sort_by_name").
        self.imported: dict[str, str] = {}
        #: Name -> the other module it is imported from ("typing").
        self.imported_absolute: dict[str, str] = {}
        self.constants: dict[str, str] = {}
        for node in self._top_level():
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 3:
                for alias in node.names:
                    self.imported[alias.asname or alias.name] = f".{node.module}"
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    self.imported_absolute[alias.asname or alias.name] = node.module
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                self.constants[node.targets[0].id] = node.value.value

    def _top_level(self) -> list[ast.stmt]:
        """The module's statements, those of its `if TYPE_CHECKING:` block
        included (the models a parser imports where it parses)."""
        statements: list[ast.stmt] = []
        for node in self.tree.body:
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
                statements.extend(node.body)
            else:
                statements.append(node)
        return statements

    def returns(self, name: str) -> ast.expr | None:
        """The return annotation of a module-level function; a quoted one (a
        model imported only where it is parsed) as the expression it quotes."""
        function = self.function(name)
        if function is None or function.returns is None:
            return None
        returns = function.returns
        if isinstance(returns, ast.Constant) and isinstance(returns.value, str):
            return ast.parse(returns.value, mode="eval").body
        return returns

    def function(self, name: str) -> ast.FunctionDef | None:
        """The module-level function of that name, if any."""
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                return node
        return None
