"""Generated core of the BEMServer API client: do not edit, run `make generate`.

`api/<tag>/<operation>.py` builds the request of one operation and parses its
success response; `models/` holds the attrs data models; `operations.py` is the
typed index through which the facade names every operation (each module is
imported on first use); `filters.py` types each operation's query parameters;
`api_versions.py` says which API versions lack which operations;
`resources/` holds the clients' entry point tables and resource classes (one
module per entry point, imported on its first use), rendered from the facade's
table (generator/facade_table.py). The clients of `bemserver_api_client` send
the requests.
"""
