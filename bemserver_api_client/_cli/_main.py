"""`bemserver-api-client ENTRY_POINT OPERATION [ARGUMENTS...] [--OPTION VALUE...]`.

Only the command asked for is read from the client (its entry point's resource
and the method's signature, `_commands`): the start-up pays for one parser.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _commands as c
from . import _profiles as p
from ._convert import (
    ConversionError,
    Kind,
    by_enum_name,
    convert,
    enum_member,
    filter_value,
)
from ._errors import (
    EPILOG,
    CommandError,
    ExitCode,
    exit_code_of,
    one_line,
    suggestion,
)
from ._output import FORMATS, ProgressBar, dump_json, write

PROG = "bemserver-api-client"

#: The command line's own commands, beside the entry points.
BUILTINS = {
    "login": "store a token pair for a profile (asks for the password)",
    "logout": "forget a profile's token pair",
    "completion": "print a shell completion script (bash, zsh, fish)",
    "sandbox": "a real BEMServer API server on this machine ([testing] extra)",
}

#: Options of every command: (flags, takes a value, help).
GLOBAL_OPTIONS: tuple[tuple[tuple[str, ...], bool, str], ...] = (
    (("--host",), True, f"server host[:port] (${p.HOST_ENV}, else the profile's)"),
    (("--no-ssl",), False, f"http, not https (${p.USE_SSL_ENV}=0)"),
    (
        ("--profile",),
        True,
        f"profile of the config file (${p.PROFILE_ENV}, else {p.DEFAULT_PROFILE})",
    ),
    (
        ("--email",),
        True,
        f"user's email (${p.EMAIL_ENV}, else the profile's)",
    ),
    (
        ("--password-stdin",),
        False,
        f"read the password from stdin (else ${p.PASSWORD_ENV})",
    ),
    (
        ("-o", "--output"),
        True,
        "json, table or csv (default: table on a terminal, else json)",
    ),
    (("--include-etag",), False, 'print {"etag": ..., "data": ...}'),
    (("-q", "--quiet"), False, "no progress bar or notice on stderr (errors stay)"),
    (("--debug",), False, "log each request on stderr (no secret is logged)"),
)
_TAKES_VALUE = {flag for flags, value, _ in GLOBAL_OPTIONS if value for flag in flags}


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (and exit code 2, see `main`)."""

    def error(self, message: str) -> Any:
        raise CommandError(f"{self.prog}: {message} (see --help)")


def _global_parser(taken: frozenset[str] = frozenset()) -> argparse.ArgumentParser:
    """The options of every command but those `taken` by the operation's own
    (`users getall --email`: the filter; the connection's email then comes
    from the environment or the profile). Read with `_option`."""
    parser = _Parser(add_help=False)
    group = parser.add_argument_group("connection and output")
    for flags, value, help_text in GLOBAL_OPTIONS:
        dest = _GLOBAL + flags[-1].lstrip("-").replace("-", "_")
        free = [flag for flag in flags if flag not in taken]
        if not free:
            continue
        if value:
            kwargs: dict[str, Any] = {"metavar": flags[-1].lstrip("-").upper()}
            if flags[-1] == "--output":
                kwargs["choices"] = FORMATS
            group.add_argument(*free, dest=dest, help=help_text, **kwargs)
        else:
            group.add_argument(*free, dest=dest, action="store_true", help=help_text)
    return parser


#: The prefix of the global options' names in a parsed namespace, apart from
#: the operation's arguments.
_GLOBAL = "global_"


def _option(args: argparse.Namespace, name: str) -> Any:
    """A global option's value (None, or False, when not given or taken)."""
    return getattr(args, _GLOBAL + name, None)


def _words(argv: Sequence[str]) -> list[tuple[int, str]]:
    """The first words that are not options or their values (at most 2)."""
    words: list[tuple[int, str]] = []
    index = 0
    while index < len(argv) and len(words) < 2:
        arg = argv[index]
        if arg == "--":
            break
        if arg.startswith("-") and arg != "-":
            if arg in _TAKES_VALUE:
                index += 1
        else:
            words.append((index, arg))
        index += 1
    return words


