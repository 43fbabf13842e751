"""Secrets are never shown: not in repr() of models nor of clients."""

from __future__ import annotations

import base64
import importlib
import pickle

import attrs
import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._redact import redact_url
from bemserver_api_client.exceptions import BEMServerAPIClientValueError

models = importlib.import_module("bemserver_api_client._generated.models")

SECRET = "correct-horse-battery-staple"


def test_passwords_and_tokens_are_not_in_the_repr_of_models() -> None:
    user = models.User(name="Chuck", email="chuck@example.com", password=SECRET)
    tokens = models.GetJWTResp(
        status="success", access_token=SECRET + "-access", refresh_token=SECRET
    )
    credentials = models.GetJWTArgs(email="chuck@example.com", password=SECRET)
    for model in (user, tokens, credentials):
        assert SECRET not in repr(model)
        assert SECRET not in str(model)
    assert "chuck@example.com" in repr(user)  # the rest is still shown
    # Hidden from repr only: the payload still carries them.
    assert user.to_dict()["password"] == SECRET
    assert tokens.to_dict()["refresh_token"] == SECRET
    assert models.GetJWTResp.from_dict(tokens.to_dict()) == tokens


def test_every_secret_field_of_every_model_is_hidden() -> None:
    secret_fields = []
    for name in models.__all__:
        model = getattr(models, name)
        if not attrs.has(model):
            continue
        for field in attrs.fields(model):
            if "password" in field.name or "token" in field.name:
                secret_fields.append(f"{name}.{field.name}")
                assert field.repr is False, f"{name}.{field.name} shown in repr"
    assert {"User.password", "GetJWTResp.access_token", "GetJWTArgs.password"} <= set(
        secret_fields
    )


@pytest.mark.parametrize("client_class", [BEMServerAPIClient, AsyncBEMServerAPIClient])
def test_a_password_in_the_host_url_is_not_shown(client_class: type) -> None:
    client = client_class("https://chuck:" + SECRET + "@bemserver.test:5000/api")
    assert SECRET not in repr(client)
    assert client.base_uri == "https://chuck:***@bemserver.test:5000/api"
    assert "chuck:***@bemserver.test" in repr(client)


def test_the_password_in_the_host_url_is_still_sent() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = BEMServerAPIClient(
        "https://chuck:" + SECRET + "@bemserver.test",
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )
    client.sites.getall()
    expected = base64.b64encode(f"chuck:{SECRET}".encode()).decode()
    assert seen[0].headers["Authorization"] == f"Basic {expected}"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://u:pw@host/", "https://u:***@host/"),
        ("https://u:p%40ss@host:5000/api?x=1", "https://u:***@host:5000/api?x=1"),
        ("https://u:p@host/a@b", "https://u:***@host/a@b"),
        ("https://:pw@host", "https://:***@host"),
        # Nothing to hide: as given.
        ("https://u@host/", "https://u@host/"),
        ("http://host:5000", "http://host:5000"),
        ("host:5000", "host:5000"),
    ],
)
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown
    assert redact_url(httpx.URL(url) if "://" in url else url) == shown


# -- issue 21: hostile values never leak a secret --------------------------------


def counting_client(**kwargs: object) -> tuple[BEMServerAPIClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = BEMServerAPIClient(
        "bemserver.test",
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
        **kwargs,  # type: ignore[arg-type]
    )
    return client, seen


@pytest.mark.parametrize(
    "token",
    [SECRET + "\n", SECRET + "\r\nX-Injected: 1", SECRET + "\t", SECRET + "é"],
)
def test_a_token_that_cannot_be_sent_is_refused_before_sending(token: str) -> None:
    auth = BEMServerAPIClient.make_bearer_token_auth(token, "refresh")
    client, seen = counting_client(authentication_method=auth)
    with pytest.raises(BEMServerAPIClientValueError) as raised:
        client.sites.getall()
    assert seen == []  # nothing sent, so nothing retried
    error = raised.value
    assert "Authorization header cannot be sent" in str(error)
    shown = [str(error), repr(error), repr(error.__cause__), repr(error.__context__)]
    assert not any(SECRET in text for text in shown)
    assert SECRET.encode() not in pickle.dumps(error)


def test_a_refresh_token_that_cannot_be_sent_is_refused_before_sending() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"code": 401, "errors": {"authentication": "expired_token"}}
        return httpx.Response(401, json=body)

    seen: list[httpx.Request] = []
    auth = BEMServerAPIClient.make_bearer_token_auth("expired", SECRET + "\n")
    client = BEMServerAPIClient(
        "bemserver.test",
        authentication_method=auth,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )
    with pytest.raises(BEMServerAPIClientValueError) as raised:
        client.sites.getall()
    assert [r.url.path for r in seen] == ["/sites/"]  # no refresh sent
    assert SECRET not in str(raised.value)


