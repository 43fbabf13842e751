"""The reference pages of the entry points, models and enumerations, from the code.

Walks the client's entry point table (`EntryPoints`), the methods of each
resource class (their run-time signatures and docstrings) and the generated
models, so the reference cannot drift from
the code. `docs/hooks.py` adds the pages to the site when mkdocs builds it;
`python docs/gen_reference.py DIR` writes them to DIR, to read them as markdown.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import posixpath
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs

from bemserver_api_client import enums, models
from bemserver_api_client._entry_points import (
    entry_point_names,
    entry_point_of,
    operations_called,
)
from bemserver_api_client._generated import api_versions
from bemserver_api_client._generated.operations import OperationRef

REFERENCE = "reference"
MODELS_PAGE = f"{REFERENCE}/models.md"
ENUMS_PAGE = f"{REFERENCE}/enums.md"
INDEX_PAGE = f"{REFERENCE}/index.md"

#: Resource module -> (page name, title). A module missing here still gets a
#: page, named after it and titled with its docstring's first line.
GROUPS: dict[str, tuple[str, str]] = {
    "structural_elements": ("structural-elements", "Structural elements"),
    "timeseries": ("timeseries", "Timeseries and their data"),
    "timeseries_data": ("timeseries", "Timeseries and their data"),
    "events": ("events", "Events and notifications"),
    "energy": ("energy", "Energy"),
    "campaigns": ("campaigns", "Campaigns"),
    "users": ("users", "Users and user groups"),
    "services": ("services", "Services (API 0.24 and 0.25)"),
    "tasks": ("tasks", "Tasks (API 0.26+)"),
    "io": ("io", "Import from CSV files (io)"),
    "analysis": ("analysis", "Analysis"),
    "about": ("about-auth", "About and authentication"),
    "auth": ("about-auth", "About and authentication"),
}

# Arguments of a generated request builder that are not query parameters.
_NOT_QUERY = {"body", "if_match", "if_none_match"}
_NAME = re.compile(r"\b(?:m\.|models\.|enums\.)?([A-Z][A-Za-z0-9_]*)\b")


# -- what the code declares -----------------------------------------------------


def resource_of(entry_point: str) -> type[Any]:
    """The resource class of an entry point (of the blocking client)."""
    resource: type[Any] = entry_point_of(entry_point)
    return resource


def public_module_of(resource: type[Any]) -> str:
    """The module users import a resource class from (the generated ones are
    exported by a module of `bemserver_api_client.resources`)."""
    for module in GROUPS:
        name = f"bemserver_api_client.resources.{module}"
        if getattr(importlib.import_module(name), resource.__name__, None) is resource:
            return name
    return resource.__module__


def group_of(resource: type[Any]) -> tuple[str, str]:
    """(page name, title) of the page that documents a resource class: that of
    the module of `bemserver_api_client.resources` users import it from."""
    module = public_module_of(resource).rsplit(".", 1)[-1]
    if module in GROUPS:
        return GROUPS[module]
    doc = (sys.modules[resource.__module__].__doc__ or module).strip()
    return module.replace("_", "-"), doc.splitlines()[0].strip("` .")


def page_of(entry_point: str) -> str:
    """The page (path in the site's docs) that documents an entry point."""
    return f"{REFERENCE}/{group_of(resource_of(entry_point))[0]}.md"


def operations_of(resource: type[Any]) -> dict[str, tuple[type, Any]]:
    """The public methods of a resource class by name, in its order (the
    facade's table's: getall, iter_all, getone, create, update, delete...)."""
    return {
        name: (resource, value)
        for name, value in vars(resource).items()
        if not name.startswith("_") and inspect.isfunction(value)
    }


def clean(annotation: str) -> str:
    """An annotation as users read it: `m.Site` -> `Site`, `pd.` -> `pandas.`."""
    annotation = re.sub(r"\b(?:m|models|enums)\.", "", annotation)
    annotation = re.sub(r"\bdt\.", "datetime.", annotation)
    return re.sub(r"\bpd\.", "pandas.", annotation)


def annotation_text(annotation: Any) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type):
        return annotation.__name__
    # A union or generic alias: its str() has qualified names (a.b.Unset).
    return re.sub(r"\b(?:[A-Za-z_]\w*\.)+([A-Za-z_]\w*)", r"\1", str(annotation))


def default_text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return repr(value)


@dataclass
class Documented:
    """One operation of an entry point, as the reference shows it."""

    name: str
    parameters: list[inspect.Parameter]
    returns: str  # on the blocking client
    awaitable: bool  # on the asyncio client: an awaitable of `returns` (or not)
    doc: str
    generated: tuple[OperationRef[Any], ...]
    namespace: dict[str, Any]  # the globals of its module: its type aliases


