"""Secrets out of what is shown: URLs as they may appear in repr(), messages, logs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

#: What a hidden secret is shown as.
REDACTED = "***"


def redact_url(url: str | httpx.URL) -> str:
    """The URL as text, its password (`https://user:pw@host`) replaced by ***.

    The user name stays (it tells which account is used); a URL without a
    password is given back as it is. Only the shown text changes: requests
    still go to the URL with its credentials.
    """
    text = str(url)
    scheme_end = text.find("://")
    if scheme_end < 0:
        return text
    authority_start = scheme_end + 3
    # The authority ends at the first /, ? or # after the scheme.
    authority_end = len(text)
    for delimiter in "/?#":
        found = text.find(delimiter, authority_start)
        if 0 <= found < authority_end:
            authority_end = found
    authority = text[authority_start:authority_end]
    userinfo, at, host = authority.rpartition("@")
    if not at or ":" not in userinfo:
        return text
    user = userinfo.split(":", 1)[0]
    return f"{text[:authority_start]}{user}:{REDACTED}@{host}{text[authority_end:]}"
