"""`/analysis/`: completeness of timeseries and energy consumption breakdowns.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`; what their methods send is made in
`_particular/analysis.py`. This module is where users import them from.
"""

from .._generated.resources.analysis import Analysis, AsyncAnalysis

__all__ = [
    "Analysis",
    "AsyncAnalysis",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
AnalysisResources = Analysis
