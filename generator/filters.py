"""Emit `_generated/filters.py`: the query parameters of each operation as a
`TypedDict`, for the facade's `**query: Unpack[...]` (typed filters).

Read from the generated request builders (their keyword-only arguments are
exactly what the clients' `prepare` accepts as query parameters), not from the
spec: names, required-ness and types are the core's own, and the enumeration
aliases are the ones the core generated (`GetSiteDegreeDaysPeriod`...).

Each type is widened to what the clients accept at run time (see
`_prepare._coerce`): a list also as a tuple, a set or one item; a datetime
also as a date or an ISO 8601 string, a date as a string; an enumeration also as
a member of the facade's `Enum` with the same values (`enums.EventLevel`); an
optional parameter also as None (left out: the server's default applies).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .core_module import CoreModule

#: Arguments of build_request that are not query parameters.
NOT_QUERY = frozenset({"body", "if_match", "if_none_match"})
#: The size of a page: an iteration over every page sets it itself.
PAGE_SIZE = "page_size"

HEADER = '''\
"""The query parameters of each operation, as TypedDicts (written by the generator).

`<Operation>Query` lists the keyword arguments of an operation's request builder
that are query parameters, typed as the clients accept them: a list also as one
item (or a tuple or a set), a datetime also as a date or an ISO 8601 string, an
enumeration also as a member of the Enum of `bemserver_api_client.enums` with the
same values, an optional parameter also as None (left out). A paginated listing
also has `<Operation>PagesQuery`: the same without `page_size`, which an
iteration over every page sets itself.

