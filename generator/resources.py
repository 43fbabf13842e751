"""Render `_generated/resources/`: the resource classes of both clients, from
the facade's table (generator/facade_table.py) and the generated core, one
module per entry point (imported on the entry point's first use), and the
clients' entry point tables in the package's `__init__.py`.

Each method of the table becomes a plain method of the blocking client's class
(`Sites`) and an `async def` of the asyncio client's (`AsyncSites`), with its
real parameters (the list filters of the operation's request builder as
keyword-only parameters), a return annotation that is what the call returns,
and a docstring. Everything the generator knows is decided here, not at run
time: which argument is a path parameter, a query parameter, the body or a
header, and how each is converted (`_prepare`'s functions, chosen by the
request builder's annotation).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .core_module import CoreModule
from .facade_table import (
    ENTRY_POINTS,
    PARTICULAR_ENTRY_POINTS,
    PARTICULAR_IMPORTS,
    PARTICULAR_OPERATIONS,
    PARTICULAR_TYPE_IMPORTS,
    EntryPoint,
    Method,
    Param,
    Particular,
)
from .filters import _Types, facade_enums
from .normalise import snake_case
from .paths import template_environment

#: Enumerations of more values are read from their Literal, not copied.
LONG_ENUMERATION = 50

#: Arguments of build_request that are not query parameters.
NOT_QUERY = frozenset({"body", "if_match", "if_none_match"})


def _param_doc(param: Param, annotation: str) -> str:
    """A parameter's line in a docstring: what it is, and its default."""
    text = f"{param.name}: {param.doc or f'`{annotation}`'}"
    if param.default is not None and param.default != "None":
        text += f" (default {param.default.removeprefix('enums.')})"
    return text


class ResourcesError(Exception):
    """A table entry the generated core cannot serve."""


def _ordered_literal(module_file: Path, name: str) -> tuple[str, ...] | None:
    """The values of `name = Literal[...]` in a generated model module, in the
    API document's order, if it is one."""
    if not module_file.is_file():
        return None
    for node in ast.parse(module_file.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and [t.id for t in node.targets if isinstance(t, ast.Name)] == [name]
            and isinstance(node.value, ast.Subscript)
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "Literal"
        ):
            items = node.value.slice
            elements = items.elts if isinstance(items, ast.Tuple) else [items]
            return tuple(
                e.value
                for e in elements
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            )
    return None


def _members(annotation: ast.expr) -> list[ast.expr]:
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _members(annotation.left) + _members(annotation.right)
    if isinstance(annotation, ast.Name) and annotation.id == "Unset":
        return []
    return [annotation]


@dataclass
class Rendered:
    """What the template lays out of one method."""

    name: str
    signature: list[str]
    body: list[str]
    returns: str
    item: str
    pages: bool
    doc: str
    #: The name of the method in messages ("sites.getall").
    caller: str
    #: The positional arguments of the request builder: a tuple's source.
    args: str = "()"
    #: The generated operations it may call, by their names in the index
    #: (a regular method calls the first).
    uses: list[str] = field(default_factory=list)
    #: A particular method: the `_particular` function call that makes the
    #: plan it runs.
    particular: str = ""
    #: The operation a regular method sends: `_op.<name>`, or `operation`
    #: when a handwritten hook chose it.
    operation: str = ""
    #: The authentication of its request when not the client's (source).
    auth: str = ""

    @property
    def annotation(self) -> str:
        """The return annotation on the blocking client."""
        if self.particular:
            return self.returns
        if self.pages:
            return f"Iterator[{self.item}]"
        return f"BEMServerApiClientResponse[{self.returns}]"

    @property
    def async_annotation(self) -> str:
        if self.pages:
            return f"AsyncIterator[{self.item}]"
        return self.annotation


@dataclass
class RenderedRequest:
    """What the template lays out of one operation's request function."""

    name: str
    params: list[str]
    body: list[str]
    #: "`METHOD /path`"
    method_line: str


@dataclass
class RenderedClass:
    attribute: str
    class_name: str
    path: str
    operations: list[str]
    methods: list[Rendered] = field(default_factory=list)


