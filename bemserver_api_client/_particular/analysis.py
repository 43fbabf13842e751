"""`analysis`: the energy consumption breakdown calls one of two operations,
by the type of structural element (its method is rendered from the table)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._convert import enum_value
from .._generated import operations
from ..enums import StructuralElement
from ..exceptions import BEMServerAPIClientValueError

if TYPE_CHECKING:
    from .._generated import models as m
    from .._generated.operations import OperationRef


def breakdown_operation(
    structural_element_type: StructuralElement | str | Any,
) -> OperationRef[m.EnergyConsumption]:
    """The operation of a site's or a building's breakdown."""
    element = enum_value(
        structural_element_type, StructuralElement, "structural_element_type"
    )
    if element not in ("site", "building"):
        raise BEMServerAPIClientValueError(
            f"invalid structural_element_type: {element!r} (expected 'site' or "
            "'building')"
        )
    if element == "site":
        return operations.get_site_energy_consumption_breakdown
    return operations.get_building_energy_consumption_breakdown
