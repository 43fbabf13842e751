"""A value outside a spec enumeration (a newer server's) keeps its raw string.

A real BEMServer of the supported versions only answers values of its own
document, so a newer server is played by a mock transport.
"""

from __future__ import annotations

from typing import Any

import httpx

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client._generated.api.event import list_events

EVENTS: list[dict[str, Any]] = [
    {
        "id": 1,
        "timestamp": "2024-03-01T12:00:00+00:00",
        "level": "WARNING",
        "campaign_scope_id": 4,
        "category_id": 2,
        "source": "BEMServer",
        "description": None,
    },
    {
        "id": 2,
        "timestamp": "2024-03-01T12:05:00+00:00",
        "level": "NOTICE",  # a level this client's document does not list
        "campaign_scope_id": 4,
        "category_id": 2,
        "source": "BEMServer",
        "description": "from a newer server",
    },
]


def test_generated_list_parser_keeps_an_unknown_level() -> None:
    events = list_events.parse_response(httpx.Response(200, json=EVENTS))
    assert [event.level for event in events] == ["WARNING", "NOTICE"]
    # The round trip gives back what the server sent.
    assert [event.to_dict() for event in events] == EVENTS


def test_parsed_list_keeps_unknown_values_beside_known_ones() -> None:
    def newer_server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/campaigns/":
            campaign = {"id": 3, "name": "C", "timezone": "Mars/Olympus_Mons"}
            return httpx.Response(200, json=[campaign])
        return httpx.Response(200, json=EVENTS)

    client = BEMServerAPIClient(
        "bemserver.test",
        http_client=httpx.Client(transport=httpx.MockTransport(newer_server)),
        retry=None,
    )
    events = client.events.getall(campaign_id=1).parsed
    assert [(event.id, event.level) for event in events] == [
        (1, "WARNING"),
        (2, "NOTICE"),
    ]
    (campaign,) = client.campaigns.getall().parsed
    assert campaign.timezone == "Mars/Olympus_Mons"
    assert campaign.to_dict()["timezone"] == "Mars/Olympus_Mons"
