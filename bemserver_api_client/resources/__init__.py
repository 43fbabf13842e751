"""The entry points of the client: one class per API resource.

The regular ones are rendered from the facade's table into
`_generated/resources.py` and exported by the modules here (`Sites` for the
blocking client, `AsyncSites` for the asyncio one); the particular ones
(`analysis`, `auth`, `io`, `timeseries_data`) are written here by hand.
`BEMServerAPIClient` and `AsyncBEMServerAPIClient` (see `_client.py`) hold one
instance of each.
"""
