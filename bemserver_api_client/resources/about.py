"""`/about/`: versions of the server.

The classes are rendered from the facade's table (generator/facade_table.py)
into `_generated/resources/`: this module is where users import them from.
"""

from .._generated.resources.about import About, AsyncAbout

__all__ = [
    "About",
    "AsyncAbout",
]


# Names of bemserver-api-client 0.22.0, kept for existing code.
# (Its resource classes' names, for code that imports them from this module:
# each is the class of the same entry point here.)
AboutResources = About
