"""The operations the handwritten entry points send as described calls (written by the generator).

Rendered from the facade's table (PARTICULAR_OPERATIONS, generator/facade_table.py)
by generator/resources.py with templates/requests.py.jinja. Each is a typed
reference of the index's operation (`operations.py`) with the function that
turns a described call (`_call.Call`: its path arguments, and keyword arguments
named as the request builder's) into its request: each argument converted as
the generator chose from the builder's annotation (`_prepare`'s converters, as
the generated resource classes call them), a required one checked, a keyword
the builder does not take sent as a query parameter with a warning.
`_prepare.prepare` calls it when the call is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .. import _prepare as _p
from . import operations as _op
from .operations import OperationRef

T = TypeVar("T")


class RequestRef(OperationRef[T]):
    """A generated operation and `build(caller, args, **kwargs)`, the function
    that makes its request of a described call's arguments."""

    __slots__ = ("build",)

    def __init__(
        self, ref: OperationRef[T], build: Callable[..., dict[str, Any]]
    ) -> None:
        super().__init__(ref.name, ref.method, ref.path)
        self.build = build


# The values each enumeration of the API accepts, in the API document's order.
_AGGREGATION = (
    "avg",
    "sum",
    "min",
    "max",
    "count",
)
_TIMEZONE = (
    "Africa/Abidjan",
    "Africa/Accra",
    "Africa/Addis_Ababa",
    "Africa/Algiers",
    "Africa/Asmara",
    "Africa/Bamako",
    "Africa/Bangui",
    "Africa/Banjul",
    "Africa/Bissau",
    "Africa/Blantyre",
    "Africa/Brazzaville",
    "Africa/Bujumbura",
    "Africa/Cairo",
    "Africa/Casablanca",
    "Africa/Ceuta",
    "Africa/Conakry",
    "Africa/Dakar",
    "Africa/Dar_es_Salaam",
    "Africa/Djibouti",
    "Africa/Douala",
    "Africa/El_Aaiun",
    "Africa/Freetown",
    "Africa/Gaborone",
    "Africa/Harare",
    "Africa/Johannesburg",
    "Africa/Juba",
    "Africa/Kampala",
    "Africa/Khartoum",
    "Africa/Kigali",
    "Africa/Kinshasa",
    "Africa/Lagos",
    "Africa/Libreville",
    "Africa/Lome",
    "Africa/Luanda",
    "Africa/Lubumbashi",
    "Africa/Lusaka",
    "Africa/Malabo",
    "Africa/Maputo",
    "Africa/Maseru",
    "Africa/Mbabane",
    "Africa/Mogadishu",
    "Africa/Monrovia",
    "Africa/Nairobi",
    "Africa/Ndjamena",
    "Africa/Niamey",
    "Africa/Nouakchott",
    "Africa/Ouagadougou",
    "Africa/Porto-Novo",
    "Africa/Sao_Tome",
    "Africa/Tripoli",
    "Africa/Tunis",
    "Africa/Windhoek",
    "America/Adak",
    "America/Anchorage",
    "America/Anguilla",
    "America/Antigua",
    "America/Araguaina",
    "America/Argentina/Buenos_Aires",
    "America/Argentina/Catamarca",
    "America/Argentina/Cordoba",
    "America/Argentina/Jujuy",
    "America/Argentina/La_Rioja",
    "America/Argentina/Mendoza",
    "America/Argentina/Rio_Gallegos",
    "America/Argentina/Salta",
    "America/Argentina/San_Juan",
    "America/Argentina/San_Luis",
    "America/Argentina/Tucuman",
    "America/Argentina/Ushuaia",
    "America/Aruba",
    "America/Asuncion",
    "America/Atikokan",
    "America/Bahia",
    "America/Bahia_Banderas",
    "America/Barbados",
    "America/Belem",
    "America/Belize",
    "America/Blanc-Sablon",
    "America/Boa_Vista",
    "America/Bogota",
    "America/Boise",
    "America/Cambridge_Bay",
    "America/Campo_Grande",
    "America/Cancun",
    "America/Caracas",
    "America/Cayenne",
    "America/Cayman",
    "America/Chicago",
    "America/Chihuahua",
    "America/Costa_Rica",
    "America/Creston",
    "America/Cuiaba",
    "America/Curacao",
    "America/Danmarkshavn",
    "America/Dawson",
    "America/Dawson_Creek",
    "America/Denver",
    "America/Detroit",
    "America/Dominica",
    "America/Edmonton",
    "America/Eirunepe",
    "America/El_Salvador",
    "America/Fort_Nelson",
    "America/Fortaleza",
    "America/Glace_Bay",
    "America/Goose_Bay",
    "America/Grand_Turk",
    "America/Grenada",
    "America/Guadeloupe",
    "America/Guatemala",
    "America/Guayaquil",
    "America/Guyana",
    "America/Halifax",
    "America/Havana",
    "America/Hermosillo",
    "America/Indiana/Indianapolis",
    "America/Indiana/Knox",
    "America/Indiana/Marengo",
    "America/Indiana/Petersburg",
    "America/Indiana/Tell_City",
    "America/Indiana/Vevay",
    "America/Indiana/Vincennes",
    "America/Indiana/Winamac",
    "America/Inuvik",
    "America/Iqaluit",
    "America/Jamaica",
    "America/Juneau",
    "America/Kentucky/Louisville",
    "America/Kentucky/Monticello",
    "America/Kralendijk",
    "America/La_Paz",
    "America/Lima",
    "America/Los_Angeles",
    "America/Lower_Princes",
    "America/Maceio",
    "America/Managua",
    "America/Manaus",
    "America/Marigot",
    "America/Martinique",
    "America/Matamoros",
    "America/Mazatlan",
    "America/Menominee",
    "America/Merida",
    "America/Metlakatla",
    "America/Mexico_City",
    "America/Miquelon",
    "America/Moncton",
    "America/Monterrey",
    "America/Montevideo",
    "America/Montserrat",
    "America/Nassau",
    "America/New_York",
    "America/Nipigon",
    "America/Nome",
    "America/Noronha",
    "America/North_Dakota/Beulah",
    "America/North_Dakota/Center",
    "America/North_Dakota/New_Salem",
    "America/Nuuk",
    "America/Ojinaga",
    "America/Panama",
    "America/Pangnirtung",
    "America/Paramaribo",
    "America/Phoenix",
    "America/Port-au-Prince",
    "America/Port_of_Spain",
    "America/Porto_Velho",
    "America/Puerto_Rico",
    "America/Punta_Arenas",
    "America/Rainy_River",
    "America/Rankin_Inlet",
    "America/Recife",
    "America/Regina",
    "America/Resolute",
    "America/Rio_Branco",
    "America/Santarem",
    "America/Santiago",
    "America/Santo_Domingo",
    "America/Sao_Paulo",
    "America/Scoresbysund",
    "America/Sitka",
    "America/St_Barthelemy",
    "America/St_Johns",
    "America/St_Kitts",
    "America/St_Lucia",
    "America/St_Thomas",
    "America/St_Vincent",
    "America/Swift_Current",
    "America/Tegucigalpa",
    "America/Thule",
    "America/Thunder_Bay",
    "America/Tijuana",
    "America/Toronto",
    "America/Tortola",
    "America/Vancouver",
    "America/Whitehorse",
    "America/Winnipeg",
    "America/Yakutat",
    "America/Yellowknife",
    "Antarctica/Casey",
    "Antarctica/Davis",
    "Antarctica/DumontDUrville",
    "Antarctica/Macquarie",
    "Antarctica/Mawson",
    "Antarctica/McMurdo",
    "Antarctica/Palmer",
    "Antarctica/Rothera",
    "Antarctica/Syowa",
    "Antarctica/Troll",
    "Antarctica/Vostok",
    "Arctic/Longyearbyen",
    "Asia/Aden",
    "Asia/Almaty",
    "Asia/Amman",
    "Asia/Anadyr",
    "Asia/Aqtau",
    "Asia/Aqtobe",
    "Asia/Ashgabat",
    "Asia/Atyrau",
    "Asia/Baghdad",
    "Asia/Bahrain",
    "Asia/Baku",
    "Asia/Bangkok",
    "Asia/Barnaul",
    "Asia/Beirut",
    "Asia/Bishkek",
    "Asia/Brunei",
    "Asia/Chita",
    "Asia/Choibalsan",
    "Asia/Colombo",
    "Asia/Damascus",
    "Asia/Dhaka",
    "Asia/Dili",
    "Asia/Dubai",
    "Asia/Dushanbe",
    "Asia/Famagusta",
    "Asia/Gaza",
    "Asia/Hebron",
    "Asia/Ho_Chi_Minh",
    "Asia/Hong_Kong",
    "Asia/Hovd",
    "Asia/Irkutsk",
    "Asia/Jakarta",
    "Asia/Jayapura",
    "Asia/Jerusalem",
    "Asia/Kabul",
    "Asia/Kamchatka",
    "Asia/Karachi",
    "Asia/Kathmandu",
    "Asia/Khandyga",
    "Asia/Kolkata",
    "Asia/Krasnoyarsk",
    "Asia/Kuala_Lumpur",
    "Asia/Kuching",
    "Asia/Kuwait",
    "Asia/Macau",
    "Asia/Magadan",
    "Asia/Makassar",
    "Asia/Manila",
    "Asia/Muscat",
    "Asia/Novokuznetsk",
    "Asia/Novosibirsk",
    "Asia/Omsk",
    "Asia/Oral",
    "Asia/Phnom_Penh",
    "Asia/Pontianak",
    "Asia/Pyongyang",
    "Asia/Qatar",
    "Asia/Qostanay",
    "Asia/Qyzylorda",
    "Asia/Riyadh",
    "Asia/Sakhalin",
    "Asia/Samarkand",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Srednekolymsk",
    "Asia/Taipei",
    "Asia/Tashkent",
    "Asia/Tbilisi",
    "Asia/Tehran",
    "Asia/Thimphu",
    "Asia/Tokyo",
    "Asia/Tomsk",
    "Asia/Ulaanbaatar",
    "Asia/Urumqi",
    "Asia/Ust-Nera",
    "Asia/Vientiane",
    "Asia/Vladivostok",
    "Asia/Yakutsk",
    "Asia/Yangon",
    "Asia/Yekaterinburg",
    "Asia/Yerevan",
    "Atlantic/Azores",
    "Atlantic/Bermuda",
    "Atlantic/Canary",
    "Atlantic/Cape_Verde",
    "Atlantic/Faroe",
    "Atlantic/Madeira",
    "Atlantic/Reykjavik",
    "Atlantic/South_Georgia",
    "Atlantic/St_Helena",
    "Atlantic/Stanley",
    "Australia/Adelaide",
    "Australia/Brisbane",
    "Australia/Broken_Hill",
    "Australia/Darwin",
    "Australia/Eucla",
    "Australia/Hobart",
    "Australia/Lindeman",
    "Australia/Lord_Howe",
    "Australia/Melbourne",
    "Australia/Perth",
    "Australia/Sydney",
    "CET",
    "CST6CDT",
    "EET",
    "EST",
    "EST5EDT",
    "Etc/GMT",
    "Etc/GMT+0",
    "Etc/GMT+1",
    "Etc/GMT+10",
    "Etc/GMT+11",
    "Etc/GMT+12",
    "Etc/GMT+2",
    "Etc/GMT+3",
    "Etc/GMT+4",
    "Etc/GMT+5",
    "Etc/GMT+6",
    "Etc/GMT+7",
    "Etc/GMT+8",
    "Etc/GMT+9",
    "Etc/GMT-0",
    "Etc/GMT-1",
    "Etc/GMT-10",
    "Etc/GMT-11",
    "Etc/GMT-12",
    "Etc/GMT-13",
    "Etc/GMT-14",
    "Etc/GMT-2",
    "Etc/GMT-3",
    "Etc/GMT-4",
    "Etc/GMT-5",
    "Etc/GMT-6",
    "Etc/GMT-7",
    "Etc/GMT-8",
    "Etc/GMT-9",
    "Etc/GMT0",
    "Etc/Greenwich",
    "Etc/UTC",
    "Etc/Universal",
    "Etc/Zulu",
    "Europe/Amsterdam",
    "Europe/Andorra",
    "Europe/Astrakhan",
    "Europe/Athens",
    "Europe/Belgrade",
    "Europe/Berlin",
    "Europe/Bratislava",
    "Europe/Brussels",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Busingen",
    "Europe/Chisinau",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "Europe/Gibraltar",
    "Europe/Guernsey",
    "Europe/Helsinki",
    "Europe/Isle_of_Man",
    "Europe/Istanbul",
    "Europe/Jersey",
    "Europe/Kaliningrad",
    "Europe/Kirov",
    "Europe/Kyiv",
    "Europe/Lisbon",
    "Europe/Ljubljana",
    "Europe/London",
    "Europe/Luxembourg",
    "Europe/Madrid",
    "Europe/Malta",
    "Europe/Mariehamn",
    "Europe/Minsk",
    "Europe/Monaco",
    "Europe/Moscow",
    "Europe/Nicosia",
    "Europe/Oslo",
    "Europe/Paris",
    "Europe/Podgorica",
    "Europe/Prague",
    "Europe/Riga",
    "Europe/Rome",
    "Europe/Samara",
    "Europe/San_Marino",
    "Europe/Sarajevo",
    "Europe/Saratov",
    "Europe/Simferopol",
    "Europe/Skopje",
    "Europe/Sofia",
    "Europe/Stockholm",
    "Europe/Tallinn",
    "Europe/Tirane",
    "Europe/Ulyanovsk",
    "Europe/Uzhgorod",
    "Europe/Vaduz",
    "Europe/Vatican",
    "Europe/Vienna",
    "Europe/Vilnius",
    "Europe/Volgograd",
    "Europe/Warsaw",
    "Europe/Zagreb",
    "Europe/Zaporozhye",
    "Europe/Zurich",
    "GMT",
    "HST",
    "Indian/Antananarivo",
    "Indian/Chagos",
    "Indian/Christmas",
    "Indian/Cocos",
    "Indian/Comoro",
    "Indian/Kerguelen",
    "Indian/Mahe",
    "Indian/Maldives",
    "Indian/Mauritius",
    "Indian/Mayotte",
    "Indian/Reunion",
    "MET",
    "MST",
    "MST7MDT",
    "PST8PDT",
    "Pacific/Apia",
    "Pacific/Auckland",
    "Pacific/Bougainville",
    "Pacific/Chatham",
    "Pacific/Chuuk",
    "Pacific/Easter",
    "Pacific/Efate",
    "Pacific/Fakaofo",
    "Pacific/Fiji",
    "Pacific/Funafuti",
    "Pacific/Galapagos",
    "Pacific/Gambier",
    "Pacific/Guadalcanal",
    "Pacific/Guam",
    "Pacific/Honolulu",
    "Pacific/Kanton",
    "Pacific/Kiritimati",
    "Pacific/Kosrae",
    "Pacific/Kwajalein",
    "Pacific/Majuro",
    "Pacific/Marquesas",
    "Pacific/Midway",
    "Pacific/Nauru",
    "Pacific/Niue",
    "Pacific/Norfolk",
    "Pacific/Noumea",
    "Pacific/Pago_Pago",
    "Pacific/Palau",
    "Pacific/Pitcairn",
    "Pacific/Pohnpei",
    "Pacific/Port_Moresby",
    "Pacific/Rarotonga",
    "Pacific/Saipan",
    "Pacific/Tahiti",
    "Pacific/Tarawa",
    "Pacific/Tongatapu",
    "Pacific/Wake",
    "Pacific/Wallis",
    "UTC",
    "WET",
)
_TIME_UNIT = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
)


