"""The sandbox's one exception type, and the log excerpt its messages carry."""

from __future__ import annotations

from pathlib import Path

# How much of a log an error message quotes: enough for a traceback, short
# enough to read in a pytest report.
LOG_TAIL_LINES = 40
_LOG_TAIL_BYTES = 64 * 1024


class SandboxError(RuntimeError):
    """The sandbox could not be prepared, started, used or stopped.

    The message says what failed and, when a server process was involved,
    quotes the end of its log.
    """


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    """Return the last ``lines`` lines of the log at ``path`` ("" if unreadable)."""
    try:
        with path.open("rb") as log:
            log.seek(0, 2)
            size = log.tell()
            log.seek(max(0, size - _LOG_TAIL_BYTES))
            text = log.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def with_log_tail(message: str, path: Path, lines: int = LOG_TAIL_LINES) -> str:
    """Append the end of the log at ``path`` to ``message``, if there is any."""
    tail = log_tail(path, lines)
    if not tail:
        return message
    return f"{message}\n--- last lines of {path} ---\n{tail}"