def document(resource: type[Any], name: str, klass: type, value: Any) -> Documented:
    """What the reference shows of a method: its run-time signature."""
    signature = inspect.signature(value)
    parameters = list(signature.parameters.values())[1:]  # self
    return Documented(
        name,
        parameters,
        annotation_text(signature.return_annotation),
        name != "iter_all",
        inspect.getdoc(value) or "",
        operations_called(resource, name),
        value.__globals__,
    )


def aliases(documented: Documented) -> Iterator[tuple[str, str]]:
    """(name, meaning) of the type aliases the arguments use (`Progress`)."""
    seen = set()
    for parameter in documented.parameters:
        for name in re.findall(
            r"\b[A-Za-z_]\w*\b", annotation_text(parameter.annotation)
        ):
            value = documented.namespace.get(name)
            if name in seen or value is None or isinstance(value, type):
                continue
            if typing.get_origin(value) is None and not isinstance(
                value, types.UnionType
            ):
                continue
            seen.add(name)
            yield name, annotation_text(value)


def query_parameters(
    documented: Documented,
) -> Iterator[tuple[str, str, str]]:
    """(generated operation, name, type) of the query parameters that the
    free keyword arguments of an operation reach: the API's filters."""
    named = {p.name for p in documented.parameters}
    for generated in documented.generated:
        builder = generated.module.build_request
        for parameter in inspect.signature(builder).parameters.values():
            if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
                continue
            if parameter.name in _NOT_QUERY or parameter.name in named:
                continue
            annotation = annotation_text(parameter.annotation)
            parts = [p.strip() for p in annotation.split("|")]
            annotation = " | ".join(p for p in parts if p != "Unset")
            yield generated.name, parameter.name, annotation


def versions_of(generated: tuple[OperationRef[Any], ...]) -> str:
    """In words, the API versions that have these generated operations, or ""
    when every supported version has them."""
    names = api_versions.GENERATIONS
    present: set[str] = set()
    for operation in generated:
        if operation.name in api_versions.OPERATION_GENERATIONS:
            present.update(api_versions.OPERATION_GENERATIONS[operation.name])
    if not present:
        return ""
    ranges = []
    for index, name in enumerate(names):
        if name in present:
            low = f"after {names[index - 1]}" if index else ""
            high = f"up to {name}" if index < len(names) - 1 else ""
            ranges.append(" and ".join(p for p in (low, high) if p) or "all")
    return " or ".join(ranges)


# -- markdown -------------------------------------------------------------------


def linker(page: str, prefer_enums: bool) -> Callable[[str], str]:
    """Markdown of a type annotation, with links to the models and enumerations
    it names (links relative to `page`)."""
    model_names = set(models.__all__)
    enum_names = {
        name
        for name, value in vars(enums).items()
        if isinstance(value, type) and issubclass(value, enum.Enum)
    }

    def target(name: str) -> str | None:
        pages = {"enum": ENUMS_PAGE, "model": MODELS_PAGE}
        order = ("enum", "model") if prefer_enums else ("model", "enum")
        for kind in order:
            names = enum_names if kind == "enum" else model_names
            if name in names:
                rel = posixpath.relpath(pages[kind], posixpath.dirname(page))
                return f"{rel}#{name}"
        return None

    def link(annotation: str) -> str:
        annotation = clean(annotation)
        out: list[str] = []
        position = 0
        for match in _NAME.finditer(annotation):
            href = target(match.group(1))
            if href is None:
                continue
            out.append(_code(annotation[position : match.start()]))
            out.append(f"[`{match.group(1)}`]({href})")
            position = match.end()
        out.append(_code(annotation[position:]))
        return "".join(out) or "`Any`"

    return link


def _code(text: str) -> str:
    """A code span of a piece of an annotation, keeping the spaces around it
    (markdown drops those inside)."""
    if not text.strip():
        return text
    before = " " if text.startswith(" ") else ""
    after = " " if text.endswith(" ") else ""
    return f"{before}`{text.strip()}`{after}"


