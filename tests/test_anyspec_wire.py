"""Clients of plain specs, generated under their own names, live in one environment and send
the right bytes: the server URL's path and variables, no credentials when the spec asks for
none (loopback server on 127.0.0.1; the generated packages are type-checked with mypy)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import edit, mypy_strict, run_cli
from loopback import Loopback, Reply

SPECS = Path(__file__).parent / "data" / "specs"

DRIVE = """
import json, sys
from wire30 import Wire30
from library import Library

url = sys.argv[1]
with Wire30() as client:
    pets = client.api.pets.list_pets(limit=5)
    print(json.dumps([p.model_dump(mode="json", by_alias=True, exclude_unset=True) for p in pets]))
    client.api.pets.post_pets(body={"name": "Rex", "tag": None})
    print(client.api.pets.delete_pet(7))
with Library(endpoints={"api": url + "/lib/"}) as client:
    print(client.api.books.get_book("b 1/2").title)
"""


def test_two_plain_clients_in_one_environment_send_the_right_bytes(tmp_path: Path) -> None:
    server = Loopback()
    port = server.url.rsplit(":", 1)[1]
    spec30 = tmp_path / "plain30" / "openapi.yaml"
    shutil.copytree(SPECS / "plain30", spec30.parent)
    edit(spec30, 'host: {default: "127.0.0.1:8080"}', f'host: {{default: "127.0.0.1:{port}"}}')
    spec31 = tmp_path / "plain31" / "openapi.yaml"
    shutil.copytree(SPECS / "plain31", spec31.parent)
    out30, out31 = tmp_path / "out30", tmp_path / "out31"
    for spec, out, flags in (
        (spec30, out30, ["--package", "wire30", "--client-class", "Wire30"]),
        (spec31, out31, []),  # names from info.title: package library, class Library
    ):
        done = run_cli("--spec", str(spec), "--no-cache", *flags, "generate", "--out", str(out))
        assert done.returncode == 0, done.stderr
    for out, package in ((out30, "wire30"), (out31, "library")):
        checked = mypy_strict(package, cwd=out / "python")
        assert checked.returncode == 0, checked.stdout
    server.replies = [
        Reply(200, [{"id": 1, "name": "Rex", "owner": None}]),
        Reply(201, {"id": 2, "name": "Rex"}),
        Reply(204),
        Reply(200, {"id": "b 1/2", "title": "Dune"}),
    ]
    with server.running():
        drive = subprocess.run(
            [sys.executable, "-c", DRIVE, server.url],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{out30 / 'python'}:{out31 / 'python'}"},
            timeout=60,
        )
    assert drive.returncode == 0, drive.stderr
    lines = drive.stdout.splitlines()
    assert json.loads(lines[0]) == [{"id": 1, "name": "Rex", "owner": None}]
    assert lines[1:] == ["None", "Dune"]
    sent = server.received
    assert [(r.method, r.path, r.query) for r in sent] == [
        ("GET", "/api/v1/pets", [("limit", "5")]),
        ("POST", "/api/v1/pets", []),
        ("DELETE", "/api/v1/pets/7", []),
        ("GET", "/lib/books/b%201%2F2", []),
    ]
    assert sent[1].body == b'{"name": "Rex", "tag": null}'
    assert sent[1].headers["Content-Type"] == "application/json"
    assert sent[0].headers["Host"] == f"127.0.0.1:{port}"
    assert not any("Authorization" in r.headers or "X-Auth-Token" in r.headers for r in sent)


PARAMS = """
import sys
from params import Params
from params.models.common import GetItemsFilter, GetItemsPoint

with Params() as client:
    client.api.items.get_items(
        [1, 2], ["a", "b c"], ["m", "n"],
        tags=["t1", "t2"], csv=["x", "y"], spaced=["s", "t"], piped=["p", "q"],
        filter_=GetItemsFilter(color="red", size=3), point=GetItemsPoint(x=1, y=2),
        flag=True, x_level=5, x_list=["h1", "h2"], session="abc d", prefs=["u", "v"],
    )
