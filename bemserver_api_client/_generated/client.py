"""Nothing to see: requests are sent by `bemserver_api_client`'s clients.

openapi-python-client always writes this module; the core's operation modules
only build requests and parse responses.
"""
