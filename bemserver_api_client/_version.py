"""The package's version (read by the build: pyproject.toml's dynamic version)."""

__version__ = "1.0.0.dev0"
