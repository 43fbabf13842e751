"""Helpers the tests share that are neither tests nor fixtures (fixtures live in
the conftest.py files): imported as `tests.support.<module>`."""
