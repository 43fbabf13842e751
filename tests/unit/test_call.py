"""A Call is built once: nothing changes it after, copies carry changes."""

from __future__ import annotations

import pytest

from bemserver_api_client._call import Call
from bemserver_api_client._generated import operations


def test_a_call_cannot_be_changed() -> None:
    call = Call(1, operation=operations.get_site, if_none_match="e")
    for name in ("operation", "caller", "kwargs", "raw"):
        with pytest.raises(AttributeError, match="immutable"):
            setattr(call, name, None)
    assert (call.operation, call.caller, call.args) == (
        operations.get_site,
        "site.get_site",
        (1,),
    )


def test_copies_carry_the_changes_and_leave_the_original() -> None:
    call: Call[object] = Call(3, headers={"Accept": "x"}, data_state=1)
    named = call.targeting(operations.get_site, "sites.getone")
    assert (named.operation, named.caller) == (operations.get_site, "sites.getone")
    assert (named.args, named.kwargs, named.headers) == (
        (3,),
        {"data_state": 1},
        {"Accept": "x"},
    )
    assert (call.operation, call.caller) == (None, "")
