"""An SDK-HMAC-SHA256 signer/verifier kept apart from the client's (dataarts.signing), written
from the vendor's description of the algorithm: canonical request, string to sign, HMAC.

The loopback tests verify what the server received with it, as the API gateway would; it is
itself checked against the vendor's own signatures (../shared/sign_vectors.json).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from urllib.parse import quote

ALGORITHM = "SDK-HMAC-SHA256"


def _enc(text: str) -> str:
    return quote(text, safe="~")


def canonical_request(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    signed: Sequence[str],
    body: bytes,
) -> str:
    """`path` as sent (already percent-encoded), `query` decoded pairs, `signed` lower-case."""
    uri = path if path.endswith("/") else path + "/"
    pairs = sorted((_enc(k), _enc(v)) for k, v in query)
    lower = {k.lower(): v for k, v in headers.items()}
    lines = "".join(f"{name}:{lower[name].strip()}\n" for name in signed)
    # A body that is not JSON is signed as UNSIGNED-PAYLOAD, which the request says in a header.
    payload = lower.get("x-sdk-content-sha256") if body else None
    payload = payload or hashlib.sha256(body).hexdigest()
    return "\n".join(
        [
            method.upper(),
            uri,
            "&".join(f"{k}={v}" for k, v in pairs),
            lines,
            ";".join(signed),
            payload,
        ]
    )


def string_to_sign(canonical: str, date: str) -> str:
    return f"{ALGORITHM}\n{date}\n{hashlib.sha256(canonical.encode()).hexdigest()}"


def authorization(canonical: str, date: str, ak: str, sk: str, signed: Sequence[str]) -> str:
    mac = hmac.new(sk.encode(), string_to_sign(canonical, date).encode(), hashlib.sha256)
    return f"{ALGORITHM} Access={ak}, SignedHeaders={';'.join(signed)}, Signature={mac.hexdigest()}"


def signable(headers: Mapping[str, str]) -> list[str]:
    """The header names the vendor's signer signs: all but those with an underscore."""
    return sorted({k.lower() for k in headers if "_" not in k})


def verify(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
    body: bytes,
    ak: str,
    sk: str,
) -> list[str]:
    """Check a received request's Authorization as the gateway would; the signed headers."""
    lower = {k.lower(): v for k, v in headers.items()}
    auth = lower["authorization"]
    head, _, rest = auth.partition(" ")
    fields = dict(part.strip().split("=", 1) for part in rest.split(","))
    assert head == ALGORITHM and fields["Access"] == ak, auth
    signed = fields["SignedHeaders"].split(";")
    assert signed == sorted(signed) and {"host", "x-sdk-date"} <= set(signed), signed
    canonical = canonical_request(method, path, query, lower, signed, body)
    expected = authorization(canonical, lower["x-sdk-date"], ak, sk, signed)
    assert hmac.compare_digest(expected, auth), f"bad signature:\n{canonical}"
    return signed
