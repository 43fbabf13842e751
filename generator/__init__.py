"""Tooling that turns the BEMServer API's OpenAPI document into the typed core.

pull (spec/) -> normalise -> openapi-python-client with templates/ ->
bemserver_api_client/_generated/. Run it as `python -m generator` (see --help) or
through the Make targets.
"""