class _Renderer:
    def __init__(self, core: Path, enums_file: Path) -> None:
        self.core = core
        self.types = _Types(core, facade_enums(enums_file))
        self.modules: dict[str, Path] = {
            path.stem: path
            for path in sorted((core / "api").glob("*/*.py"))
            if path.name != "__init__.py"
        }
        #: Allowed values of the enumerations, by constant name.
        self.choices: dict[str, tuple[str, ...]] = {}
        #: The module and name of each enumeration's Literal.
        self.literals: dict[str, tuple[str, str]] = {}

    def choices_in(self, text: str, level: str) -> list[tuple[Any, ...]]:
        """(constant, values, (module, Literal) or None) of the enumerations
        `text` names: a long one (the time zones) is read from its model's
        Literal (`level`: the relative import's dots), not copied."""
        found: list[tuple[Any, ...]] = []
        for name, values in sorted(self.choices.items()):
            if re.search(rf"\b{name}\b", text):
                source, literal = self.literals[name]
                copied = len(values) <= LONG_ENUMERATION
                found.append(
                    (name, values, None if copied else (level + source, literal))
                )
        return found

    def _import_names(self, annotation: ast.expr, module: CoreModule) -> None:
        for node in ast.walk(annotation):
            if isinstance(node, ast.Name) and node.id in module.imported:
                self.types.import_(module.imported[node.id], node.id)
            elif isinstance(node, ast.Name) and node.id in {"Mapping"}:
                self.types.import_("collections.abc", node.id)

    def _conversion(self, annotation: ast.expr | None, module: CoreModule) -> str:
        """How to convert an argument for the builder: "" (as given), "int",
        "datetime", "date", "choice:<CONST>", "list:<item>"."""
        if annotation is None:
            return ""
        members = _members(annotation)
        if len(members) != 1:
            return ""
        (member,) = members
        text = ast.unparse(member)
        if text == "int":
            return "int"
        if text in ("datetime.datetime", "datetime.date"):
            return text.split(".")[1]
        if isinstance(member, ast.Name) and member.id in module.imported:
            source = module.imported[member.id]
            file = self.core / Path(*source.lstrip(".").split("."))
            values = _ordered_literal(file.with_suffix(".py"), member.id)
            if values is not None:
                constant = f"_{snake_case(member.id).upper()}"
                self.choices[constant] = values
                self.literals[constant] = (source, member.id)
                return f"choice:{constant}"
            return ""
        if (
            isinstance(member, ast.Subscript)
            and isinstance(member.value, ast.Name)
            and member.value.id == "list"
        ):
            item = self._conversion(member.slice, module)
            return f"list:{item}"
        return ""

    @staticmethod
    def _convert(value: str, conversion: str, keyword: str) -> str:
        if conversion == "int":
            return (
                f'{value} if type({value}) is int else _p.integer({value}, "{keyword}")'
            )
        if conversion in ("datetime", "date"):
            return f'_p.{conversion}_({value}, "{keyword}")'
        if conversion.startswith("choice:"):
            return f'_p.choice({value}, {conversion[7:]}, "{keyword}")'
        if conversion.startswith("list:"):
            item = conversion[5:]
            if item.startswith("choice:"):
                spec = item[7:]
            elif item:
                spec = f'"{item}"'
            else:
                spec = "None"
            return f'_p.listed({value}, {spec}, "{keyword}")'
        return value

    def method(self, entry: EntryPoint, method: Method) -> tuple[Rendered, str]:
        stem = method.operation
        if stem not in self.modules:
            raise ResourcesError(f"{entry.attribute}.{method.name}: no {stem}")
        path = self.modules[stem]
        module = CoreModule(path)
        function = module.function("build_request")
        returns = module.returns("parse_response")
        if function is None or returns is None:
            raise ResourcesError(f"{path}: no build_request or parse_response")
        caller = f"{entry.attribute}.{method.name}"
        positional = [a.arg for a in function.args.args]
        keywords = _builder_keywords(function)
        self._import_names(returns, module)
        returned = ast.unparse(returns)

        signature: list[str] = []
        body: list[str] = []
        docs: list[str] = []
        args: list[str] = []
        required: list[tuple[str, str]] = []
        hook_arguments: list[str] = []
        body_fields: list[str] = []
        body_at = 0
        used: set[str] = set()
        star = False
        for param in method.params:
            annotation = param.type
            if param.to == "body":
                body_type = keywords.get("body", (None, False))[0]
                if body_type is None:
                    raise ResourcesError(f"{caller}: {stem} takes no body")
                self._import_names(body_type, module)
                annotation = ast.unparse(body_type)
            if param.keyword_only and not star:
                signature.append("*")
                star = True
            default = "" if param.default is None else f" = {param.default}"
            signature.append(f"{param.name}: {annotation}{default}")
            docs.append(_param_doc(param, annotation))
            if param.to == "path":
                args.append(param.name)
            elif param.to == "hook":
                hook_arguments.append(param.name)
            elif param.to == "body":
                body.append(f'kwargs["body"] = checked_payload({param.name})')
                used.add("body")
            elif param.to.startswith("body="):
                if "body" not in keywords:
                    raise ResourcesError(f"{caller}: {stem} takes no body")
                body.append(f'kwargs["body"] = {param.to[5:]}({param.name})')
                used.add("body")
            elif param.to.startswith("body:"):
                # The fields of the body, in one dict where the first is.
                if not body_fields:
                    body_at = len(body)
                    body.append("")
                body_fields.append(f'"{param.to[5:]}": {param.name}')
                body[body_at] = f'kwargs["body"] = {{{", ".join(body_fields)}}}'
                used.add("body")
            elif param.to == "etag":
                if "if_match" in keywords:
                    if keywords["if_match"][1]:
                        body.append(f"if {param.name} is None:")
                        body.append(f'    raise _p.missing_etag("{caller}")')
                        body.append(f'kwargs["if_match"] = {param.name}')
                    else:
                        body.append(f"if {param.name} is not None:")
                        body.append(f'    kwargs["if_match"] = {param.name}')
                    used.add("if_match")
                elif "if_none_match" in keywords:
                    body.append(f"if {param.name} is not None:")
                    body.append(f'    kwargs["if_none_match"] = {param.name}')
                    used.add("if_none_match")
            elif method.pages and param.name == "page_size":
                # Checked as getall checks it and capped by the walk over the
                # pages (bemserver_api_client/_pages.py, PageWalk).
                body.append('kwargs["page_size"] = page_size')
                used.add("page_size")
            else:
                keyword = param.to or param.name
                if keyword not in keywords:
                    raise ResourcesError(f"{caller}: {stem} takes no {keyword}")
                used.add(keyword)
                annotation_ast, is_required = keywords[keyword]
                conversion = self._conversion(annotation_ast, module)
                converted = self._convert(param.name, conversion, keyword)
                if param.default is None or not is_required:
                    if is_required:
                        required.append((keyword, param.name))
                    body.append(f"if {param.name} is not None:")
                    body.append(f'    kwargs["{keyword}"] = {converted}')
                else:
                    required.append((keyword, param.name))
                    body.append(f'kwargs["{keyword}"] = {converted}')
        if len(args) != len(positional):
            raise ResourcesError(f"{caller}: {stem} takes {positional}")
        query_names = [k for k in keywords if k not in NOT_QUERY]
        if method.filters:
            if not star:
                signature.append("*")
            for keyword in query_names:
                if keyword in used or (method.pages and keyword == "page_size"):
                    continue
                annotation_ast, is_required = keywords[keyword]
                assert annotation_ast is not None
                members = self.types.accepted(annotation_ast, module)
                conversion = self._conversion(annotation_ast, module)
                converted = self._convert(keyword, conversion, keyword)
                if is_required:
                    signature.append(f"{keyword}: {' | '.join(members)}")
                    required.append((keyword, keyword))
                else:
                    signature.append(
                        f"{keyword}: {' | '.join([*members, 'None'])} = None"
                    )
                body.append(f"if {keyword} is not None:")
                body.append(f'    kwargs["{keyword}"] = {converted}')
                used.add(keyword)
                docs.append(f"{keyword}: filter, `{' | '.join(members)}`")
            # Type checkers refuse any other keyword (Never); at run time it
            # is sent, checked by `_prepare.unknown_filters`.
            signature.append("**filters: Never")
            docs.append(
                "**filters: query parameters the API document does not list: type"
                " checkers refuse them; at run time a name close to one above"
                " raises, others are sent with a BEMServerAPIArgumentWarning"
            )
        missing = [k for k, (_, req) in keywords.items() if req and k not in used]
        if missing:
            raise ResourcesError(f"{caller}: nothing gives {stem}'s {missing}")
        body[0:0] = _missing_check(f'"{caller}"', required)
        body.insert(0, "kwargs: dict[str, Any] = {}")
        operation = f"_op.{stem}"
        if method.hook:
            # The operation is chosen by a handwritten function of some of
            # the arguments (`_particular`), before anything else is checked.
            body.insert(0, f"operation = {method.hook}({', '.join(hook_arguments)})")
            operation = "operation"
        if method.filters:
            known = "".join(f'"{k}", ' for k in query_names)
            body.append(
                f"query = _p.unknown_filters(self._client._strict_filters, "
                f'"{caller}", filters, ({known})) if filters else None'
            )
        else:
            body.append("query = None")
        call_args = f"({', '.join(args)}{',' if len(args) == 1 else ''})"
        summary = (ast.get_docstring(module.tree) or "").split(":")[0].strip()
        method_line = f"`{module.constants['METHOD']} {module.constants['PATH']}`"
        item = returned[5:-1] if returned.startswith("list[") else returned
        doc_lines = [f"{summary}." if summary else method.doc.splitlines()[0], ""]
        doc_lines.append(method_line)
        for other in method.also:
            constants = CoreModule(self.modules[other]).constants
            doc_lines.append(f"`{constants['METHOD']} {constants['PATH']}`")
        if method.doc and summary:
            doc_lines += ["", *method.doc.splitlines()]
        if docs:
            doc_lines += ["", "Args:", *(f"    {d}" for d in docs)]
        parsed = (
            f"the items, `{item}`" if method.pages else f"`.parsed` is `{returned}`"
        )
        doc_lines += [
            "",
            "Returns:",
            f"    {parsed}.",
            "",
            "Raises:",
            "    BEMServerAPIError: what the server answered instead (its subclass",
            "        says which: BEMServerAPINotFoundError,",
            "        BEMServerAPIValidationError...).",
            "    BEMServerAPIClientValueError: an argument refused before any request.",
        ]
        rendered = Rendered(
            name=method.name,
            signature=signature,
            body=body,
            returns=returned,
            item=item,
            pages=method.pages,
            doc="\n".join(doc_lines),
            caller=caller,
            args=call_args,
            uses=[stem, *method.also],
            operation=operation,
            auth=method.auth,
        )
        return rendered, module.constants["PATH"]

    def particular(self, entry: EntryPoint, method: Particular) -> Rendered:
        """A method of a handwritten entry point: its face, sending what its
        `_particular` function makes."""
        caller = f"{entry.attribute}.{method.name}"
        signature: list[str] = []
        docs: list[str] = []
        arguments: list[str] = ["self._client"] if method.client else []
        star = False
        for param in method.params:
            if param.keyword_only and not star:
                signature.append("*")
                star = True
            default = "" if param.default is None else f" = {param.default}"
            signature.append(f"{param.name}: {param.type}{default}")
            docs.append(_param_doc(param, param.type))
            arguments.append(f"{param.to or param.name}={param.name}")
        arguments += [f"{name}={value}" for name, value in method.extra]
        where = []
        for stem in method.uses:
            module = CoreModule(self.modules[stem])
            where.append(f"`{module.constants['METHOD']} {module.constants['PATH']}`")
        doc_lines = [*method.doc.splitlines(), "", *where]
        if docs:
            doc_lines += ["", "Args:", *(f"    {d}" for d in docs)]
        doc_lines += ["", "Returns:", f"    `{method.returns}`."]
        doc_lines += [
            "",
            "Raises:",
            "    BEMServerAPIError: what the server answered instead (its subclass",
            "        says which: BEMServerAPINotFoundError,",
            "        BEMServerAPIValidationError...).",
            "    BEMServerAPIClientValueError: an argument refused before any request.",
        ]
        return Rendered(
            name=method.name,
            signature=signature,
            body=[],
            returns=method.returns,
            item="",
            pages=False,
            doc="\n".join(doc_lines),
            caller=caller,
            uses=list(method.uses),
            particular=f"{method.function}({', '.join(arguments)})",
        )

    def request(self, stem: str) -> RenderedRequest:
        """The function that turns a described call of `stem` (`_call.Call`:
        its path arguments, and keyword arguments named as the request
        builder's) into its request, each argument converted as the generator
        chose from the builder's annotation; a keyword the builder does not
        take is a query parameter, sent with a warning."""
        module = CoreModule(self.modules[stem])
        function = module.function("build_request")
        if function is None:
            raise ResourcesError(f"{stem}: no build_request")
        keywords = _builder_keywords(function)
        params: list[str] = []
        body: list[str] = []
        required: list[str] = []
        for keyword, (annotation, is_required) in keywords.items():
            params.append(f"{keyword}: Any = None")
            if is_required and keyword != "if_match":
                required.append(keyword)
            if keyword in NOT_QUERY:  # the body, an ETag: as given
                converted = keyword
            else:
                conversion = self._conversion(annotation, module)
                converted = self._convert(keyword, conversion, keyword)
                if not conversion:
                    converted = f"_p.plain({keyword})"
            body.append(f"if {keyword} is not None:")
            body.append(f'    kwargs["{keyword}"] = {converted}')
        # An ETag the operation does not take is left out (the existing client
        # sent it anyway); a body it does not take is refused.
        for header in ("if_match", "if_none_match"):
            if header not in keywords:
                params.append(f"{header}: Any = None")
        if "body" not in keywords:
            params.append("body: Any = None")
            body.insert(0, "if body is not None:")
            body.insert(1, '    raise _p.takes_no(caller, "payload")')
        if keywords.get("if_match", (None, False))[1]:
            body.append("if if_match is None:")
            body.append("    raise _p.missing_etag(caller)")
        body += _missing_check("caller", [(k, k) for k in required])
        return RenderedRequest(
            stem,
            params,
            body,
            f"`{module.constants['METHOD']} {module.constants['PATH']}`",
        )

    def entry(self, entry: EntryPoint) -> RenderedClass:
        paths: list[str] = []
        rendered = RenderedClass(entry.attribute, entry.class_name, "", [])
        for method in entry.methods:
            if isinstance(method, Particular):
                if all(stem in self.modules for stem in method.uses):
                    rendered.methods.append(self.particular(entry, method))
                    rendered.operations.extend(method.uses)
                    paths.append("")
                continue
            if any(s not in self.modules for s in (method.operation, *method.also)):
                # A core of API versions without this operation (an older
                # release being bumped from, a test's small document): the
                # method is left out; tests check the committed core has all.
                continue
            result, path = self.method(entry, method)
            rendered.methods.append(result)
            rendered.operations.extend((method.operation, *method.also))
            paths.append(path)
        names = [m.name for m in rendered.methods]
        if entry.path:
            rendered.path = entry.path
        elif "getall" in names:
            rendered.path = paths[names.index("getall")]
        elif any(paths):
            rendered.path = next(p for p in paths if p)
        return rendered


