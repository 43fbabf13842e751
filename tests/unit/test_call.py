"""A Call is built once: nothing changes it after, copies carry changes."""

from __future__ import annotations

import pytest

from bemserver_api_client._call import Call
from bemserver_api_client._generated import operations


def test_a_call_cannot_be_changed() -> None:
    call = Call(1, operation=operations.get_site, if_none_match="e")
    for name in ("operation", "caller", "query", "raw"):
        with pytest.raises(AttributeError, match="immutable"):
            setattr(call, name, None)
    assert (call.operation, call.caller, call.args) == (
        operations.get_site,
        "site.get_site",
        (1,),
    )


def test_copies_carry_the_changes_and_leave_the_original() -> None:
    call: Call[object] = Call(query={"campaign_id": 3}, headers={"Accept": "x"})
    named = call.targeting(operations.list_sites, "sites.iter_all")
    page = named.with_query(page=2)
    assert (named.operation, named.caller) == (operations.list_sites, "sites.iter_all")
    assert page.query == {"campaign_id": 3, "page": 2}
    assert (page.operation, page.caller, page.headers) == (
        operations.list_sites,
        "sites.iter_all",
        {"Accept": "x"},
    )
    assert (call.operation, call.query) == (None, {"campaign_id": 3})
