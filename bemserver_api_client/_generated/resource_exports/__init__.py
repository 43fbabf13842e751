"""What each module of `bemserver_api_client.resources` exports (generated:
generator/exports.py)."""
