"""AK/SK signing: byte for byte what the vendor's signer produced (shared/sign_vectors.json)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
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
