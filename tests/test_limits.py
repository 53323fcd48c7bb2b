"""Outcome tests of the call's bounds, in process: what a body read within `max_response_size`
gives or raises (plain, gzip, deflate; how many chunks it pulled, whether the stream was
closed), the deadline and Retry-After arithmetic, the socket timeouts of an attempt under way,
and the secret checks (what is refused, that no value is quoted, masks in reprs, pickles and
logs). Fast: the mutation runs of _limits, _sockets and _secret use them (mutation/run.py)."""

from __future__ import annotations

import asyncio
import gzip
import logging
import math
import pickle
import random
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

import dataarts
from dataarts import _limits, _secret, _sockets
from dataarts._limits import Deadline, aread_limited, read_limited, retry_after

# --- reading a body within the limits --------------------------------------------------------


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream that counts the chunks pulled from it and whether it was closed."""

    def __init__(self, chunks: list[bytes], sleep: float = 0.0) -> None:
        self.chunks, self.sleep, self.pulled, self.closed = chunks, sleep, 0, False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            time.sleep(self.sleep)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            time.sleep(self.sleep)
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Sub(httpx.Response):
    """A response of another type: read through iter_raw(), not straight from its stream."""


def streamed(chunks: list[bytes], encoding: str = "", kind: type = httpx.Response) -> Any:
    headers = {"Content-Encoding": encoding} if encoding else {}
    stream = Chunks(chunks)
    return kind(200, headers=headers, stream=stream), stream


def read(response: Any, limit: int, asynchronous: bool, deadline: float | None = None) -> bytes:
    if asynchronous:
        return asyncio.run(aread_limited(response, "op", limit, Deadline(deadline)))
    return read_limited(response, "op", limit, Deadline(deadline))


both = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
kinds = pytest.mark.parametrize("kind", [httpx.Response, Sub], ids=["direct", "iter_raw"])


@both
@kinds
def test_a_plain_body_at_the_limit_is_read_and_kept(asynchronous: bool, kind: type) -> None:
    response, stream = streamed([b"abc", b"de", b"f"], kind=kind)
    assert read(response, 6, asynchronous) == b"abcdef"
    assert response.content == b"abcdef"  # kept: read again without the stream
    assert response.is_closed and stream.closed and stream.pulled == 3
    assert response.num_bytes_downloaded == 6
    with pytest.raises(httpx.StreamConsumed):  # read once: not again from its stream
        if asynchronous:
            asyncio.run(response.aiter_raw().__anext__())
        else:
            next(response.iter_raw())


@both
@kinds
def test_a_plain_body_one_byte_beyond_stops_at_that_chunk(asynchronous: bool, kind: type) -> None:
    response, stream = streamed([b"abc", b"de", b"f", b"ghi"], kind=kind)
    with pytest.raises(dataarts.ResponseTooLarge, match=r"^op: .*exceeds 5 bytes"):
        read(response, 5, asynchronous)
    assert stream.pulled == 3 and stream.closed and response.is_closed


@both
@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", " GZIP ", "deflate", "raw-deflate"])
def test_a_compressed_body_is_inflated_up_to_the_limit(asynchronous: bool, encoding: str) -> None:
    body = bytes(range(256)) * 40  # 10240 bytes
    if encoding == "raw-deflate":
        squeeze = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        packed, encoding = squeeze.compress(body) + squeeze.flush(), "deflate"
    elif encoding == "deflate":
        packed = zlib.compress(body)
    else:
        packed = gzip.compress(body)
    chunks = [packed[i : i + 100] for i in range(0, len(packed), 100)]
    response, stream = streamed(chunks, encoding)
    assert read(response, len(body), asynchronous) == body
    assert response.num_bytes_downloaded == len(packed)
    response, stream = streamed(chunks, encoding)
    with pytest.raises(dataarts.ResponseTooLarge, match="exceeds 10239 bytes"):
        read(response, len(body) - 1, asynchronous)


@both
@pytest.mark.parametrize("limit", [100_000, 100_001])
def test_a_bomb_stops_at_the_limit_after_its_first_chunk(asynchronous: bool, limit: int) -> None:
    bomb = gzip.compress(b"\0" * (16 * 1024 * 1024))  # about 16 KB
    response, stream = streamed([bomb[:8000], bomb[8000:]], "gzip")  # 8 MB in the first
    tracemalloc.start()
    try:
        with pytest.raises(dataarts.ResponseTooLarge):
            read(response, limit, asynchronous)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert stream.pulled == 1 and stream.closed
    assert peak < 1024 * 1024, peak  # never more than the limit inflated at once


@both
def test_the_compressed_bytes_count_against_the_limit(asynchronous: bool) -> None:
    noise = bytes((i * 7919) % 251 for i in range(5000))  # hardly compressible
    packed = gzip.compress(noise)
    response, _ = streamed([packed], "gzip")
    with pytest.raises(dataarts.ResponseTooLarge):
        read(response, len(packed) - 1, asynchronous)


@both
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_corrupt_compressed_body_is_a_transport_error(asynchronous: bool, encoding: str) -> None:
    response, stream = streamed([b"\x1f\x8b\x08\x00garbage-garbage"], encoding)
    with pytest.raises(dataarts.TransportError, match=r"^op: the compressed body is corrupt$"):
        read(response, 1000, asynchronous)
    assert stream.closed


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_body_repeating_from_far_back_inflates(encoding: str) -> None:
    block = random.Random(18).randbytes(20_000)  # repeated 20 KB back: the full 32 KB window
    packed = gzip.compress(block * 2) if encoding == "gzip" else zlib.compress(block * 2)
    response, _ = streamed([packed], encoding)
    assert read(response, 40_000, False) == block * 2


@pytest.mark.parametrize("packer", ["zlib", "raw-deflate"])
def test_a_gzip_label_on_other_data_is_corrupt(packer: str) -> None:
    squeeze = zlib.compressobj(wbits=zlib.MAX_WBITS if packer == "zlib" else -zlib.MAX_WBITS)
    response, _ = streamed([squeeze.compress(b"{}" * 100) + squeeze.flush()], "gzip")
    with pytest.raises(dataarts.TransportError, match="corrupt"):
        read(response, 1000, False)


def test_a_deflate_stream_corrupt_after_its_first_chunk_is_corrupt() -> None:
    start = zlib.compress(b"x" * 1000 + bytes(range(256)) * 10)[:8]
    squeeze = zlib.compressobj(wbits=-zlib.MAX_WBITS)  # a raw stream, not what follows
    response, _ = streamed([start, squeeze.compress(b"hello") + squeeze.flush()], "deflate")
    with pytest.raises(dataarts.TransportError, match="corrupt"):
        read(response, 10_000, False)


def test_the_limit_holds_for_what_a_chunk_inflates_after_others() -> None:
    squeeze = zlib.compressobj(wbits=31)
    first = squeeze.compress(b"\0" * 399_999) + squeeze.flush(zlib.Z_FULL_FLUSH)
    rest = squeeze.compress(b"\0" * (16 * 1024 * 1024)) + squeeze.flush()
    response, _ = streamed([first, rest], "gzip")
    tracemalloc.start()
    try:
        with pytest.raises(dataarts.ResponseTooLarge):
            read(response, 400_000, False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_100_000, peak  # twice what was kept (840 KB), not the 2 MB of a larger room


def test_an_unknown_encoding_is_refused_by_name() -> None:
    response, _ = streamed([b"x"], "br" + "x" * 100)
    with pytest.raises(dataarts.TransportError, match=r"unsupported Content-Encoding 'brx{38}'$"):
        read(response, 1000, False)
    for other in ("zstd", "compress", "deflatex"):  # sorting after and before "deflate"
        response, _ = streamed([b"x"], other)
        with pytest.raises(dataarts.TransportError, match="unsupported Content-Encoding"):
            read(response, 1000, False)
    for identity in ("identity", " Identity "):
        response, _ = streamed([b"xy"], identity)
        assert read(response, 2, False) == b"xy"


@both
def test_the_deadline_is_checked_after_each_chunk(asynchronous: bool) -> None:
    headers = {"Content-Type": "application/json"}
    stream = Chunks([b"a"] * 50, sleep=0.02)
    response = httpx.Response(200, headers=headers, stream=stream)
    with pytest.raises(dataarts.RequestTimeout, match=r"^op: the call's deadline of 0.05s"):
        read(response, 1000, asynchronous, deadline=0.05)
    assert 2 <= stream.pulled <= 6 and stream.closed


@both
def test_a_stream_already_read_or_closed_is_not_read_again(asynchronous: bool) -> None:
    started, _ = streamed([b"ab", b"cd"])
    if asynchronous:
        asyncio.run(started.aiter_raw().__anext__())
    else:
        next(started.iter_raw())
    with pytest.raises(httpx.StreamConsumed):
        read(started, 100, asynchronous)
    closed, _ = streamed([b"ab", b"cd"])
    if asynchronous:
        asyncio.run(closed.aclose())
    else:
        closed.close()
    with pytest.raises(httpx.StreamClosed):
        read(closed, 100, asynchronous)


def test_a_body_made_in_memory_is_checked_too() -> None:
    assert read(httpx.Response(200, content=b"12345"), 5, False) == b"12345"
    with pytest.raises(dataarts.ResponseTooLarge, match="^op: the response body exceeds 4 bytes$"):
        read(httpx.Response(200, content=b"12345"), 4, True)


# --- the deadline and Retry-After ------------------------------------------------------------


def test_a_deadline_cuts_an_attempt_s_timeout() -> None:
    none = Deadline(None)
    assert none.at == math.inf and none.timeout(7.0) == 7.0 and none.timeout(None) is None
    none.check("op")  # never passes
    ten = Deadline(10.0)
    assert ten.timeout(3.0) == 3.0
    assert 9.0 < ten.timeout(30.0) <= 10.0  # type: ignore[operator]
    assert 9.0 < ten.timeout(None) <= 10.0  # type: ignore[operator]
    ten.check("op")
    gone = Deadline(-1.0)
    assert gone.timeout(5.0) == 0.001 and gone.timeout(None) == 0.001
    with pytest.raises(dataarts.RequestTimeout, match=r"^list: the call's deadline of -1.0s"):
        gone.check("list")


def test_an_attempt_ends_by_the_call_s_deadline() -> None:
    call = Deadline(10.0)
    short = call.within(1.0)
    assert short.seconds == 1.0 and 0.5 < short.remaining() <= 1.0
    long = call.within(100.0)
    assert long.seconds == 10.0 and long.at == call.at
    assert Deadline(None).within(None).at == math.inf
    assert Deadline(None).within(2.0).seconds == 2.0


def test_retry_after_in_seconds_and_dates() -> None:
    assert retry_after(None) is None and retry_after("") is None
    assert retry_after("5") == 5.0 and retry_after("0.5") == 0.5
    assert retry_after("-3") == 0.0 and retry_after("0") == 0.0
    assert retry_after("nan") == math.inf and retry_after("inf") == math.inf
    assert retry_after("soon") is None
    assert retry_after("Mon, 01 Jan 99999 00:00:00 GMT") is None  # ValueError
    assert retry_after("Mon, 01 Jan 2020 99999999999999999999:00:00 GMT") is None  # Overflow
    later = datetime.now(timezone.utc) + timedelta(seconds=120)
    assert 100 < retry_after(format_datetime(later, usegmt=True)) <= 121  # type: ignore[operator]
    earlier = datetime.now(timezone.utc) - timedelta(seconds=120)
    assert retry_after(format_datetime(earlier, usegmt=True)) == 0.0


# --- socket timeouts of the attempt under way -----------------------------------------------


class Recorder:
    """A network stream or backend that records the calls it gets."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any) -> Any:
            self.calls.append((name, *args))
            return f"{name}-result"

        return call


