"""A small HTTP proxy on 127.0.0.1 that injects faults between the client and a
sandbox server, for the resilience tests.

One request per client connection, answered with `Connection: close` (as
gunicorn's sync workers answer). At `rate` a request meets one of the faults,
chosen at random among those allowed. The draws are reproducible from `seed`
whatever the order in which threads and tasks send their requests: the n-th
request of a kind (method and path, ids left out) always draws the same, so the
faults each kind of request meets depend on the seed only:

- "reset_before": the connection is reset before the request is forwarded;
- "reset_after": the request is forwarded and answered by the server, then the
  client's connection is reset (the server did the work, the client sees none);
- "503_retry_after" / "503": the proxy answers 503 itself, with or without a
  `Retry-After` header, without forwarding;
- "delay": the request is forwarded after `delay` seconds, normally;
- "truncate": the server's answer is cut short, then the connection is closed;
- "hang" (never drawn unless listed in `faults`/`faults_for`): the proxy holds
  the request, unanswered, until the client gives up and closes the
  connection (`Record.abandoned`) or `delay` seconds pass, then forwards it
  (a client without a timeout gets its answer that late).

Every request is recorded (`records`): its method and path, its fault, whether
the server received it and what it answered. `script` gives the faults of the
first requests in order, before the RNG takes over.

It serves on 127.0.0.1 only, forwards to 127.0.0.1 only, and stops by itself
after `lifetime` seconds if nobody stops it (a daemon thread runs its loop).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import random
import re
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType

RESET_BEFORE = "reset_before"
RESET_AFTER = "reset_after"
UNAVAILABLE_RETRY_AFTER = "503_retry_after"
UNAVAILABLE = "503"
DELAY = "delay"
TRUNCATE = "truncate"
ALL_FAULTS = (
    RESET_BEFORE,
    RESET_AFTER,
    UNAVAILABLE_RETRY_AFTER,
    UNAVAILABLE,
    DELAY,
    TRUNCATE,
)
HANG = "hang"
#: Every fault the proxy knows: HANG is only for the tests that ask for it.
KNOWN_FAULTS = (*ALL_FAULTS, HANG)
#: Faults after which the server has done the work although the client got none
#: of its answer.
AFTER_SERVER = frozenset({RESET_AFTER, TRUNCATE})

LOOPBACK = "127.0.0.1"
#: The ids in a path (a kind of request is its method and path without them).
_ID = re.compile(r"\d+")
_MAX_HEAD = 64 * 1024
_MAX_BODY = 64 * 1024 * 1024


@dataclass
class Record:
    """One request that went through the proxy."""

    method: str
    path: str
    fault: str | None
    #: The server received the request and answered it.
    forwarded: bool = False
    #: The server's status code (None if not forwarded, or no answer).
    status: int | None = None
    #: A digest of the Authorization header (which token was used), or "".
    auth: str = ""
    #: The request body, when the proxy records bodies.
    body: bytes = b""
    #: HANG: the client closed the connection before any answer.
    abandoned: bool = False


class FaultProxy:
    """See the module. Use as a context manager; `host` is "127.0.0.1:PORT"."""

    def __init__(
        self,
        upstream_port: int,
        *,
        rate: float = 0.2,
        seed: int = 0,
        faults: Sequence[str] = ALL_FAULTS,
        faults_for: Callable[[str, str], Sequence[str]] | None = None,
        script: Iterable[str | None] = (),
        retry_after: str = "1",
        delay: float = 0.2,
        record_bodies: bool = False,
        upstream_timeout: float = 60.0,
        lifetime: float = 600.0,
    ) -> None:
        unknown = (set(faults) | {f for f in script if f}) - set(KNOWN_FAULTS)
        if unknown:
            raise ValueError(f"unknown faults: {sorted(unknown)}")
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate is a probability")
        self.upstream_port = upstream_port
        self.rate = rate
        self.faults = tuple(faults)
        self.faults_for = faults_for
        self.script = list(script)
        self.retry_after = retry_after
        self.delay = delay
        self.record_bodies = record_bodies
        self.upstream_timeout = upstream_timeout
        self.lifetime = lifetime
        self.port = 0
        self.records: list[Record] = []
        self.seed = seed
        #: Requests of each kind drawn for so far.
        self._drawn: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopped: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- lifecycle ---------------------------------------------------------

    @property
    def host(self) -> str:
        return f"{LOOPBACK}:{self.port}"

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(
            target=self._run, name="faultproxy", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(10) or self._error is not None:
            raise RuntimeError(f"the fault proxy did not start: {self._error!r}")
        return self

    def stop(self) -> None:
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(stopped.set)
        if self._thread is not None:
            self._thread.join(15)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as error:  # reported by start()
            self._error = error
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        server = await asyncio.start_server(
            self._handle, LOOPBACK, 0, limit=_MAX_HEAD, reuse_address=True
        )
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), self.lifetime)
            server.close()
        # Connections still open are dropped with the loop.

    # -- accounting --------------------------------------------------------

    def snapshot(self) -> list[Record]:
        with self._lock:
            return list(self.records)

    def counts(self) -> Counter[str]:
        """How many requests met each fault ("none": none)."""
        return Counter(r.fault or "none" for r in self.snapshot())

    def select(
        self,
        method: str | None = None,
        path: str | None = None,
        *,
        fault: str | bool | None = True,
        forwarded: bool | None = None,
    ) -> list[Record]:
        """Records matching all the given criteria (fault=True: any fault or none)."""
        return [
            r
            for r in self.snapshot()
            if (method is None or r.method == method)
            and (path is None or r.path == path)
            and (fault is True or r.fault == fault)
            and (forwarded is None or r.forwarded == forwarded)
        ]

    # -- one connection, one request -----------------------------------------

    def _choose(self, method: str, path: str) -> str | None:
        with self._lock:
            if self.script:
                return self.script.pop(0)
            allowed = self.faults_for(method, path) if self.faults_for else self.faults
            kind = f"{method} {_ID.sub('#', path)}"
            occurrence = self._drawn[kind]
            self._drawn[kind] += 1
        # A draw of its own for the n-th request of this kind (str seeds are
        # hashed with SHA-512: the same in every process).
        rng = random.Random(f"{self.seed}/{kind}/{occurrence}")
        if not allowed or rng.random() >= self.rate:
            return None
        return rng.choice(list(allowed))

    async def _handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            await asyncio.wait_for(
                self._proxy(reader, writer), self.upstream_timeout + self.delay + 5
            )
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError):
            pass  # the client went away, or sent nonsense: drop it
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    async def _proxy(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return  # connection closed without a request
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = [tuple(h.split(":", 1)) for h in lines[1:] if h]
        names = {name.strip().lower(): value.strip() for name, value in headers}
        if names.get("transfer-encoding", "").lower() == "chunked":
            body = await _read_chunked(reader)
        else:
            length = int(names.get("content-length", "0"))
            if length > _MAX_BODY:
                raise ValueError("request body too large")
            body = await reader.readexactly(length)
        path = target.split("?", 1)[0]
        authorization = names.get("authorization", "")
        record = Record(
            method,
            path,
            self._choose(method, path),
            auth=hashlib.sha256(authorization.encode()).hexdigest()[:12]
            if authorization
            else "",
            body=body if self.record_bodies else b"",
        )
        with self._lock:
            self.records.append(record)

        if record.fault == RESET_BEFORE:
            _reset(writer)
            return
        if record.fault in (UNAVAILABLE, UNAVAILABLE_RETRY_AFTER):
            message = b'{"code": 503, "status": "Service Unavailable"}'
            extra = ""
            if record.fault == UNAVAILABLE_RETRY_AFTER:
                extra = f"Retry-After: {self.retry_after}\r\n"
            writer.write(
                (
                    "HTTP/1.1 503 SERVICE UNAVAILABLE\r\n"
                    "Content-Type: application/json\r\n"
                    f"Content-Length: {len(message)}\r\n{extra}"
                    "Connection: close\r\n\r\n"
                ).encode()
                + message
            )
            await writer.drain()
            return
        if record.fault == DELAY:
            await asyncio.sleep(self.delay)
        if record.fault == HANG:
            with contextlib.suppress(TimeoutError):
                # The client sends nothing more: b"" is its closing.
                if await asyncio.wait_for(reader.read(1), self.delay) == b"":
                    record.abandoned = True
                    return

        answer = await self._forward(method, target, headers, body)
        if answer is None:
            writer.write(
                b"HTTP/1.1 502 BAD GATEWAY\r\nContent-Length: 0\r\n"
                b"Connection: close\r\n\r\n"
            )
            await writer.drain()
            return
        record.forwarded = True
        with contextlib.suppress(ValueError, IndexError):
            record.status = int(answer.split(b" ", 2)[1])

        if record.fault == RESET_AFTER:
            _reset(writer)
            return
        if record.fault == TRUNCATE:
            end = answer.find(b"\r\n\r\n") + 4
            body_length = len(answer) - end
            cut = end + body_length // 2 if body_length > 1 else end // 2
            writer.write(answer[:cut])
            await writer.drain()
            return  # closed (not reset) with the answer cut short
        writer.write(answer)
        await writer.drain()

    async def _forward(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, ...]],
        body: bytes,
    ) -> bytes | None:
        """The server's whole answer to the request, or None if it gave none."""
        kept = [
            f"{name}:{value}"
            for name, value in headers
            if name.strip().lower()
            not in {"connection", "keep-alive", "transfer-encoding", "content-length"}
        ]
        head = "\r\n".join(
            [
                f"{method} {target} HTTP/1.1",
                *kept,
                f"Content-Length: {len(body)}",
                "Connection: close",
                "",
                "",
            ]
        )
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection(LOOPBACK, self.upstream_port), 10
            )
        except (OSError, TimeoutError):
            return None
        try:
            up_writer.write(head.encode("latin-1") + body)
            await up_writer.drain()
            # gunicorn answers `Connection: close`: the answer ends with the stream.
            answer = await asyncio.wait_for(up_reader.read(), self.upstream_timeout)
        except (OSError, TimeoutError):
            return None
        finally:
            up_writer.close()
            with contextlib.suppress(OSError):
                await up_writer.wait_closed()
        return answer or None


def _reset(writer: asyncio.StreamWriter) -> None:
    """Reset the connection (RST), as a crashed proxy or a broken link would."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
    writer.transport.abort()


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = bytearray()
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";")[0].strip(), 16)
        if size == 0:
            await reader.readuntil(b"\r\n")  # no trailers expected
            return bytes(body)
        if len(body) + size > _MAX_BODY:
            raise ValueError("request body too large")
        body += await reader.readexactly(size)
        await reader.readexactly(2)


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll `predicate` (the proxy records after answering)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
