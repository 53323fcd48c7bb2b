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