"""


def test_parameters_follow_their_style_and_explode(tmp_path: Path) -> None:
    server = Loopback()
    port = server.url.rsplit(":", 1)[1]
    spec = tmp_path / "params" / "openapi.yaml"
    shutil.copytree(SPECS / "params", spec.parent)
    edit(spec, 'port: {default: "8080"}', f'port: {{default: "{port}"}}')
    out = tmp_path / "out"
    done = run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    checked = mypy_strict("params", cwd=out / "python")
    assert checked.returncode == 0, checked.stdout
    server.replies = [Reply(204)]
    with server.running():
        drive = subprocess.run(
            [sys.executable, "-c", PARAMS],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(out / "python")},
            timeout=60,
        )
    assert drive.returncode == 0, drive.stderr
    (sent,) = server.received
    path, query = sent.target.split("?", 1)
    assert path == "/p/items/1,2/.a,b%20c/;matrix=m;matrix=n"
    assert query.split("&") == (  # in the spec's order, each array's values in the caller's
        [
            "tags=t1",
            "tags=t2",
            "csv=x%2Cy",
            "spaced=s%20t",
            "piped=p%7Cq",
            "filter%5Bcolor%5D=red",
            "filter%5Bsize%5D=3",
            "point=x%2C1%2Cy%2C2",
            "flag=true",
        ]
    )
    assert sent.headers["x-level"] == "5"  # the operation's parameter, not the path item's
    assert sent.headers["x-list"] == "h1,h2"
    assert sent.headers["Cookie"] == "session=abc%20d; prefs=u,v"


BODIES = """
from bodies import Bodies

with Bodies() as client:
    io = client.api.io
    print(io.send_form(body={"name": "a b&c", "tags": ["x", "y"], "n": 3}).ok)
    io.upload(body={"file": b"\\x00\\xffdata", "meta": {"a": "z"}, "note": "hi"})
    io.put_raw(b"\\x01\\x02")
    print(io.echo_text("héllo"))
    print(b"".join(io.get_blob().iter_bytes()).hex())
    print(io.get_fallback().msg)
"""


def test_bodies_and_responses_in_every_media_type(tmp_path: Path) -> None:
    server = Loopback()
    port = server.url.rsplit(":", 1)[1]
    spec = tmp_path / "bodies" / "openapi.yaml"
    shutil.copytree(SPECS / "bodies", spec.parent)
    edit(spec, 'port: {default: "8080"}', f'port: {{default: "{port}"}}')
    out = tmp_path / "out"
    done = run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    checked = mypy_strict("bodies", cwd=out / "python")
    assert checked.returncode == 0, checked.stdout
    server.replies = [
        Reply(202, {"ok": True}),
        Reply(204),
        Reply(204),
        Reply(200, "héllo back", content_type="text/plain; charset=utf-8"),
        Reply(200, b"\x00\x01\xfe", content_type="application/octet-stream"),
        Reply(200, {"msg": "fine"}),
    ]
    with server.running():
        drive = subprocess.run(
            [sys.executable, "-c", BODIES],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(out / "python")},
            timeout=60,
        )
    assert drive.returncode == 0, drive.stderr
    assert drive.stdout.splitlines() == ["True", "héllo back", "0001fe", "fine"]
    form, upload, raw, text, blob, fallback = server.received
    assert form.body == b"name=a%20b%26c&tags=x&tags=y&n=3"
    assert form.headers["Content-Type"] == "application/x-www-form-urlencoded"
    kind, boundary = upload.headers["Content-Type"].split("; boundary=")
    assert kind == "multipart/form-data"
    assert (
        upload.body
        == (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="file"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + b"\x00\xffdata\r\n"
        + (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="meta"\r\n'
            "Content-Type: application/json\r\n\r\n"
            '{"a": "z"}\r\n'
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="note"\r\n\r\n'
            "hi\r\n"
            f"--{boundary}--\r\n"
        ).encode()
    )
    assert (raw.method, raw.body, raw.headers["Content-Type"]) == (
        "PUT",
        b"\x01\x02",
        "application/octet-stream",
    )
    assert (text.body, text.headers["Content-Type"]) == ("héllo".encode(), "text/plain")
    assert (blob.method, blob.path, fallback.path) == ("GET", "/blob", "/fallback")


AUTH = """
import sys
from auth import (
    ApiKeyCredentials, Auth, BasicCredentials, BearerCredentials, ClientCredentials,
)

