"""Secrets are never shown: not in repr() of models nor of clients."""

from __future__ import annotations

import base64
import importlib

import attrs
import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client._redact import redact_url

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
