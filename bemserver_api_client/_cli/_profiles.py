"""Where the command line finds its server and credentials: options, the
environment, then a named profile of the configuration file.

Files, under `$XDG_CONFIG_HOME/bemserver-api-client/` (`~/.config/...`;
`%APPDATA%` on Windows):

- `config.ini`: a section per profile (`[default]`, `[staging]`) with `host`,
  `use_ssl` and `email`; never a password or a token.
- `tokens.json`: the token pairs `login` stored, by profile. Only its owner may
  read it (mode 0600, written so): one that others can read is refused.

A folder that others can write is refused (neither file is read): another
user could swap `config.ini`'s host and receive the tokens.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._errors import CommandError, ExitCode, suggestion

HOST_ENV = "BEMSERVER_API_HOST"
USE_SSL_ENV = "BEMSERVER_API_USE_SSL"
EMAIL_ENV = "BEMSERVER_API_EMAIL"
PASSWORD_ENV = "BEMSERVER_API_PASSWORD"
ACCESS_TOKEN_ENV = "BEMSERVER_API_ACCESS_TOKEN"
REFRESH_TOKEN_ENV = "BEMSERVER_API_REFRESH_TOKEN"
PROFILE_ENV = "BEMSERVER_API_PROFILE"
DEFAULT_PROFILE = "default"

_FALSE = frozenset({"0", "false", "no", "off"})


def config_dir() -> Path:
    """The command line's configuration directory."""
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "bemserver-api-client"


def config_file() -> Path:
    return config_dir() / "config.ini"


def tokens_file() -> Path:
    return config_dir() / "tokens.json"


@dataclass
class Profile:
    name: str
    host: str | None = None
    use_ssl: bool = True
    email: str | None = None


def _flag(text: str) -> bool:
    return text.strip().lower() not in _FALSE


def read_profile(name: str, *, named: bool = False) -> Profile:
    """A profile of the configuration file (empty if it has none of that name,
    unless the user `named` it: a misspelt profile is an error, not a
    connection without its host and tokens)."""
    import configparser

    parser = configparser.ConfigParser()
    path = config_file()
    check_folder(path.parent)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CommandError(f"{path} is not a valid config file: {first}") from None
    if not parser.has_section(name):
        known = sorted({*parser.sections(), *_token_profiles()})
        if named and name not in known:
            stored = ", ".join(known) or "none"
            raise CommandError(
                f"unknown profile {name!r}{suggestion(name, known)}; profiles: "
                f"{stored}; `login` makes one"
            )
        return Profile(name)
    section = parser[name]
    return Profile(
        name,
        host=section.get("host") or None,
        use_ssl=_flag(section.get("use_ssl", "1")),
        email=section.get("email") or None,
    )


def _token_profiles() -> list[str]:
    """The profiles that have tokens stored (logged in without a config entry)."""
    try:
        return [name for name in read_secrets(tokens_file()) if isinstance(name, str)]
    except CommandError:
        return []  # reported when the tokens are used


def write_profile(profile: Profile) -> None:
    """Store a profile's host, SSL and email (no secret) in the config file."""
    import configparser

    parser = configparser.ConfigParser()
    path = config_file()
    parser.read(path, encoding="utf-8")
    if not parser.has_section(profile.name):
        parser.add_section(profile.name)
    section = parser[profile.name]
    if profile.host:
        section["host"] = profile.host
    section["use_ssl"] = "1" if profile.use_ssl else "0"
    if profile.email:
        section["email"] = profile.email
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        parser.write(file)


def check_folder(folder: Path) -> None:
    """Refuse a configuration folder that another user may write to."""
    try:
        _refuse_shared(
            folder,
            stat.S_IWGRP | stat.S_IWOTH,
            "writable by others",
            f"refused, its files could be swapped; `chmod 700 {folder}`",
        )
    except FileNotFoundError:
        return


def check_private(path: Path) -> None:
    """Refuse a secret file that its owner is not the only one to read."""
    _refuse_shared(
        path,
        stat.S_IRWXG | stat.S_IRWXO,
        "readable by others",
        f"refused; `chmod 600 {path}`, or log in again",
    )


def _refuse_shared(path: Path, forbidden: int, shared: str, remedy: str) -> None:
    """Refuse (POSIX) a file or folder of the configuration whose mode has any
    of the `forbidden` bits, or that another user owns."""
    if os.name != "posix":
        return
    info = path.stat()
    if info.st_mode & forbidden:
        raise CommandError(
            f"{path} is {shared} (mode {stat.S_IMODE(info.st_mode):o}): {remedy}",
            ExitCode.AUTH,
        )
    if info.st_uid != os.getuid():
        raise CommandError(f"{path} belongs to another user: refused", ExitCode.AUTH)


def read_secrets(path: Path) -> dict[str, Any]:
    """The JSON of a secret file, after `check_private`; {} if there is none."""
    check_folder(path.parent)
    try:
        check_private(path)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise _malformed(path, "is not JSON") from None
    if not isinstance(value, dict):
        raise _malformed(path, "is not a JSON object of profiles")
    return value


def _malformed(path: Path, what: str) -> CommandError:
    return CommandError(f"{path} {what}: remove it and log in again", ExitCode.AUTH)


def write_secrets(path: Path, value: dict[str, Any]) -> None:
    """Write a secret file only its owner can read, atomically (a temporary
    file made with mode 0600, renamed over the old one)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(
        temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_TRUNC, 0o600
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(value, file, indent=2)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def stored_tokens(profile: str) -> tuple[str, str | None] | None:
    """The token pair `login` stored for a profile, if any."""
    path = tokens_file()
    entry = read_secrets(path).get(profile)
    if entry is None:
        return None
    if isinstance(entry, dict):
        access, refresh = entry.get("access_token"), entry.get("refresh_token")
        if isinstance(access, str) and isinstance(refresh, str | None):
            return access, refresh
    # Read as "no tokens", the command would go on unauthenticated.
    raise _malformed(path, f"holds no token pair for profile {profile!r}")


def store_tokens(profile: str, access_token: str, refresh_token: str | None) -> None:
    secrets = read_secrets(tokens_file())
    secrets[profile] = {"access_token": access_token, "refresh_token": refresh_token}
    write_secrets(tokens_file(), secrets)


def forget_tokens(profile: str) -> bool:
    """Remove a profile's tokens; whether it had some."""
    secrets = read_secrets(tokens_file())
    if profile not in secrets:
        return False
    del secrets[profile]
    write_secrets(tokens_file(), secrets)
    return True


def use_ssl_from_environment() -> bool | None:
    value = os.environ.get(USE_SSL_ENV)
    return None if value is None or not value.strip() else _flag(value)
