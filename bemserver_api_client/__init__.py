"""Typed Python client for the BEMServer API."""
