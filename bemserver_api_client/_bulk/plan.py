"""Plans, and the two drivers that run them: threads or tasks.

A bulk operation is described by a *plan*: a generator that yields the
requests to make and gets their answers back, without doing any I/O itself.
`One(call)` sends one call and gives its response back (or, when asked,
the server's error, for the plan to judge); `Batch(calls, ...)`
sends many calls with bounded concurrency and reports each answer to the
plan's `on_done` as it arrives. The blocking client runs a plan with threads
(`drive_sync`), the asyncio client with tasks (`drive_async`): only the
execution differs, the splitting, merging and error reporting are the same.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, TypeVar

from .._call import Call
from ..exceptions import BEMServerAPIError, BEMServerAPIInterruptedError

R = TypeVar("R")

#: Requests in flight at once: two keep a 2-core server (workers and
#: PostgreSQL) fully busy; more only queue there.
DEFAULT_CONCURRENCY = 2


class One:
    """Send one call; the plan gets its response back. With `answer_errors`,
    an error (a BEMServerAPIError) is given back to the plan instead of
    raised: a request the plan can do without (e.g. the stats sizing a
    download's windows) must not stand in for the user's own."""

    __slots__ = ("answer_errors", "call")

    def __init__(self, call: Call[Any], *, answer_errors: bool = False) -> None:
        self.call = call
        self.answer_errors = answer_errors


#: on_done(index, response, error) -> whether to go on sending calls.
OnDone = Callable[[int, Any, "BaseException | None"], bool]


class Batch:
    """Send calls, at most `concurrency` at a time, pulled lazily from `calls`.

    `on_done` is called once per call as its answer arrives (in the caller's
    thread or task, never concurrently); when it returns False no further call
    is started (those in flight are waited for). The plan gets None back.
    """

    __slots__ = ("calls", "concurrency", "on_done")

    def __init__(self, calls: Iterable[Call[Any]], concurrency: int, on_done: OnDone):
        self.calls = calls
        self.concurrency = max(1, concurrency)
        self.on_done = on_done


Step = One | Batch
Plan = Generator[Step, Any, R]


class Cancelled(Exception):
    """A call of an interrupted transfer, stopped before an attempt or during
    a retry wait."""


class Cancel:
    """Set when a blocking transfer is interrupted: the calls in flight on
    other threads stop at their next attempt or retry wait."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled

    def sleep(self, delay: float) -> None:
        """time.sleep(delay), cut short (Cancelled) when the transfer stops."""
        if self._event.wait(delay):
            raise Cancelled


def _named(step: Step, caller: str) -> Step:
    """The step, with each call it sends named after the user's operation."""
    if isinstance(step, One):
        step.call = step.call.targeting(step.call.operation, caller)
    else:
        step.calls = _name_calls(step.calls, caller)
    return step


def _name_calls(calls: Iterable[Call[Any]], caller: str) -> Iterator[Call[Any]]:
    for call in calls:
        yield call.targeting(call.operation, caller)


def _interrupt(plan: Plan[Any], interrupt: KeyboardInterrupt) -> None:
    """Let the plan say what an interruption leaves (it raises
    BEMServerAPIInterruptedError from it); then the interruption goes on."""
    try:
        plan.throw(interrupt)
    except StopIteration:
        pass
    finally:
        plan.close()


def drive_sync(client: Any, plan: Plan[R], caller: str = "") -> R:
    """Run a plan on the blocking client (a Batch runs on threads)."""
    value: Any = None
    cancel = Cancel()
    while True:
        try:
            step = _named(plan.send(value), caller)
        except StopIteration as stop:
            result: R = stop.value
            return result
        value = None  # the plan has it: not kept alive by the next step
        try:
            if isinstance(step, One):
                try:
                    value = client._execute(step.call)
                except BEMServerAPIError as error:
                    if not step.answer_errors:
                        raise
                    value = error
            else:
                client._execute_many(step.calls, step.concurrency, step.on_done, cancel)
                value = None
        except KeyboardInterrupt as interrupt:
            _interrupt(plan, interrupt)
            raise
        except BaseException:
            plan.close()
            raise


async def drive_async(client: Any, plan: Plan[R], caller: str = "") -> R:
    """Run a plan on the asyncio client (a Batch runs as tasks; cancelling
    the task cancels them at once)."""
    value: Any = None
    while True:
        try:
            step = _named(plan.send(value), caller)
        except StopIteration as stop:
            result: R = stop.value
            return result
        value = None  # as in drive_sync
        try:
            if isinstance(step, One):
                try:
                    value = await client._execute(step.call)
                except BEMServerAPIError as error:
                    if not step.answer_errors:
                        raise
                    value = error
            else:
                await client._execute_many(step.calls, step.concurrency, step.on_done)
                value = None
        except BaseException as exc:
            if isinstance(exc, sys.modules["asyncio"].CancelledError):
                _cancelled(plan, exc)
            plan.close()
            raise


def _cancelled(plan: Plan[Any], cancel: BaseException) -> None:
    """A cancelled asyncio transfer: the plan says what is stored as it does
    for Ctrl-C on a blocking one, raised as BEMServerAPICancelledError (a
    CancelledError still); a plan with nothing to say lets the cancel go on."""
    try:
        _interrupt(plan, KeyboardInterrupt())
    except BEMServerAPIInterruptedError as interrupted:
        from .. import exceptions

        said = str(interrupted).split("\n", 1)[0]  # the lines below: listed again
        raise exceptions.BEMServerAPICancelledError(
            f"cancelled: {said}",
            stored=interrupted.stored,
            in_flight=interrupted.in_flight,
            failed=interrupted.failed,
        ) from cancel
    except KeyboardInterrupt:
        pass
