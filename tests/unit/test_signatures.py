"""What runs is what is shown: every public method of both clients has its real
signature at run time (what `help()`, IPython's `?`, `inspect` and jedi read):
no `self` on a bound method, a return annotation that is what the call gives,
the filters of list operations as keyword parameters, a docstring naming the
API's `METHOD /path`; the asyncio client's methods are coroutine functions (or
async generators: `iter_all`)."""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._entry_points import (
    entry_point_names,
    entry_point_of,
    operations_called,
    public_methods,
)

SYNC = BEMServerAPIClient("localhost")
ASYNC = AsyncBEMServerAPIClient("localhost")
#: Not what a call gives: the declarations of the former facade.
NOT_RESULTS = re.compile(r"\b(Call|Plan|ModelT|T|Awaitable|Coroutine)\b")
METHOD_PATH = re.compile(r"`(GET|POST|PUT|DELETE|PATCH) /[^`]*`")
#: The arguments of a request builder that are not query parameters.
NOT_QUERY = {"body", "if_match", "if_none_match"}


def methods() -> list[tuple[str, str, Any]]:
    """(client kind, "entry_point.method", the bound method) of both clients."""
    found = []
    for name in entry_point_names():
        for method in public_methods(entry_point_of(name)):
            found.append(
                ("sync", f"{name}.{method}", getattr(getattr(SYNC, name), method))
            )
            found.append(
                ("async", f"{name}.{method}", getattr(getattr(ASYNC, name), method))
            )
    return found


METHODS = methods()


def test_every_public_method_of_both_clients_is_walked() -> None:
    names = {name for _, name, _ in METHODS}
    assert len(METHODS) == 2 * len(names)
    # 59 regular entry points from the table and 4 handwritten ones.
    assert len(entry_point_names()) == 63
    assert len(METHODS) >= 550
    assert {"sites.getall", "events.iter_all", "timeseries_data.download"} <= names
    # Each public method of the asyncio client has a blocking twin, and back.
    for name in entry_point_names():
        assert public_methods(entry_point_of(name)) == public_methods(
            entry_point_of(name, asynchronous=True)
        ), name


@pytest.mark.parametrize(
    ("kind", "name", "method"), METHODS, ids=[f"{k}-{n}" for k, n, _ in METHODS]
)
def test_the_run_time_signature_is_the_real_one(
    kind: str, name: str, method: Any
) -> None:
    signature = inspect.signature(method)
    assert "self" not in signature.parameters, name
    returns = signature.return_annotation
    assert returns is not signature.empty, name
    assert isinstance(returns, str) and returns, name
    assert not NOT_RESULTS.search(returns), f"{name} -> {returns}"
    assert METHOD_PATH.search(method.__doc__ or ""), f"{name}: no METHOD /path"
    if kind == "async":
        assert inspect.iscoroutinefunction(method) or inspect.isasyncgenfunction(
            method
        ), name
        if inspect.isasyncgenfunction(method):
            assert returns.startswith("AsyncIterator["), name
    else:
        assert not inspect.iscoroutinefunction(method), name
        assert not inspect.isasyncgenfunction(method), name
    for parameter in signature.parameters.values():
        assert parameter.annotation is not parameter.empty, f"{name}({parameter})"


@pytest.mark.parametrize(
    ("kind", "name", "method"),
    [m for m in METHODS if m[0] == "sync"],
    ids=[n for k, n, _ in METHODS if k == "sync"],
)
def test_list_filters_are_keyword_parameters(kind: str, name: str, method: Any) -> None:
    """A method taking free keyword arguments (sent as query parameters) shows
    each query parameter of its operation as a keyword parameter."""
    parameters = inspect.signature(method).parameters
    if not any(p.kind is p.VAR_KEYWORD for p in parameters.values()):
        return
    entry_point, attribute = name.split(".")
    (operation,) = operations_called(entry_point_of(entry_point), attribute)
    module = importlib.import_module(
        f"bemserver_api_client._generated.api.{operation.name}"
    )
    builder = inspect.signature(module.build_request).parameters.values()
    query = [p.name for p in builder if p.kind is p.KEYWORD_ONLY]
    query = [k for k in query if k not in NOT_QUERY]
    keyword_only = [p.name for p in parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert set(query) <= set(keyword_only), name
    for filter_name in query:
        annotation = parameters[filter_name].annotation
        assert annotation not in ("Any", ""), f"{name}({filter_name})"


def test_every_method_of_the_table_is_rendered() -> None:
    """The committed core has every method of the facade's table (the
    generator leaves out those whose operation a core lacks), and each class
    is importable from the module of `resources` the table names."""
    from generator.facade_table import ENTRY_POINTS

    for entry in ENTRY_POINTS:
        blocking = entry_point_of(entry.attribute)
        asynchronous = entry_point_of(entry.attribute, asynchronous=True)
        assert blocking.__name__ == entry.class_name
        assert list(blocking.calls) == [m.name for m in entry.methods]
        module = importlib.import_module(
            f"bemserver_api_client.resources.{entry.module}"
        )
        assert getattr(module, entry.class_name) is blocking
        assert getattr(module, f"Async{entry.class_name}") is asynchronous
