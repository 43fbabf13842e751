"""TLS: certificates are verified unless `verify=` says otherwise.

The sandbox serves plain HTTP on loopback; a small TLS terminator in front of it,
with a self-signed certificate made by openssl, gives a real BEMServer behind
HTTPS.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bemserver_api_client import AsyncBEMServerAPIClient, BEMServerAPIClient
from bemserver_api_client.exceptions import BEMServerAPIConnectionError
from bemserver_api_client.testing import SandboxInfo

pytestmark = pytest.mark.integration


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """(certificate, key) for 127.0.0.1, signed by itself."""
    openssl = shutil.which("openssl")
    assert openssl, "openssl is needed to make a test certificate"
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes"),
            *("-keyout", str(key), "-out", str(cert), "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def _relay(source: socket.socket, target: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


class TLSTerminator:
    """Accepts TLS connections on 127.0.0.1 and relays them to a plain port."""

    def __init__(self, upstream_port: int, cert: Path, key: Path) -> None:
        self.upstream_port = upstream_port
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return  # closed
            threading.Thread(target=self._handle, args=(raw,), daemon=True).start()

    def _handle(self, raw: socket.socket) -> None:
        try:
            client = self.context.wrap_socket(raw, server_side=True)
        except (OSError, ssl.SSLError):
            raw.close()  # the client refused our certificate
            return
        with client, socket.create_connection(("127.0.0.1", self.upstream_port)) as up:
            back = threading.Thread(target=_relay, args=(up, client), daemon=True)
            back.start()
            _relay(client, up)
            back.join(60)

    def __enter__(self) -> TLSTerminator:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.close()


@pytest.fixture(scope="module")
def https_server(
    bemserver_sandbox: SandboxInfo, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """The session's sandbox behind HTTPS: (host, its certificate)."""
    cert, key = self_signed_certificate(tmp_path_factory.mktemp("tls"))
    with TLSTerminator(bemserver_sandbox.port, cert, key) as terminator:
        yield f"127.0.0.1:{terminator.port}", cert


def test_an_unknown_certificate_is_refused_by_default(
    https_server: tuple[str, Path],
) -> None:
    host, _ = https_server
    with (
        BEMServerAPIClient(host, retry=None) as client,
        pytest.raises(BEMServerAPIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.about.getall()


@pytest.mark.parametrize("verify", ["ca_bundle", "ssl_context", "off"])
def test_verify_accepts_a_ca_bundle_or_turns_verification_off(
    https_server: tuple[str, Path], bemserver_sandbox: SandboxInfo, verify: str
) -> None:
    host, cert = https_server
    chosen: Any = {
        "ca_bundle": str(cert),  # the documented `str` (httpx deprecates it)
        "ssl_context": ssl.create_default_context(cafile=str(cert)),
        "off": False,
    }[verify]
    with BEMServerAPIClient(host, verify=chosen, retry=None) as client:
        assert client.base_uri.startswith("https://")
        about = client.about.getall()
    assert about.data["versions"]["bemserver_api"] == bemserver_sandbox.api_version


@pytest.mark.anyio
async def test_async_client_verifies_the_same_way(
    https_server: tuple[str, Path], bemserver_sandbox: SandboxInfo
) -> None:
    host, cert = https_server
    async with AsyncBEMServerAPIClient(host, retry=None) as client:
        with pytest.raises(BEMServerAPIConnectionError):
            await client.about.getall()
    async with AsyncBEMServerAPIClient(host, verify=str(cert), retry=None) as client:
        about = await client.about.getall()
    assert about.data["versions"]["bemserver_api"] == bemserver_sandbox.api_version
