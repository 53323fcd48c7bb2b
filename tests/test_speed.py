"""What makes the client fast, asserted as behaviour (the numbers live in bench/client.py): a sync
call imports only what it uses, TLS is set up only for https, URLs and requests are built as httpx
would build them, a body read straight from its stream leaves the response as httpx's read would,
tagged unions pick their member by the tag, large bodies leave no collection due.
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest
from pydantic import TypeAdapter, ValidationError

from conftest import GENERATED
from loopback import Loopback, Reply

from dataarts import AkSkCredentials, DataArts
from dataarts._limits import Deadline, read_limited
from dataarts._request import parse
from dataarts._settings import PreparedRequest, Settings
from dataarts._transport import _Urls, build_request
from dataarts.models import cdm, dlf

# Runs in a fresh interpreter: counts CA bundle loads, makes one sync CDM call, reports.
PROBE = """
import json, ssl, sys
loads = []
for name in ("load_verify_locations", "load_default_certs"):
    original = getattr(ssl.SSLContext, name)
    def counting(self, *a, _original=original, **k):
        loads.append(1)
        return _original(self, *a, **k)
    setattr(ssl.SSLContext, name, counting)
from dataarts import AkSkCredentials, DataArts, TransportError
client = DataArts(endpoints={"cdm": sys.argv[1]}, project_id="p1",
                  credentials=AkSkCredentials("AK", "SK"), max_retries=0, timeout=5)
try:
    answered = client.cdm.clusters.show("c1").name
except TransportError:
    answered = None
