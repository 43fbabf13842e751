"""API versions: which ones the client supports, and which operations each has.

The generated `api_versions` module says which *generations* (groups of
releases with identical documents, named by their newest release) have the
operations that some of them lack. A server version belongs to the first
generation whose name is not older than it, or to the newest one.
"""

from __future__ import annotations

import functools
import math
import re
import warnings
from typing import TYPE_CHECKING, Any

from .exceptions import (
    BEMServerAPIInternalError,
    BEMServerAPIOperationUnavailableError,
    BEMServerAPIVersionError,
    BEMServerAPIVersionWarning,
)

if TYPE_CHECKING:
    from ._generated.operations import OperationRef
    from .response import BEMServerApiClientResponse

#: API versions the package is generated from and tested with: [oldest, newest).
#: Newer versions work with a warning; older ones are refused.
SUPPORTED_API_VERSIONS = ("0.24.0", "0.28.0")


@functools.cache
def _pep440() -> re.Pattern[str]:
    """PEP 440's version syntax, compiled on first use (not at import)."""
    return re.compile(
        r"""
            v?
            (?:(?P<epoch>\d+)!)?
            (?P<release>\d+(?:\.\d+)*)
            (?:[-_.]?(?P<pre_letter>alpha|beta|preview|pre|a|b|c|rc)[-_.]?(?P<pre>\d*))?
            (?:-(?P<post_implicit>\d+)|[-_.]?(?:post|rev|r)[-_.]?(?P<post>\d*))?
            (?:[-_.]?dev[-_.]?(?P<dev>\d*))?
            (?:\+(?P<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
            """,
        re.VERBOSE | re.IGNORECASE,
    )


_PRE_RANK = {"a": 0, "alpha": 0, "b": 1, "beta": 1}  # anything else is rc

Release = tuple[int, ...]


class Version:
    """A version as PEP 440 orders it: 0.28.0.dev1 < 0.28.0rc1 < 0.28.0 <
    0.28.0.post1 < 0.28.0+local1 < 0.28.1. Servers report such suffixes."""

    __slots__ = ("_key", "release", "text")

    def __init__(self, text: str) -> None:
        match = _pep440().fullmatch(str(text).strip())
        if match is None:
            raise BEMServerAPIVersionError(f"Invalid API version: {text!r}")
        self.text = str(text).strip()
        #: The release numbers (major, minor, micro, ...), at least three.
        release = tuple(int(part) for part in match["release"].split("."))
        self.release: Release = release + (0,) * (3 - len(release))
        self._key = self._sort_key(match, release)

    @staticmethod
    def _sort_key(match: re.Match[str], release: Release) -> tuple[object, ...]:
        trimmed = release
        while len(trimmed) > 1 and trimmed[-1] == 0:
            trimmed = trimmed[:-1]
        post_text = match["post_implicit"] or match["post"]
        has_post = match["post_implicit"] is not None or match["post"] is not None
        has_dev = match["dev"] is not None
        pre_letter = match["pre_letter"]
        pre: tuple[int, ...]
        if pre_letter is None:
            # A dev release of a final sorts before its pre-releases.
            pre = (-1,) if has_dev and not has_post else (3,)
        else:
            pre = (_PRE_RANK.get(pre_letter.lower(), 2), int(match["pre"] or 0))
        post = int(post_text or 0) if has_post else -1
        dev: float = int(match["dev"] or 0) if has_dev else math.inf
        local = tuple(
            (1, int(part), "") if part.isdigit() else (0, 0, part.lower())
            for part in re.split(r"[-_.]", match["local"] or "")
            if part
        )
        return (int(match["epoch"] or 0), trimmed, pre, post, dev, local)

    def __repr__(self) -> str:
        return f"Version({self.text!r})"

    def __str__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __lt__(self, other: Version) -> bool:
        return self._key < other._key

    def __le__(self, other: Version) -> bool:
        return self._key <= other._key

    def __gt__(self, other: Version) -> bool:
        return self._key > other._key

    def __ge__(self, other: Version) -> bool:
        return self._key >= other._key


def parse_version(version: str) -> Version:
    """The version, or BEMServerAPIVersionError if it is not one (PEP 440)."""
    return Version(version)


def version_tuple(version: str) -> tuple[int, int, int]:
    """(major, minor, micro) of a version, whatever its suffixes."""
    major, minor, micro = parse_version(version).release[:3]
    return major, minor, micro


def check_api_version(api_version: str) -> None:
    """Refuse an older API version than supported; warn about a newer one.

    Versions are ordered as PEP 440 orders them. A pre-release of the first
    unsupported version (0.28.0rc1 while 0.28.0 is not supported) is newer
    than those tested: it gets the warning, as PEP 440's `<0.28.0` excludes it.
    """
    version = parse_version(api_version)
    low, high = SUPPORTED_API_VERSIONS
    if version < parse_version(low):
        raise BEMServerAPIVersionError(
            f"API version ({api_version}) not supported! (expected: >={low})"
        )
    if version.release >= parse_version(high).release:
        warnings.warn(
            f"API version {api_version} is newer than the versions this client was "
            f"tested with (<{high}): it works if the operations used did not change "
            "(`make spec API_VERSION=...` shows the differences)",
            BEMServerAPIVersionWarning,
            stacklevel=3,
        )


def api_version_of(about: BEMServerApiClientResponse[Any]) -> str:
    """The API version an `/about/` answer states; BEMServerAPIInternalError if
    the answer does not state one (a proxy's page, a malformed body)."""
    data = about.data
    versions = data.get("versions") if isinstance(data, dict) else None
    version = versions.get("bemserver_api") if isinstance(versions, dict) else None
    if not isinstance(version, str):
        raise BEMServerAPIInternalError(
            about.status_code,
            f"/about/ does not state the API version: {str(data)[:200]!r}",
        )
    parse_version(version)  # BEMServerAPIVersionError if it is not a version
    return version


def is_version_limited(operation: OperationRef[Any] | None) -> bool:
    """Whether some supported API versions lack the generated operation."""
    from ._generated.api_versions import OPERATION_GENERATIONS

    return operation is not None and operation.name in OPERATION_GENERATIONS


def _generation_of(release: Release, names: tuple[str, ...]) -> str:
    """The generation of a server's release numbers (suffixes do not change
    which document a server serves: 0.27.1.dev3 is of 0.27's generation)."""
    for name in names:
        if release <= parse_version(name).release:
            return name
    return names[-1]


def _describe(present: tuple[str, ...], names: tuple[str, ...]) -> str:
    """The API versions of some generations, in words."""
    ranges: list[str] = []
    for index, name in enumerate(names):
        if name not in present:
            continue
        after = f"> {names[index - 1]}" if index > 0 else ""
        upto = f"<= {name}" if index < len(names) - 1 else ""
        ranges.append(" and ".join(part for part in (after, upto) if part) or "all")
    return " or ".join(ranges)


def unavailable_error(
    operation: OperationRef[Any] | None, caller: str, api_version: str
) -> BEMServerAPIOperationUnavailableError | None:
    """The error to raise if the server's API version lacks the operation."""
    from ._generated.api_versions import GENERATIONS, OPERATION_GENERATIONS

    present = OPERATION_GENERATIONS.get(operation.name) if operation else None
    if present is None:
        return None
    if _generation_of(parse_version(api_version).release, GENERATIONS) in present:
        return None
    return BEMServerAPIOperationUnavailableError(
        f"{caller} is not available on this server (API {api_version}): it exists "
        f"in API versions {_describe(present, GENERATIONS)}"
    )