creds = [
    ApiKeyCredentials("k1", scheme="headerKey"),
    ApiKeyCredentials("k 2", scheme="queryKey"),
    ApiKeyCredentials("k3", scheme="cookieKey"),
    BasicCredentials("ann", "s3cret"),
    BearerCredentials("tok"),
    ClientCredentials("cid", "csecret", scopes=("read",)),
]
for credentials in creds:
    with Auth(credentials=credentials) as client:
        print(client.api.me.who_am_i().name, repr(credentials))
with Auth(credentials=creds[-1]) as client:
    client.api.me.who_am_i()  # the token is reused
try:
    Auth().api.me.who_am_i()
except Exception as exc:
    print(type(exc).__name__)
"""


def test_standard_security_schemes(tmp_path: Path) -> None:
    server = Loopback()
    port = server.url.rsplit(":", 1)[1]
    spec = tmp_path / "auth" / "openapi.yaml"
    shutil.copytree(SPECS / "auth", spec.parent)
    edit(spec, 'port: {default: "8080"}', f'port: {{default: "{port}"}}')
    edit(spec, "127.0.0.1:8080/token", f"127.0.0.1:{port}/token")
    out = tmp_path / "out"
    done = run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    checked = mypy_strict("auth", cwd=out / "python")
    assert checked.returncode == 0, checked.stdout
    me = Reply(200, {"name": "ann"})
    server.replies = [me] * 5 + [Reply(200, {"access_token": "at1", "expires_in": 600}), me, me]
    with server.running():
        drive = subprocess.run(
            [sys.executable, "-c", AUTH],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(out / "python")},
            timeout=60,
        )
    assert drive.returncode == 0, drive.stderr
    lines = drive.stdout.splitlines()
    assert lines[-1] == "ConfigurationError"  # the spec asks for security: none is refused
    assert all(line.startswith("ann ") for line in lines[:-1])
    assert not any(s in drive.stdout for s in ("k1", "k 2", "s3cret", "tok'", "csecret"))
    sent = server.received
    assert sent[0].headers["X-Api-Key"] == "k1"
    assert sent[1].target == "/v1/me?api_key=k%202"
    assert sent[2].headers["Cookie"] == "sid=k3"
    assert sent[3].headers["Authorization"] == "Basic YW5uOnMzY3JldA=="
    assert sent[4].headers["Authorization"] == "Bearer tok"
    token = sent[5]
    assert (token.method, token.path) == ("POST", "/token")
    assert token.body == b"grant_type=client_credentials&scope=read"
    assert token.headers["Authorization"] == "Basic Y2lkOmNzZWNyZXQ="
    assert token.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert [r.headers["Authorization"] for r in sent[6:]] == ["Bearer at1", "Bearer at1"]
    assert len(sent) == 8


ZOO = """
from zoo import Zoo

with Zoo() as client:
    tree = client.api.tree.get_tree()
    print(tree.children[0].children[0].value)
    pair = client.api.tree.get_pair()
    print(pair.right.left.right is None)
"""


def test_recursive_and_cyclic_schemas_import_and_parse(tmp_path: Path) -> None:
    server = Loopback()
    port = server.url.rsplit(":", 1)[1]
    spec = tmp_path / "schemas" / "openapi.yaml"  # a root file in a folder named schemas
    shutil.copytree(SPECS / "schemas", spec.parent)
    edit(spec, 'port: {default: "8080"}', f'port: {{default: "{port}"}}')
    out = tmp_path / "out"
    done = run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    checked = mypy_strict("zoo", cwd=out / "python")
    assert checked.returncode == 0, checked.stdout
    server.replies = [
        Reply(200, {"value": 1, "children": [{"children": [{"value": 3}]}]}),
        Reply(200, {"right": {"left": {}}}),
    ]
    with server.running():
        drive = subprocess.run(
            [sys.executable, "-c", ZOO],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(out / "python")},
            timeout=60,
        )
    assert drive.returncode == 0, drive.stderr
    assert drive.stdout.splitlines() == ["3", "True"]
    assert [r.path for r in server.received] == ["/tree", "/pair"]