print(json.dumps({"answered": answered, "ca_loads": len(loads), "modules": sorted(sys.modules)}))
"""


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def probe(url: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(GENERATED / "python")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, url], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_sync_cdm_call_imports_only_what_it_uses(server: Loopback) -> None:
    server.replies.append(Reply(body={"id": "c1", "name": "cdm-1"}))
    result = probe(server.url)
    assert result["answered"] == "cdm-1"
    modules = set(result["modules"])
    assert "asyncio" not in modules  # only the async client needs it
    assert "concurrent.futures" not in modules  # only an IAM login needs it
    assert not {m for m in modules if m.startswith(("dataarts.dlf", "dataarts.models.dlf"))}
    assert "dataarts.models.cdm.clusters" in modules  # the resource's models, with it
    assert not {m for m in modules if m.startswith("dataarts.models.cdm.")} - {
        "dataarts.models.cdm.clusters"
    }
    assert result["ca_loads"] == 0  # no TLS set up for an http:// endpoint


def test_tls_is_set_up_for_an_https_endpoint(server: Loopback) -> None:
    # The loopback speaks plain HTTP: the handshake fails, after the CA bundle was loaded.
    result = probe(server.url.replace("http://", "https://"))
    assert result["answered"] is None
    assert result["ca_loads"] == 1


def prepared(
    method: str, host: str, path: str, query: Any, content: bytes | None, **headers: str
) -> PreparedRequest:
    return PreparedRequest("Op", method, "http", host, path, query, headers, content)


@pytest.mark.parametrize(
    ("host", "path", "query"),
    [
        ("127.0.0.1:8080", "/v1/p/clusters/a%2Fb", []),
        ("cdm.example.com", "/v1/%E4%BD%A0/x", [("a", "1"), ("b", ["x y", "z"]), ("c", True)]),
        ("[::1]:8443", "/", [("k", "")]),
        ("h", "/a/%2E%2E/b", [("q", "a&b=c#d")]),
    ],
)
def test_urls_are_what_httpx_would_parse(host: str, path: str, query: Any) -> None:
    request = prepared("GET", host, path, query, None)
    fast, parsed = _Urls()(request), httpx.URL(request.url)
    assert fast == parsed
    assert (fast.raw_path, fast.host, fast.port, fast.netloc) == (
        parsed.raw_path,
        parsed.host,
        parsed.port,
        parsed.netloc,
    )


def test_urls_kept_per_path_and_query_are_what_httpx_would_parse() -> None:
    urls = _Urls()
    requests = [
        prepared("GET", "h:1", "/a", [], None),
        prepared("GET", "h:1", "/a", [("q", "1")], None),
        prepared("GET", "h:1", "/a", [("q", "2")], None),
        prepared("GET", "h:2", "/a", [], None),
        prepared("GET", "h:1", "/b", [], None),
        prepared("GET", "[::1]:1", "/a", [], None),
    ]
    for _ in range(2):  # made, then given again
        for request in requests:
            url = urls(request)
            assert url == httpx.URL(request.url) and url.raw_path == httpx.URL(request.url).raw_path
    assert len({id(urls(r)) for r in requests}) == len(requests)
    assert urls(requests[0]) is urls(prepared("POST", "h:1", "/a", [], b"{}"))  # immutable: shared
    for i in range(_Urls.MAX_URLS + 5):
        request = prepared("GET", "h", f"/{i}", [], None)
        assert urls(request) == httpx.URL(request.url)
        assert len(urls._made) <= _Urls.MAX_URLS


@pytest.mark.parametrize(
    ("method", "content", "headers"),
    [
        ("GET", None, {"Content-Type": "application/json"}),
        ("GET", None, {"Host": "other:1", "X-A": "1"}),
        ("POST", None, {"Content-Type": "application/json"}),
        ("POST", b'{"a": 1}', {"Content-Type": "application/json"}),
        ("PUT", b"", {}),
        ("POST", None, {"Host": "other:1"}),
        ("PATCH", None, {"Transfer-Encoding": "chunked"}),
        ("POST", b"{}", {"X-B": "2", "Accept": "application/json"}),
        ("DELETE", b"{}", {"Content-Length": "2"}),
    ],
)
def test_requests_carry_what_httpx_request_would(
    method: str, content: bytes | None, headers: dict[str, str]
) -> None:
    request = prepared(method, "h:81", "/x", [("a", "1")], content, **headers)
    url = httpx.URL(request.url)
    ours = build_request(request, url, {"read": 1.0}, None)
    theirs = httpx.Request(
        method,
        url,
        headers={"Accept": "*/*", "Accept-Encoding": "gzip, deflate", **headers},
        content=content,
    )
    assert ours.headers.raw == theirs.headers.raw
    assert (ours.method, ours.url) == (theirs.method, theirs.url)
    assert set(vars(ours)) == set(vars(theirs))  # no attribute httpx's own would have is missing
    assert ours.read() == theirs.read()
    assert ours.extensions["timeout"] == {"read": 1.0}


def node(kind: str, **extra: Any) -> dict[str, Any]:
    return {"name": "n1", "type": kind, "location": {"x": "0", "y": "0"}, **extra}


def test_tagged_union_members_are_chosen_by_their_tag() -> None:
    nodes = TypeAdapter(list[dlf.DlfJobNode])
    shell = {"name": "scriptName", "value": "s1"}
    fixture = json.loads((GENERATED / "fixtures" / "dlf" / "ShowDlfJob.json").read_text("utf-8"))
    hive = fixture["cases"][0]["response"]["body"]["nodes"][0]
    assert hive["type"] == "HiveSQL"
    parsed = nodes.validate_python([node("Shell", properties=[shell]), hive])
    assert [type(n).__name__ for n in parsed] == ["DlfShellNode", "DlfHiveSQLNode"]
    assert type(parsed[0].properties[0]).__name__.startswith("DlfShellNodeProperties")
    with pytest.raises(ValidationError, match="does not match any of the expected tags"):
        nodes.validate_python([node("NoSuchType")])
    with pytest.raises(ValidationError):
        nodes.validate_python([node("Shell", properties=[{"name": "noSuchProperty", "value": 1}])])


def test_a_large_body_leaves_no_collection_due() -> None:
    item = {"id": "c", "name": "cdm", "status": "200", "instances": [{"id": "i", "name": "n"}]}
    body = json.dumps({"clusters": [item] * 3000}).encode()
    response = httpx.Response(200, content=body)
    assert gc.isenabled()
    result = parse(Settings(), "ListClusters", response, cdm.ListClustersResponse)
    assert len(result.clusters or []) == 3000
    assert gc.get_count()[0] < 700  # the young objects were collected inside the call
    assert gc.isenabled()


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_a_body_read_straight_from_the_stream_leaves_the_response_as_httpx_would(
    encoding: str,
) -> None:
    body = json.dumps({"id": "c", "name": "x" * 5000}).encode()
    sent = gzip.compress(body) if encoding else body
    headers = [(b"Content-Encoding", encoding.encode())] if encoding else []

    def streamed() -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(sent))

    ours, theirs = streamed(), streamed()
    assert read_limited(ours, "Op", 1 << 20, Deadline(5)) == body
    theirs.read()
    assert ours.content == theirs.content == body
    assert (ours.is_closed, ours.is_stream_consumed) == (
        theirs.is_closed,
        theirs.is_stream_consumed,
    )
    assert ours.num_bytes_downloaded == theirs.num_bytes_downloaded == len(sent)


def test_a_prepared_request_made_fast_is_the_dataclass_made_slowly() -> None:
    args: Any = ("Op", "GET", "http", "h", "/p", [("a", "1")], {"X": "1"}, b"{}", False)
    made, slow = PreparedRequest.made(*args), PreparedRequest(*args)
    assert made == slow and vars(made) == vars(slow) and repr(made) == repr(slow)
    changed = made.with_headers({"Y": "2"})
    assert changed == replace(slow, headers={"Y": "2"}) and made.headers == {"X": "1"}


class RecordingPool:
    """A connection pool that keeps each httpcore.Request it is handed and answers, or fails
    with `error`."""

    def __init__(self, error: Exception | None = None) -> None:
        self.requests: list[Any] = []
        self.error = error

    def _answer(self, request: Any) -> Any:
        import httpcore

        self.requests.append(request)
        if self.error is not None:
            raise self.error
        headers = [(b"Content-Type", b"application/json"), (b"X-Caf\xc3\xa9", b"\xc3\xa9t\xc3\xa9")]
        return httpcore.Response(200, headers=headers, content=b'{"a": 1}', extensions={"x": 1})

    def handle_request(self, request: Any) -> Any:
        return self._answer(request)

    async def handle_async_request(self, request: Any) -> Any:
        return self._answer(request)


def core_view(core: Any, request: httpx.Request) -> Any:
    """An httpcore.Request as compared: its stream is the httpx.Request's, as it is."""
    return (
        core.method,
        core.url,
        core.headers,
        core.stream is request.stream,
        core.extensions,
        sorted(vars(core)),
        sorted(vars(core.url)),
    )


