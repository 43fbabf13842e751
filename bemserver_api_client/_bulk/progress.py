"""Progress of a bulk transfer: a callback of the user's, or tqdm bars."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..exceptions import BEMServerAPIClientValueError

#: `progress=`: a callable(done, total) counting chunks (total None when
#: unknown), True for a tqdm progress bar, None or False for nothing.
ProgressCallback = Callable[[int, "int | None"], object]
Progress = ProgressCallback | bool | None


def progress_bars(progress: Progress) -> Any:
    """tqdm's module for progress=True, else None; an invalid `progress`, or
    True without tqdm, raises: checked before any request is sent."""
    if progress is True:
        try:
            from tqdm import auto  # an optional dependency: imported when asked for
        except ImportError:
            raise BEMServerAPIClientValueError(
                "progress=True needs tqdm: pip install 'bemserver-api-client"
                "[progress]' (or give a callable(done, total))"
            ) from None
        return auto
    if not callable(progress) and progress not in (None, False):
        raise BEMServerAPIClientValueError(
            f"invalid progress: {progress!r} (expected a callable(done, total), "
            "True or None)"
        )
    return None


class Tracker:
    """Reports chunks done to a progress callback or a tqdm bar."""

    def __init__(self, progress: Progress, total: int | None, description: str):
        self.done = 0
        self.total = total
        self._callback: ProgressCallback | None = None
        self._bar: Any = None
        tqdm = progress_bars(progress)
        if tqdm is not None:
            self._bar = tqdm.tqdm(total=total, desc=description, unit="chunk")
        elif callable(progress):
            self._callback = progress

    def start(self) -> None:
        if self._callback is not None:
            self._callback(0, self.total)

    def advance(self) -> None:
        self.done += 1
        if self._callback is not None:
            self._callback(self.done, self.total)
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