def _top_help() -> str:
    groups = [c.dashed(name) for name in c.entry_point_names()]
    lines = [
        f"usage: {PROG} [OPTIONS] ENTRY_POINT OPERATION [ARGUMENTS...]"
        " [--NAME VALUE...]",
        "",
        "The BEMServer API from a shell: every entry point and operation of the",
        "Python client (`api_client.sites.getall(campaign_id=1)` is",
        f"`{PROG} sites getall --campaign-id 1`). Names take dashes or",
        f"underscores. `{PROG} ENTRY_POINT --help` lists its operations.",
        "",
        "entry points:",
    ]
    lines += _columns(groups)
    lines += ["", "commands:"]
    lines += [f"  {name:<12} {text}" for name, text in BUILTINS.items()]
    lines += ["", "options (before or after the command):"]
    for flags, value, help_text in GLOBAL_OPTIONS:
        shown = ", ".join(flags) + (
            " " + flags[-1].lstrip("-").upper() if value else ""
        )
        lines.append(f"  {shown:<22}{help_text}")
    lines += [
        "  -h, --help            this help",
        "  --version             the client's version",
        "",
        "credentials: $BEMSERVER_API_EMAIL and $BEMSERVER_API_PASSWORD, or",
        "$BEMSERVER_API_ACCESS_TOKEN (and $BEMSERVER_API_REFRESH_TOKEN), or the",
        f"token pair `{PROG} login` stored for the profile.",
        "",
        EPILOG,
    ]
    return "\n".join(lines) + "\n"


def _columns(names: list[str]) -> list[str]:
    width = max(len(name) for name in names) + 2
    per_line = max(1, 76 // width)
    return [
        "  " + "".join(name.ljust(width) for name in names[i : i + per_line]).rstrip()
        for i in range(0, len(names), per_line)
    ]


def _group_help(group: str) -> str:
    lines = [
        f"usage: {PROG} {c.dashed(group)} OPERATION [ARGUMENTS...] [--NAME VALUE...]",
        "",
        f"Operations of `api_client.{group}`:",
        "",
    ]
    for command in c.commands(group):
        lines.append(f"  {c.dashed(command.name):<36} {command.summary}")
    lines += [
        "",
        f"`{PROG} {c.dashed(group)} OPERATION --help` describes one.",
    ]
    return "\n".join(lines) + "\n"


def _parameter_help(parameter: c.Parameter) -> str:
    text = parameter.annotation or parameter.kind.value
    if parameter.kind in (Kind.INT_LIST, Kind.FLOAT_LIST, Kind.STR_LIST):
        text += "; repeat or separate by commas"
    if parameter.kind is Kind.BODY:
        text += "; JSON text, @file.json or - for stdin"
    if parameter.kind is Kind.FILE:
        text = "a CSV, JSON or Parquet file, or - for stdin (--format csv|json)"
    if parameter.name == c.TO_FILE_PARAMETER:
        text = "write the data to this file (.csv or .json) rather than stdout"
    if not parameter.required and parameter.default is not None:
        text += f" (default: {parameter.default})"
    return text.replace("%", "%%")


def _own_options(command: c.Command) -> frozenset[str]:
    """The option strings of an operation's own parameters."""
    return frozenset(
        flag
        for parameter in command.parameters
        if not parameter.positional
        for flag in (parameter.option, "--json", "--to-file")
    )


def _command_parser(command: c.Command) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{PROG} {c.dashed(command.group)} {c.dashed(command.name)}",
        description=command.doc.replace("%", "%%"),
        epilog=(
            "Other --NAME VALUE pairs are sent as filters (repeat one for a list).\n\n"
            if command.extra_filters
            else ""
        )
        + EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_global_parser(_own_options(command))],
    )
    for parameter in command.parameters:
        if parameter.kind is Kind.SECRET:
            continue
        if parameter.positional:
            many = parameter.kind in (Kind.INT_LIST, Kind.FLOAT_LIST, Kind.STR_LIST)
            parser.add_argument(
                parameter.name,
                metavar=parameter.name.upper(),
                nargs="+" if many else None,
                help=_parameter_help(parameter),
            )
            continue
        flags = [parameter.option]
        if parameter.kind is Kind.BODY:
            flags = ["--json"] if parameter.required else flags
        if parameter.option == "--to":
            flags.append("--to-file")
        parser.add_argument(
            *flags,
            dest=parameter.name,
            action="append",
            required=parameter.required,
            metavar="VALUE",
            help=_parameter_help(parameter),
        )
    return parser


def _extra_filters(
    extras: list[str], parser: argparse.ArgumentParser
) -> dict[str, Any]:
    values: dict[str, list[str]] = {}
    index = 0
    while index < len(extras):
        arg = extras[index]
        if not arg.startswith("--") or arg == "--":
            parser.error(f"unrecognized argument: {arg}")
        name, equals, value = arg[2:].partition("=")
        if not equals:
            if index + 1 >= len(extras) or extras[index + 1].startswith("--"):
                parser.error(f"argument {arg}: expected a value")
            index += 1
            value = extras[index]
        values.setdefault(c.normalise(name), []).append(value)
        index += 1
    return {name: filter_value(items) for name, items in values.items()}


