"""The environment variable naming the sandbox's release, read by the pytest
plugin and the command line (imports nothing: the command line must print its
help without pytest, and the plugin loads in every pytest run)."""

API_VERSION_ENV = "BEMSERVER_SANDBOX_API_VERSION"