def signature_line(entry_point: str, documented: Documented) -> str:
    arguments: list[str] = []
    star_done = False
    positional_only = False
    for parameter in documented.parameters:
        kind = parameter.kind
        if kind is inspect.Parameter.POSITIONAL_ONLY:
            positional_only = True
        elif positional_only:
            arguments.append("/")
            positional_only = False
        if kind is inspect.Parameter.KEYWORD_ONLY and not star_done:
            arguments.append("*")
            star_done = True
        prefix = {
            inspect.Parameter.VAR_POSITIONAL: "*",
            inspect.Parameter.VAR_KEYWORD: "**",
        }.get(kind, "")
        if kind is inspect.Parameter.VAR_POSITIONAL:
            star_done = True
        text = f"{prefix}{parameter.name}"
        annotation = clean(annotation_text(parameter.annotation))
        if kind is inspect.Parameter.VAR_KEYWORD:
            annotation = ""  # Never: type checkers refuse them
        if annotation:
            text += f": {annotation}"
        if parameter.default is not inspect.Parameter.empty:
            text += f" = {default_text(parameter.default)}"
        arguments.append(text)
    name = f"api_client.{entry_point}.{documented.name}"
    returns = clean(documented.returns)
    line = f"{name}({', '.join(arguments)}) -> {returns}"
    if len(line) <= 88 or not arguments:
        return line
    # One argument a line, as black would lay it out.
    listed = "".join(f"    {argument},\n" for argument in arguments)
    return f"{name}(\n{listed}) -> {returns}"


def operation_markdown(
    entry_point: str, documented: Documented, link: Callable[[str], str]
) -> list[str]:
    anchor = f"{entry_point}.{documented.name}"
    lines = [
        f"### `{anchor}` {{ #{anchor} }}",
        "",
        "```python",
        signature_line(entry_point, documented),
        "```",
        "",
    ]
    if documented.doc:
        lines += [documented.doc, ""]
    calls = []
    for generated in documented.generated:
        calls.append(f"`{generated.method} {generated.path}`")
    if calls:
        lines += [f"**Sends** {', '.join(calls)}.", ""]
    versions = versions_of(documented.generated)
    if versions:
        lines += [
            f"**API versions**: {versions} (on other versions it raises "
            "`BEMServerAPIOperationUnavailableError` before any request).",
            "",
        ]
    if documented.parameters:
        lines += ["**Arguments**", ""]
        for parameter in documented.parameters:
            lines.append(parameter_item(parameter, link))
        lines.append("")
        for name, meaning in aliases(documented):
            lines += [f"`{name}` is {link(meaning)}.", ""]
    filters = list(query_parameters(documented))
    if filters and any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in documented.parameters
    ):
        lines += [
            "**Filters** (query parameters of the API, given as keyword "
            "arguments; others are sent too, with a `BEMServerAPIArgumentWarning`)",
            "",
        ]
        for generated, name, annotation in filters:
            where = f" ({generated})" if len(documented.generated) > 1 else ""
            lines.append(f"- `{name}`: {link(annotation)}{where}")
        lines.append("")
    result = f"**Returns** {link(documented.returns)}" + (
        "; on `AsyncBEMServerAPIClient`, an awaitable of it."
        if documented.awaitable
        else "."
    )
    if documented.name == "iter_all":
        result += " On `AsyncBEMServerAPIClient`, an async iterator."
    lines += [result, ""]
    return lines


def parameter_item(parameter: inspect.Parameter, link: Callable[[str], str]) -> str:
    annotation = annotation_text(parameter.annotation)
    kind = {
        inspect.Parameter.POSITIONAL_ONLY: "positional",
        inspect.Parameter.KEYWORD_ONLY: "keyword-only",
        inspect.Parameter.VAR_POSITIONAL: "any positional arguments",
    }.get(parameter.kind, "")
    if parameter.kind is inspect.Parameter.VAR_KEYWORD:
        return (
            f"- `**{parameter.name}`: query parameters the API document does not "
            "list (type checkers refuse them; sent with a "
            "`BEMServerAPIArgumentWarning`, and a name close to a filter above "
            "raises `BEMServerAPIInvalidArgumentError`)"
        )
    details = [kind] if kind else []
    if parameter.default is not inspect.Parameter.empty:
        details.append(f"default `{default_text(parameter.default)}`")
    elif parameter.kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        inspect.Parameter.KEYWORD_ONLY,
    ):
        details.append("required")
    typed = f": {link(annotation)}" if annotation else ""
    return f"- `{parameter.name}`{typed} ({', '.join(details)})"


def entry_point_markdown(entry_point: str, page: str) -> list[str]:
    resource = resource_of(entry_point)
    link = linker(page, prefer_enums=True)
    lines = [f"## `api_client.{entry_point}` {{ #{entry_point} }}", ""]
    about = [f"Resource class `{public_module_of(resource)}.{resource.__name__}`"]
    if resource.path:
        about.append(f"API resource `{resource.path}`")
    lines += [", ".join(about) + ".", ""]
    own_doc = resource.__dict__.get("__doc__")
    if own_doc:
        lines += [inspect.cleandoc(own_doc), ""]
    operations = operations_of(resource)
    names = ", ".join(f"[`{name}`](#{entry_point}.{name})" for name in operations)
    lines += [f"Operations: {names}.", ""]
    for name, (klass, value) in operations.items():
        documented = document(resource, name, klass, value)
        lines += operation_markdown(entry_point, documented, link)
    return lines