def _password(args: argparse.Namespace, prompt: bool) -> str | None:
    if _option(args, "password_stdin"):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    password = os.environ.get(p.PASSWORD_ENV)
    if password:
        return password
    if prompt and sys.stdin.isatty():
        import getpass

        return getpass.getpass("Password: ")
    return None


def _settings(
    args: argparse.Namespace, new: bool = False
) -> tuple[p.Profile, str, bool]:
    """The profile, host and SSL of a command; a profile the user named must
    exist, unless the command makes it (`new`: login)."""
    named = _option(args, "profile") or os.environ.get(p.PROFILE_ENV)
    profile = p.read_profile(named or p.DEFAULT_PROFILE, named=bool(named) and not new)
    host = _option(args, "host") or os.environ.get(p.HOST_ENV) or profile.host
    if not host:
        raise CommandError(
            f"no server: give --host, set ${p.HOST_ENV}, or log in a profile"
        )
    env_ssl = p.use_ssl_from_environment()
    use_ssl = (
        False
        if _option(args, "no_ssl")
        else env_ssl
        if env_ssl is not None
        else profile.use_ssl
    )
    return profile, host, use_ssl


def _client(args: argparse.Namespace, password: str | None = None) -> Any:
    from .. import BEMServerAPIClient

    profile, host, use_ssl = _settings(args)
    email = _option(args, "email") or os.environ.get(p.EMAIL_ENV) or profile.email
    access = os.environ.get(p.ACCESS_TOKEN_ENV)
    auth: Any = None
    if access:
        auth = BEMServerAPIClient.make_bearer_token_auth(
            access, os.environ.get(p.REFRESH_TOKEN_ENV) or None
        )
    else:
        password = password or _password(args, prompt=False)
        if email and password:
            auth = BEMServerAPIClient.make_http_basic_auth(email, password)
        else:
            tokens = p.stored_tokens(profile.name)
            if tokens is not None:
                name = profile.name

                def store(access_token: str, refresh_token: str | None) -> None:
                    p.store_tokens(name, access_token, refresh_token)

                auth = BEMServerAPIClient.make_bearer_token_auth(
                    tokens[0], tokens[1], store
                )
    return BEMServerAPIClient(host, use_ssl=use_ssl, authentication_method=auth)


def _output_format(args: argparse.Namespace) -> str:
    if _option(args, "output"):
        return str(_option(args, "output"))
    return "table" if sys.stdout.isatty() else "json"


def _data_format(path: str, given: str | None) -> str:
    if given:
        return given.lower()
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("csv", "json", "parquet"):
        return suffix
    raise CommandError(
        f"{path}: format unknown from its name: give --format csv or --format json"
    )


def _need_parquet() -> None:
    """Refuse a Parquet file, before any request, where pandas or pyarrow lacks."""
    import importlib

    for module in ("pandas", "pyarrow"):
        try:
            importlib.import_module(module)
        except ImportError:
            raise CommandError(
                f"Parquet files need pandas and pyarrow ({module} is missing):"
                " pip install 'bemserver-api-client[parquet]'"
            ) from None


def _read_data(path: str, data_format: str) -> Any:
    """A data file as the upload methods take it."""
    if data_format == "parquet":
        _need_parquet()
        import pandas as pd

        return pd.read_parquet(sys.stdin.buffer if path == "-" else path)
    try:
        content = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror}") from None
    if data_format == "json":
        try:
            return json.loads(content)
        except ValueError as error:
            raise CommandError(f"{path}: invalid JSON: {error}") from None
    return content


