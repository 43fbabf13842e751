"""What is particular to the handwritten entry points, written by hand: the
bulk plans (`_bulk`) of `timeseries_data`'s methods, from their arguments, and
the hooks the rendered methods of `analysis`, `auth` and `io` call (which
operation, a request's body or authentication).

Their methods themselves (signatures, async twins, docstrings) are rendered
from the facade's table into `_generated/resources/`, as the regular ones.
"""
