"""What an error answer's JSON body says: read once here, for the exceptions'
mapping and for the authentication flows (a 401's reason, a token answer)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


def decoded_body(response: httpx.Response) -> Any:
    """The body decoded as JSON, whatever its Content-Type, else None (HTML,
    empty, malformed, nested too deeply to decode)."""
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return None


def authentication_code(body: Any) -> str | None:
    """The server's reason for refusing the credentials (`errors.authentication`
    of a decoded body: "expired_token", ...), else None."""
    errors = body.get("errors") if isinstance(body, dict) else None
    code = errors.get("authentication") if isinstance(errors, dict) else None
    return code if isinstance(code, str) else None
