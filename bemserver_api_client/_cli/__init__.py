"""The command line, `bemserver-api-client` (`pip install
'bemserver-api-client[cli]'`): every entry point and operation of the client,
read from the client itself (`_commands`). Not imported by the package."""

from ._main import main

__all__ = ["main"]
