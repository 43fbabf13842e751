"""The commands, read from the client itself: an entry point of
`BEMServerAPIClient` is a command group, each public method of its resource a
command, each parameter of the method's run-time signature an argument.

Nothing here lists commands: a new entry point, method or parameter of the
client is a new command, option or argument, with the method's docstring as
its help.
"""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._convert import Kind, kind_of

#: Parameters the command line gives itself (a progress bar on a terminal).
SUPPLIED = frozenset({"progress"})
#: Parameters never taken from the command line (shown by `ps`, kept in shell
#: histories): read from the environment, stdin or a prompt (see `_connect`).
SECRET = frozenset({"password"})
#: The file a download writes (`--to out.csv`).
TO_FILE_PARAMETER = "to_file"


def normalise(name: str) -> str:
    """A name as Python spells it: `upload-by-names` -> `upload_by_names`."""
    return name.replace("-", "_")


def dashed(name: str) -> str:
    return name.replace("_", "-")


@dataclass(frozen=True)
class Parameter:
    """One parameter of a method, as the command line takes it."""

    name: str
    kind: Kind
    annotation: str
    required: bool
    positional: bool
    default: Any = None

    @property
    def option(self) -> str:
        if self.name == TO_FILE_PARAMETER:
            return "--to"
        return "--" + dashed(self.name)


@dataclass(frozen=True)
class Command:
    """One public method of an entry point's resource."""

    group: str
    name: str
    doc: str
    parameters: tuple[Parameter, ...]
    #: `**query` / `**filters`: other `--name value` pairs are sent as filters.
    extra_filters: bool
    returns: str = ""
    data_file: bool = False
    #: It takes `progress=` (the data transfers): a bar on a terminal.
    takes_progress: bool = False

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""


def entry_point_names() -> list[str]:
    """The client's entry points (`sites`, `timeseries_data`...), sorted.

    Read from the client's entry point table, which imports every resource
    module (a third of the start-up): `--help` and completion read them from a
    cache instead, kept beside the user's other caches, valid for the package's
    version and its modules as they are (`_cache_key`).
    """
    key = _cache_key()
    path = _cache_file()
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if cached.get("key") == key and isinstance(cached.get("names"), list):
            return [str(name) for name in cached["names"]]
    except (OSError, ValueError, AttributeError):
        pass
    from .._entry_points import entry_point_names as names

    found = sorted(names())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(json.dumps({"key": key, "names": found}), "utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only home: no cache, the same names
    return found


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bemserver-api-client" / "cli-entry-points.json"


def _cache_key() -> str:
    """The package's version, place, and the size and time of each module of
    its top level and of its generated core's and resource classes' (where
    the entry point tables are): any change of them makes another key."""
    from .. import __version__

    package = Path(__file__).resolve().parent.parent
    parts = [__version__, str(package)]
    generated = package / "_generated"
    for folder in (package, generated, generated / "resources", package / "resources"):
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(".py"):
                info = entry.stat()
                parts.append(f"{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


def client_class() -> Any:
    from .. import BEMServerAPIClient

    return BEMServerAPIClient


def resource_class(group: str) -> Any:
    """The class of an entry point's resource objects."""
    entry_point = inspect.getattr_static(client_class(), group)
    return entry_point.resource


def _is_public_method(resource: type[Any], name: str) -> bool:
    if name.startswith("_"):
        return False
    # A function, or a descriptor wrapping one (functools.wraps).
    value = getattr(resource, name, None)
    return inspect.isfunction(value) or inspect.isfunction(
        getattr(value, "__wrapped__", None)
    )


def method_names(group: str) -> list[str]:
    """The public methods of an entry point's resource that the command line
    can call: not those answering a DataFrame (the files of `download` and
    `upload` carry the same data)."""
    resource = resource_class(group)
    return sorted(
        name
        for name in dir(resource)
        if _is_public_method(resource, name)
        and "DataFrame" not in _return_text(getattr(resource, name))
    )


def _function(method: Any) -> Callable[..., Any]:
    """The function of a method (a descriptor wrapping one: its `__wrapped__`)."""
    if callable(method):
        return method  # type: ignore[no-any-return]
    return method.__wrapped__  # type: ignore[no-any-return]


def _signature(method: Any) -> inspect.Signature:
    signature = inspect.signature(_function(method))
    parameters = list(signature.parameters.values())
    if parameters and parameters[0].name == "self":
        parameters = parameters[1:]
    return signature.replace(parameters=parameters)


def _return_text(method: Any) -> str:
    try:
        annotation = inspect.signature(_function(method)).return_annotation
    except (TypeError, ValueError):
        return ""
    return _annotation_text(annotation)


def _annotation_text(annotation: Any) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


def command(group: str, name: str) -> Command:
    """The command of `group`'s method `name` (Python names)."""
    method = getattr(resource_class(group), name)
    signature = _signature(method)
    parameters: list[Parameter] = []
    extra_filters = False
    data_file = False
    for parameter in signature.parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            extra_filters = True
            continue
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            continue
        if parameter.name in SUPPLIED:
            continue
        text = _annotation_text(parameter.annotation)
        kind = kind_of(text)
        if "DataFrame" in text:
            # Data a DataFrame can carry comes from a file (CSV, JSON...).
            kind = Kind.FILE
            data_file = True
        elif parameter.name in SECRET:
            kind = Kind.SECRET
        required = parameter.default is inspect.Parameter.empty
        positional = required and parameter.kind in (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        )
        if kind is Kind.BODY:
            positional = False  # payloads are --json
        parameters.append(
            Parameter(
                name=parameter.name,
                kind=kind,
                annotation=text,
                required=required,
                positional=positional,
                default=None if required else parameter.default,
            )
        )
    return Command(
        group=group,
        name=name,
        doc=inspect.getdoc(_function(method)) or "",
        parameters=tuple(parameters),
        extra_filters=extra_filters,
        returns=_return_text(method),
        data_file=data_file,
        takes_progress="progress" in signature.parameters,
    )


def commands(group: str) -> Iterator[Command]:
    for name in method_names(group):
        yield command(group, name)
