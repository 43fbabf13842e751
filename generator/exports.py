"""Render `_generated/resource_exports/`: what each module of
`bemserver_api_client.resources` exports (which re-exports it whole), from the
facade's table (generator/facade_table.py: which entry points each module
holds) and the table of bemserver-api-client 0.22.0's names
(generator/compat_table.py).

A module exports both clients' classes of its entry points (`Sites`,
`AsyncSites`) and, after them, the names 0.22.0's module of the same name
defined (`SiteResources = Sites`). Every exported name is in its `__all__`, so
that `from ... import *` in the public module gives type checkers and editors
every name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .compat_table import (
    OTHER_EXPORTS,
    OTHER_NAMES_OF_0_22_0,
    RESOURCE_NAMES_OF_0_22_0,
)
from .facade_table import ENTRY_POINTS, PARTICULAR_ENTRY_POINTS
from .paths import template_environment


class ExportsError(Exception):
    """The table of 0.22.0's names names an entry point the facade lacks."""


@dataclass
class ExportsModule:
    """What a module of `bemserver_api_client.resources` exports."""

    name: str
    #: (module, name) imported, relative to `bemserver_api_client._generated`.
    imports: list[tuple[str, str]] = field(default_factory=list)
    #: Names of bemserver-api-client 0.22.0: (name, what it is).
    aliases: list[tuple[str, str]] = field(default_factory=list)
    exported: set[str] = field(default_factory=set)


def exports_modules() -> dict[str, ExportsModule]:
    """What each module of `bemserver_api_client.resources` exports, by module."""
    entries = (*ENTRY_POINTS, *PARTICULAR_ENTRY_POINTS)
    class_of = {entry.attribute: entry.class_name for entry in entries}
    modules: dict[str, ExportsModule] = {}

    def module(name: str) -> ExportsModule:
        return modules.setdefault(name, ExportsModule(name))

    for entry in entries:
        exports = module(entry.module)
        for name in (entry.class_name, f"Async{entry.class_name}"):
            exports.imports.append((f".resources.{entry.attribute}", name))
            exports.exported.add(name)
    for name, others in OTHER_EXPORTS.items():
        for other, source in others:
            module(name).imports.append((f"..{source}", other))
            module(name).exported.add(other)
    for name, resources in RESOURCE_NAMES_OF_0_22_0.items():
        exports = module(name)
        for alias, entry_point in resources:
            if entry_point not in class_of:
                raise ExportsError(f"{name}.{alias}: no entry point {entry_point!r}")
            cls = class_of[entry_point]
            if cls not in exports.exported:
                exports.imports.append((f".resources.{entry_point}", cls))
            exports.aliases.append((alias, cls))
            exports.exported.add(alias)
    for name, others in OTHER_NAMES_OF_0_22_0.items():
        exports = module(name)
        for alias, target in others:
            exports.imports.append((".resources", target))
            exports.aliases.append((alias, target))
            exports.exported.add(alias)
    return dict(sorted(modules.items()))


def exports_package() -> dict[str, str]:
    """The sources of the package `resource_exports/`, by file name
    (unformatted: the build formats them with the pinned ruff)."""
    environment = template_environment()
    template = environment.get_template("resource_exports.py.jinja")
    sources = {
        "__init__.py": '"""What each module of `bemserver_api_client.resources` '
        'exports (generated:\ngenerator/exports.py)."""\n'
    }
    for name, exports in exports_modules().items():
        sources[f"{name}.py"] = template.render(
            module=exports,
            imports=sorted(set(exports.imports)),
            exported=sorted(exports.exported),
        )
    return sources


__all__ = ["ExportsError", "ExportsModule", "exports_modules", "exports_package"]
