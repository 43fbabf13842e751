"""Walking a paginated list: where to start, the items of a page, the next page.

The walk trusts the server's `X-Pagination` only as far as it makes progress:
it stops at an empty page, never asks a page twice (the next page must come
after this one), and asks at most the pages the first answer announced
(`total_pages`) plus a margin for items added meanwhile; a server that still
announces more after that raises `BEMServerAPIMalformedAnswerError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .exceptions import (
    BEMServerAPIInternalError,
    BEMServerAPIInvalidArgumentError,
    BEMServerAPIMalformedAnswerError,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .response import BEMServerApiClientResponse

#: The largest `page_size` the API accepts (flask-smorest's maximum, in the spec).
MAX_PAGE_SIZE = 100
#: Pages a walk may ask beyond those its first answer announced (items added
#: while iterating), as a share of them, and at least.
_MARGIN_SHARE = 0.1
_MARGIN_MIN = 10


def _whole_number(argument: str, value: Any) -> int:
    """A paging argument as an integer, read as `getall` reads it (an int, or a
    str of one); else what the server would answer, before any request."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            pass
    raise BEMServerAPIInvalidArgumentError(
        argument,
        f"invalid {argument}: {value!r} (expected an integer)",
        "Not a valid integer.",
    )


def page_items(response: BEMServerApiClientResponse[Any]) -> list[Any]:
    """The items of one page of a list; BEMServerAPIInternalError if the answer
    is no list (a proxy's CSV or HTML page)."""
    items = response.parsed
    if not isinstance(items, list):
        raise BEMServerAPIInternalError(
            response.status_code,
            f"a page of {response.raw.request.url.path} is not a list of items",
        )
    return items


class PageWalk:
    """The pages of a paginated list, one after the other: `kwargs()` are the
    request builder's arguments of the next page, `advance(response, items)`
    reads its answer and says whether there is a page after it.

    `page=` (where to start, 1 by default) and `page_size=` are checked as
    `getall` checks them (an integer or a str of one, else
    BEMServerAPIInvalidArgumentError) before any request; `page_size` is
    capped at the API's maximum.
    """

    def __init__(self, kwargs: Mapping[str, Any]) -> None:
        page = kwargs.get("page")
        self.page = 1 if page is None else _whole_number("page", page)
        size = kwargs.get("page_size")
        if size is not None:
            size = min(_whole_number("page_size", size), MAX_PAGE_SIZE)
            kwargs = {**kwargs, "page_size": size}
        self._kwargs = kwargs
        self._page_size: int | None = size
        #: The last page this walk may ask (set by the first answer).
        self._last_allowed: int | None = None

    def kwargs(self) -> dict[str, Any]:
        """The request builder's arguments of the page to ask now."""
        return {**self._kwargs, "page": self.page}

    def advance(self, response: BEMServerApiClientResponse[Any], items: int) -> bool:
        """Move to the page after this one; False when this one is the last.

        The server says it in `X-Pagination` ("next_page" is left out on the
        last page, and on a page past the end); without that header, the walk
        goes on while pages come full.
        """
        if items == 0:
            return False
        pagination = response.pagination
        if not pagination:
            if self._page_size is None or items < self._page_size:
                return False
            following: Any = self.page + 1
        else:
            following = pagination.get("next_page")
            if not isinstance(following, int) or following <= self.page:
                return False
            if self._last_allowed is None:
                self._last_allowed = self._allowed(pagination)
        if self._last_allowed is not None and following > self._last_allowed:
            raise BEMServerAPIMalformedAnswerError(
                response.status_code,
                f"{response.raw.request.url.path} announces page {following}, past "
                f"the {self._last_allowed} pages its first answer allowed for: "
                "the iteration stops there",
            )
        self.page = following
        return True

    def _allowed(self, pagination: dict[str, Any]) -> int | None:
        """The last page to ask, from the first answer's `total_pages` and a
        margin; None when it does not say (the walk then trusts `next_page`)."""
        total = pagination.get("total_pages")
        if not isinstance(total, int) or isinstance(total, bool) or total < 0:
            return None
        margin = max(_MARGIN_MIN, int(total * _MARGIN_SHARE))
        return total + margin