def response_view(response: httpx.Response) -> Any:
    return (
        response.status_code,
        response.headers.raw,
        response.headers.multi_items(),
        response.headers.encoding,
        response.extensions,
        sorted(vars(response)),
    )


SENT = [
    ("GET", "http://127.0.0.1:8080/v1/p/clusters/a%2Fb", {}, {}),
    ("post", "https://cdm.example.com:443/x?a=1&b=x%20y", {"Content-Type": "a/b"}, {}),
    ("PUT", "http://[::1]:8443/p?q=%E4%BD%A0", {"X-Note": "caf\u00e9".encode()}, {}),
    ("DELETE", "http://b\u00fccher.example/p", {}, {}),
    ("GET", "http://h/p", {}, {"target": b"/other?x=1"}),  # httpx's own way
]


@pytest.mark.parametrize(("method", "url", "headers", "extensions"), SENT)
def test_the_pool_gets_what_httpx_transport_would_hand_it(
    method: str, url: str, headers: dict[str, Any], extensions: dict[str, Any]
) -> None:
    from dataarts._wire import Transport

    views = []
    for transport in (httpx.HTTPTransport(), Transport()):
        pool = transport._pool = RecordingPool()  # type: ignore[assignment]
        request = httpx.Request(
            method, url, headers=headers, content=b"{}", extensions={"timeout": {}, **extensions}
        )
        response = transport.handle_request(request)
        assert response.read() == b'{"a": 1}'
        views.append((core_view(pool.requests[0], request), response_view(response)))
    assert views[0] == views[1]