@pytest.fixture
def bound() -> Iterator[None]:
    _sockets.BOUND.at = time.monotonic() + 0.5
    yield
    _sockets.BOUND.at = None


def test_outside_an_attempt_a_socket_keeps_its_timeout() -> None:
    inner = Recorder()
    stream = _sockets._BoundedStream(inner)  # type: ignore[arg-type]
    stream.read(10, 5.0)
    stream.write(b"x", None)
    assert inner.calls == [("read", 10, 5.0), ("write", b"x", None)]


def test_within_an_attempt_every_socket_operation_is_cut(bound: None) -> None:
    inner = Recorder()
    stream = _sockets._BoundedStream(inner)  # type: ignore[arg-type]
    stream.read(10, 5.0)
    stream.write(b"x", None)
    stream.read(10, 0.1)  # shorter than what is left: kept
    tls = stream.start_tls("ctx", "host", 5.0)  # type: ignore[arg-type]
    assert isinstance(tls, _sockets._BoundedStream) and tls._stream == "start_tls-result"
    assert stream.get_extra_info("socket") == "get_extra_info-result"
    stream.close()
    (r, n, t1), (w, b, t2), (r2, _, t3), (s, c, h, t4), extra, close = inner.calls
    assert (r, n, w, b, r2, s, c, h) == (
        "read",
        10,
        "write",
        b"x",
        "read",
        "start_tls",
        "ctx",
        "host",
    )
    assert all(0.3 < t <= 0.5 for t in (t1, t2, t4)) and t3 == 0.1
    assert extra == ("get_extra_info", "socket") and close == ("close",)


