"""Kept for existing code: the names of bemserver-api-client 0.22.0's
`authentication` module.

New code makes its authentication with `BEMServerAPIClient.make_bearer_token_auth`
and `make_http_basic_auth`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import _auth
from ._auth import AfterRefreshCallback, HTTPBasicAuth

# Names of bemserver-api-client 0.22.0, kept for existing code.


class BearerTokenAuth(_auth.BearerTokenAuth):
    """Bearer tokens, made as bemserver-api-client 0.22.0 made them:
    `BearerTokenAuth(access_token, refresh_token=None, refresh_tokens_callback=None,
    after_refresh_tokens_external_callback=None)`.

    It is the client's bearer authentication (`bemserver_api_client.BearerTokenAuth`):
    it renews an expired access token with the refresh token by itself, then calls
    `after_refresh_tokens_external_callback(access_token, refresh_token)`.
    `refresh_tokens_callback` is accepted and not called: 0.22.0's client replaced
    it with its own refresh, as this authentication does.
    """

    def __init__(
        self,
        access_token: str,
        refresh_token: str | None = None,
        refresh_tokens_callback: Callable[[], Any] | None = None,
        after_refresh_tokens_external_callback: AfterRefreshCallback | None = None,
    ) -> None:
        super().__init__(
            access_token, refresh_token, after_refresh_tokens_external_callback
        )
        self.refresh_tokens_callback = refresh_tokens_callback

    def after_refresh_tokens_callback(
        self, access_token: str, refresh_token: str | None = None
    ) -> None:
        """Use new tokens and tell the external callback (0.22.0's name of
        `set_tokens`)."""
        self.set_tokens(access_token, refresh_token)


__all__ = ["BearerTokenAuth", "HTTPBasicAuth"]
