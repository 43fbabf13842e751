"""Quickstart: a tour of the client against a real BEMServer API server.

Run `make demo`: it starts a sandbox server (bemserver_api_client.testing) and
runs this script against it. Against your own server:

    python examples/quickstart.py --host my.server:5000 --email me@x --password ...
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import uuid
from collections.abc import Iterator

from bemserver_api_client import BEMServerAPIClient
from bemserver_api_client.enums import DataFormat
from bemserver_api_client.exceptions import BEMServerAPINotFoundError


@contextlib.contextmanager
def server(args: argparse.Namespace) -> Iterator[tuple[str, bool, str, str]]:
    """(host, use_ssl, email, password) of the given server, or of a sandbox."""
    if args.host:
        yield args.host, not args.no_ssl, args.email, args.password
        return
    from bemserver_api_client.testing import BEMServerSandbox

    print("Starting a sandbox BEMServer API server (the first time takes a minute)...")
    with BEMServerSandbox() as info:
        yield info.host, False, info.admin.email, info.admin.password


def tour(host: str, use_ssl: bool, email: str, password: str) -> None:
    with BEMServerAPIClient(
        host,
        use_ssl=use_ssl,
        authentication_method=BEMServerAPIClient.make_http_basic_auth(email, password),
    ) as api_client:
        about = api_client.about.getall().parsed
        print(f"Connected to {api_client.base_uri}: API {about.versions.bemserver_api}")

        campaign = api_client.campaigns.create(
            {"name": f"Quickstart {uuid.uuid4().hex[:6]}", "timezone": "Europe/Paris"}
        ).parsed
        print(f"Created campaign #{campaign.id} {campaign.name!r}")

        site = api_client.sites.create(
            {
                "name": "Head office",
                "campaign_id": campaign.id,
                "latitude": 43.6,
                "longitude": 1.44,
            }
        ).parsed
        print(f"Created site #{site.id} {site.name!r}")

        scope = api_client.campaign_scopes.create(
            {"name": "Energy", "campaign_id": campaign.id}
        ).parsed
        timeseries = api_client.timeseries.create(
            {
                "name": "Main meter",
                "unit_symbol": "kWh",
                "campaign_id": campaign.id,
                "campaign_scope_id": scope.id,
            }
        ).parsed
        api_client.timeseries_by_sites.create(
            {"timeseries_id": timeseries.id, "site_id": site.id}
        )
        print(f"Created timeseries #{timeseries.id} {timeseries.name!r} on the site")

        raw = next(
            state
            for state in api_client.timeseries_datastates.getall().parsed
            if state.name == "Raw"
        )
        start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
        values = {
            (start + dt.timedelta(hours=hour)).isoformat(): round(
                10 + hour % 24 * 0.5, 1
            )
            for hour in range(48)
        }
        api_client.timeseries_data.upload(raw.id, {str(timeseries.id): values})
        print(f"Uploaded {len(values)} hourly values")

        end = start + dt.timedelta(days=2)
        downloaded = api_client.timeseries_data.download(
            start, end, raw.id, [timeseries.id]
        ).data[str(timeseries.id)]
        daily = api_client.timeseries_data.download_aggregate(
            start,
            end,
            raw.id,
            [timeseries.id],
            aggregation="sum",
            bucket_width_unit="day",
            timezone="Europe/Paris",
        ).data[str(timeseries.id)]
        csv = api_client.timeseries_data.download(
            start,
            start + dt.timedelta(hours=3),
            raw.id,
            [timeseries.id],
            format=DataFormat.csv,
        ).data
        print(f"Read back {len(downloaded)} values, identical: {downloaded == values}")
        print(f"Daily sums (Europe/Paris days): {daily}")
        print("First hours as CSV:\n" + csv.decode().strip())

        current = api_client.sites.getone(site.id)
        api_client.sites.update(
            site.id, {"name": "Head office (renovated)"}, etag=current.etag
        )
        api_client.campaigns.delete(
            campaign.id, etag=api_client.campaigns.getone(campaign.id).etag
        )
        try:
            api_client.sites.getone(site.id)
        except BEMServerAPINotFoundError:
            print(f"Deleted campaign #{campaign.id} and everything in it")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", help="host[:port] of a server (default: a sandbox)")
    parser.add_argument("--no-ssl", action="store_true", help="http instead of https")
    parser.add_argument("--email")
    parser.add_argument("--password")
    args = parser.parse_args()
    with server(args) as (host, use_ssl, email, password):
        tour(host, use_ssl, email, password)


if __name__ == "__main__":
    main()
