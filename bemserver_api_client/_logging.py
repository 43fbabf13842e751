"""The package's logger, and a switch to see its records without code.

Records (logger "bemserver_api_client"): one DEBUG record per request sent
(method, path, status, elapsed milliseconds, attempt), INFO for retries and
token renewals. Paths only: no query string, header or body, so no secret.

`BEMSERVER_API_CLIENT_LOG=debug` (or `info`) in the environment adds a handler
writing those records to stderr, at import.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("bemserver_api_client")

ENVIRONMENT_VARIABLE = "BEMSERVER_API_CLIENT_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def handler_from_environment() -> logging.Handler | None:
    """Add a stderr handler at the level the environment asks for, if any."""
    level = _LEVELS.get(os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower())
    if level is None:
        return None
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
    )
    handler.setLevel(level)
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler
