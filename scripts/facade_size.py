"""How big the handwritten facade is: the figure issue #20 tracks.

    python scripts/facade_size.py

Counts the lines of the package's Python files, in parts: the facade (what the
goal counts: the package minus the generated core `_generated/` and the
sandbox `testing/`), then the command line (`_cli/`) and the Dask reader
(`dask.py`), new features counted apart, and the generated core for scale.
Each part is split into code, docstrings, comments and blank lines, so a
change that only removes prose shows as such.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "bemserver_api_client"
APART = {"_cli": "command line (_cli/)", "dask.py": "Dask reader (dask.py)"}


def _kinds(path: Path) -> dict[str, int]:
    """Lines of one file by kind: code, doc, comment, blank."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    kind = ["code"] * len(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kind[index] = "blank"
        elif stripped.startswith("#"):
            kind[index] = "comment"
    for node in ast.walk(ast.parse(source)):
        documented = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
        if isinstance(node, documented) and ast.get_docstring(node) is not None:
            first = node.body[0]
            for index in range(first.lineno - 1, first.end_lineno or first.lineno):
                kind[index] = "doc"
    counts = dict.fromkeys(("code", "doc", "comment", "blank"), 0)
    for each in kind:
        counts[each] += 1
    return counts


def _part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    top = relative.parts[0]
    if top == "_generated":
        return "generated core (_generated/)"
    if top == "testing":
        return "sandbox (testing/)"
    return APART.get(top, "facade")


def main() -> int:
    parts: dict[str, dict[str, int]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        total = parts.setdefault(
            _part_of(path), dict.fromkeys(("code", "doc", "comment", "blank"), 0)
        )
        for each, count in _kinds(path).items():
            total[each] += count
    for name, counts in sorted(parts.items(), key=lambda part: part[0] != "facade"):
        detail = ", ".join(f"{count} {each}" for each, count in counts.items())
        print(f"{name:32} {sum(counts.values()):6} lines ({detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
