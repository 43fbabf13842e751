"""Generated core of the BEMServer API client: do not edit, run `make generate`.

`api/<tag>/<operation>.py` builds the request of one operation and parses its
success response; `models/` holds the attrs data models. The clients of
`bemserver_api_client` send the requests.
"""
