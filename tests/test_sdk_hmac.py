"""The tests' own SDK-HMAC-SHA256 implementation reproduces the vendor's signatures."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from conftest import ROOT
from sdk_hmac import authorization, canonical_request, signable, string_to_sign, verify

VECTORS = json.loads((ROOT.parent / "shared" / "sign_vectors.json").read_text("utf-8"))


def wire_query(params: list[list[Any]]) -> list[tuple[str, str]]:
    out = []
    for key, value in params:
        for v in value if isinstance(value, list) else [value]:
            out.append((key, "true" if v is True else "false" if v is False else str(v)))
    return out


def body_of(spec: dict[str, Any]) -> bytes:
    if spec["kind"] == "none":
        return b""
    if spec["kind"] == "text":
        return spec["text"].encode("utf-8")
    return base64.b64decode(spec["base64"])


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["id"])
def test_vendor_vectors(vector: dict[str, Any]) -> None:
    given, expected = vector["input"], vector["expected"]
    headers = {"Host": given["host"], **given["headers"]}
    signed = signable(headers)
    assert ";".join(signed) == expected["signed_headers"]
    canonical = canonical_request(
        given["method"],
        given["resource_path"],
        wire_query(given["query_params"]),
        headers,
        signed,
        body_of(given["body"]),
    )
    assert canonical == expected["canonical_request"]
    assert string_to_sign(canonical, VECTORS["x_sdk_date"]) == expected["string_to_sign"]
    auth = authorization(canonical, VECTORS["x_sdk_date"], VECTORS["ak"], VECTORS["sk"], signed)
    assert auth == expected["authorization"]
    sent = {**headers, "Authorization": auth}
    path, _, _ = expected["request_uri_sent"].partition("?")
    query = wire_query(given["query_params"])
    body = body_of(given["body"])
    verify(given["method"], path, query, sent, body, VECTORS["ak"], VECTORS["sk"])
    with pytest.raises(AssertionError):  # a changed byte anywhere breaks it
        verify(given["method"], path, query, sent, body + b" ", VECTORS["ak"], VECTORS["sk"])
    with pytest.raises(AssertionError):
        verify(given["method"], path + "x", query, sent, body, VECTORS["ak"], VECTORS["sk"])
    with pytest.raises(AssertionError):
        verify(given["method"], path, query, sent, body, VECTORS["ak"], "other-sk")
