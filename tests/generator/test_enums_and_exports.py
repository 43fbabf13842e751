"""The facade's enumerations (generator/enums.py) and what each module of
`bemserver_api_client.resources` exports (generator/exports.py), rendered
from their tables into the generated core."""

from __future__ import annotations

import importlib
import typing
from pathlib import Path

import pytest

from generator import enums, exports
from generator.enums_table import ENUMERATIONS, Enumeration
from generator.paths import GENERATED_DIR, ROOT

BY_NAME = {enumeration.name: enumeration for enumeration in ENUMERATIONS}


def test_members_are_the_values_of_the_core_in_the_documents_order() -> None:
    from bemserver_api_client._generated.models import aggregation, time_unit

    assert enums.members(GENERATED_DIR, BY_NAME["Aggregation"]) == [
        (value, value) for value in typing.get_args(aggregation.Aggregation)
    ]
    assert enums.members(GENERATED_DIR, BY_NAME["TaskOffsetUnit"]) == [
        (value, value) for value in typing.get_args(time_unit.TimeUnit)
    ]


def test_labels_are_the_names_in_words() -> None:
    weather = enums.members(GENERATED_DIR, BY_NAME["WeatherParameter"])
    assert weather is not None
    assert ("AIR_TEMPERATURE", "Air temperature") in weather
    assert ("DIRECT_NORMAL_SOLAR_RADIATION", "Direct normal solar radiation") in (
        weather
    )


def test_a_member_named_like_a_method_of_str_is_declared_as_such() -> None:
    source = enums.enums_module(GENERATED_DIR)
    assert 'count = "count"  # type: ignore[assignment]' in source
    assert 'avg = "avg"\n' in source


def _core_with(tmp_path: Path, module: str, source: str) -> Path:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / module).write_text(source)
    return tmp_path


def test_a_value_that_cannot_be_a_member_name_is_an_error(tmp_path: Path) -> None:
    core = _core_with(tmp_path, "colour.py", 'Colour = Literal["red", "dark-red"]\n')
    with pytest.raises(enums.EnumsError, match="dark-red"):
        enums.members(core, Enumeration("Colour", "Colour"))


def test_an_enumeration_the_core_lacks_is_left_out(tmp_path: Path) -> None:
    core = _core_with(tmp_path, "other.py", 'Other = Literal["a"]\n')
    assert enums.members(core, BY_NAME["Aggregation"]) is None
    source = enums.enums_module(core)
    # Those the API document does not define are always there.
    assert "class DataFormat(str, Enum)" in source
    assert "class StructuralElement(str, Enum)" in source
    assert "class Aggregation" not in source


def test_the_committed_core_has_every_enumeration_of_the_table() -> None:
    from bemserver_api_client import enums as public

    assert public.__all__ == [enumeration.name for enumeration in ENUMERATIONS]


PUBLIC = ROOT / "bemserver_api_client" / "resources"


def test_each_module_of_resources_re_exports_its_rendered_module() -> None:
    rendered = exports.exports_modules()
    files = {path.stem for path in PUBLIC.glob("*.py")} - {"__init__"}
    assert files == set(rendered)
    for name in rendered:
        public = importlib.import_module(f"bemserver_api_client.resources.{name}")
        generated = importlib.import_module(
            f"bemserver_api_client._generated.resource_exports.{name}"
        )
        assert public.__all__ == generated.__all__
        # Every name the module gives is in its __all__ (`import *` gives all;
        # pytest's rewriting of the plugin's package adds names of its own).
        given = {n for n in vars(public) if n.isidentifier() and n[0] != "_"}
        assert given == set(public.__all__), name
        for exported in public.__all__:
            assert getattr(public, exported) is getattr(generated, exported)


def test_an_unknown_entry_point_in_the_table_of_0_22_0_names_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        exports.RESOURCE_NAMES_OF_0_22_0, "sites", (("SiteResources", "sitez"),)
    )
    with pytest.raises(exports.ExportsError, match="sitez"):
        exports.exports_modules()