def test_the_async_pool_gets_what_httpx_transport_would_hand_it() -> None:
    import asyncio

    from dataarts._wire import AsyncTransport

    async def main() -> list[Any]:
        views = []
        for transport in (httpx.AsyncHTTPTransport(), AsyncTransport()):
            for method, url, headers, extensions in SENT:
                pool = transport._pool = RecordingPool()  # type: ignore[assignment]
                request = httpx.Request(method, url, headers=headers, extensions=extensions)
                response = await transport.handle_async_request(request)
                assert await response.aread() == b'{"a": 1}'
                views.append((core_view(pool.requests[0], request), response_view(response)))
        return views

    views = asyncio.run(main())
    assert views[: len(SENT)] == views[len(SENT) :]


class FailingBody:
    """An httpcore response stream that gives one part, then fails with `error`."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield b"{"
        raise self.error

    async def __aiter__(self) -> Any:
        yield b"{"
        raise self.error


class FailingBodyPool(RecordingPool):
    def _answer(self, request: Any) -> Any:
        import httpcore

        return httpcore.Response(200, content=FailingBody(self.error))  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("where", ["request", "body"])
def test_the_pools_errors_become_httpx_errors_as_in_httpx_transport(mode: str, where: str) -> None:
    import asyncio

    import httpcore

    from dataarts._wire import AsyncTransport, Transport

    def send(transport: Any, request: httpx.Request) -> None:
        if mode == "sync":
            transport.handle_request(request).read()
            return

        async def main() -> None:
            await (await transport.handle_async_request(request)).aread()

        asyncio.run(main())

    errors = [httpcore.ConnectError("refused"), httpcore.ReadTimeout("slow"), RuntimeError("x")]
    for error, expected in zip(errors, [httpx.ConnectError, httpx.ReadTimeout, RuntimeError]):
        raised = []
        pairs = (
            (httpx.HTTPTransport(), Transport())
            if mode == "sync"
            else (httpx.AsyncHTTPTransport(), AsyncTransport())
        )
        for transport in pairs:
            pool = RecordingPool(error) if where == "request" else FailingBodyPool(error)
            transport._pool = pool  # type: ignore[assignment]
            with pytest.raises(Exception) as info:
                send(transport, httpx.Request("GET", "http://h/p"))
            got = info.value
            raised.append(
                (type(got), str(got), got is error or got.__cause__ is error, got.__context__)
            )
        mapped = expected is not RuntimeError
        assert raised[0] == raised[1] == (expected, str(error), True, error if mapped else None)


def test_a_non_ascii_method_is_refused_as_httpx_transport_refuses_it() -> None:
    from dataarts._wire import Transport

    raised = []
    for transport in (httpx.HTTPTransport(), Transport()):
        transport._pool = RecordingPool()  # type: ignore[assignment]
        with pytest.raises(TypeError) as info:
            transport.handle_request(httpx.Request("G\u00c9T", "http://h/p"))
        raised.append(str(info.value))
    assert raised[0] == raised[1]


def test_the_pinned_httpx_and_httpcore_take_every_fast_path() -> None:
    # Each shortcut is guarded by a probe of httpx's and httpcore's internals at import; with the
    # versions pyproject.toml pins, every probe holds (a new version failing one is slower, not
    # wrong: this test says which).
    from dataarts import _wire

    assert _wire._FAST and _wire._FAST_HEADERS and _wire._FAST_REQUEST and _Urls()._fast
    request = httpx.Request("GET", "http://h:1/p?q=1", headers={"X-A": "1"})
    core = _wire.core_request(request)
    assert core is not None and core.headers == [(b"Host", b"h:1"), (b"X-A", b"1")]


def test_the_header_plans_are_bounded() -> None:
    from dataarts import _wire

    for i in range(_wire.MAX_PLANS + 5):
        request = prepared("GET", "h", "/p", [], None, **{f"X-H{i}": "1"})
        ours = build_request(request, httpx.URL(request.url), {}, None)
        assert ours.headers.raw[-1] == (f"X-H{i}".encode(), b"1")
        assert len(_wire._PLANS) <= _wire.MAX_PLANS