def _delete_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `DELETE /timeseries_data/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(_op.delete_timeseries_data, caller, args, kwargs, unlisted)


delete_timeseries_data = RequestRef(_op.delete_timeseries_data, _delete_timeseries_data)


def _delete_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `DELETE /timeseries_data/campaign/{campaign_id}/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.delete_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


delete_timeseries_data_by_names = RequestRef(
    _op.delete_timeseries_data_by_names, _delete_timeseries_data_by_names
)


def _download_aggregated_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    bucket_width_value: Any = None,
    bucket_width_unit: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    aggregation: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/aggregate`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if bucket_width_value is not None:
        kwargs["bucket_width_value"] = (
            bucket_width_value
            if type(bucket_width_value) is int
            else _p.integer(bucket_width_value, "bucket_width_value")
        )
    if bucket_width_unit is not None:
        kwargs["bucket_width_unit"] = _p.choice(
            bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
        )
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if aggregation is not None:
        kwargs["aggregation"] = _p.choice(aggregation, _AGGREGATION, "aggregation")
    if (
        timeseries is None
        or bucket_width_value is None
        or bucket_width_unit is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("bucket_width_value", bucket_width_value),
                    ("bucket_width_unit", bucket_width_unit),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.download_aggregated_timeseries_data, caller, args, kwargs, unlisted
    )


download_aggregated_timeseries_data = RequestRef(
    _op.download_aggregated_timeseries_data, _download_aggregated_timeseries_data
)


def _download_aggregated_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    bucket_width_value: Any = None,
    bucket_width_unit: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    aggregation: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/campaign/{campaign_id}/aggregate`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if bucket_width_value is not None:
        kwargs["bucket_width_value"] = (
            bucket_width_value
            if type(bucket_width_value) is int
            else _p.integer(bucket_width_value, "bucket_width_value")
        )
    if bucket_width_unit is not None:
        kwargs["bucket_width_unit"] = _p.choice(
            bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
        )
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if aggregation is not None:
        kwargs["aggregation"] = _p.choice(aggregation, _AGGREGATION, "aggregation")
    if (
        timeseries is None
        or bucket_width_value is None
        or bucket_width_unit is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("bucket_width_value", bucket_width_value),
                    ("bucket_width_unit", bucket_width_unit),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.download_aggregated_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


download_aggregated_timeseries_data_by_names = RequestRef(
    _op.download_aggregated_timeseries_data_by_names,
    _download_aggregated_timeseries_data_by_names,
)


def _download_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(_op.download_timeseries_data, caller, args, kwargs, unlisted)


download_timeseries_data = RequestRef(
    _op.download_timeseries_data, _download_timeseries_data
)


def _download_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    timeseries: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    convert_to: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/campaign/{campaign_id}/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if convert_to is not None:
        kwargs["convert_to"] = _p.listed(convert_to, None, "convert_to")
    if (
        timeseries is None
        or start_time is None
        or end_time is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("timeseries", timeseries),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.download_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


download_timeseries_data_by_names = RequestRef(
    _op.download_timeseries_data_by_names, _download_timeseries_data_by_names
)


def _get_building_energy_consumption_breakdown(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    bucket_width_value: Any = None,
    bucket_width_unit: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    timezone: Any = None,
    unit: Any = None,
    ratio_property: Any = None,
    if_none_match: Any = None,
    if_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /analysis/energy_consumption/building/{building_id}`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if bucket_width_value is not None:
        kwargs["bucket_width_value"] = (
            bucket_width_value
            if type(bucket_width_value) is int
            else _p.integer(bucket_width_value, "bucket_width_value")
        )
    if bucket_width_unit is not None:
        kwargs["bucket_width_unit"] = _p.choice(
            bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
        )
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if unit is not None:
        kwargs["unit"] = _p.plain(unit)
    if ratio_property is not None:
        kwargs["ratio_property"] = _p.plain(ratio_property)
    if if_none_match is not None:
        kwargs["if_none_match"] = if_none_match
    if (
        bucket_width_value is None
        or bucket_width_unit is None
        or start_time is None
        or end_time is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("bucket_width_value", bucket_width_value),
                    ("bucket_width_unit", bucket_width_unit),
                    ("start_time", start_time),
                    ("end_time", end_time),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.get_building_energy_consumption_breakdown, caller, args, kwargs, unlisted
    )


get_building_energy_consumption_breakdown = RequestRef(
    _op.get_building_energy_consumption_breakdown,
    _get_building_energy_consumption_breakdown,
)


def _get_completeness(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    bucket_width_value: Any = None,
    bucket_width_unit: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    timeseries: Any = None,
    data_state: Any = None,
    timezone: Any = None,
    if_none_match: Any = None,
    if_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /analysis/completeness`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if bucket_width_value is not None:
        kwargs["bucket_width_value"] = (
            bucket_width_value
            if type(bucket_width_value) is int
            else _p.integer(bucket_width_value, "bucket_width_value")
        )
    if bucket_width_unit is not None:
        kwargs["bucket_width_unit"] = _p.choice(
            bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
        )
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if if_none_match is not None:
        kwargs["if_none_match"] = if_none_match
    if (
        bucket_width_value is None
        or bucket_width_unit is None
        or start_time is None
        or end_time is None
        or timeseries is None
        or data_state is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("bucket_width_value", bucket_width_value),
                    ("bucket_width_unit", bucket_width_unit),
                    ("start_time", start_time),
                    ("end_time", end_time),
                    ("timeseries", timeseries),
                    ("data_state", data_state),
                )
                if v is None
            ],
        )
    return _p.request(_op.get_completeness, caller, args, kwargs, unlisted)


get_completeness = RequestRef(_op.get_completeness, _get_completeness)


def _get_site_energy_consumption_breakdown(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    bucket_width_value: Any = None,
    bucket_width_unit: Any = None,
    start_time: Any = None,
    end_time: Any = None,
    timezone: Any = None,
    unit: Any = None,
    ratio_property: Any = None,
    if_none_match: Any = None,
    if_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /analysis/energy_consumption/site/{site_id}`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if bucket_width_value is not None:
        kwargs["bucket_width_value"] = (
            bucket_width_value
            if type(bucket_width_value) is int
            else _p.integer(bucket_width_value, "bucket_width_value")
        )
    if bucket_width_unit is not None:
        kwargs["bucket_width_unit"] = _p.choice(
            bucket_width_unit, _TIME_UNIT, "bucket_width_unit"
        )
    if start_time is not None:
        kwargs["start_time"] = _p.datetime_(start_time, "start_time")
    if end_time is not None:
        kwargs["end_time"] = _p.datetime_(end_time, "end_time")
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if unit is not None:
        kwargs["unit"] = _p.plain(unit)
    if ratio_property is not None:
        kwargs["ratio_property"] = _p.plain(ratio_property)
    if if_none_match is not None:
        kwargs["if_none_match"] = if_none_match
    if (
        bucket_width_value is None
        or bucket_width_unit is None
        or start_time is None
        or end_time is None
    ):
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("bucket_width_value", bucket_width_value),
                    ("bucket_width_unit", bucket_width_unit),
                    ("start_time", start_time),
                    ("end_time", end_time),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.get_site_energy_consumption_breakdown, caller, args, kwargs, unlisted
    )


get_site_energy_consumption_breakdown = RequestRef(
    _op.get_site_energy_consumption_breakdown, _get_site_energy_consumption_breakdown
)


def _get_timeseries_data_stats(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    data_state: Any = None,
    timezone: Any = None,
    timeseries: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/stats`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, "int", "timeseries")
    if data_state is None or timeseries is None:
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("data_state", data_state),
                    ("timeseries", timeseries),
                )
                if v is None
            ],
        )
    return _p.request(_op.get_timeseries_data_stats, caller, args, kwargs, unlisted)


