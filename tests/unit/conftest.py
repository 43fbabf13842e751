"""What the unit tests share: clients whose transport is a function (no server).

Mock transports stand in for what a real BEMServer cannot be made to do; every
client they answer is built here, by the `mock_client` fixture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient

#: A canned answer (given again to every request) or a function of the request.
Answer = httpx.Response | Callable[[httpx.Request], httpx.Response] | None

HOST = "bemserver.test"


class MockClients:
    """Makes clients answered by `answer`; records every request they send.

    `mock_client(answer, **kwargs)` is a blocking client,
    `mock_client.async_(answer, **kwargs)` an asyncio one; `kwargs` go to the
    client (`retry=`, `api_version=`, ...). No answer: 200 with `[]`.
    """

    def __init__(self) -> None:
        #: Every request sent by the clients made here, bodies read, in order.
        self.requests: list[httpx.Request] = []
        self._made: list[BEMServerAPIClient] = []

    def handler(self, answer: Answer) -> Callable[[httpx.Request], httpx.Response]:
        def handle(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            if answer is None:
                return httpx.Response(200, json=[])
            if isinstance(answer, httpx.Response):
                # A fresh copy: one Response object is read once.
                return httpx.Response(
                    answer.status_code, headers=answer.headers, content=answer.content
                )
            return answer(request)

        return handle

    def __call__(
        self, answer: Answer = None, *, host: str = HOST, **kwargs: Any
    ) -> BEMServerAPIClient:
        transport = httpx.MockTransport(self.handler(answer))
        client = BEMServerAPIClient(
            host, http_client=httpx.Client(transport=transport), **kwargs
        )
        self._made.append(client)
        return client

    def async_(
        self, answer: Answer = None, *, host: str = HOST, **kwargs: Any
    ) -> AsyncBEMServerAPIClient:
        transport = httpx.MockTransport(self.handler(answer))
        return AsyncBEMServerAPIClient(
            host, http_client=httpx.AsyncClient(transport=transport), **kwargs
        )

    def close(self) -> None:
        for client in self._made:
            client.close()


@pytest.fixture
def mock_client() -> Iterator[MockClients]:
    """Clients answered by a function instead of a server (see MockClients)."""
    clients = MockClients()
    yield clients
    clients.close()
