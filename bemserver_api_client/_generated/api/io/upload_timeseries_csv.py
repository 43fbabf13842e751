"""Import timeseries description tree: `POST /io/timeseries`."""

from typing import Any

import httpx

from ... import errors
from ...models.timeseries_csv_upload_file import TimeseriesCSVUploadFile
from ...types import UNSET

METHOD = "POST"
PATH = "/io/timeseries"
SUCCESS_STATUSES = (201,)


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
    """The typed value of a success response; other statuses raise UnexpectedStatus."""
    if response.status_code == 201:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)
