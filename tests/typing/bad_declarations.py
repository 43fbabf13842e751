"""Resource methods that `mypy --strict` and pyright must reject: the generated
resource classes (and the handwritten ones) send through `_transport.send` and
`iterate`, typed by the generated operation's parser (the typed index,
`_generated/operations.py`), so a method whose declared result is not what its
operation's parser returns, or that names no generated operation, is an error
(tests/typing/test_typing.py). Exactly one error on each line marked `# E:`,
none elsewhere."""

from __future__ import annotations

from collections.abc import Iterator

from bemserver_api_client._generated import models as m
from bemserver_api_client._generated import operations
from bemserver_api_client._generated.resources import Resource
from bemserver_api_client._transport import iterate, send
from bemserver_api_client.response import BEMServerApiClientResponse


class Declared(Resource):
    def right(self, id: int) -> BEMServerApiClientResponse[m.Site]:
        return send(self._client, operations.get_site, "x.right", (id,))

    def right_pages(self) -> Iterator[m.Site]:
        return iterate(self._client, operations.list_sites, "x.iter_all", {})

    def wrong_result(self, id: int) -> BEMServerApiClientResponse[m.Building]:
        return send(self._client, operations.get_site, "x", (id,))  # E: a Site

    def one_for_a_list(self) -> BEMServerApiClientResponse[m.Site]:
        return send(self._client, operations.list_sites, "x")  # E: a list of sites

    def misspelt(self, id: int) -> BEMServerApiClientResponse[m.Site]:
        return send(self._client, operations.get_sites, "x", (id,))  # E: no such

    def pages_of_one(self) -> Iterator[m.Site]:
        return iterate(self._client, operations.get_site, "x", {})  # E: no list

    def pages_of_others(self) -> Iterator[m.Building]:
        return iterate(self._client, operations.list_sites, "x", {})  # E: sites
