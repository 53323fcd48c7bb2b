"""Bounds of a call: its deadline (retries and waits included) and the size of a parsed body.

A body is read chunk by chunk and inflated here (gzip, deflate) with the limit applied to the
bytes received and to the bytes they inflate to, so a small compressed body cannot fill memory;
the deadline is checked after each chunk, so a server trickling bytes cannot stretch a call.
"""

from __future__ import annotations

import math
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ._errors import RequestTimeout, ResponseTooLarge, TransportError


class Deadline:
    """The time by which a whole call must be over (None: no deadline)."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = math.inf if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def timeout(self, timeout: float | None) -> float | None:
        """The socket timeout of one attempt: its own, cut to what is left of the call."""
        if self.at == math.inf:
            return timeout
        left = max(0.001, self.remaining())
        return left if timeout is None else min(timeout, left)

    def within(self, seconds: float | None) -> Deadline:
        """A deadline `seconds` from now, or this one when it comes first."""
        attempt = Deadline(seconds)
        if self.at < attempt.at:
            attempt.at, attempt.seconds = self.at, self.seconds
        return attempt

    def check(self, operation: str) -> None:
        if time.monotonic() > self.at:
            raise RequestTimeout(f"{operation}: the call's deadline of {self.seconds}s has passed")


def retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (inf when absurd), None when absent or unreadable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if math.isnan(seconds):
        return math.inf
    return max(0.0, seconds)


class _Inflater:
    """Inflates a body as it comes, never beyond `limit` bytes."""

    def __init__(self, operation: str, encoding: str, limit: int) -> None:
        self.operation, self.limit, self.total, self.received = operation, limit, 0, 0
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self.zlib: Any = None
        elif encoding in ("gzip", "x-gzip"):
            self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.zlib = zlib.decompressobj()
            self.deflate_first = True
        else:
            raise TransportError(f"{operation}: unsupported Content-Encoding {encoding[:40]!r}")

    def _count(self, data: bytes) -> bytes:
        self.total += len(data)
        if self.total > self.limit:
            raise ResponseTooLarge(
                f"{self.operation}: the response body exceeds {self.limit} bytes "
                "(max_response_size)"
            )
        return data

    def feed(self, raw: bytes) -> list[bytes]:
        self.received += len(raw)
        if self.received > self.limit:
            raise ResponseTooLarge(
                f"{self.operation}: the response body exceeds {self.limit} bytes "
                "(max_response_size)"
            )
        if self.zlib is None:
            return [self._count(raw)]
        out = []
        data = raw
        try:
            while data:
                room = self.limit - self.total + 1
                if getattr(self, "deflate_first", False):
                    self.deflate_first = False
                    try:
                        chunk = self.zlib.decompress(data, room)
                    except zlib.error:  # a raw deflate stream, without the zlib header
                        self.zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                        chunk = self.zlib.decompress(data, room)
                else:
                    chunk = self.zlib.decompress(data, room)
                out.append(self._count(chunk))
                data = self.zlib.unconsumed_tail
                if not chunk and data:
                    break
        except zlib.error:
            raise TransportError(f"{self.operation}: the compressed body is corrupt") from None
        return out

    def end(self) -> list[bytes]:
        if self.zlib is None:
            return []
        try:
            return [self._count(self.zlib.flush())]
        except zlib.error:
            raise TransportError(f"{self.operation}: the compressed body is corrupt") from None


def _inflater(response: httpx.Response, operation: str, limit: int) -> _Inflater | None:
    """What inflates the body, None when it comes as it is (no Content-Encoding: most
    answers, read without an inflater's calls per chunk)."""
    if not any(key.lower() == b"content-encoding" for key, _ in response.headers.raw):
        return None
    return _Inflater(operation, response.headers.get("Content-Encoding", ""), limit)


def _plain(chunk: bytes, parts: list[bytes], received: int, operation: str, limit: int) -> int:
    """A chunk of a body that comes as it is, kept within `limit`: the bytes received now."""
    received += len(chunk)
    if received > limit:
        raise ResponseTooLarge(
            f"{operation}: the response body exceeds {limit} bytes (max_response_size)"
        )
    parts.append(chunk)
    return received


def _already_read(response: httpx.Response, operation: str, limit: int) -> bytes | None:
    """The body of a response made in memory (a mock transport's), checked against the limit."""
    if not hasattr(response, "_content"):
        return None
    if len(response.content) > limit:
        raise ResponseTooLarge(f"{operation}: the response body exceeds {limit} bytes")
    return response.content


def _raw(response: httpx.Response) -> tuple[Iterator[bytes], bool]:
    """The raw chunks of a streamed response, and whether they come straight from its stream:
    a plain httpx.Response's are read as iter_raw() would, without its two context managers and
    chunker (a tenth of a call's own time); it is then marked consumed, and closed by `_close`."""
    stream = response.stream
    if (
        type(response) is httpx.Response
        and isinstance(stream, httpx.SyncByteStream)
        and not response.is_stream_consumed
        and not response.is_closed
    ):
        response.is_stream_consumed = True
        return iter(stream), True
    return response.iter_raw(), False


def read_limited(response: httpx.Response, operation: str, limit: int, deadline: Deadline) -> bytes:
    """Read a streamed response's body within the limits; the response holds it after."""
    done = _already_read(response, operation, limit)
    if done is not None:
        return done
    inflater = _inflater(response, operation, limit)
    parts: list[bytes] = []
    received = 0
    raw, direct = _raw(response)
    try:
        for chunk in raw:
            if inflater is None:
                received = _plain(chunk, parts, received, operation, limit)
            else:
                parts.extend(inflater.feed(chunk))
            deadline.check(operation)
        if inflater is not None:
            parts.extend(inflater.end())
    finally:
        if direct and not response.is_closed:
            response.is_closed = True
            response._num_bytes_downloaded = inflater.received if inflater else received
            response.stream.close()  # type: ignore[union-attr]
        else:
            response.close()
    content = b"".join(parts)
    response._content = content  # what response.content gives from now on
    return content


async def aread_limited(
    response: httpx.Response, operation: str, limit: int, deadline: Deadline
) -> bytes:
    """The async twin of read_limited."""
    done = _already_read(response, operation, limit)
    if done is not None:
        return done
    inflater = _inflater(response, operation, limit)
    parts: list[bytes] = []
    stream = response.stream
    direct = (
        type(response) is httpx.Response
        and isinstance(stream, httpx.AsyncByteStream)
        and not response.is_stream_consumed
        and not response.is_closed
    )  # as in `_raw`
    raw: AsyncIterator[bytes]
    if direct:
        response.is_stream_consumed = True
        raw = stream.__aiter__()  # type: ignore[union-attr]
    else:
        raw = response.aiter_raw()
    received = 0
    try:
        async for chunk in raw:
            if inflater is None:
                received = _plain(chunk, parts, received, operation, limit)
            else:
                parts.extend(inflater.feed(chunk))
            deadline.check(operation)
        if inflater is not None:
            parts.extend(inflater.end())
    finally:
        if direct and not response.is_closed:
            response.is_closed = True
            response._num_bytes_downloaded = inflater.received if inflater else received
            await stream.aclose()  # type: ignore[union-attr]
        else:
            await response.aclose()
    content = b"".join(parts)
    response._content = content
    return content
