"""The command line's pages of the reference, written at each build from what
the command itself prints: for each group of entry points (the reference's
grouping), each command's `--help`, made from the method's signature and
docstring. Read by docs/hooks.py."""

from __future__ import annotations

import functools
import os

import gen_reference  # docs/ is on sys.path (hooks.py)

CLI = "cli"
PROG = "bemserver-api-client"


def _help_text(entry_point: str, method: str) -> str:
    from bemserver_api_client._cli import _commands, _main

    # argparse wraps to $COLUMNS: the same text at every build.
    os.environ["COLUMNS"] = "88"
    parser = _main._command_parser(_commands.command(entry_point, method))
    return parser.format_help().rstrip()


@functools.cache
def pages() -> dict[str, tuple[str, str]]:
    """Page path -> (title, markdown), one page per group of entry points."""
    from bemserver_api_client._cli import _commands

    result: dict[str, tuple[str, str]] = {}
    for reference_path, (title, entry_points) in gen_reference.group_pages().items():
        path = f"{CLI}/{reference_path.rsplit('/', 1)[-1]}"
        lines = [
            f"# {title}: commands",
            "",
            f"The `{PROG}` commands of these entry points, as `--help` prints them "
            "(written from the installed package at each build). Names take "
            "dashes or underscores. See [the command line](../cli.md) for the "
            "connection, the output formats and the exit codes.",
            "",
        ]
        lines += [f"- [`{_commands.dashed(name)}`](#{name})" for name in entry_points]
        for entry_point in entry_points:
            heading = f"## `{_commands.dashed(entry_point)}` {{#{entry_point}}}"
            lines += ["", heading, ""]
            for method in _commands.method_names(entry_point):
                command = _commands.command(entry_point, method)
                lines += [
                    f"### `{_commands.dashed(entry_point)} "
                    f"{_commands.dashed(method)}` {{#{entry_point}-{method}}}",
                    "",
                    command.summary,
                    "",
                    "```text",
                    _help_text(entry_point, method),
                    "```",
                    "",
                ]
        result[path] = (title, "\n".join(lines))
    return result


def nav() -> list[dict[str, str]]:
    return [{title: path} for path, (title, _) in pages().items()]