def test_other_header_values_that_cannot_be_sent_are_refused_before_sending() -> None:
    # The client's own headers: refused when it is made.
    with pytest.raises(BEMServerAPIClientValueError, match="X-Tenant header"):
        counting_client(default_headers={"X-Tenant": "a\nb"})
    client, seen = counting_client()
    with pytest.raises(BEMServerAPIClientValueError, match="X-Trace header"):
        client.with_options(extra_headers={"X-Trace": "\x00"})
    with pytest.raises(BEMServerAPIClientValueError, match="If-Match header"):
        client.sites.update(1, {"name": "x"}, etag='"abc"\n')
    assert seen == []


def test_the_auth_binding_error_shows_no_password() -> None:
    auth = BEMServerAPIClient.make_http_basic_auth("admin", "pw")
    BEMServerAPIClient("http://admin:pw1secret@host:5077", authentication_method=auth)
    with pytest.raises(BEMServerAPIClientValueError) as raised:
        BEMServerAPIClient(
            "http://admin:pw2secret@host:5078", authentication_method=auth
        )
    message = str(raised.value)
    assert "pw1secret" not in message and "pw2secret" not in message
    assert "admin:***@host:5077" in message and "admin:***@host:5078" in message


@pytest.mark.parametrize("client_class", [BEMServerAPIClient, AsyncBEMServerAPIClient])
@pytest.mark.parametrize(
    "host", ["host:abc", "ho\rst:5000", "http://", "http://admin:p?w@host:5000"]
)
def test_a_host_httpx_refuses_raises_at_construction(
    client_class: type, host: str
) -> None:
    with pytest.raises(BEMServerAPIClientValueError) as raised:
        client_class(host)
    assert "p?w" not in str(raised.value)


@pytest.mark.parametrize("client_class", [BEMServerAPIClient, AsyncBEMServerAPIClient])
@pytest.mark.parametrize("host", ["bad host", "exa mple.com:5000", "http://a<b/"])
def test_a_host_name_no_server_can_have_raises_at_construction(
    client_class: type, host: str
) -> None:
    # httpx percent-encodes these into the host ("bad%20host"): no name
    # resolves to it, and the user learnt it only at the first call.
    with pytest.raises(BEMServerAPIClientValueError, match="not a host name"):
        client_class(host)


@pytest.mark.parametrize("host", ["[fe80::1%25eth0]:5000", "bücher.example", "a_b"])
def test_unusual_but_valid_hosts_are_taken(host: str) -> None:
    assert BEMServerAPIClient(host).base_uri.startswith("https://")


@pytest.mark.parametrize("delimiter", ["?", "#", "/"])
def test_a_password_with_an_unencoded_delimiter_is_never_shown(delimiter: str) -> None:
    url = f"http://admin:{SECRET}{delimiter}x@host:5000"
    assert SECRET not in redact_url(url)
    with pytest.raises(BEMServerAPIClientValueError) as raised:
        BEMServerAPIClient(url)
    assert SECRET not in str(raised.value)
    # Encoded, it is a password like any other.
    client = BEMServerAPIClient(url.replace(delimiter, f"%{ord(delimiter):02X}"))
    assert SECRET not in repr(client)
