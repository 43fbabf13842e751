"""Walking a paginated list: where to start, the items of a page, the next page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .exceptions import BEMServerAPIInternalError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .response import BEMServerApiClientResponse


def first_page(kwargs: Mapping[str, Any]) -> int:
    """The page a paginated iteration starts from (`page=`, else 1)."""
    page = kwargs.get("page")
    return 1 if page is None else int(page)


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


def next_page(
    response: BEMServerApiClientResponse[Any], page: int, items: int
) -> int | None:
    """The page after this one, or None when this one is the last.

    The server says it in `X-Pagination` ("next_page" is left out on the last
    page, and on a page past the end); without that header, the iteration
    goes on while pages come full.
    """
    pagination = response.pagination
    if pagination:
        following = pagination.get("next_page")
        if isinstance(following, int) and following > page:
            return following
        return None
    page_size = response.raw.request.url.params.get("page_size")
    if items and page_size is not None and items >= int(page_size):
        return page + 1
    return None
