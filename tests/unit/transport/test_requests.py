"""What the client sends, and what it refuses to send: checked on the request
that reaches a recording transport (no server needed for this)."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from typing import Any

import httpx
import pytest

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.enums import (
    Aggregation,
    BucketWidthUnit,
    DataFormat,
    DegreeDaysPeriod,
    StructuralElement,
)
from bemserver_api_client.exceptions import (
    BEMServerAPIArgumentWarning,
    BEMServerAPIAuthenticationError,
    BEMServerAPIClientValueError,
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIPreconditionError,
)
from tests.unit.conftest import MockClients


def test_base_url_follows_the_existing_arguments() -> None:
    assert BEMServerAPIClient("h:5000").base_uri == "https://h:5000"
    assert BEMServerAPIClient("h:5000", use_ssl=False).base_uri == "http://h:5000"
    assert BEMServerAPIClient("https://h/api").base_uri == "https://h/api"


def test_getall_sends_query_and_etag(mock_client: MockClients) -> None:
    client = mock_client()
    client.sites.getall(campaign_id=3, sort=["+name"], etag='"abc"')
    request = mock_client.requests[0]
    assert request.method == "GET"
    assert request.url.path == "/sites/"
    assert request.url.params.multi_items() == [("sort", "+name"), ("campaign_id", "3")]
    assert request.headers["If-None-Match"] == '"abc"'


def test_unknown_query_argument_is_sent_with_a_warning_naming_it(
    mock_client: MockClients,
) -> None:
    client = mock_client()
    with pytest.warns(
        BEMServerAPIArgumentWarning,
        match=r"sites\.getall: unknown filter\(s\) 'color', 'tags'",
    ):
        client.sites.getall(color="blue", campaign_id=3, tags=[1, 2])  # type: ignore[call-arg]
    (request,) = mock_client.requests
    assert request.url.params.multi_items() == [
        ("campaign_id", "3"),
        ("color", "blue"),
        ("tags", "1"),
        ("tags", "2"),
    ]


def test_unknown_arguments_are_sent_as_the_existing_client_sent_them(
    mock_client: MockClients,
) -> None:
    client = mock_client()
    with pytest.warns(BEMServerAPIArgumentWarning):
        client.sites.getall(  # type: ignore[call-arg]
            since=dt.datetime(2024, 1, 2, 3, 4, tzinfo=dt.timezone.utc),
            level=DegreeDaysPeriod.month,
            flag=True,
        )
    assert mock_client.requests[0].url.params.multi_items() == [
        ("since", "2024-01-02T03:04:00+00:00"),
        ("level", "month"),
        ("flag", "true"),
    ]


def test_missing_required_argument_is_refused_before_any_request(
    mock_client: MockClients,
) -> None:
    client = mock_client()
    # A required filter is a required keyword of the real signature...
    with pytest.raises(TypeError, match="user_id"):
        client.notifications.count_by_campaign()  # type: ignore[call-arg]
    # ...and None is refused as the server would (422), before any request.
    with pytest.raises(BEMServerAPIClientValueError, match="user_id"):
        client.notifications.count_by_campaign(user_id=None)  # type: ignore[arg-type]
    assert mock_client.requests == []


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.timeseries_data.download_aggregate(
            "2020-01-01T00:00:00+00:00",
            "2020-01-02T00:00:00+00:00",
            1,
            [1],
            aggregation="median",
        ),
        lambda c: c.timeseries_data.download_aggregate(
            "2020-01-01T00:00:00+00:00",
            "2020-01-02T00:00:00+00:00",
            1,
            [1],
            bucket_width_unit="fortnight",
        ),
        lambda c: c.sites.get_degree_days(1, "2024-01-01", "2025-01-01", period="week"),
        lambda c: c.timeseries_data.download(
            "2020-01-01T00:00:00+00:00", "2020-01-02", 1, [1], timezone="Mars/Olympus"
        ),
        lambda c: c.timeseries_data.download("yesterday", "2020-01-02", 1, [1]),
        lambda c: c.timeseries_data.download(
            "2020-01-01", "2020-01-02", 1, [1], format="application/xml"
        ),
        lambda c: c.analysis.get_energy_consumption_breakdown(
            StructuralElement.zone, 1, "2020-01-01", "2020-02-01", 1, "day"
        ),
        lambda c: c.sites.getall(sort=["+color"]),
        lambda c: c.sites.create(["not", "a", "dict"]),
        lambda c: c.timeseries_data.upload(1, b"Datetime,1\n", format=DataFormat.json),
        lambda c: c.io.upload_sites_csv(1, {"houses_csv": io.BytesIO(b"x")}),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    call: Any, mock_client: MockClients
) -> None:
    client = mock_client()
    with pytest.raises(BEMServerAPIClientValueError):
        call(client)
    assert mock_client.requests == []


@pytest.mark.parametrize(
    ("typo", "errors"),
    [
        (
            {"aggregation": "median"},
            {"aggregation": ["Must be one of: avg, sum, min, max, count."]},
        ),
        (
            {"bucket_width_unit": "fortnight"},
            {
                "bucket_width_unit": [
                    "Must be one of: second, minute, hour, day, week, month, year."
                ]
            },
        ),
    ],
    ids=["aggregation", "bucket_width_unit"],
)
def test_enumeration_typos_of_a_download_are_the_same_error(
    typo: dict[str, str], errors: dict[str, Any], mock_client: MockClients
) -> None:
    """Whichever enumeration is misspelt, the same class: what the server would
    have raised (422), its values in the API document's order."""
    with pytest.raises(BEMServerAPIInvalidArgumentError) as raised:
        mock_client().timeseries_data.download_aggregate(
            "2020-01-01T00:00:00+00:00", "2020-01-02T00:00:00+00:00", 1, [1], **typo
        )
    assert raised.value.status_code == 422
    assert raised.value.errors == errors
    assert mock_client.requests == []