def test_within_an_attempt_connections_are_cut_and_bounded(bound: None) -> None:
    inner = Recorder()
    backend = _sockets._BoundedBackend(inner)  # type: ignore[arg-type]
    tcp = backend.connect_tcp("h", 1, 9.0, "local", ["opt"])
    unix = backend.connect_unix_socket("/p", None, ["opt"])
    backend.sleep(0.25)
    assert isinstance(tcp, _sockets._BoundedStream) and isinstance(unix, _sockets._BoundedStream)
    (_, h, p, t1, la, so), (_, path, t2, so2), sleep = inner.calls
    assert (h, p, la, so, path, so2) == ("h", 1, "local", ["opt"], "/p", ["opt"])
    assert 0.3 < t1 <= 0.5 and 0.3 < t2 <= 0.5 and sleep == ("sleep", 0.25)


def test_a_passed_attempt_leaves_a_millisecond() -> None:
    _sockets.BOUND.at = time.monotonic() - 5
    try:
        assert _sockets._cut(3.0) == 0.001 and _sockets._cut(None) == 0.001
    finally:
        _sockets.BOUND.at = None


def test_every_pool_of_a_client_is_bounded_once() -> None:
    proxy = httpx.HTTPTransport()
    with httpx.Client(mounts={"http://proxied": proxy}) as http:
        _sockets.bounded(http)
        _sockets.bounded(http)
        for transport in (http._transport, proxy):
            backend = transport._pool._network_backend
            assert isinstance(backend, _sockets._BoundedBackend)
            assert not isinstance(backend._backend, _sockets._BoundedBackend)
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200))) as http:
        _sockets.bounded(http)  # no pool: nothing to bound, no error


