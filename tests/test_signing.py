"""AK/SK signing: byte for byte what the vendor's signer produced (shared/sign_vectors.json)."""

from __future__ import annotations

import base64
import datetime
import importlib.util
import json
import time
from typing import Any

import pytest

import sdk_hmac
from conftest import ROOT
from dataarts import signing
from dataarts.signing import canonical_query, canonical_request, sign

VECTORS_FILE = ROOT.parent / "shared" / "sign_vectors.json"
VECTORS: dict[str, Any] = json.loads(VECTORS_FILE.read_text()) if VECTORS_FILE.exists() else {}
# More vectors from the vendor's signer, made with bench/make_sign_vectors.py.
EXTRA: dict[str, Any] = json.loads(
    (ROOT / "tests" / "data" / "sign_vectors_extra.json").read_text()
)


def body_of(spec: dict[str, Any]) -> bytes | str | None:
    if spec["kind"] == "none":
        return None
    if spec["kind"] == "text":
        return str(spec["text"])
    return base64.b64decode(spec["base64"])


ALL = [(VECTORS, v) for v in VECTORS.get("vectors", [])] + [(EXTRA, v) for v in EXTRA["vectors"]]


@pytest.mark.parametrize("source,vector", ALL, ids=[v["id"] for _, v in ALL])
def test_vendor_vectors(source: dict[str, Any], vector: dict[str, Any]) -> None:
    i, expected = vector["input"], vector["expected"]
    query = [tuple(q) for q in i["query_params"]]
    body = body_of(i["body"])
    args = (i["method"], i["resource_path"], query)
    headers = sign(
        i["method"],
        i["host"],
        i["resource_path"],
        query,
        i["headers"],
        body,
        ak=source["ak"],
        sk=source["sk"],
    )
    assert headers == expected["headers_after_signing"]
    assert list(headers) == list(expected["headers_after_signing"])
    if "canonical_request" in expected:
        unsigned = {k: v for k, v in headers.items() if k != "Authorization"}
        assert canonical_request(*args, unsigned, body) == expected["canonical_request"]
    q = canonical_query(query)
    assert i["resource_path"] + (f"?{q}" if q else "") == expected["request_uri_sent"]


def test_the_shared_vectors_are_there() -> None:
    assert len(VECTORS.get("vectors", [])) == 5, "../shared/sign_vectors.json is missing"


def test_list_values_and_encoding() -> None:
    assert (
        canonical_query([("b", ["z", "a"]), ("a", True), ("c d", "x/y~")])
        == "a=true&b=a&b=z&c%20d=x%2Fy~"
    )


def test_date_is_added_and_secret_never_returned() -> None:
    headers = sign(
        "GET",
        "h.example.com",
        "/p",
        [],
        {},
        None,
        ak="AK",
        sk="TOP-SECRET",
        sdk_date="20240102T030405Z",
    )
    assert headers["X-Sdk-Date"] == "20240102T030405Z"
    assert headers["Host"] == "h.example.com"
    assert "TOP-SECRET" not in json.dumps(headers)


# Outcomes the vectors do not reach (each found by a mutant that survived them): the expected
# Authorization is computed by the tests' own signer (tests/sdk_hmac.py), never by dataarts'.
AK, SK, HOST = "AK-TEST", "SK-TEST", "dataarts.example.com"


def expected_auth(
    method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes
) -> str:
    signed = sdk_hmac.signable(headers)
    canonical = sdk_hmac.canonical_request(method, path, query, headers, signed, body)
    return sdk_hmac.authorization(canonical, headers["X-Sdk-Date"], AK, SK, signed)


