"""mkdocs hooks: the generated reference pages.

The entry point, model and enumeration pages are written from the code by
`gen_reference.py` at each build (never committed, so never stale), and the
entry point pages are put in the navigation under "Entry points"; the command
line's pages likewise by `gen_cli.py`, under "Commands".
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).parent))

import gen_cli  # found through the path set just above
import gen_reference

ENTRY_POINTS_NAV = "Entry points"
#: The command line's pages, one per group of entry points (docs/gen_cli.py).
COMMANDS_NAV = "Commands"


def on_config(config: Any) -> Any:
    """Fill the "Entry points" section of the navigation with the generated pages."""

    def fill(items: list[Any], section: str, pages: list[Any]) -> bool:
        for item in items:
            if not isinstance(item, dict):
                continue
            for title, value in item.items():
                if title == section:
                    item[title] = pages
                    return True
                if isinstance(value, list) and fill(value, section, pages):
                    return True
        return False

    sections = {
        ENTRY_POINTS_NAV: [gen_reference.INDEX_PAGE, *gen_reference.nav()],
        COMMANDS_NAV: gen_cli.nav(),
    }
    for section, pages in sections.items():
        if not fill(config["nav"] or [], section, pages):
            raise PluginError(f"mkdocs.yml: no nav section named {section!r}")
    return config


def on_files(files: Files, config: Any) -> Files:
    for path, text in gen_reference.pages().items():
        files.append(File.generated(config, path, content=text))
    for path, (_, text) in gen_cli.pages().items():
        files.append(File.generated(config, path, content=text))
    return files
