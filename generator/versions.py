"""One core for several API releases: merge their documents, record which
releases have each operation, and tell what changed between two documents.

Releases whose documents are identical (but for `info.version`) form one
*generation*, named by its newest release: 0.24.3 and 0.25.0 publish the same
document, so do 0.26.0 and 0.27.0. A generation covers the API versions after
the previous generation's name, up to its own name (the oldest generation also
covers everything before it, the newest everything after it). Recording
generations rather than releases means that adding the document of a release
identical to one already in spec/ changes nothing in the core.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from typing import Any

from .normalise import iter_operations, snake_case

JSON = dict[str, Any]


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def same_document(a: JSON, b: JSON) -> bool:
    """Whether two releases publish the same document (but for their version)."""
    return _content(a) == _content(b)


def _content(document: JSON) -> str:
    """The document as text, its own version left out."""
    stripped = dict(document)
    stripped["info"] = {
        k: v for k, v in document.get("info", {}).items() if k != "version"
    }
    return json.dumps(stripped, sort_keys=True)


def generations(documents: dict[str, JSON]) -> dict[str, JSON]:
    """Normalised documents by generation name (newest identical release), oldest
    first."""
    by_generation: dict[str, JSON] = {}
    previous: str | None = None
    for version in sorted(documents, key=version_key):
        content = _content(documents[version])
        if previous is not None and _content(by_generation[previous]) == content:
            del by_generation[previous]
        by_generation[version] = documents[version]
        previous = version
    return by_generation


def operation_key(operation: JSON) -> str:
    """How the core names an operation's module: "<tag>.<operationId>"."""
    return f"{snake_case(operation['tags'][0])}.{operation['operationId']}"


def merge(by_generation: dict[str, JSON]) -> tuple[JSON, dict[str, tuple[str, ...]]]:
    """One document with the operations and schemas of every generation (the
    newest definition wins), and the generations of the operations that are not
    in all of them."""
    names = list(by_generation)
    merged = copy.deepcopy(by_generation[names[-1]])
    present: dict[str, list[str]] = {}
    for name in names:
        document = by_generation[name]
        for method, path, operation in iter_operations(document):
            present.setdefault(operation_key(operation), []).append(name)
            target = merged.setdefault("paths", {}).setdefault(path, {})
            if method not in target:
                target[method] = copy.deepcopy(operation)
                for key, value in document["paths"][path].items():
                    target.setdefault(key, copy.deepcopy(value))
        merged_schemas = merged.setdefault("components", {}).setdefault("schemas", {})
        for schema_name, schema in (
            document.get("components", {}).get("schemas", {}).items()
        ):
            merged_schemas.setdefault(schema_name, copy.deepcopy(schema))
        merged_tags = {tag["name"] for tag in merged.get("tags", [])}
        for tag in document.get("tags", []):
            if tag["name"] not in merged_tags:
                merged.setdefault("tags", []).append(copy.deepcopy(tag))
    limited = {
        key: tuple(found)
        for key, found in sorted(present.items())
        if len(found) < len(names)
    }
    return merged, limited


def api_versions_module(
    generation_names: Iterable[str], limited: dict[str, tuple[str, ...]]
) -> str:
    """Source of `_generated/api_versions.py`."""
    lines = [
        '"""Which API versions have which operations (written by the generator).',
        "",
        "GENERATIONS names each group of releases with identical documents by its",
        "newest release; a generation covers the versions after the previous one's",
        "name up to its own. OPERATION_GENERATIONS lists the generations of the",
        "operations that some generations lack; every other operation is in all.",
        '"""',
        "",
        f"GENERATIONS: tuple[str, ...] = {_tuple(generation_names)}",
        "",
        "OPERATION_GENERATIONS: dict[str, tuple[str, ...]] = {",
    ]
    lines += [
        f"    {json.dumps(key)}: {_tuple(value)}," for key, value in limited.items()
    ]
    lines += ["}", ""]
    return "\n".join(lines)


def _tuple(values: Iterable[str]) -> str:
    items = [json.dumps(value) for value in values]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def api_diff(old: JSON, new: JSON) -> list[str]:
    """Readable differences of two normalised documents: operations and schemas
    added, removed or changed."""

    def operations(document: JSON) -> dict[str, str]:
        return {
            f"{method.upper()} {path} ({operation['operationId']})": json.dumps(
                operation, sort_keys=True
            )
            for method, path, operation in iter_operations(document)
        }

    def schemas(document: JSON) -> dict[str, str]:
        return {
            name: json.dumps(schema, sort_keys=True)
            for name, schema in document.get("components", {})
            .get("schemas", {})
            .items()
        }

    lines: list[str] = []
    for kind, before, after in (
        ("operation", operations(old), operations(new)),
        ("schema", schemas(old), schemas(new)),
    ):
        for name in sorted(after.keys() - before.keys()):
            lines.append(f"+ {kind} {name}")
        for name in sorted(before.keys() - after.keys()):
            lines.append(f"- {kind} {name}")
        for name in sorted(before.keys() & after.keys()):
            if before[name] != after[name]:
                lines.append(f"~ {kind} {name}")
    return lines