get_timeseries_data_stats = RequestRef(
    _op.get_timeseries_data_stats, _get_timeseries_data_stats
)


def _get_timeseries_data_stats_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    data_state: Any = None,
    timezone: Any = None,
    timeseries: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data/campaign/{campaign_id}/stats`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if timezone is not None:
        kwargs["timezone"] = _p.choice(timezone, _TIMEZONE, "timezone")
    if timeseries is not None:
        kwargs["timeseries"] = _p.listed(timeseries, None, "timeseries")
    if data_state is None or timeseries is None:
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("data_state", data_state),
                    ("timeseries", timeseries),
                )
                if v is None
            ],
        )
    return _p.request(
        _op.get_timeseries_data_stats_by_names, caller, args, kwargs, unlisted
    )


get_timeseries_data_stats_by_names = RequestRef(
    _op.get_timeseries_data_stats_by_names, _get_timeseries_data_stats_by_names
)


def _get_tokens(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    body: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /auth/token`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs["body"] = body
    if body is None:
        raise _p.missing(caller, [k for k, v in (("body", body),) if v is None])
    return _p.request(_op.get_tokens, caller, args, kwargs, unlisted)


get_tokens = RequestRef(_op.get_tokens, _get_tokens)


def _list_timeseries_data_states(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    if_none_match: Any = None,
    if_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `GET /timeseries_data_states/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    if if_none_match is not None:
        kwargs["if_none_match"] = if_none_match
    return _p.request(_op.list_timeseries_data_states, caller, args, kwargs, unlisted)


list_timeseries_data_states = RequestRef(
    _op.list_timeseries_data_states, _list_timeseries_data_states
)


def _refresh_tokens(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    if_match: Any = None,
    if_none_match: Any = None,
    body: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /auth/token/refresh`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        raise _p.takes_no(caller, "payload")
    return _p.request(_op.refresh_tokens, caller, args, kwargs, unlisted)


refresh_tokens = RequestRef(_op.refresh_tokens, _refresh_tokens)


def _upload_sites_csv(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    body: Any = None,
    campaign_id: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /io/sites`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs["body"] = body
    if campaign_id is not None:
        kwargs["campaign_id"] = (
            campaign_id
            if type(campaign_id) is int
            else _p.integer(campaign_id, "campaign_id")
        )
    if body is None or campaign_id is None:
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("body", body),
                    ("campaign_id", campaign_id),
                )
                if v is None
            ],
        )
    return _p.request(_op.upload_sites_csv, caller, args, kwargs, unlisted)


upload_sites_csv = RequestRef(_op.upload_sites_csv, _upload_sites_csv)


def _upload_timeseries_csv(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    body: Any = None,
    campaign_id: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /io/timeseries`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs["body"] = body
    if campaign_id is not None:
        kwargs["campaign_id"] = (
            campaign_id
            if type(campaign_id) is int
            else _p.integer(campaign_id, "campaign_id")
        )
    if body is None or campaign_id is None:
        raise _p.missing(
            caller,
            [
                k
                for k, v in (
                    ("body", body),
                    ("campaign_id", campaign_id),
                )
                if v is None
            ],
        )
    return _p.request(_op.upload_timeseries_csv, caller, args, kwargs, unlisted)


upload_timeseries_csv = RequestRef(_op.upload_timeseries_csv, _upload_timeseries_csv)


def _upload_timeseries_data(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    body: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /timeseries_data/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs["body"] = body
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if data_state is None:
        raise _p.missing(
            caller, [k for k, v in (("data_state", data_state),) if v is None]
        )
    return _p.request(_op.upload_timeseries_data, caller, args, kwargs, unlisted)


upload_timeseries_data = RequestRef(_op.upload_timeseries_data, _upload_timeseries_data)


def _upload_timeseries_data_by_names(
    caller: str,
    args: tuple[Any, ...],
    /,
    *,
    body: Any = None,
    data_state: Any = None,
    if_match: Any = None,
    if_none_match: Any = None,
    **unlisted: Any,
) -> dict[str, Any]:
    """The request of `POST /timeseries_data/campaign/{campaign_id}/`."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs["body"] = body
    if data_state is not None:
        kwargs["data_state"] = (
            data_state
            if type(data_state) is int
            else _p.integer(data_state, "data_state")
        )
    if data_state is None:
        raise _p.missing(
            caller, [k for k, v in (("data_state", data_state),) if v is None]
        )
    return _p.request(
        _op.upload_timeseries_data_by_names, caller, args, kwargs, unlisted
    )


upload_timeseries_data_by_names = RequestRef(
    _op.upload_timeseries_data_by_names, _upload_timeseries_data_by_names
)