def test_update_and_delete_without_etag_are_refused_before_any_request(
    mock_client: MockClients,
) -> None:
    client = mock_client()
    with pytest.raises(BEMServerAPIPreconditionError) as raised:
        client.sites.update(1, {"name": "x"})
    assert raised.value.status_code == 428
    with pytest.raises(BEMServerAPIPreconditionError):
        client.sites.delete(1)
    assert mock_client.requests == []


def test_enum_members_and_strings_are_sent_by_value(mock_client: MockClients) -> None:
    client = mock_client(httpx.Response(200, json={"degree_days": {}}))
    client.sites.get_degree_days(
        7,
        dt.date(2024, 1, 1).isoformat(),
        dt.date(2025, 1, 1),
        period=DegreeDaysPeriod.month,
    )
    client.timeseries_data.download_aggregate(
        dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc),
        "2020-01-02T00:00:00+00:00",
        1,
        [1, 2],
        aggregation=Aggregation.sum,
        bucket_width_unit=BucketWidthUnit.day,
        timezone="Europe/Paris",
    )
    degree_days, aggregate = mock_client.requests
    assert degree_days.url.path == "/sites/7/degree_days"
    assert dict(degree_days.url.params) == {
        "start_date": "2024-01-01",
        "end_date": "2025-01-01",
        "period": "month",
        "type": "heating",
        "base": "18",
        "unit": "°C",
    }
    assert aggregate.url.params.get_list("timeseries") == ["1", "2"]
    assert aggregate.url.params["aggregation"] == "sum"
    assert aggregate.url.params["bucket_width_unit"] == "day"
    assert aggregate.url.params["bucket_width_value"] == "1"
    assert aggregate.url.params["start_time"] == "2020-01-01T00:00:00+00:00"
    assert aggregate.headers["Accept"] == "application/json"


def test_uploads_send_json_and_csv_bodies(mock_client: MockClients) -> None:
    client = mock_client(httpx.Response(201))
    data = {"1": {"2020-01-01T00:00:00+00:00": 1.5}}
    client.timeseries_data.upload(2, data)
    csv = b"Datetime,1\n2020-01-01T00:00:00+00:00,1.5\n"
    client.timeseries_data.upload_by_names(3, 2, csv, format=DataFormat.csv)
    as_json, as_csv = mock_client.requests
    assert as_json.headers["Content-Type"] == "application/json"
    assert json.loads(as_json.content) == data
    assert as_csv.url.path == "/timeseries_data/campaign/3/"
    assert as_csv.headers["Content-Type"] == "text/csv"
    assert as_csv.content == csv


def test_io_upload_leaves_empty_files_out(mock_client: MockClients) -> None:
    client = mock_client(httpx.Response(201))
    client.io.upload_sites_csv(
        4, {"sites_csv": io.BytesIO(b"Name\nA\n"), "buildings_csv": io.BytesIO(b"")}
    )
    body = mock_client.requests[0].content
    assert b'name="sites_csv"' in body
    assert b"buildings_csv" not in body
    assert mock_client.requests[0].url.params["campaign_id"] == "4"


def test_response_fields(mock_client: MockClients) -> None:
    client = mock_client(
        httpx.Response(
            200,
            json=[{"id": 1, "name": "A", "campaign_id": 2}],
            headers={
                "ETag": '"e1"',
                "X-Pagination": '{"total": 1, "total_pages": 1, "page": 1}',
            },
        )
    )
    response = client.sites.getall()
    assert response.status_code == 200
    assert response.etag == '"e1"'
    assert response.pagination == {"total": 1, "total_pages": 1, "page": 1}
    assert response.is_json and not response.is_csv
    assert response.data == [{"id": 1, "name": "A", "campaign_id": 2}]
    assert response.parsed[0].name == "A"
    assert response.toJSON() == {
        "status_code": 200,
        "data": response.data,
        "etag": '"e1"',
        "pagination": response.pagination,
    }


def test_empty_answer_gives_none(mock_client: MockClients) -> None:
    client = mock_client(httpx.Response(204))
    response = client.sites.delete(1, etag='"e"')
    assert response.data is None
    assert response.parsed is None
    assert response.etag == "" and response.pagination == {}


def test_secrets_stay_out_of_reprs_and_logs(
    caplog: pytest.LogCaptureFixture, mock_client: MockClients
) -> None:
    secret_password, secret_token = "pa55-Secret-word", "eyJ-secret-token"
    basic = BEMServerAPIClient.make_http_basic_auth("me@x.test", secret_password)
    bearer = BEMServerAPIClient.make_bearer_token_auth(
        secret_token, "refresh-" + secret_token
    )
    caplog.set_level(logging.DEBUG)
    for auth in (basic, bearer):
        client = mock_client(
            httpx.Response(401, json={"errors": {"authentication": "invalid_token"}}),
            authentication_method=auth,
        )
        with pytest.raises(BEMServerAPIAuthenticationError) as raised:
            client.sites.getall()
        texts = [repr(raised.value), str(raised.value)]
        texts += [repr(client), str(client), repr(auth), str(auth)]
        for text in [*texts, caplog.text]:
            assert secret_password not in text
            assert secret_token not in text


def test_etag_of_resources_without_etags_is_not_sent_nor_required(
    mock_client: MockClients,
) -> None:
    client = mock_client(httpx.Response(204))
    client.timeseries_by_sites.delete(5)
    client.timeseries_by_sites.delete(5, etag='"e"')  # as the existing client allowed
    assert [r.url.path for r in mock_client.requests] == ["/timeseries_by_sites/5"] * 2
    assert all("If-Match" not in r.headers for r in mock_client.requests)
