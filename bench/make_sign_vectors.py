"""Make more AK/SK signing vectors with the vendor's own signer, as an oracle.

Runs in the benchmark's venv (bench/.venv-client, where huaweicloudsdkcore is installed; the
project never depends on it) and writes tests/data/sign_vectors_extra.json in the format of
shared/sign_vectors.json. `python bench/make_sign_vectors.py`.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv-client"
OUT = ROOT / "tests" / "data" / "sign_vectors_extra.json"
DATE = "20240102T030405Z"
HOST = "dayu-dlf.ap-southeast-1.myhuaweicloud.com"
BASE = {
    "Content-Type": "application/json",
    "X-Project-Id": "0123456789abcdef0123456789abcdef",
    "X-Sdk-Date": DATE,
}

CASES = [
    ("x01_list_query", "GET", "/v1/p/jobs", [["tags", ["b", "a", "c"]], ["limit", 10]], BASE, None),
    (
        "x02_query_needs_encoding",
        "GET",
        "/v1/p/scripts",
        [["scriptName", "名称 a+b/c~d=e&f"], ["offset", 0]],
        BASE,
        None,
    ),
    (
        "x03_bool_query",
        "GET",
        "/v1/p/jobs",
        [["preciseQuery", True], ["dependencies", False]],
        BASE,
        None,
    ),
    ("x04_same_key_twice", "GET", "/v1/p/jobs", [["a", "2"], ["a", "10"], ["B", "x"]], BASE, None),
    (
        "x05_octet_stream_unsigned_payload",
        "POST",
        "/v1/p/jobs/import",
        [],
        {**BASE, "Content-Type": "application/octet-stream"},
        b"PK\x03\x04binary",
    ),
    (
        "x06_unicode_json_body",
        "POST",
        "/v1/p/scripts",
        [],
        {**BASE, "Content-Type": "application/json;charset=UTF-8"},
        json.dumps({"name": "脚本", "content": "select 1"}),
    ),
    (
        "x07_path_unicode_and_dots",
        "DELETE",
        "/v1/p/scripts/%E8%84%9A%E6%9C%AC%20x.y",
        [],
        {**BASE, "workspace": " w1 "},
        "",
    ),
    ("x08_empty_list_query", "GET", "/v1/p/jobs", [["tags", []], ["jobName", ""]], BASE, None),
]


def main() -> None:
    if Path(sys.prefix) != VENV:
        python = VENV / "bin" / "python"
        if not python.exists():
            sys.exit("run bench/client.py once first: it makes bench/.venv-client")
        os.execv(str(python), [str(python), __file__])
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest
    from huaweicloudsdkcore.signer.signer import Signer

    signer = Signer(BasicCredentials("AKEXAMPLE", "SKEXAMPLE"))
    vectors = []
    for vid, method, path, query, headers, body in CASES:
        given = json.loads(json.dumps(query))  # the signer sorts lists in place
        request = SdkRequest(
            method=method,
            schema="https",
            host=HOST,
            resource_path=path,
            query_params=[tuple(q) for q in query],
            header_params=dict(headers),
            body=body.encode() if isinstance(body, str) else body,
        )
        signed = signer.sign(request)
        if body is None:
            body_spec = {"kind": "none"}
        elif isinstance(body, str):
            body_spec = {"kind": "text", "text": body}
        else:
            body_spec = {"kind": "bytes", "base64": base64.b64encode(body).decode()}
        vectors.append(
            {
                "id": vid,
                "input": {
                    "method": method,
                    "host": HOST,
                    "resource_path": path,
                    "query_params": given,
                    "headers": headers,
                    "body": body_spec,
                },
                "expected": {
                    "request_uri_sent": signed.uri,
                    "headers_after_signing": {k: v for k, v in signed.header_params.items()},
                },
            }
        )
    OUT.write_text(
        json.dumps(
            {
                "description": "More vectors from the vendor's signer (huaweicloudsdkcore Signer), made by bench/make_sign_vectors.py.",
                "ak": "AKEXAMPLE",
                "sk": "SKEXAMPLE",
                "vectors": vectors,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n"
    )
    print(f"wrote {len(vectors)} vectors to {OUT}")


if __name__ == "__main__":
    main()