Only type checkers need these: the facade imports this module under
TYPE_CHECKING, and so does this module import what the types name.
"""
'''


class FilterError(Exception):
    """A request builder this step cannot read."""


def facade_enums(enums_file: Path) -> dict[frozenset[str], list[str]]:
    """The facade's Enum classes (`class X(str, Enum)` with `name = "value"`
    members), keyed by their set of values."""
    tree = ast.parse(enums_file.read_text(encoding="utf-8"))
    by_values: dict[frozenset[str], list[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        values = [
            statement.value.value
            for statement in node.body
            if isinstance(statement, ast.Assign)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ]
        if values:
            by_values.setdefault(frozenset(values), []).append(node.name)
    return {values: sorted(names) for values, names in by_values.items()}


def _literal_values(module_file: Path, name: str) -> frozenset[str] | None:
    """The values of `name = Literal[...]` in a generated model module, if it is
    one (literal_enums: true makes every enumeration such an alias)."""
    if not module_file.is_file():
        return None
    for node in ast.parse(module_file.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and [target.id for target in node.targets if isinstance(target, ast.Name)]
            == [name]
            and isinstance(node.value, ast.Subscript)
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "Literal"
        ):
            items = node.value.slice
            elements = items.elts if isinstance(items, ast.Tuple) else [items]
            return frozenset(
                element.value
                for element in elements
                if isinstance(element, ast.Constant) and isinstance(element.value, str)
            )
    return None


class _Types:
    """Rewrites request builder annotations into the types the clients accept,
    and collects the imports they need."""

    def __init__(self, core: Path, enums: dict[frozenset[str], list[str]]) -> None:
        self.core = core
        self.enums = enums
        #: Module -> names imported from it (".models.x": "SortByName").
        self.imports: dict[str, set[str]] = {}
        #: Modules imported whole ("datetime").
        self.modules: set[str] = set()

    def import_(self, module: str, name: str) -> None:
        self.imports.setdefault(module, set()).add(name)

    def accepted(self, annotation: ast.expr, module: CoreModule) -> list[str]:
        """The members of the union the clients accept for this annotation."""
        if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
            return _unique(
                self.accepted(annotation.left, module)
                + self.accepted(annotation.right, module)
            )
        if isinstance(annotation, ast.Name) and annotation.id == "Unset":
            return []
        if (
            isinstance(annotation, ast.Subscript)
            and isinstance(annotation.value, ast.Name)
            and annotation.value.id == "list"
        ):
            item = " | ".join(self.accepted(annotation.slice, module))
            return _unique(
                [
                    *self.accepted(annotation.slice, module),
                    f"list[{item}]",
                    f"tuple[{item}, ...]",
                    f"set[{item}]",
                ]
            )
        text = ast.unparse(annotation)
        if text == "datetime.datetime":
            self.modules.add("datetime")
            return ["datetime.datetime", "datetime.date", "str"]
        if text == "datetime.date":
            self.modules.add("datetime")
            return ["datetime.date", "str"]
        if isinstance(annotation, ast.Name) and annotation.id in module.imported:
            source = module.imported[annotation.id]
            self.import_(source, annotation.id)
            members = [annotation.id]
            model_file = self.core / Path(*source.lstrip(".").split("."))
            values = _literal_values(model_file.with_suffix(".py"), annotation.id)
            for enum in self.enums.get(values or frozenset(), []):
                self.import_("..", "enums")
                members.append(f"enums.{enum}")
            return members
        if isinstance(annotation, ast.Name) and annotation.id in {
            "int",
            "str",
            "bool",
            "float",
        }:
            return [annotation.id]
        raise FilterError(f"{module.path}: unsupported query parameter type {text}")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _class_name(operation: str) -> str:
    return "".join(part.capitalize() for part in operation.split("_")) + "Query"


def filters_module(core: Path, enums_file: Path) -> str:
    """The source of `filters.py` for the generated core in `core` (unformatted:
    the build formats it with the pinned ruff)."""
    types = _Types(core, facade_enums(enums_file))
    classes: list[str] = []
    names: list[str] = []
    for path in sorted((core / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        module = CoreModule(path)
        function = module.function("build_request")
        if function is None:
            raise FilterError(f"{path}: no build_request")
        fields: list[tuple[str, str]] = []
        arguments = zip(
            function.args.kwonlyargs, function.args.kw_defaults, strict=True
        )
        for argument, default in arguments:
            if argument.arg in NOT_QUERY:
                continue
            if argument.annotation is None:
                raise FilterError(f"{path}: {argument.arg} has no annotation")
            members = types.accepted(argument.annotation, module)
            if default is None:
                types.import_("typing_extensions", "Required")
                fields.append((argument.arg, f"Required[{' | '.join(members)}]"))
            else:
                fields.append((argument.arg, " | ".join([*members, "None"])))
        if not fields:
            continue
        name = _class_name(path.stem)
        method = module.constants.get("METHOD", "?")
        where = f"`{method} {module.constants.get('PATH', '?')}`"
        doc = f"Query parameters of {where} ({path.parent.name}.{path.stem})."
        base = "TypedDict"
        if PAGE_SIZE in dict(fields):
            # Two classes: a paginated listing's query without and with page_size.
            base = f"{name.removesuffix('Query')}PagesQuery"
            names.append(base)
            others = [field for field in fields if field[0] != PAGE_SIZE]
            classes.append(
                _typed_dict(base, "TypedDict", f"{doc[:-1]} but `page_size`.", others)
            )
            fields = [field for field in fields if field[0] == PAGE_SIZE]
        classes.append(_typed_dict(name, base, doc, fields))
        names.append(name)
    lines = [HEADER, "from __future__ import annotations", ""]
    lines.append("from typing import TYPE_CHECKING, TypedDict")
    lines.append("")
    if types.modules or types.imports:  # a document without query parameters: none
        lines.append("if TYPE_CHECKING:")
        lines.extend(f"    import {module}" for module in sorted(types.modules))
        for source in sorted(types.imports):
            imported = ", ".join(sorted(types.imports[source]))
            lines.append(f"    from {source} import {imported}")
        lines.append("")
    lines.append("__all__ = [")
    lines.extend(f'    "{name}",' for name in sorted(names))
    lines.append("]")
    return "\n".join(lines) + "\n\n" + "\n\n".join(classes)


def _typed_dict(name: str, base: str, doc: str, fields: list[tuple[str, str]]) -> str:
    body = "\n".join(f"    {field}: {annotation}" for field, annotation in fields)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise FilterError(f"not a class name: {name}")
    return f'\nclass {name}({base}, total=False):\n    """{doc}"""\n\n{body}\n'
