"""mkdocs hooks: the generated reference pages, and the README's guides.

- The entry point, model and enumeration pages are written from the code by
  `gen_reference.py` at each build (never committed, so never stale), and the
  entry point pages are put in the navigation under "Entry points".
- A guide page takes its text from the README, which stays readable on its own:
  `<!-- readme-section: Title -->` is replaced by the body of the README section
  of that heading (its subsections included, one level up), and
  `<!-- readme-lead: Title -->` by its text before its first subheading, and
  `<!-- readme-item: Label -->` by the README bullet starting `- **Label**`.
  A heading or bullet that is no longer in the README fails the build.
"""

from __future__ import annotations

import posixpath
import re
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).parent))

import gen_reference  # found through the path set just above

ROOT = Path(__file__).parent.parent
ENTRY_POINTS_NAV = "Entry points"
_DIRECTIVE = re.compile(r"<!-- readme-(section|lead|item): (.+?) -->")
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)\)")


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


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "<!-- readme-" not in markdown:
        return markdown
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    page_path = page.file.src_uri

    def replace(match: re.Match[str]) -> str:
        kind, label = match.group(1), match.group(2).strip()
        if kind == "item":
            text = item(readme, label)
        else:
            text = section(readme, label, lead_only=kind == "lead")
        if text is None:
            raise PluginError(
                f"{page_path}: README.md has no {kind} {label!r} any more"
            )
        return relink(lists_apart(text), page_path)

    return _DIRECTIVE.sub(replace, markdown)


def _headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line index, level, title) of the README's headings, outside code blocks."""
    found = []
    fenced = False
    for index, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := re.match(r"(#+) (.*)", line)):
            found.append((index, len(match.group(1)), match.group(2).strip()))
    return found


def section(readme: str, title: str, lead_only: bool = False) -> str | None:
    """The body of the section of that heading, its subheadings one level up
    (`lead_only`: only the text before its first subheading)."""
    lines = readme.splitlines()
    headings = _headings(lines)
    for position, (start, level, heading) in enumerate(headings):
        if heading != title:
            continue
        end = next(
            (i for i, lvl, _ in headings[position + 1 :] if lvl <= level or lead_only),
            len(lines),
        )
        subheadings = {i for i, _, _ in headings[position + 1 :] if i < end}
        body = [
            line[level - 1 :] if index in subheadings else line
            for index, line in enumerate(lines[start + 1 : end], start + 1)
        ]
        return "\n".join(body).strip() + "\n"
    return None


def item(readme: str, label: str) -> str | None:
    """The README bullet `- **label**...`, as a paragraph (continuation lines up
    to the next bullet, heading or blank line)."""
    lines = readme.splitlines()
    for start, line in enumerate(lines):
        if not line.startswith(f"- **{label}**"):
            continue
        body = [line[2:]]
        for following in lines[start + 1 :]:
            if not following.startswith("  "):
                break
            body.append(following[2:])
        return "\n".join(body) + "\n"
    return None


_LIST_ITEM = re.compile(r"(?:[-*]|\d+\.) ")


def lists_apart(text: str) -> str:
    """A blank line before a list that follows a paragraph line: GitHub starts a
    list there, Python-Markdown only after a blank line."""
    out: list[str] = []
    fenced = False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        previous = out[-1] if out else ""
        if (
            not fenced
            and _LIST_ITEM.match(line)
            and previous.strip()
            and not _LIST_ITEM.match(previous)
            and not previous.startswith((" ", "|", "#"))
        ):
            out.append("")
        out.append(line)
    return "\n".join(out) + "\n"


def relink(text: str, page_path: str) -> str:
    """README links made right for the page: `docs/x.md` to the site's page,
    other files of the repository to their path (not part of the site)."""

    def replace(match: re.Match[str]) -> str:
        label, target = match.group(1), match.group(2)
        if re.match(r"[a-z]+:|#", target):
            return match.group(0)
        if target.startswith("docs/"):
            rel = posixpath.relpath(target[5:], posixpath.dirname(page_path) or ".")
            return f"[{label}]({rel})"
        return label if label.startswith("`") else f"`{target}`"

    return _LINK.sub(replace, text)
