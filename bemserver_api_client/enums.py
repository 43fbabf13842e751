"""Enumerations of argument values.

Members are strings too (`Aggregation.avg == "avg"`), so either form can be
passed where an enumeration is expected. They are rendered from the API
document's enumerations and generator/enums_table.py into `_generated/enums.py`;
tests/unit/test_enums.py checks that they agree with the enumerations of the
OpenAPI document.
"""

from ._generated.enums import *  # noqa: F403
from ._generated.enums import __all__ as __all__
