"""Data states by name ("Raw", as the server names them in
/timeseries_data_states/) as well as by id, in every timeseries data call.

A name is looked up with one request the first time a client meets it; the
client then keeps the server's states (its own: clients share nothing) and
asks again only for a name it does not know, which may be a state created
since. A name the server does not have is refused as the server refuses an
unknown state, naming the states it has.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .._call import Call
from ..exceptions import (
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIMalformedAnswerError,
)
from ..response import BEMServerApiClientResponse
from .merge import brief
from .plan import One, Plan, Step

R = TypeVar("R")

#: {client: {state name: id}}: the data states each client has read.
_KNOWN: weakref.WeakKeyDictionary[Any, dict[str, int]] = weakref.WeakKeyDictionary()


def is_name(data_state: Any) -> bool:
    """Whether `data_state` is a state's name: a string of digits is an id,
    sent as it is (as before names were taken)."""
    return isinstance(data_state, str) and not data_state.strip().isdigit()


def with_state_id(
    client: Any,
    data_state: Any,
    list_states: Callable[[], Call[Any]],
    plan: Plan[R],
) -> Plan[R]:
    """`plan`, whose calls send `data_state`: as it is when it is an id; when
    it is a name, as the id the server gives it (looked up first)."""
    if not is_name(data_state):
        return plan
    return _with_id(client, data_state, list_states, plan)


def _with_id(
    client: Any, name: str, list_states: Callable[[], Call[Any]], plan: Plan[R]
) -> Plan[R]:
    def resolved(call: Call[Any], state: int) -> Call[Any]:
        if call.kwargs.get("data_state") != name:
            return call
        return call._copy(kwargs={**call.kwargs, "data_state": state})

    def calls(source: Iterable[Call[Any]], state: int) -> Iterator[Call[Any]]:
        for call in source:
            yield resolved(call, state)

    def step_of(step: Step, state: int) -> Step:
        if isinstance(step, One):
            step.call = resolved(step.call, state)
        else:
            step.calls = calls(step.calls, state)
        return step

    # The plan's own checks first (it runs to its first step): what it
    # refuses is refused before any request, the lookup included.
    try:
        step = plan.send(None)
    except StopIteration as stop:
        done: R = stop.value
        return done
    try:
        state = yield from state_id(client, name, list_states)
    except BaseException:
        plan.close()
        raise
    # Then the plan, each step's calls given the id: answers (and Ctrl-C
    # thrown by the driver) go back to it as they would without this.
    while True:
        thrown: BaseException | None = None
        value: Any = None
        try:
            value = yield step_of(step, state)
        except GeneratorExit:
            plan.close()
            raise
        except BaseException as error:
            thrown = error
        try:
            step = plan.send(value) if thrown is None else plan.throw(thrown)
        except StopIteration as stop:
            result: R = stop.value
            return result


def single_call(call: Call[R]) -> Plan[BEMServerApiClientResponse[R]]:
    """The plan of one call."""
    response: BEMServerApiClientResponse[R] = yield One(call)
    return response


def state_id(client: Any, name: str, list_states: Callable[[], Call[Any]]) -> Plan[int]:
    """The id of the data state named `name` (one request, unless `client`
    knows it already)."""
    known = _KNOWN.get(client)
    if known is None or name not in known:
        answer = yield One(list_states())
        known = _states_of(answer)
        _KNOWN[client] = known
    if name in known:
        return known[name]
    states = ", ".join(f"{state!r} ({id})" for state, id in known.items())
    raise BEMServerAPIInvalidArgumentError(
        "data_state",
        f"unknown data_state {name!r}: the server's data states are "
        f"{states or 'none'} (a name or an id)",
        f"Unknown data state: {name!r}.",
    )


def _states_of(answer: BEMServerApiClientResponse[Any]) -> dict[str, int]:
    """{name: id} of the answer listing the data states, checked."""
    data = answer.data
    if not isinstance(data, list) or not all(
        isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and isinstance(item.get("id"), int)
        and not isinstance(item.get("id"), bool)
        for item in data
    ):
        raise BEMServerAPIMalformedAnswerError(
            answer.status_code,
            "malformed answer listing the data states (looking up a data_state "
            f"by name): expected [{{'id': int, 'name': str}}, ...], got {brief(data)}",
        )
    return {item["name"]: item["id"] for item in data}