def _arguments(
    command: c.Command, namespace: argparse.Namespace, args: argparse.Namespace
) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """Positional and keyword arguments of the method; what the command line
    does with the answer (`to`: a file to write)."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    handling: dict[str, Any] = {}
    given = vars(namespace)
    data_format = None
    for parameter in command.parameters:
        raw = given.get(parameter.name)
        if parameter.kind is Kind.SECRET:
            value: Any = _password(args, prompt=True)
            if value is None:
                raise CommandError(
                    f"{parameter.name}: give it on stdin (--password-stdin) or in "
                    f"${p.PASSWORD_ENV}; never on the command line"
                )
        elif raw is None:
            continue
        elif parameter.kind is Kind.FILE:
            formats = given.get("format")
            data_format = _data_format(raw, formats[-1] if formats else None)
            value = _read_data(raw, data_format)
            if data_format == "parquet":
                data_format = None
        elif parameter.name == c.TO_FILE_PARAMETER:
            target = raw[-1]
            formats = given.get("format")
            file_format = _data_format(target, formats[-1] if formats else None)
            handling["to"] = target
            if file_format == "csv":
                keywords["format"] = enum_member("DataFormat", "csv")
                handling["written"] = True  # by the client, as it downloads
                value = target
            elif file_format == "json":
                keywords["format"] = enum_member("DataFormat", "json")
                continue
            elif file_format == "parquet":
                handling["parquet"] = True
                continue
            else:
                raise CommandError(f"--to {target}: write .csv, .json or .parquet")
        else:
            values = raw if isinstance(raw, list) else [raw]
            shown = parameter.name.upper() if parameter.positional else parameter.option
            value = convert(parameter.kind, values, shown)
            if parameter.kind is Kind.STR:
                value = by_enum_name(parameter.annotation, value)
        if parameter.positional:
            positional.append(value)
        else:
            keywords[parameter.name] = value
    if data_format is not None and "format" in {q.name for q in command.parameters}:
        keywords["format"] = enum_member("DataFormat", data_format)
    if command.takes_progress and not _option(args, "quiet") and sys.stderr.isatty():
        bar = ProgressBar(sys.stderr)
        keywords["progress"] = bar
        handling["bar"] = bar
    return positional, keywords, handling


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """Warnings on one line, without the client's source line."""
    print(f"{PROG}: warning: {one_line(Exception(str(message)))}", file=sys.stderr)


def _configure_logging(args: argparse.Namespace) -> None:
    import warnings

    warnings.showwarning = _show_warning
    if not _option(args, "debug"):
        return
    logger = logging.getLogger("bemserver_api_client")
    logger.setLevel(logging.DEBUG)
    if logger.handlers:  # BEMSERVER_API_CLIENT_LOG made one already
        for handler in logger.handlers:
            handler.setLevel(logging.DEBUG)
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)


def _run_command(group: str, name: str, argv: list[str]) -> int:
    command = c.command(group, name)
    parser = _command_parser(command)
    if command.extra_filters:
        namespace, extras = parser.parse_known_args(argv)
        filters = _extra_filters(extras, parser)
    else:
        namespace = parser.parse_args(argv)
        filters = {}
    args = namespace
    _configure_logging(args)
    output = _output_format(args)
    try:
        positional, keywords, handling = _arguments(command, namespace, args)
    except ConversionError as error:
        parser.error(str(error))
    keywords.update(filters)
    if handling.get("parquet"):
        # The DataFrame twin of the download (`download_by_names_dataframe`).
        name = f"{name}_dataframe"
        if not hasattr(c.resource_class(group), name):
            raise CommandError(f"--to: no Parquet file for {command.name}")
        _need_parquet()
    with _client(args) as client:
        method = getattr(getattr(client, group), name)
        bar = handling.get("bar")
        try:
            result = method(*positional, **keywords)
        finally:
            if bar is not None:
                bar.close()
        if handling.get("parquet"):
            data: Any = getattr(result, "parsed", result)
            etag = None
        elif hasattr(result, "__next__") or (
            hasattr(result, "__iter__") and not hasattr(result, "data")
        ):
            data = list(result)
            etag = None
        else:
            data = result.data
            etag = (
                getattr(result, "etag", None) if _option(args, "include_etag") else None
            )
        if handling.get("parquet"):
            data.to_parquet(handling["to"])
            handling["written"] = True
        if "to" in handling:
            if not handling.get("written"):
                with open(handling["to"], "w", encoding="utf-8") as file:
                    dump_json(data, file, indent=1)
            if not _option(args, "quiet"):
                print(f"wrote {handling['to']}", file=sys.stderr)
            return ExitCode.OK
        if _option(args, "include_etag"):
            data = {"etag": etag or None, "data": data}
        write(data, output, sys.stdout)
    return ExitCode.OK


