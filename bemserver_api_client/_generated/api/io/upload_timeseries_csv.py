"""Import timeseries description tree: `POST /io/timeseries`."""

from typing import Any

import httpx

from ... import errors
from ...models.timeseries_csv_upload_file import TimeseriesCSVUploadFile
from ...types import UNSET

METHOD = "POST"
PATH = "/io/timeseries"
SUCCESS_STATUSES = (201,)
#: The declared success a 2xx status the spec does not declare is parsed as.
UNDECLARED_SUCCESS_AS = 201


def build_request(
    *,
    body: TimeseriesCSVUploadFile,
    campaign_id: int,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` (URL relative to the server)."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The typed value of a success response; other statuses raise UnexpectedStatus.

    A 2xx status the spec does not declare (a 200 to a create) is parsed as the
    declared success: a body that does not fit fails to parse (ValueError,
    KeyError, TypeError).
    """
    status = response.status_code
    if 200 <= status <= 299 and status not in SUCCESS_STATUSES:
        status = UNDECLARED_SUCCESS_AS
    if status == 201:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
