"""Schema meaning in clients of plain specs: discriminated unions (mapping, implicit, allOf
inheritance), request and response shapes (readOnly/writeOnly), defaults, enums open on
responses, query arrays in the caller's order. Each spec is generated, type-checked with mypy
(with user code that relies on the shapes) and driven against a loopback server."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

from conftest import edit, mypy_strict, run_cli
from loopback import Loopback, Reply

SPECS = Path(__file__).parent / "data" / "specs"


def generated(name: str, package: str, tmp_path: Path, port: str, user_code: str) -> Path:
    """The client of spec `name` (server port set), checked by mypy --strict with `user_code`."""
    spec = tmp_path / name / "openapi.yaml"
    shutil.copytree(SPECS / name, spec.parent)
    edit(spec, 'port: {default: "8080"}', f'port: {{default: "{port}"}}')
    out = tmp_path / "out"
    done = run_cli("--spec", str(spec), "--no-cache", "generate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    (out / "python" / "user_code.py").write_text(user_code, encoding="utf-8")
    checked = mypy_strict(package, "user_code.py", cwd=out / "python")
    assert checked.returncode == 0, checked.stdout
    return out / "python"


def drive(script: str, path: Path, url: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", script, url],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(path)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


# What users write against the shapes: mypy must accept it (a request shape needs no id, a
# response shape needs no password, the union aliases are types).
ZOO_USER = """
from zoo.models import Account, AccountRequest, Cat, Dog, Pet, TeamRequest

def shapes(pet: Pet) -> str:
    sent = TeamRequest(owner=AccountRequest(name="a", password="p"))
    got = Account(id_="1", name="a")
    if isinstance(pet, Dog):
        return pet.bark or ""
    assert isinstance(pet, Cat)
    return (pet.meow or "") + str(sent.labels) + got.name
"""

ZOO = """
import json
from zoo import Zoo, InvalidRequestError
from zoo.models import AccountRequest

with Zoo() as client:
    pets = client.api.pets.list_pets(ids=["3", "1"])
    print(json.dumps([type(p).__name__ for p in pets]))
    made = client.api.pets.create_pet(body={"name": "ann", "password": "pw", "id": "x"})
    print(json.dumps([made.id_, made.password, made.status, made.prefs, made.not_validated()]))
    print(json.dumps(sorted(made.model_fields_set)))
    made.prefs["theme"] = "light"
    made.password = "pw2"
    client.api.pets.create_pet(made)  # a response model sent back: its read-only id is not
    again = client.api.pets.create_pet(AccountRequest(id_="y", name="bo", password="p2"))
    print(json.dumps([again.prefs, again.status, list(again.not_validated())]))
    team = client.api.pets.create_team(body={"owner": {"id": "z", "name": "cy", "password": "p3"}})
    print(json.dumps([team.owner.id_, team.owner.password, team.labels]))
    try:
        client.api.pets.create_pet(body={"name": "d", "password": "p", "status": "frozen"})
    except InvalidRequestError as exc:
        print("refused", "status" in str(exc))
"""


def test_discriminated_unions_and_request_response_shapes(tmp_path: Path) -> None:
    server = Loopback()
    port = server.url.rsplit(":", 1)[1]
    path = generated("schemas", "zoo", tmp_path, port, ZOO_USER)
    server.replies = [
        # a cat with only the fields a dog has too: told apart by petType alone
        Reply(200, [{"petType": "dog", "bark": "woof"}, {"petType": "Cat", "name": "Tom"}]),
        Reply(201, {"id": "a1", "name": "ann"}),  # no write-only password, no defaults
        Reply(201, {"id": "a1", "name": "ann"}),
        Reply(201, {"id": "a2", "name": "bo", "status": "frozen", "password": None}),
        Reply(201, {"owner": {"id": "z1", "name": "cy"}}),
    ]
    with server.running():
        lines = drive(ZOO, path, server.url)
    assert json.loads(lines[0]) == ["Dog", "Cat"]
    assert json.loads(lines[1]) == ["a1", None, "active", {"theme": "dark"}, []]
    assert json.loads(lines[2]) == ["id_", "name"]  # defaults are not "set": absent stays so
    assert json.loads(lines[3])[0] == {"theme": "dark"}  # a mutable default is not shared
    assert json.loads(lines[3])[1] == "frozen"  # an unknown enum value received is kept...
    assert json.loads(lines[3])[2][0].startswith("status: ")  # ...and reported
    assert json.loads(lines[4]) == ["z1", None, ["new"]]
    assert lines[5] == "refused True"  # requests stay closed: nothing sent
    listing, create, sent_back, create2, team = server.received
    assert listing.target == "/pets?ids=3&ids=1"  # the caller's order, not sorted
    # read-only id: accepted, never sent; defaults (status, prefs, labels) not sent either
    assert create.body == b'{"name": "ann", "password": "pw"}'
    assert create2.body == b'{"name": "bo", "password": "p2"}'
    assert sent_back.body == b'{"name": "ann", "password": "pw2"}'
    assert team.body == b'{"owner": {"name": "cy", "password": "p3"}}'


FARM_USER = """
from farm.models import AnimalRequestUnion, AnimalUnion, Bird, BirdRequest, Fish

def shapes(animal: AnimalUnion) -> AnimalRequestUnion:
    if isinstance(animal, Fish):
        return BirdRequest(kind="bird", name=animal.name, secret="s")
    return BirdRequest(kind="bird", name="b", secret="s", songs=["x"])

