"""Enumerations of argument values.

Members are strings too (`Aggregation.avg == "avg"`), so either form can be
passed where an enumeration is expected. tests/unit/test_enums.py checks that they
agree with the enumerations of the OpenAPI document.
"""

from enum import Enum


class DataFormat(str, Enum):
    csv = "text/csv"
    json = "application/json"


class Aggregation(str, Enum):
    avg = "avg"
    sum = "sum"
    min = "min"
    max = "max"
    count = "count"  # type: ignore[assignment]  # shadows str.count


class BucketWidthUnit(str, Enum):
    second = "second"
    minute = "minute"
    hour = "hour"
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class EventLevel(str, Enum):
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARNING = "WARNING"
    ERROR = "ERROR"
    CRITICAL = "CRITICAL"


class StructuralElement(str, Enum):
    site = "site"
    building = "building"
    storey = "storey"
    space = "space"
    zone = "zone"


class StructuralElementPropertyValueType(str, Enum):
    integer = "integer"
    float = "float"
    boolean = "boolean"
    string = "string"


class WeatherParameter(str, Enum):
    """Weather parameters: the API takes the member names, values are labels."""

    AIR_TEMPERATURE = "Air temperature"
    DEWPOINT_TEMPERATURE = "Dewpoint temperature"
    WETBULB_TEMPERATURE = "Wetbulb temperature"
    WIND_SPEED = "Wind speed"
    WIND_DIRECTION = "Wind direction"
    SURFACE_SOLAR_RADIATION = "Surface solar radiation"
    SURFACE_DIRECT_SOLAR_RADIATION = "Surface direct solar radiation"
    SURFACE_DIFFUSE_SOLAR_RADIATION = "Surface diffuse solar radiation"
    DIRECT_NORMAL_SOLAR_RADIATION = "Direct normal solar radiation"
    RELATIVE_HUMIDITY = "Relative humidity"
    SURFACE_PRESSURE = "Surface pressure"
    TOTAL_PRECIPITATION = "Total precipitation"


class DegreeDaysPeriod(str, Enum):
    day = "day"
    month = "month"
    year = "year"


class DegreeDaysType(str, Enum):
    heating = "heating"
    cooling = "cooling"


class TaskOffsetUnit(str, Enum):
    second = "second"
    minute = "minute"
    hour = "hour"
    day = "day"
    week = "week"
    month = "month"
    year = "year"
