"""What the handwritten resources (the particular entry points: analysis, auth,
io, timeseries_data) declare their operations with. The regular ones are
rendered from the facade's table (`_generated/resources.py`)."""

from __future__ import annotations

# Re-exported: the handwritten resource modules declare their operations from here.
from .._call import Async as Async
from .._call import Call as Call
from .._call import ModeT as ModeT
from .._call import Sync as Sync
from .._convert import checked_payload as checked_payload
from .._convert import enum_value as enum_value
from .._operation import Operation as Operation
from .._operation import Resource as Resource
from .._operation import operation as operation