def _login(argv: list[str]) -> int:
    parser = _Parser(
        prog=f"{PROG} login",
        description=(
            "Exchange an email and password for a token pair and store it for the "
            "profile (tokens.json, readable by its owner only), with the host, "
            "SSL and email in config.ini. The password is never stored: it comes "
            f"from --password-stdin, ${p.PASSWORD_ENV}, or a prompt."
        ),
        parents=[_global_parser()],
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    args = parser.parse_args(argv)
    _configure_logging(args)
    profile, host, use_ssl = _settings(args, new=True)
    email = _option(args, "email") or os.environ.get(p.EMAIL_ENV) or profile.email
    if not email:
        if not sys.stdin.isatty():
            raise CommandError(f"no email: give --email or set ${p.EMAIL_ENV}")
        email = input("Email: ").strip()
    password = _password(args, prompt=True)
    if not password:
        raise CommandError(
            f"no password: --password-stdin, ${p.PASSWORD_ENV} or a terminal"
        )
    from .. import BEMServerAPIClient

    with BEMServerAPIClient(host, use_ssl=use_ssl) as client:
        answer = client.auth.get_tokens(email, password).data
    if not isinstance(answer, dict) or answer.get("status") != "success":
        raise CommandError("login: wrong email or password", ExitCode.AUTH)
    p.store_tokens(profile.name, answer["access_token"], answer.get("refresh_token"))
    p.write_profile(p.Profile(profile.name, host=host, use_ssl=use_ssl, email=email))
    if not _option(args, "quiet"):
        print(
            f"logged in to {host} as {email} (profile {profile.name})",
            file=sys.stderr,
        )
    return ExitCode.OK


def _logout(argv: list[str]) -> int:
    parser = _Parser(
        prog=f"{PROG} logout",
        description="Forget the token pair stored for the profile.",
        parents=[_global_parser()],
    )
    args = parser.parse_args(argv)
    name = (
        _option(args, "profile") or os.environ.get(p.PROFILE_ENV) or p.DEFAULT_PROFILE
    )
    forgotten = p.forget_tokens(name)
    if not _option(args, "quiet"):
        print(
            f"profile {name}: " + ("tokens forgotten" if forgotten else "no tokens"),
            file=sys.stderr,
        )
    return ExitCode.OK


def _builtin(name: str, argv: list[str]) -> int:
    if name == "login":
        return _login(argv)
    if name == "logout":
        return _logout(argv)
    if name == "completion":
        from ._completion import completion_main

        return completion_main(argv)
    if name == "__complete":
        from ._completion import complete_main

        return complete_main(argv)
    if name == "sandbox":
        try:
            from ..testing.__main__ import main as sandbox_main
        except ImportError as error:
            raise CommandError(
                f"the sandbox needs the [testing] extra ({error.name} is missing):"
                " pip install 'bemserver-api-client[testing]'"
            ) from None
        return sandbox_main(argv)
    raise AssertionError(name)


def run(argv: list[str]) -> int:
    words = _words(argv)
    if not words:
        if "--version" in argv:
            from .._version import __version__

            print(f"{PROG} {__version__}")
            return ExitCode.OK
        if any(arg in ("-h", "--help") for arg in argv):
            sys.stdout.write(_top_help())
            return ExitCode.OK
        sys.stderr.write(_top_help())
        return ExitCode.USAGE
    index, word = words[0]
    if word in BUILTINS or word == "__complete":
        return _builtin(word, argv[:index] + argv[index + 1 :])
    group = c.normalise(word)
    groups = c.entry_point_names()
    if group not in groups:
        raise CommandError(
            f"unknown entry point {word!r}"
            + suggestion(group, groups)
            + f": `{PROG} --help` lists them"
        )
    rest = argv[:index] + argv[index + 1 :]
    if len(words) < 2:
        if any(arg in ("-h", "--help") for arg in argv):
            sys.stdout.write(_group_help(group))
            return ExitCode.OK
        sys.stderr.write(_group_help(group))
        return ExitCode.USAGE
    operation_index, operation = words[1]
    name = c.normalise(operation)
    names = c.method_names(group)
    if name not in names:
        raise CommandError(
            f"{c.dashed(group)}: unknown operation {operation!r}"
            + suggestion(name, names)
            + f": `{PROG} {c.dashed(group)} --help` lists them"
        )
    rest = [arg for i, arg in enumerate(argv) if i not in (index, operation_index)]
    return _run_command(group, name, rest)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        return run(arguments)
    except KeyboardInterrupt as interrupt:
        message = one_line(interrupt)
        print(
            f"{PROG}: interrupted"
            + (f": {message}" if message and message != "KeyboardInterrupt" else ""),
            file=sys.stderr,
        )
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # `... | head`: the reader left; nothing more to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    except Exception as error:  # one line on stderr, and the class's exit code
        prefix = "" if str(error).startswith(PROG) else f"{PROG}: "
        print(f"{prefix}{one_line(error)}", file=sys.stderr)
        return exit_code_of(error)