# --- secrets -----------------------------------------------------------------------------------

VALUE = "s3cr3t-Value-987"


def test_a_secret_works_as_its_value_and_shows_a_mask() -> None:
    secret = _secret.checked_secret("token", VALUE)
    assert secret == VALUE and isinstance(secret, str)
    assert repr(secret) == "'***'" and repr([secret]) == "['***']"
    assert pickle.loads(pickle.dumps(secret)) == "***"
    body = _secret.Body(b"password=" + VALUE.encode())
    assert repr(body) == f"<{len(body)} bytes>" and body.startswith(b"password=")
    assert pickle.loads(pickle.dumps(body)) == b""


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (None, "token must be a str, not NoneType"),
        (5, "token must be a str, not int"),
        ("", "token is empty"),
        (VALUE + " ", "token contains whitespace"),
        (VALUE + "\n", "token contains whitespace"),
        (VALUE + "\x7f", "token contains whitespace"),
        (VALUE + "\x1f", "token contains whitespace"),
        (VALUE + "é", "token contains whitespace"),
    ],
)
def test_a_bad_credential_is_refused_without_quoting_it(value: object, problem: str) -> None:
    with pytest.raises(dataarts.ConfigurationError) as raised:
        _secret.checked_secret("token", value)
    assert str(raised.value).startswith(problem) and VALUE not in str(raised.value)


