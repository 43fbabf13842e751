"""Errors of the generated core."""


class UnexpectedStatus(Exception):
    """A `parse_response` was given an answer that is not a documented success.

    The clients of bemserver_api_client map error answers to their own
    exceptions before parsing, so users meet this only when calling the core
    directly.
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")

    def __reduce__(self) -> tuple[type["UnexpectedStatus"], tuple[int, bytes]]:
        """Pickled by its own arguments (not its message): it crosses processes."""
        return type(self), (self.status_code, self.content)


class InvalidPathArgument(ValueError):
    """A path argument that is no id, or that would change the request's path
    (empty, a dot segment, a "/"): refused before any request. The clients of
    bemserver_api_client raise it as a `BEMServerAPIClientValueError`."""

    def __init__(self, name: str, value: object, reason: str) -> None:
        self.name = name
        self.value = value
        self.reason = reason
        super().__init__(f"invalid {name}: {value!r} ({reason})")

    def __reduce__(self) -> tuple[type["InvalidPathArgument"], tuple[str, object, str]]:
        """Pickled by its own arguments (not its message): it crosses processes."""
        return type(self), (self.name, self.value, self.reason)


__all__ = ["InvalidPathArgument", "UnexpectedStatus"]