def _qualified(text: str, names: set[str]) -> str:
    """An annotation with the models' names as `m.<Name>`: the resource classes
    have names of models (`Timeseries`, `About`)."""
    if not names:
        return text
    pattern = (
        r"(?<![.\w])(" + "|".join(sorted(names, key=len, reverse=True)) + r")(?!\w)"
    )
    return re.sub(pattern, r"m.\1", text)


#: The package's own module: the resource classes' bases and both clients'
#: entry point tables (`EntryPoints`, `AsyncEntryPoints`).
PACKAGE_MODULE = "__init__.py"


def _deeper(line: str) -> str:
    """An import line of the facade's table, written for a module of
    `_generated/`, for a module of `_generated/resources/` (one level down)."""
    if line.startswith("from ."):
        return "from ." + line[len("from ") :]
    return line


def _builder_keywords(function: ast.FunctionDef) -> dict[str, tuple[Any, bool]]:
    """The keyword-only arguments of a request builder: (annotation, whether
    it is required), by name."""
    return {
        a.arg: (a.annotation, d is None)
        for a, d in zip(
            function.args.kwonlyargs, function.args.kw_defaults, strict=True
        )
    }


def _missing_check(caller: str, required: list[tuple[str, str]]) -> list[str]:
    """The lines raising the server's 422 for required arguments left None:
    `required` pairs each builder keyword with the variable holding it, and
    `caller` is the source of the caller's name."""
    if not required:
        return []
    condition = " or ".join(f"{name} is None" for _, name in required)
    names = ", ".join(f'("{k}", {name})' for k, name in required)
    return [
        f"if {condition}:",
        f"    raise _p.missing({caller}, [k for k, v in ({names},) if v is None])",
    ]


