"""The facade's enumerations (`bemserver_api_client.enums`): one handwritten
table, rendered by the generator into `_generated/enums.py` (generator/enums.py,
templates/enums.py.jinja).

The values of most come from the API document: an enumeration names the
`Literal` alias the generated core made of it (`models/aggregation.py`:
`Aggregation`), whose values, in the document's order, are its members' names
and values. What is particular is said here: the public class name (that of
bemserver-api-client 0.22.0, which existing code imports), the enumerations
the document does not define (`members`: name and value), and labels
(`labels`: the members' values, when the API takes the names and the values
are words for people).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Enumeration:
    """An Enum of `bemserver_api_client.enums`: `(str, Enum)`, so that a member
    is its value too (`Aggregation.avg == "avg"`)."""

    name: str
    #: The generated core's `Literal` alias it takes its members from ("" when
    #: the API document does not define it: then `members`).
    literal: str = ""
    #: (name, value) of each member, when not the document's.
    members: tuple[tuple[str, str], ...] = ()
    #: The members' values are labels: each the name in words ("AIR_TEMPERATURE"
    #: -> "Air temperature"), the API taking the names.
    labels: bool = False
    #: The class's docstring.
    doc: str = ""


ENUMERATIONS: tuple[Enumeration, ...] = (
    Enumeration(
        "DataFormat",
        members=(("csv", "text/csv"), ("json", "application/json")),
        doc="The media types timeseries data are sent and received in.",
    ),
    Enumeration(
        "Aggregation",
        "Aggregation",
        doc="How values are aggregated in buckets (`aggregation`).",
    ),
    Enumeration(
        "BucketWidthUnit",
        "TimeUnit",
        doc="The unit of an aggregation bucket's width (`bucket_width_unit`).",
    ),
    Enumeration("EventLevel", "EventLevel", doc="The level of an event (`level`)."),
    Enumeration(
        "StructuralElement",
        members=tuple(
            (name, name) for name in ("site", "building", "storey", "space", "zone")
        ),
        doc="The kinds of structural element (the API names them in its paths).",
    ),
    Enumeration(
        "StructuralElementPropertyValueType",
        "PropertyValueType",
        doc="The type of a structural element property's values (`value_type`).",
    ),
    Enumeration(
        "WeatherParameter",
        "WeatherTimeseriesBySiteParameter",
        labels=True,
        doc="Weather parameters: the API takes the member names, values are labels.",
    ),
    Enumeration(
        "DegreeDaysPeriod",
        "GetSiteDegreeDaysPeriod",
        doc="The period of degree days (`period`).",
    ),
    Enumeration(
        "DegreeDaysType",
        "GetSiteDegreeDaysType",
        doc="Heating or cooling degree days (`type`).",
    ),
    Enumeration(
        "TaskOffsetUnit",
        "TimeUnit",
        doc="The unit of a task's offset (`offset_unit`).",
    ),
)
