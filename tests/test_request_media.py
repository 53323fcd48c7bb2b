"""What the runtime's request and response code does for what this API's spec never uses, as
the server and the user of a generated client see it: form, multipart and raw bodies, text
responses, cookies, styled parameters, request shapes (a response model sent back) and lists
of models parsed with an open enum.

Clients of the small specs of tests/data/specs are generated once per set of generator sources
(cached under the temp folder: generating takes seconds) and given this checkout's
generated/python/dataarts/_request.py, the same file in every generated client: these tests
check that file (mutation testing mutates it). Driven in-process over an httpx.MockTransport.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import GENERATED, ROOT, run_cli

SPECS = Path(__file__).parent / "data" / "specs"
CACHE = Path(tempfile.gettempdir()) / "dataarts-test-clients"
RUNTIME = GENERATED / "python" / "dataarts" / "_request.py"
PACKAGES = {
    "bodies": "rq_bodies",
    "params": "rq_params",
    "schemas": "rq_zoo",
    "shapes30": "rq_farm",
}


def _sources_key() -> str:
    digest = hashlib.sha256()
    for folder in ("generator", "templates", "tests/data/specs"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="module")
def clients() -> Iterator[Path]:
    """A folder with the four generated packages, each with this checkout's _request.py."""
    cached = CACHE / _sources_key()
    if not cached.exists():
        build = Path(tempfile.mkdtemp(prefix="build-", dir=CACHE.parent))
        for spec, package in PACKAGES.items():
            out = build / spec
            done = run_cli(
                "--spec", str(SPECS / spec / "openapi.yaml"), "--no-cache", "--package", package,
                "generate", "--out", str(out),
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            shutil.move(str(out / "python" / package), str(build / package))
            shutil.rmtree(out)
        CACHE.mkdir(exist_ok=True)
        try:
            os.rename(build, cached)
        except OSError:  # made meanwhile by another run
            shutil.rmtree(build)
    here = Path(tempfile.mkdtemp(prefix="rq-"))
    for package in PACKAGES.values():
        shutil.copytree(cached / package, here / package)
        shutil.copyfile(RUNTIME, here / package / "_request.py")
    sys.path.insert(0, str(here))
    yield here
    sys.path.remove(str(here))
    for name in [m for m in sys.modules if m.split(".")[0] in PACKAGES.values()]:
        del sys.modules[name]
    shutil.rmtree(here)


class Wire:
    def __init__(self, *replies: httpx.Response) -> None:
        self.sent: list[httpx.Request] = []
        self.replies = list(replies)

    def answer(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return self.replies.pop(0) if self.replies else httpx.Response(204)

    def client(self, clients: Path, spec: str, cls: str, **kwargs: Any) -> Any:
        package = importlib.import_module(PACKAGES[spec])
        http = httpx.Client(transport=httpx.MockTransport(self.answer))
        return getattr(package, cls)(
            endpoints={"api": "http://h.test/b"}, http_client=http, **kwargs
        )


def test_form_multipart_and_raw_bodies(clients: Path) -> None:
    wire = Wire(httpx.Response(202, json={"ok": True}), httpx.Response(204), httpx.Response(204))
    wire.replies.append(httpx.Response(200, json={"ok": False}))
    with wire.client(clients, "bodies", "Bodies") as client:
        io = client.api.io
        assert io.send_form(body={"name": "a b&c", "tags": ["x", "y"], "n": 3}).ok is True
        io.upload(body={"file": b"\x00\xffdata", "meta": {"a": "z"}, "note": "hi"})
        io.put_raw(b"\x01\x02")
        io.send_form(body={"name": "e"}, options=client_options(clients, extra_body={"k": 1}))
    form, upload, raw, form2 = wire.sent
    assert form.content == b"name=a%20b%26c&tags=x&tags=y&n=3"
    assert form.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert form2.content == b"name=e"
    kind, boundary = upload.headers["Content-Type"].split("; boundary=")
    assert kind == "multipart/form-data"
    assert b'name="file"; filename="file"\r\nContent-Type: application/octet-stream\r\n\r\n' \
        b"\x00\xffdata\r\n" in upload.content  # fmt: skip
    assert f"--{boundary}--\r\n".encode() in upload.content
    assert (raw.method, raw.content, raw.headers["Content-Type"]) == (
        "PUT",
        b"\x01\x02",
        "application/octet-stream",
    )


def client_options(clients: Path, **kwargs: Any) -> Any:
    return importlib.import_module(PACKAGES["bodies"]).RequestOptions(**kwargs)


def test_bad_form_bodies_are_refused_before_sending(clients: Path) -> None:
    package = importlib.import_module(PACKAGES["bodies"])
    wire = Wire()
    with wire.client(clients, "bodies", "Bodies") as client:
        with pytest.raises(package.InvalidRequestError, match="sendForm: invalid request body"):
            client.api.io.send_form(body={"tags": ["x"]})
        with pytest.raises(package.InvalidRequestError, match=r"sendForm: body is required"):
            client.api.io.send_form(body=None)
    assert wire.sent == []


def test_text_bodies_and_responses(clients: Path) -> None:
    wire = Wire(
        httpx.Response(200, text="héllo back", headers={"Content-Type": "text/plain"}),
        httpx.Response(200, json="as json"),
        httpx.Response(200, json={"msg": "fine"}),
    )
    with wire.client(clients, "bodies", "Bodies") as client:
        assert client.api.io.echo_text("héllo") == "héllo back"
        assert client.api.io.echo_text("x") == "as json"
        assert client.api.io.get_fallback().msg == "fine"
    assert (wire.sent[0].content, wire.sent[0].headers["Content-Type"]) == (
        "héllo".encode(),
        "text/plain",
    )


def test_styled_parameters_and_cookies(clients: Path) -> None:
    models = importlib.import_module(PACKAGES["params"] + ".models.common")
    wire = Wire()
    with wire.client(clients, "params", "Params") as client:
        client.api.items.get_items(
            [1, 2], ["a", "b c"], ["m", "n"],
            tags=["t1", "t2"], csv=["x", "y"], filter_=models.GetItemsFilter(color="red", size=3),
            point=models.GetItemsPoint(x=1, y=2), flag=True, x_level=5, x_list=["h1", "h2"],
            session="abc d", prefs=["u", "v"],
        )  # fmt: skip
        client.api.items.get_items([3], ["a"], ["m"])
    full, bare = wire.sent
    assert full.url.raw_path == (
        b"/b/items/1,2/.a,b%20c/;matrix=m;matrix=n"
        b"?tags=t1&tags=t2&csv=x%2Cy&filter%5Bcolor%5D=red&filter%5Bsize%5D=3"
        b"&point=x%2C1%2Cy%2C2&flag=true"
    )
    assert full.headers["x-level"] == "5" and full.headers["x-list"] == "h1,h2"
    assert full.headers["Cookie"] == "session=abc%20d; prefs=u,v"
    assert bare.url.raw_path == b"/b/items/3/.a/;matrix=m" and "Cookie" not in bare.headers


def test_styled_values_are_checked_against_their_types(clients: Path) -> None:
    package = importlib.import_module(PACKAGES["params"])
    wire = Wire()
    with wire.client(clients, "params", "Params") as client:
        with pytest.raises(package.InvalidRequestError, match=r"argument ids \(list\)"):
            client.api.items.get_items(["x"], ["a"], ["m"])
        with pytest.raises(package.InvalidRequestError, match=r"type: .* unable to parse string"):
            client.api.items.get_items(["x", 1.5], ["a"], ["m"])  # the first problem named
        with pytest.raises(package.InvalidRequestError, match=r"argument csv \(list\)"):
            client.api.items.get_items([1], ["a"], ["m"], csv=[["x"]])
    assert wire.sent == []


def test_a_response_model_sent_back_as_its_request_shape(clients: Path) -> None:
    zoo = importlib.import_module(PACKAGES["schemas"])
    wire = Wire(
        httpx.Response(201, json={"id": "a1", "name": "ann"}),
        httpx.Response(201, json={"id": "a1", "name": "ann"}),
        httpx.Response(201, json={"owner": {"id": "z1", "name": "cy"}}),
    )
    with wire.client(clients, "schemas", "Zoo") as client:
        made = client.api.pets.create_pet(body={"name": "ann", "password": "pw", "id": "x"})
        made.password = "pw2"
        client.api.pets.create_pet(made)
        client.api.pets.create_team(body={"owner": made})
        with pytest.raises(zoo.InvalidRequestError, match="createPet: invalid request body: name"):
            client.api.pets.create_pet(zoo.models.Team(owner=made))  # as its wire fields
        other = zoo.models.TeamRequest(owner=zoo.models.AccountRequest(name="a", password="p"))
        with pytest.raises(
            zoo.InvalidRequestError,
            match="createPet: body must be a AccountRequest or a dict, not a TeamRequest",
        ):
            client.api.pets.create_pet(other)
    created, sent_back, team = wire.sent
    assert created.content == b'{"name": "ann", "password": "pw"}'
    assert sent_back.content == b'{"name": "ann", "password": "pw2"}'
    assert team.content == b'{"owner": {"name": "ann", "password": "pw2"}}'


def test_a_list_of_models_reports_what_each_did_not_validate(clients: Path) -> None:
    animals = [
        {"kind": "bird", "name": "tweety", "id": 1},
        {"kind": "Fish", "name": "nemo", "id": 2, "fins": 3, "water": "brackish"},
        {"kind": "Fish", "name": "dory", "id": 3, "fins": 2, "water": "salt"},
    ]
    wire = Wire(
        httpx.Response(200, json=animals),
        httpx.Response(200, json=animals[2:]),
        httpx.Response(201, json=animals[0]),
    )
    with wire.client(clients, "shapes30", "Farm") as client:
        bird, nemo, dory = client.api.animals.list_animals()
        (alone,) = client.api.animals.list_animals()
        bird.secret = "s"
        client.api.animals.add_animal(bird)  # a response model, sent as its request shape
    assert wire.sent[-1].content == b'{"kind": "bird", "name": "tweety", "secret": "s"}'
    assert (bird.not_validated(), dory.not_validated(), alone.not_validated()) == ((), (), ())
    # nothing recorded on a list where all validated: equal to the model made from its data
    assert alone == type(alone).model_validate(animals[2])
    assert nemo.water == "brackish" and [n.split(":")[0] for n in nemo.not_validated()] == ["water"]


def test_lenient_gives_a_list_that_does_not_parse_as_it_came(clients: Path) -> None:
    animals = [{"kind": "bird", "id": 1}, {"kind": "Fish", "name": "nemo", "id": 2}]
    wire = Wire(httpx.Response(200, json=animals))
    with wire.client(clients, "shapes30", "Farm", lenient=True) as client:
        assert client.api.animals.list_animals() == animals


def test_lenient_gives_json_that_is_not_text_as_it_came(clients: Path) -> None:
    wire = Wire(httpx.Response(200, json={"a": 1}), httpx.Response(200, json={"a": 1}))
    with wire.client(clients, "bodies", "Bodies", lenient=True) as client:
        assert client.api.io.echo_text("x") == {"a": 1}
    package = importlib.import_module(PACKAGES["bodies"])
    with wire.client(clients, "bodies", "Bodies") as client:
        with pytest.raises(package.ResponseValidationError, match="echoText: .*valid string"):
            client.api.io.echo_text("x")