def _uses_enums_at_run_time(cls: RenderedClass) -> bool:
    """Whether a default of the class's methods names a member of `enums` (else
    `enums` is only named by annotations, imported for type checkers)."""
    return any(
        "= enums." in parameter
        for method in cls.methods
        for parameter in method.signature
    )


def resources_package(core: Path, enums_file: Path) -> dict[str, str]:
    """The sources of the package `resources/` for the generated core in
    `core`, by file name (unformatted: the build formats them with the pinned
    ruff): `__init__.py`, the tables and the bases, and one module per entry
    point holding its two classes (`sites.py`: `Sites`, `AsyncSites`), which
    the tables import on the entry point's first use."""
    renderer = _Renderer(core, enums_file)
    classes = [renderer.entry(entry) for entry in ENTRY_POINTS]
    particular = [renderer.entry(entry) for entry in PARTICULAR_ENTRY_POINTS]
    models = {
        name
        for source, names in renderer.types.imports.items()
        if source.startswith(".models")
        for name in names
    }
    for cls in [*classes, *particular]:
        for method in cls.methods:
            method.signature = [_qualified(p, models) for p in method.signature]
            method.returns = _qualified(method.returns, models)
            method.item = _qualified(method.item, models)
            method.doc = re.sub(r"\bm\.", "", method.doc)
    # Imports of everything any module may name: each module's unused ones are
    # removed by the build's formatting (ruff's F401 fix).
    imports = {
        ("." + source if source.startswith(".") else source): sorted(names)
        for source, names in sorted(renderer.types.imports.items())
        if not source.startswith(".models") and source != ".."
    }
    environment = template_environment()
    module_template = environment.get_template("resource_module.py.jinja")
    sources: dict[str, str] = {}
    for cls in [*classes, *particular]:
        text = "\n".join(
            line for method in cls.methods for line in [*method.body, method.particular]
        )
        choices = renderer.choices_in(text, ".")
        is_particular = cls in particular
        sources[f"{cls.attribute}.py"] = module_template.render(
            cls=cls,
            particular_imports=(
                [_deeper(line) for line in PARTICULAR_IMPORTS] if is_particular else []
            ),
            particular_type_imports=(
                [_deeper(line) for line in PARTICULAR_TYPE_IMPORTS]
                if is_particular
                else []
            ),
            imports=imports,
            modules=sorted(renderer.types.modules | {"datetime"}),
            choices=choices,
            enums_at_run_time=_uses_enums_at_run_time(cls),
        )
    sources[PACKAGE_MODULE] = environment.get_template("resources.py.jinja").render(
        classes=[*classes, *particular]
    )
    return sources


def requests_module(core: Path, enums_file: Path) -> str:
    """The source of `_generated/requests.py` (unformatted): a typed reference
    of each operation the handwritten entry points send as described calls
    (facade_table.PARTICULAR_OPERATIONS), with the function that converts a
    call's arguments and builds its request."""
    renderer = _Renderer(core, enums_file)
    requests = [
        renderer.request(stem)
        for stem in PARTICULAR_OPERATIONS
        if stem in renderer.modules
    ]
    text = "\n".join(line for request in requests for line in request.body)
    choices = renderer.choices_in(text, "")
    return (
        template_environment()
        .get_template("requests.py.jinja")
        .render(requests=requests, choices=choices)
    )


__all__ = [
    "PACKAGE_MODULE",
    "Param",
    "ResourcesError",
    "requests_module",
    "resources_package",
]
