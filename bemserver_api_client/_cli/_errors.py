"""Exit codes, one per class of error, and the one line each error prints."""

from __future__ import annotations

import enum


def suggestion(name: str, names: list[str]) -> str:
    """ " (did you mean 'x'?)" of the name closest to a misspelt one, or ""."""
    import difflib

    close = difflib.get_close_matches(name, names, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class ExitCode(enum.IntEnum):
    """The command's exit status, by class of error (documented in `--help`)."""

    OK = 0
    #: Anything else (a bug: please report it).
    ERROR = 1
    #: A command, option or value the command line or the client refused.
    USAGE = 2
    #: 404: no such resource.
    NOT_FOUND = 3
    #: 401, 403, a wrong password, no or unsafe credentials.
    AUTH = 4
    #: 422: the server refused the values sent.
    VALIDATION = 5
    #: 409, 412, 428: a conflict, or an ETag missing or outdated.
    CONFLICT = 6
    #: 5xx, no answer (connection, timeout), a malformed answer, a version the
    #: client does not support, a chunk of data that failed.
    SERVER = 7
    #: 304: unchanged since the ETag given (`--etag` on a read).
    NOT_MODIFIED = 8
    #: Ctrl-C.
    INTERRUPTED = 130


EPILOG = """\
exit status:
  0    success
  1    unexpected error
  2    usage: unknown command or option, invalid value, argument refused,
       unknown profile, a file that cannot be read or written
  3    not found (404)
  4    authentication or authorisation (401, 403, wrong password,
       missing or unsafe credentials)
  5    validation (422: the server refused the values sent, or would: a
       misspelt filter, refused before sending)
  6    conflict or precondition (409, 412, 428: ETag missing or outdated)
  7    server or transport (5xx, no answer, malformed answer, failed chunk)
  8    not modified (304, with --etag on a read)
  130  interrupted (Ctrl-C)"""


class CommandError(Exception):
    """An error of the command line itself, with its exit code."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.code = code


def exit_code_of(error: BaseException) -> ExitCode:
    """The exit code of an exception raised by the client."""
    from .. import exceptions as e

    if isinstance(error, CommandError):
        return error.code
    if isinstance(error, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    if isinstance(error, e.BEMServerAPINotModified):
        return ExitCode.NOT_MODIFIED
    if isinstance(error, e.BEMServerAPINotFoundError):
        return ExitCode.NOT_FOUND
    if isinstance(
        error, (e.BEMServerAPIAuthenticationError, e.BEMServerAPIAuthorizationError)
    ):
        return ExitCode.AUTH
    if isinstance(error, e.BEMServerAPIValidationError):
        return ExitCode.VALIDATION
    if isinstance(
        error, (e.BEMServerAPIConflictError, e.BEMServerAPIPreconditionError)
    ):
        return ExitCode.CONFLICT
    if isinstance(error, (e.BEMServerAPIInternalError, e.BEMServerAPIVersionError)):
        return ExitCode.SERVER
    if isinstance(error, e.BEMServerAPIError):
        status = error.status_code
        if status == 404:
            return ExitCode.NOT_FOUND
        if status in (401, 403):
            return ExitCode.AUTH
        if status == 422:
            return ExitCode.VALIDATION
        if status in (409, 412, 428):
            return ExitCode.CONFLICT
        return ExitCode.SERVER
    if isinstance(error, (ValueError, TypeError)):
        return ExitCode.USAGE
    if isinstance(error, OSError) and error.filename is not None:
        return ExitCode.USAGE  # a file given that cannot be read or written
    return ExitCode.ERROR


def one_line(error: BaseException) -> str:
    """An error's message on one line (`GET /sites/999 -> 404: Not found`)."""
    text = str(error) or type(error).__name__
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
