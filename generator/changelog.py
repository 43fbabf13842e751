"""Record API diffs in CHANGELOG.md, under its "Unreleased" heading."""

from __future__ import annotations

from pathlib import Path


def add_api_diff(changelog: Path, title: str, lines: list[str]) -> None:
    """Add a `### title` section listing the diff lines (newest first)."""
    text = changelog.read_text() if changelog.exists() else "# Changelog\n"
    entry = (
        f"\n### {title}\n\n"
        + ("\n".join(f"    {line}" for line in lines) if lines else "No change.")
        + "\n"
    )
    heading = "\n## Unreleased\n"
    if heading not in text:
        text = text.rstrip("\n") + "\n" + heading
    head, _, tail = text.partition(heading)
    changelog.write_text(head + heading + entry + tail)