def test_credentials_are_checked_together() -> None:
    assert _secret.checked_secret("token", None, optional=True) is None
    assert _secret.checked_secret("token", "!~") == "!~"  # the printable ASCII edges
    out, problem = _secret.checked_secrets(("a", "x", False), ("b", None, True), ("c", "y", True))
    assert out == ["x", None, "y"] and problem is None
    assert all(type(s) is _secret.Secret for s in (out[0], out[2]))
    out, problem = _secret.checked_secrets(("a", "x", False), ("b", "", False), ("c", 1, False))
    assert out == [] and str(problem) == "b is empty"


def test_a_setting_is_refused_for_control_characters_only() -> None:
    assert _secret.checked_setting("workspace", None) is None
    assert _secret.checked_setting("workspace", " ws é~") == " ws é~"
    for bad in ("a\nb", "a\x1fb", "a\x7fb", "\x00"):
        with pytest.raises(dataarts.ConfigurationError, match="^workspace contains a control"):
            _secret.checked_setting("workspace", bad)
    with pytest.raises(dataarts.ConfigurationError, match="^workspace must be a str, not int$"):
        _secret.checked_setting("workspace", 3)


@pytest.mark.parametrize(
    "logger",
    [
        "httpx",
        "httpcore.http11",
        "httpcore.http2",
        "httpcore.connection",
        "httpcore.proxy",
        "httpcore.socks",
    ],
)
def test_secret_headers_are_masked_in_the_http_logs(
    logger: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=logger)
    headers = [
        (b"Content-Type", b"application/json"),
        (b"Cookie", b"!" + VALUE.encode()),  # a value that sorts before its mask
        (b"X-Subject-Token", VALUE.encode()),
        (b"set-cookie", b"a=" + VALUE.encode()),
        ("Authorization", f"SDK-HMAC-SHA256 Signature={VALUE}"),
    ]
    logging.getLogger(logger).debug("receive_response_headers.complete return_value=%r", headers)
    message = caplog.records[-1].getMessage()
    assert VALUE not in message and VALUE not in caplog.text
    assert "(b'Content-Type', b'application/json')" in message
    assert (
        "(b'Cookie', b'***')" in message
        and "(b'X-Subject-Token', b'***')" in message
        and "(b'set-cookie', b'***')" in message
    )
    assert "('Authorization', '***')" in message


def test_a_log_record_that_cannot_be_formatted_is_passed_on() -> None:
    record = logging.LogRecord("httpx", logging.DEBUG, "f", 1, "%d %d", ("x",), None)
    assert _secret.MaskSecretHeaders().filter(record) is True
    assert record.msg == "%d %d" and record.args == ("x",)
    plain = logging.LogRecord("httpx", logging.DEBUG, "f", 1, "GET %s", ("/x",), None)
    assert _secret.MaskSecretHeaders().filter(plain) is True
    assert plain.args == ("/x",)  # nothing masked: left as it was
