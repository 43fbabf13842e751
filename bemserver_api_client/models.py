"""Public data models of the BEMServer API (attrs classes, generated).

`from bemserver_api_client.models import Site`. Each model is loaded on first
use, so importing this module is cheap.
"""

from ._generated.models import *  # noqa: F403 - the generated models are the API
from ._generated.models import __all__, __dir__, __getattr__  # noqa: F401