def group_pages() -> dict[str, tuple[str, list[str]]]:
    """Page path -> (title, entry points), in the order of `EntryPoints`."""
    pages: dict[str, tuple[str, list[str]]] = {}
    for entry_point in entry_point_names():
        name, title = group_of(resource_of(entry_point))
        path = f"{REFERENCE}/{name}.md"
        pages.setdefault(path, (title, []))[1].append(entry_point)
    return dict(sorted(pages.items(), key=lambda item: item[1][0]))


def group_markdown(path: str, title: str, entry_points: list[str]) -> str:
    lines = [
        f"# {title}",
        "",
        "Entry points of `BEMServerAPIClient` and `AsyncBEMServerAPIClient`, "
        "written from the code of the installed package at each build. On "
        "`AsyncBEMServerAPIClient` every operation is awaited.",
        "",
    ]
    lines += [f"- [`api_client.{name}`](#{name})" for name in entry_points]
    lines.append("")
    for entry_point in entry_points:
        lines += entry_point_markdown(entry_point, path)
    return "\n".join(lines)


def index_markdown(pages: dict[str, tuple[str, list[str]]]) -> str:
    lines = [
        "# Entry points",
        "",
        "Every entry point of the clients (`api_client.<entry point>.<operation>`),"
        " and the page that documents its operations, their typed arguments and "
        "their results.",
        "",
        "| entry point | page | operations |",
        "| --- | --- | --- |",
    ]
    by_entry_point = {
        entry_point: (path, title)
        for path, (title, names) in pages.items()
        for entry_point in names
    }
    for entry_point in entry_point_names():
        path, title = by_entry_point[entry_point]
        rel = posixpath.relpath(path, REFERENCE)
        operations = ", ".join(
            f"[{name}]({rel}#{entry_point}.{name})"
            for name in operations_of(resource_of(entry_point))
        )
        lines.append(
            f"| [`{entry_point}`]({rel}#{entry_point}) | [{title}]({rel}) "
            f"| {operations} |"
        )
    lines.append("")
    return "\n".join(lines)


def models_markdown() -> str:
    link = linker(MODELS_PAGE, prefer_enums=False)
    lines = [
        "# Models",
        "",
        "The typed models of the API (`from bemserver_api_client.models import "
        "Site`), generated from its OpenAPI document: attrs classes with "
        "`from_dict()` and `to_dict()`. A response's `parsed` is one of them (or a "
        "list of them). Fields typed `Unset` may be absent from an answer.",
        "",
    ]
    for name in sorted(models.__all__):
        model = getattr(models, name)
        lines += [f"## `{name}` {{ #{name} }}", ""]
        if isinstance(model, type) and issubclass(model, enum.Enum):
            values = ", ".join(f"`{member.value!r}`" for member in model)
            lines += [f"Enumeration: {values}.", ""]
            continue
        if typing.get_origin(model) is typing.Literal:
            values = ", ".join(f"`{value!r}`" for value in typing.get_args(model))
            lines += [f"One of: {values}.", ""]
            continue
        if attrs.has(model):
            for field in attrs.fields(model):
                required = field.default is attrs.NOTHING
                annotation = str(field.type or "")
                note = " (required)" if required else ""
                lines.append(f"- `{field.name}`: {link(annotation)}{note}")
            lines.append("")
    return "\n".join(lines)


def enums_markdown() -> str:
    lines = [
        "# Enumerations",
        "",
        "`bemserver_api_client.enums`: values of the operations' arguments. "
        'Members are strings too (`Aggregation.avg == "avg"`): either form can '
        "be passed.",
        "",
    ]
    # In the order they are declared (rendered into `_generated/enums.py`).
    for name, value in vars(enums).items():
        if not (isinstance(value, type) and issubclass(value, enum.Enum)):
            continue
        if name not in enums.__all__:
            continue
        lines += [f"## `{name}` {{ #{name} }}", ""]
        lines += [f"- `{name}.{m.name}` = `{m.value!r}`" for m in value]
        lines.append("")
    return "\n".join(lines)


def pages() -> dict[str, str]:
    """Every generated page: path in the site's docs -> markdown."""
    groups = group_pages()
    generated = {
        path: group_markdown(path, title, names)
        for path, (title, names) in groups.items()
    }
    generated[INDEX_PAGE] = index_markdown(groups)
    generated[MODELS_PAGE] = models_markdown()
    generated[ENUMS_PAGE] = enums_markdown()
    return generated


def nav() -> list[dict[str, str]]:
    """The navigation entries of the entry point pages."""
    return [{title: path} for path, (title, _) in group_pages().items()]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "reference-md")
    for path, text in pages().items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(target)
