"""What is particular to the handwritten entry points (`analysis`, `auth`, `io`,
`timeseries_data`): each function makes the described call (`_call.Call`) or
the bulk plan (`_bulk`) of one of their methods, from the method's arguments.

Their methods themselves (signatures, async twins, docstrings) are rendered
from the facade's table into `_generated/resources/`, as the regular ones.
"""
