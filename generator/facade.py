"""What the hand-written facade uses of the generated core.

Each entry point (`api_client.sites`) is a resource class whose operations declare
the generated operations they call, typed references of the core's index
(`@operation(operations.get_site)`, or a class attribute such as `_get` for the
common operations); they are read here by the name of their module
("site.get_site"). Read here once for
the tests (tests/unit/test_spec_coverage.py) and for `python -m generator bump`,
which reads the facade of the tree it bumps in a subprocess (`usage_of`), since
that tree's package may not be the one imported here.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def reached_operations() -> dict[str, list[str]]:
    """Generated operation -> the `entry_point.operation` names that call it."""
    # Imported here: the generator itself does not need the package.
    from bemserver_api_client._entry_points import (
        entry_point_names,
        entry_point_of,
        operations_called,
        public_methods,
    )

    reached: dict[str, list[str]] = {}
    for name in entry_point_names():
        resource = entry_point_of(name)
        for method in public_methods(resource):
            for used in operations_called(resource, method):
                reached.setdefault(used.name, []).append(f"{name}.{method}")
    return reached


def entry_point_files(root: Path) -> dict[str, str]:
    """Entry point -> the file declaring its resource, relative to `root`."""
    from bemserver_api_client._entry_points import entry_point_names, entry_point_of

    files: dict[str, str] = {}
    for name in entry_point_names():
        resource = entry_point_of(name)
        # A generated class is exported by its resources module.
        module = resource.__module__
        if "._generated.resources." in module:
            module = _exporting_module(name, module)
        source = inspect.getsourcefile(sys.modules[module])
        path = Path(source or "").resolve()
        try:
            files[name] = path.relative_to(root.resolve()).as_posix()
        except ValueError:
            files[name] = str(path)
    return files


def _exporting_module(entry_point: str, default: str) -> str:
    """The module of `bemserver_api_client.resources` exporting the generated
    class of an entry point, as the facade's table says."""
    from .facade_table import ENTRY_POINTS, PARTICULAR_ENTRY_POINTS

    for entry in (*ENTRY_POINTS, *PARTICULAR_ENTRY_POINTS):
        if entry.attribute == entry_point:
            module = f"bemserver_api_client.resources.{entry.module}"
            importlib.import_module(module)
            return module
    return default


@dataclass
class FacadeUsage:
    """The facade of one tree: who calls what, and where entry points live."""

    #: generated operation ("site.get_site") -> ["sites.getone", ...]
    operations: dict[str, list[str]]
    #: entry point ("sites") -> its file ("bemserver_api_client/resources/x.py")
    files: dict[str, str]
    #: why the facade could not be read (then both tables are empty)
    error: str = ""
    #: entry point -> the tags of the generated operations it calls
    tags: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.tags = {}
        for operation, callers in self.operations.items():
            for caller in callers:
                entry_point = caller.split(".", 1)[0]
                self.tags.setdefault(entry_point, set()).add(operation.split(".")[0])

    def file_of(self, caller: str) -> str:
        return self.files.get(caller.split(".", 1)[0], "?")


_USAGE_SCRIPT = """
import json, pathlib
from generator.facade import entry_point_files, reached_operations
print(json.dumps({
    "operations": reached_operations(),
    "files": entry_point_files(pathlib.Path.cwd()),
}))
"""


def usage_of(root: Path, *, timeout: float = 120.0) -> FacadeUsage:
    """The facade of the tree at `root`, read by a Python started there."""
    result = subprocess.run(
        [sys.executable, "-c", _USAGE_SCRIPT],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        return FacadeUsage({}, {}, error=result.stderr.strip()[-2000:])
    data: dict[str, Any] = json.loads(result.stdout)
    return FacadeUsage(data["operations"], data["files"])