def wings(bird: Bird) -> int | None:
    return bird.wings
"""

FARM = """
import json
from farm import Farm, InvalidRequestError
from farm.api.animals import ApiAnimals
from farm.models import BirdRequest

with Farm() as client:
    animals = client.api.animals.list_animals(id_=[3, 1], size=5)
    print(json.dumps([type(a).__name__ for a in animals]))
    bird, fish, worm = animals
    print(json.dumps([bird.wings, bird.songs, bird.nick, fish.water, list(fish.not_validated())]))
    bird.songs.append("noon")
    print(json.dumps([worm.name, worm.model_extra, client.api.animals.list_animals()[0].songs]))
    added = client.api.animals.add_animal(
        body={"kind": "Fish", "name": "n", "secret": "s", "fins": 2, "id": 9}
    )
    print(json.dumps([type(added).__name__, added.id_, added.secret]))
    client.api.animals.add_animal(BirdRequest(kind="bird", name="b", secret="t", id_=4))
    try:  # a response model sent back: its write-only secret is required again
        client.api.pens.add_pen(body={"animals": [bird]})
    except InvalidRequestError as exc:
        print("refused", "secret" in str(exc))
    bird.secret = "z"
    client.api.pens.add_pen(
        body={"animals": [{"kind": "bird", "name": "b", "secret": "s", "id": 1}, bird]}
    )
print("Default: 20." in (ApiAnimals.list_animals.__doc__ or ""))
"""


def test_openapi_30_inheritance_defaults_and_open_enums(tmp_path: Path) -> None:
    server = Loopback()
    port = server.url.rsplit(":", 1)[1]
    path = generated("shapes30", "farm", tmp_path, port, FARM_USER)
    animals = [
        {"kind": "bird", "name": "tweety", "id": 1},
        {"kind": "Fish", "name": "nemo", "id": 2, "fins": 3, "water": "brackish"},
        {"kind": "Worm", "name": "wim", "id": 3, "legs": 0},  # mapped to nothing: the base
    ]
    server.replies = [
        Reply(200, animals),
        Reply(200, animals[:1]),
        Reply(201, {"kind": "Fish", "name": "n", "id": 9, "fins": 2}),
        Reply(201, {"kind": "bird", "name": "b", "id": 4}),
        Reply(204),
    ]
    with server.running():
        lines = drive(FARM, path, server.url)
    assert json.loads(lines[0]) == ["Bird", "Fish", "Animal"]
    wings, songs, nick, water, problems = json.loads(lines[1])
    assert (wings, songs, nick, water) == (2, ["dawn", "dusk"], "none", "brackish")
    assert len(problems) == 1 and problems[0].startswith("water: ")
    assert json.loads(lines[2]) == ["wim", {"legs": 0}, ["dawn", "dusk"]]
    assert json.loads(lines[3]) == ["Fish", 9, None]
    assert lines[4] == "refused True"
    assert lines[5] == "True"  # the parameter's default in the method's docstring
    listing, _, add_fish, add_bird, add_pen = server.received
    assert listing.target == "/farm/animals?id=3&id=1&size=5"
    assert add_fish.body == b'{"kind": "Fish", "name": "n", "secret": "s", "fins": 2}'
    assert add_bird.body == b'{"kind": "bird", "name": "b", "secret": "t"}'
    # a union one level down takes request shapes too: no read-only id, whatever was given
    # (a response model included); a default changed in place is not "set", so not sent
    assert json.loads(add_pen.body) == {
        "animals": [
            {"kind": "bird", "name": "b", "secret": "s"},
            {"kind": "bird", "name": "tweety", "secret": "z"},
        ]
    }


def test_the_signature_sorts_the_query_the_url_keeps_its_order() -> None:
    """AK/SK (this project's client): the canonical string is sorted, the URL is as given, and
    the gateway's check (which sorts what it receives) still verifies."""
    from dataarts import AkSkCredentials
    from dataarts._settings import PreparedRequest, Settings
    from dataarts._transport import _Urls
    from dataarts.signing import canonical_query
    from sdk_hmac import verify

    query = [("ids", ["3", "1"]), ("a", ["z y"])]
    request = PreparedRequest(
        "op",
        "GET",
        "https",
        "h.example",
        "/v1/x",
        query,
        {"Content-Type": "application/json"},
        None,
    )
    signed = AkSkCredentials("ak1", "sk1").apply(request, Settings())
    url = _Urls()(signed)
    assert str(url) == signed.url == "https://h.example/v1/x?ids=3&ids=1&a=z%20y"
    assert canonical_query(query) == "a=z%20y&ids=1&ids=3"
    sent = parse_qsl(url.query.decode())
    assert sent == [("ids", "3"), ("ids", "1"), ("a", "z y")]
    assert "content-type" in verify("GET", "/v1/x", sent, signed.headers, b"", "ak1", "sk1")


def test_this_projects_const_branch_unions_keep_pydantics_own_tags() -> None:
    """Branches that each hold their own const keep `Field(discriminator=...)` (a Literal per
    branch, no callable), and this spec has no request shapes."""
    from conftest import GENERATED

    models = GENERATED / "python" / "dataarts" / "models"
    jobs = (models / "dlf" / "jobs.py").read_text(encoding="utf-8")
    assert 'Field(discriminator="type_")' in jobs
    every = "".join(p.read_text(encoding="utf-8") for p in sorted(models.rglob("*.py")))
    assert "_Tag(" not in every and "RequestModel" not in every
