"""API versions: which ones the client supports, and which operations each has.

The generated `api_versions` module says which *generations* (groups of
releases with identical documents, named by their newest release) have the
operations that some of them lack. A server version belongs to the first
generation whose name is not older than it, or to the newest one.
"""

from __future__ import annotations

import re
import warnings

from .exceptions import (
    BEMServerAPIOperationUnavailableError,
    BEMServerAPIVersionError,
    BEMServerAPIVersionWarning,
)

#: API versions the package is generated from and tested with: [oldest, newest).
#: Newer versions work with a warning; older ones are refused.
SUPPORTED_API_VERSIONS = ("0.24.0", "0.28.0")

Version = tuple[int, int, int]


def version_tuple(version: str) -> Version:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", str(version).strip())
    if match is None:
        raise BEMServerAPIVersionError(f"Invalid API version: {version!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def check_api_version(api_version: str) -> None:
    """Refuse an older API version than supported; warn about a newer one."""
    version = version_tuple(api_version)
    low, high = SUPPORTED_API_VERSIONS
    if version < version_tuple(low):
        raise BEMServerAPIVersionError(
            f"API version ({api_version}) not supported! (expected: >={low})"
        )
    if version >= version_tuple(high):
        warnings.warn(
            f"API version {api_version} is newer than the versions this client was "
            f"tested with (<{high}): it works if the operations used did not change "
            "(`make spec API_VERSION=...` shows the differences)",
            BEMServerAPIVersionWarning,
            stacklevel=3,
        )


def is_version_limited(operation: str) -> bool:
    """Whether some supported API versions lack the generated operation."""
    from ._generated.api_versions import OPERATION_GENERATIONS

    return operation in OPERATION_GENERATIONS


def _generation_of(version: Version, names: tuple[str, ...]) -> str:
    for name in names:
        if version <= version_tuple(name):
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
    operation: str, caller: str, api_version: str
) -> BEMServerAPIOperationUnavailableError | None:
    """The error to raise if the server's API version lacks the operation."""
    from ._generated.api_versions import GENERATIONS, OPERATION_GENERATIONS

    present = OPERATION_GENERATIONS.get(operation)
    if present is None:
        return None
    if _generation_of(version_tuple(api_version), GENERATIONS) in present:
        return None
    return BEMServerAPIOperationUnavailableError(
        f"{caller} is not available on this server (API {api_version}): it exists "
        f"in API versions {_describe(present, GENERATIONS)}"
    )