def utc(second: int) -> str:
    return datetime.datetime.fromtimestamp(second, datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def test_date_from_the_clock_follows_it_second_by_second_and_backwards(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The same second twice, the next one, then the clock stepped back (NTP): each request
    # carries the clock's own second, and its signature covers that date.
    readings = [1_700_000_000.2, 1_700_000_000.9, 1_700_000_001.0, 1_699_999_990.5]
    for reading in readings:
        monkeypatch.setattr(time, "time", lambda reading=reading: reading)
        headers = sign("GET", HOST, "/v1/p/jobs", [], {"X-Project-Id": "p"}, None, ak=AK, sk=SK)
        date = utc(int(reading))
        assert headers["X-Sdk-Date"] == date
        want = {"X-Project-Id": "p", "X-Sdk-Date": date, "Host": HOST}
        assert headers == {
            **want,
            "Authorization": expected_auth("GET", "/v1/p/jobs", [], want, b""),
        }


@pytest.mark.parametrize("second", [-1, 0, 1])
def test_first_date_of_a_process_whose_clock_reads_near_1970(
    second: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh copy of the module (its clock cache as at import), a clock that was never set;
    # the cache once started at second -1, so such a clock's first request had no date.
    spec = importlib.util.spec_from_file_location("fresh_signing", signing.__file__)
    assert spec and spec.loader
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)
    monkeypatch.setattr(time, "time", lambda: float(second))
    headers = fresh.sign("GET", HOST, "/p", [], {}, None, ak=AK, sk=SK)
    assert headers["X-Sdk-Date"] == utc(second)


def test_mixed_type_query_values_sort_as_the_gateway_reads_them() -> None:
    # Values of different types under one key, and in one list: sorted as the text sent
    # (within a list numbers come first, as single digits do before letters in text).
    query = [("k", 2), ("k", "1"), ("b", ["y", 3, "x", 1]), ("a", "z")]
    sent = [("k", "2"), ("k", "1"), ("b", "y"), ("b", "3"), ("b", "x"), ("b", "1"), ("a", "z")]
    independent = sdk_hmac.canonical_request("GET", "/p", sent, {}, [], b"").split("\n")[2]
    assert canonical_query(query) == independent == "a=z&b=1&b=3&b=x&b=y&k=1&k=2"


def test_key_and_secret_are_given_by_name_only() -> None:
    headers = sign(
        method="GET",
        host=HOST,
        path="/p",
        query=[],
        headers={},
        body=None,
        ak=AK,
        sk=SK,
        sdk_date="20240102T030405Z",
    )
    want = {"X-Sdk-Date": "20240102T030405Z", "Host": HOST}
    assert headers == {**want, "Authorization": expected_auth("GET", "/p", [], want, b"")}
    with pytest.raises(TypeError):
        sign("GET", HOST, "/p", [], {}, None, AK, SK)  # type: ignore[misc]


DATE = "20240102T030405Z"
HEADER_CASES = {
    # Accept sorts before Content-Type and Host: neither the body's type nor the Host.
    "accept_before_content_type": (
        {"Accept": "text/plain", "Content-Type": "application/json"},
        {
            "Accept": "text/plain",
            "Content-Type": "application/json",
            "X-Sdk-Date": DATE,
            "Host": HOST,
        },
    ),
    # X-Stage sorts after X-Sdk-Date: not the date.
    "header_after_the_date": (
        {"Content-Type": "application/json", "X-Stage": "RELEASE"},
        {
            "Content-Type": "application/json",
            "X-Stage": "RELEASE",
            "X-Sdk-Date": DATE,
            "Host": HOST,
        },
    ),
    # The caller's own Host (any case) is kept, not replaced nor doubled.
    "callers_host": (
        {"Host": "gw.example.com:8443", "Content-Type": "application/json"},
        {"Host": "gw.example.com:8443", "Content-Type": "application/json", "X-Sdk-Date": DATE},
    ),
    "callers_lower_case_host": (
        {"host": "gw.example.com", "Content-Type": "application/json"},
        {"host": "gw.example.com", "Content-Type": "application/json", "X-Sdk-Date": DATE},
    ),
}


@pytest.mark.parametrize("case", list(HEADER_CASES))
def test_headers_sent_and_signed(case: str) -> None:
    given, want = HEADER_CASES[case]
    body = b'{"a":1}'
    headers = sign("POST", HOST, "/v1/p/jobs", [], given, body, ak=AK, sk=SK, sdk_date=DATE)
    auth = expected_auth("POST", "/v1/p/jobs", [], want, body)
    assert headers == {**want, "Authorization": auth}
    assert list(headers) == [*want, "Authorization"]


def test_a_signing_key_signs_as_its_secret_and_shows_nothing() -> None:
    import hmac
    import pickle

    for sk in ("SK", "k" * 64, "k" * 65, "long" * 40):  # within a block; longer: hashed first
        key = signing.SigningKey(sk)
        assert key.hexdigest(b"msg") == hmac.digest(sk.encode(), b"msg", "sha256").hex()
        assert key.hexdigest(b"msg") == key.hexdigest(b"msg")  # its states are not used up
        args: Any = ("GET", "h", "/p", [("a", "1")], {"Content-Type": "application/json"}, None)
        assert sign(*args, ak="AK", sk=key, sdk_date="20240101T000000Z") == sign(
            *args, ak="AK", sk=sk, sdk_date="20240101T000000Z"
        )
        assert sk not in repr(key) and sk.encode() not in pickle.dumps(key)


# A request shape signed before is signed again from its kept canonical request, the date put in
# its place (SigningKey._shapes): the same headers, in the same order, as the full path gives.
SHAPES: list[tuple[str, str, list[Any], dict[str, str]]] = [
    ("GET", "/v1/p/clusters/c1", [], {"Content-Type": "application/json", "X-Project-Id": "p"}),
    ("GET", "/v1/p/jobs", [("b", ["z", "a"]), ("a", True), ("c d", "x/y~")], {}),
    ("DELETE", "/v1/p/x", [], {"Content-Type": " text/plain ", "X-Stage": " RELEASE"}),
    ("GET", "/p", [], {"x-sdk-date": "20200101T000000Z"}),  # the caller's own date
    ("GET", "/p", [], {"X-A": "a\x00b"}),  # a value holding the sentinel: signed in full
    ("GET", "/p", [], {"X-Zz": "\x00"}),
    ("GET", "/p", [], {"X-\x00": "v"}),  # in a name
    ("GET", "/p", [], {"X-Sdk-Date": "20200101T000000Z", "X-A": "\x00"}),  # once, not the date
    ("GET", "/p", [], {"A_B": "\x00"}),  # not signed: sent as it is, the shape kept
    ("GET", "/p", [], {"Host": "gw.example.com", "Authorization": "old", "X-Sdk-Dat": "x"}),
    ("PUT", "/a b/%2F", [("k", 1), ("k", "1")], {"host": "h2", "A_B": "not signed"}),
]


def full_path(
    method: str, path: str, query: Any, headers: dict[str, str], date: str, ak: str = AK
) -> dict[str, str]:
    """What the full path signs (the canonical request built from scratch)."""
    out, request, names, signed_date = signing._prepared(
        method, HOST, path, canonical_query(query), headers, None, date
    )
    return signing._authorized(out, request, names, signed_date, ak, signing.SigningKey(SK))


@pytest.mark.parametrize("case", range(len(SHAPES)))
def test_a_shape_signed_again_is_what_the_full_path_signs(case: int) -> None:
    method, path, query, headers = SHAPES[case]
    key = signing.SigningKey(SK)
    for date in ("20240102T030405Z", "20240102T030406Z", "20240102T030405Z", "20991231T235959Z"):
        got = sign(method, HOST, path, query, headers, None, ak=AK, sk=key, sdk_date=date)
        want = full_path(method, path, query, headers, date)
        assert got == want and list(got) == list(want)
    assert len(key._shapes) == 1  # one shape, signed at four dates


def test_a_shape_is_signed_as_the_tests_own_signer_signs_it() -> None:
    key = signing.SigningKey(SK)
    given = {"Content-Type": "application/json", "X-Project-Id": "p"}
    for date in ("20240102T030405Z", "20240102T030406Z"):
        got = sign("GET", HOST, "/v1/p/c", [("a", "1")], given, None, ak=AK, sk=key, sdk_date=date)
        want = {**given, "X-Sdk-Date": date, "Host": HOST}
        assert got == {
            **want,
            "Authorization": expected_auth("GET", "/v1/p/c", [("a", "1")], want, b""),
        }


def test_shapes_differ_by_every_part_a_signature_covers() -> None:
    key = signing.SigningKey(SK)
    date = "20240102T030405Z"
    base: dict[str, Any] = {
        "method": "GET",
        "host": HOST,
        "path": "/p",
        "query": [("a", "1")],
        "headers": {"X-Project-Id": "p1"},
        "ak": AK,
    }
    changes: list[dict[str, Any]] = [
        {},
        {"method": "HEAD"},
        {"host": "other.example.com"},
        {"path": "/q"},
        {"query": [("a", "2")]},
        {"query": []},
        {"headers": {"X-Project-Id": "p2"}},
        {"headers": {"X-Project-Id": "p1", "X-B": "1"}},
        {"ak": "AK-OTHER"},
    ]
    seen = set()
    for change in changes:
        args = {**base, **change}
        got = sign(
            args["method"],
            args["host"],
            args["path"],
            args["query"],
            args["headers"],
            None,
            ak=args["ak"],
            sk=key,
            sdk_date=date,
        )
        out, request, names, _ = signing._prepared(
            args["method"],
            args["host"],
            args["path"],
            canonical_query(args["query"]),
            args["headers"],
            None,
            date,
        )
        assert got == signing._authorized(out, request, names, date, args["ak"], key)
        seen.add(got["Authorization"])
    assert len(seen) == len(changes) == len(key._shapes)


def test_a_date_with_spaces_and_a_body_are_signed_in_full() -> None:
    key = signing.SigningKey(SK)
    spaced = sign("GET", HOST, "/p", [], {}, None, ak=AK, sk=key, sdk_date=" 20240102T030405Z ")
    assert spaced == full_path("GET", "/p", [], {}, " 20240102T030405Z ")
    body = b'{"a":1}'
    for date in ("20240102T030405Z", "20240102T030406Z"):
        headers = {"Content-Type": "application/json"}
        got = sign("POST", HOST, "/p", [], headers, body, ak=AK, sk=key, sdk_date=date)
        want = {**headers, "X-Sdk-Date": date, "Host": HOST}
        assert got == {**want, "Authorization": expected_auth("POST", "/p", [], want, body)}
    assert not key._shapes


def test_the_kept_shapes_are_bounded() -> None:
    key = signing.SigningKey(SK)
    date = "20240102T030405Z"
    for i in range(signing.MAX_SHAPES + 10):
        path = f"/v1/p/clusters/{i}"
        got = sign("GET", HOST, path, [], {}, None, ak=AK, sk=key, sdk_date=date)
        assert got == full_path("GET", path, [], {}, date)
        assert len(key._shapes) <= signing.MAX_SHAPES
