"""mkdocs hooks: the generated reference pages.

The entry point, model and enumeration pages are written from the code by
`gen_reference.py` at each build (never committed, so never stale), and the
entry point pages are put in the navigation under "Entry points".
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).parent))

import gen_reference  # found through the path set just above

ENTRY_POINTS_NAV = "Entry points"


def on_config(config: Any) -> Any:
    """Fill the "Entry points" section of the navigation with the generated pages."""

    def fill(items: list[Any]) -> bool:
        for item in items:
            if not isinstance(item, dict):
                continue
            for title, value in item.items():
                if title == ENTRY_POINTS_NAV:
                    item[title] = [gen_reference.INDEX_PAGE, *gen_reference.nav()]
                    return True
                if isinstance(value, list) and fill(value):
                    return True
        return False

    if not fill(config["nav"] or []):
        raise PluginError(f"mkdocs.yml: no nav section named {ENTRY_POINTS_NAV!r}")
    return config


def on_files(files: Files, config: Any) -> Files:
    for path, text in gen_reference.pages().items():
        files.append(File.generated(config, path, content=text))
    return files
