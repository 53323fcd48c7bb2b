"""What the server receives for what this API's spec never uses, from the runtime's encoding,
server and security-scheme modules: each style/explode/deepObject of the path, query, header
and cookie; form, multipart and raw bodies; server URL variables and base paths; where each
security scheme puts its secret (header, query, cookie, Authorization) and the OAuth2 token
exchange as the token endpoint sees it.

In-process and fast (mutation testing of _encoding.py, _servers.py and _schemes.py); schemes
and server variables are given to the runtime as a generated `_spec` would.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import importlib
import json
import re
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest


def _mod(name: str) -> ModuleType:
    # the package as imported now (another test may import it again)
    return importlib.import_module(f"dataarts.{name}")


@pytest.fixture
def enc() -> ModuleType:
    return _mod("_encoding")


class Item(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)
    item_id: int = pydantic.Field(alias="itemId")
    note: str | None = None
    size: int = 7


# ---- query


def test_query_styles(enc: ModuleType) -> None:
    q, S = enc.query_pairs, enc.styled
    assert q("id", [1, True, None]) == [("id", ["1", "true", ""])]  # form, explode
    assert q("id", (1, False)) == [("id", ["1", "false"])]
    assert q("id", S([1, 2], "form", False)) == [("id", ["1,2"])]
    assert q("id", S([1, 2], "spaceDelimited", False)) == [("id", ["1 2"])]
    assert q("id", S([1, 2], "pipeDelimited", False)) == [("id", ["1|2"])]
    assert q("id", S([1, 2], "pipeDelimited", True)) == [("id", ["1|2"])]
    assert q("n", 5) == [("n", ["5"])]
    assert q("n", S(5, "form", False)) == [("n", ["5"])]
    obj = {"a": 1, "b": "x", "c": None}
    assert q("f", obj) == [("a", ["1"]), ("b", ["x"])]
    assert q("f", S(obj, "form", False)) == [("f", ["a,1,b,x"])]
    assert q("f", S(obj, "deepObject", True)) == [("f[a]", ["1"]), ("f[b]", ["x"])]
    # a model: by alias, without None or unset fields
    assert q("m", S(Item(itemId=3), "deepObject", True)) == [("m[itemId]", ["3"])]
    assert q("m", Item(itemId=3, size=9)) == [("itemId", ["3"]), ("size", ["9"])]


def test_styled_and_structured(enc: ModuleType) -> None:
    assert enc.styled(None, "form", True) is None
    s = enc.styled([1], "label", False)
    assert (s.value, s.style, s.explode) == ([1], "label", False)
    # a value, shared by calls: compared and hashed by content, never changed
    t = enc.styled((1,), "label", False)
    assert t == enc.styled((1,), "label", False) and len({t, enc.styled((1,), "label", False)}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.style = "matrix"
    for value in (s, [1], (1,), {"a": 1}, Item(itemId=1)):
        assert enc.is_structured(value)
    for value in ("x", 1, None, b"x"):
        assert not enc.is_structured(value)


def test_wire_query(enc: ModuleType) -> None:
    wire = enc.wire_query([("a b/~", ["x y", True, None]), ("n", 3), ("z", ["é&="])])
    assert wire == "a%20b%2F~=x%20y&a%20b%2F~=true&a%20b%2F~=&n=3&z=%C3%A9%26%3D"
    assert enc.wire_query([]) == ""


# ---- path, header, cookie


def test_path_styles(enc: ModuleType) -> None:
    p, S = enc.path_segment, enc.styled
    obj = {"a": 1, "b": "x/y"}
    assert p("id", "a/b c") == "a%2Fb%20c"
    assert p("id", [1, "x,y"]) == "1,x%2Cy"
    assert p("id", obj) == "a,1,b,x%2Fy"
    assert p("id", S(obj, "simple", True)) == "a=1,b=x%2Fy"
    assert p("id", S([1, 2], "simple", True)) == "1,2"
    assert p("id", S([1, 2], "label", False)) == ".1,2"
    assert p("id", S([1, 2], "label", True)) == ".1.2"
    assert p("id", S(obj, "label", True)) == ".a=1.b=x%2Fy"
    assert p("id", S(5, "label", False)) == ".5"
    assert p("i d", S([1, 2], "matrix", False)) == ";i%20d=1,2"
    assert p("id", S([1, 2], "matrix", True)) == ";id=1;id=2"
    assert p("id", S(obj, "matrix", True)) == ";a=1;b=x%2Fy"
    assert p("id", S(obj, "matrix", False)) == ";id=a,1,b,x%2Fy"
    assert p("id", S(True, "matrix", True)) == ";id=true"
    assert p("id", S(5, "matrix", False)) == ";id=5"


def test_header_values(enc: ModuleType) -> None:
    h, S = enc.header_value, enc.styled
    assert h(["a b", "c/d"]) == "a b,c/d"
    assert h({"a": 1, "b": None, "c": "x y"}) == "a,1,c,x y"
    assert h(S({"a": 1, "c": 2}, "simple", True)) == "a=1,c=2"
    assert h(S(True, "simple", False)) == "true"
    assert h(7) == "7"


def test_cookie_header(enc: ModuleType) -> None:
    c, S = enc.cookie_header, enc.styled
    assert c([]) == ""
    assert c([("a", None), ("b", "x y;")]) == "b=x%20y%3B"
    assert c([("c", [1, "a b"])]) == "c=1; c=a%20b"
    assert c([("c", (1, 2)), ("d", 3)]) == "c=1; c=2; d=3"
    assert c([("c", S([1, 2], "form", False))]) == "c=1,2"
    assert c([("d", {"a": 1, "b": "x"})]) == "d=a%2C1,b%2Cx"
    assert c([("d", S({"a": 1}, "form", False))]) == "d=a%2C1"
    assert c([("s", True), ("t", S(None, "form", True))]) == "s=true"


# ---- bodies and responses


def test_media_types(enc: ModuleType) -> None:
    for media in ("", " ", "application/json", "Application/JSON; charset=utf-8",
                  " application/problem+json ", "application/vnd.x+JSON"):  # fmt: skip
        assert enc.is_json(media), media
    for media in ("text/plain", "application/jsonx", "text/json+xml", "application/xml",
                  "application/java-archive", "application/gzip", "a/b"):  # fmt: skip
        assert not enc.is_json(media), media
    assert enc.text_response("text/csv; charset=utf-8")
    assert not enc.text_response(None)
    assert not enc.text_response("application/json")


def test_form_body(enc: ModuleType) -> None:
    data = {"a b": "x&y é", "l": [1, None, True], "n": None, "o": {"k": 1}, "by": b"h i", "e": []}
    kind = "Application/X-WWW-Form-Urlencoded ; charset=utf-8"
    body, ctype = enc.encode_body(data, kind)
    assert ctype == kind
    assert body == (b"a%20b=x%26y%20%C3%A9&l=1&l=true&o=%7B%22k%22%3A%201%7D&by=h%20i")
    assert enc.encode_body({"f": False, "z": 0}, kind)[0] == b"f=false&z=0"
    # a form type with a body that is not an object: sent as it is
    assert enc.encode_body("a=1", kind) == (b"a=1", kind)


def test_raw_bodies(enc: ModuleType) -> None:
    assert enc.encode_body(b"\x00\xff", "application/octet-stream") == (
        b"\x00\xff",
        "application/octet-stream",
    )
    assert enc.encode_body("é", "text/plain") == ("é".encode(), "text/plain")
    assert enc.encode_body([1, "a"], "application/json") == (b'[1, "a"]', "application/json")
    assert enc.encode_body(b"x", "multipart/form-data") == (b"x", "multipart/form-data")
    assert enc.encode_body({"a": 1}, "text/plain") == (b'{"a": 1}', "text/plain")
    for media in ("application/json", "application/octet-stream", "application/a"):
        assert enc.encode_body({"a": [1]}, media) == (b'{"a": [1]}', media)


def test_multipart_body(enc: ModuleType) -> None:
    data = {
        'n"a\r\nm': "v é",
        "file": b"\x00bin",
        "obj": {"k": [1]},
        "many": [1, None, False],
        "skip": None,
    }
    body, ctype = enc.encode_body(data, "Multipart/Form-Data; boundary=ignored")
    found = re.fullmatch(r"multipart/form-data; boundary=(boundary-[0-9a-f]{32})", ctype)
    assert found, ctype
    b = found.group(1)
    expected = (
        f"--{b}\r\n"
        'Content-Disposition: form-data; name="n%22a%0D%0Am"\r\n\r\nv é\r\n'
        f"--{b}\r\n"
        'Content-Disposition: form-data; name="file"; filename="file"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n\x00bin\r\n"
        f"--{b}\r\n"
        'Content-Disposition: form-data; name="obj"\r\n'
        'Content-Type: application/json\r\n\r\n{"k": [1]}\r\n'
        f"--{b}\r\n"
        'Content-Disposition: form-data; name="many"\r\n\r\n1\r\n'
        f"--{b}\r\n"
        'Content-Disposition: form-data; name="many"\r\n\r\nfalse\r\n'
        f"--{b}--\r\n"
    )
    assert body == expected.encode("utf-8")
    # parsed back as a server would
    parts = httpx.Request("POST", "https://x.test", content=body, headers={"Content-Type": ctype})
    assert parts.content == body
    assert enc.encode_body({"l": [{"a": 1}]}, "multipart/mixed")[0].count(b"application/json") == 1
    assert enc.encode_body({}, "multipart/form-data")[0].endswith(b"--\r\n")
    other = enc.encode_body({"a": 1}, "multipart/form-data")[1]
    assert other != ctype  # a new boundary each time


# ---- servers


@pytest.fixture
def servers(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = _mod("_spec")
    monkeypatch.setattr(
        spec,
        "SERVICES",
        {
            "svc": {"url": "https://{region}.x.test:{port}/{base}/v1"},
            "bare": {"url": "http://h.test"},
        },
    )
    monkeypatch.setattr(
        spec, "SERVER_VARIABLES", {"svc": {"port": "8443", "base": "api"}}, raising=False
    )
    return _mod("_servers")


def test_server_urls(servers: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    error = _mod("_errors").ConfigurationError
    assert servers.service_url("svc", "eu-west-1") == "https://eu-west-1.x.test:8443/api/v1"
    assert servers.service_url("svc", "a") == "https://a.x.test:8443/api/v1"
    assert servers.service_url("bare", None) == "http://h.test"
    for region in (None, ""):
        with pytest.raises(error, match=r"no region set and no endpoint given for 'svc': pass "
                           r"region=\.\.\. or endpoints=\{'svc': 'https://\.\.\.'\}"):  # fmt: skip
            servers.service_url("svc", region)
    for region in ("EU", "-eu", "eu-", "e.u", "e u", "eu_1", "eu\n", "eu\r\n"):
        with pytest.raises(error, match=f"region {re.escape(repr(region))} is not a valid"):
            servers.service_url("svc", region)
    monkeypatch.setattr(_mod("_spec"), "SERVICES", {"svc": {"url": "https://{region}.{zone}.t"}})
    with pytest.raises(error, match="server variable 'zone' of 'svc' has no value"):
        servers.service_url("svc", "r1")
    monkeypatch.delattr(_mod("_spec"), "SERVER_VARIABLES")
    with pytest.raises(error, match="'zone'"):
        servers.service_url("svc", "r1")


def test_split(servers: ModuleType) -> None:
    error = _mod("_errors").ConfigurationError
    assert servers.split("https://h.test:8443/api/v1/?q=1") == ("https", "h.test:8443", "/api/v1")
    assert servers.split("http://h.test") == ("http", "h.test", "")
    assert servers.split("http://h.test/a%20b") == ("http", "h.test", "/a%20b")
    for url in ("ftp://h.test/x", "https:///x", "h.test/x"):
        with pytest.raises(error, match=f"endpoint {re.escape(repr(url))} is not an http"):
            servers.split(url)


def test_server_url_reaches_the_wire(servers: ModuleType) -> None:
    settings = _mod("_settings").Settings(region="r1")
    assert settings.endpoint("svc") == ("https", "r1.x.test:8443")
    assert settings.base_path("svc") == "/api/v1"


# ---- security schemes

SCHEMES = {
    "hdr": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "qry": {"type": "apiKey", "in": "query", "name": "api key"},
    "ck": {"type": "apiKey", "in": "cookie", "name": "sid"},
    "oa": {"type": "oauth2", "tokenUrl": "https://auth.test/token"},
    "basic": {"type": "http", "scheme": "basic"},
}


@pytest.fixture
def schemes(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setattr(_mod("_spec"), "SECURITY_SCHEMES", dict(SCHEMES), raising=False)
    return _mod("_schemes")


def _request(**headers: str) -> Any:
    return _mod("_settings").PreparedRequest(
        "Op", "GET", "https", "h.test", "/p", [("a", ["1"])], dict(headers), None
    )


def test_api_keys(schemes: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    error = _mod("_errors").ConfigurationError
    settings = _mod("_settings").Settings()
    key = "k;1 /é"
    sent = schemes.ApiKeyCredentials(key, scheme="hdr").apply(_request(Accept="x"), settings)
    assert sent.headers == {"Accept": "x", "X-Key": key}
    sent = schemes.ApiKeyCredentials(key, scheme="qry").apply(_request(), settings)
    assert sent.url == "https://h.test/p?a=1&api%20key=k%3B1%20%2F%C3%A9"
    assert sent.headers == {}
    sent = schemes.ApiKeyCredentials(key, scheme="ck").apply(_request(), settings)
    assert sent.headers == {"Cookie": "sid=k%3B1%20%2F%C3%A9"}
    sent = schemes.ApiKeyCredentials("v", scheme="ck").apply(_request(Cookie="a=1"), settings)
    assert sent.headers == {"Cookie": "a=1; sid=v"}
    with pytest.raises(error, match=r"name the apiKey security scheme to use \(scheme=\.\.\.\): "
                       "ck, hdr, qry$"):  # fmt: skip
        schemes.ApiKeyCredentials("v").apply(_request(), settings)
    with pytest.raises(error, match=": ck, hdr, qry$"):
        schemes.ApiKeyCredentials("v", scheme="oa").apply(_request(), settings)
    with pytest.raises(error, match="the API key is empty"):
        schemes.ApiKeyCredentials("")
    assert (
        repr(schemes.ApiKeyCredentials(key, scheme="ck"))
        == "ApiKeyCredentials(key=***, scheme='ck')"
    )
    # one apiKey scheme: no name needed
    monkeypatch.setattr(
        _mod("_spec"), "SECURITY_SCHEMES", {"q": SCHEMES["qry"], "o": SCHEMES["oa"]}
    )
    sent = schemes.ApiKeyCredentials("v").apply(_request(), settings)
    assert sent.url == "https://h.test/p?a=1&api%20key=v"
    monkeypatch.setattr(_mod("_spec"), "SECURITY_SCHEMES", {"o": SCHEMES["oa"]})
    with pytest.raises(error, match=r"\): none$"):
        schemes.ApiKeyCredentials("v").apply(_request(), settings)
    monkeypatch.delattr(_mod("_spec"), "SECURITY_SCHEMES")
    with pytest.raises(error, match=r"\): none$"):
        schemes.ApiKeyCredentials("v", scheme="hdr").apply(_request(), settings)


def test_basic_and_bearer(schemes: ModuleType) -> None:
    error = _mod("_errors").ConfigurationError
    settings = _mod("_settings").Settings()
    sent = schemes.BasicCredentials("us:er", "pä:ss").apply(_request(A="1"), settings)
    auth = sent.headers["Authorization"]
    assert auth.startswith("Basic ")
    assert base64.b64decode(auth[6:]) == "us:er:pä:ss".encode()
    assert sent.headers["A"] == "1"
    assert schemes.BasicCredentials("u", "").apply(_request(), settings).headers == {
        "Authorization": "Basic dTo="
    }
    with pytest.raises(error, match="the user name is empty"):
        schemes.BasicCredentials("", "p")
    assert (
        repr(schemes.BasicCredentials("u", "sec")) == "BasicCredentials(username='u', password=***)"
    )
    sent = schemes.BearerCredentials("t.o.k").apply(_request(), settings)
    assert sent.headers == {"Authorization": "Bearer t.o.k"}
    with pytest.raises(error, match="the token is empty"):
        schemes.BearerCredentials("")
    assert repr(schemes.BearerCredentials("sec")) == "BearerCredentials(token=***)"


class TokenServer:
    """The token endpoint: what it received, and its answers in order."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return self.answers.pop(0)


def _token(token: str = "T1", **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"access_token": token, **extra})


def test_client_credentials_exchange(schemes: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(schemes.time, "time", lambda: clock[0])
    server = TokenServer(_token("T1", expires_in=130), _token("T2", expires_in=130), _token("T3"))
    settings = _mod("_settings").Settings(http=httpx.Client(transport=httpx.MockTransport(server)))
    cred = schemes.ClientCredentials("id:1", "s&e c", scopes=("read", "w x"), scheme="oa")
    assert cred.apply(_request(A="1"), settings).headers == {"A": "1", "Authorization": "Bearer T1"}
    (sent,) = server.sent
    assert str(sent.url) == "https://auth.test/token"
    assert sent.method == "POST"
    assert sent.content == b"grant_type=client_credentials&scope=read%20w%20x"
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert (
        sent.headers["Authorization"] == "Basic " + base64.b64encode(b"id%3A1:s%26e%20c").decode()
    )
    clock[0] = 1099.5  # 30 s margin: fresh until 1100
    assert cred.apply(_request(), settings).headers == {"Authorization": "Bearer T1"}
    assert len(server.sent) == 1
    clock[0] = 1100.0
    assert cred.apply(_request(), settings).headers == {"Authorization": "Bearer T2"}
    clock[0] = 1199.0  # T2 expires at 1230
    assert cred.apply(_request(), settings).headers == {"Authorization": "Bearer T2"}
    clock[0] = 1201.0  # past the margin, not at it
    assert cred.apply(_request(), settings).headers == {"Authorization": "Bearer T3"}
    clock[0] = 1201.0 + 3600 - 30 - 0.5  # no expires_in: an hour
    assert cred.apply(_request(), settings).headers == {"Authorization": "Bearer T3"}
    assert len(server.sent) == 3
    # no scopes, the token URL given, no margin, a lifetime that is not a number
    server = TokenServer(_token("U", expires_in="10"), _token("V", expires_in=5))
    settings = _mod("_settings").Settings(http=httpx.Client(transport=httpx.MockTransport(server)))
    cred = schemes.ClientCredentials("i", "s", token_url="https://t.test/x", refresh_margin=0)
    assert cred.apply(_request(), settings).headers["Authorization"] == "Bearer U"
    clock[0] += 3599.5
    assert cred.apply(_request(), settings).headers["Authorization"] == "Bearer U"
    clock[0] += 0.5
    assert cred.apply(_request(), settings).headers["Authorization"] == "Bearer V"
    assert [r.content for r in server.sent] == [b"grant_type=client_credentials"] * 2
    assert {str(r.url) for r in server.sent} == {"https://t.test/x"}
    assert repr(cred) == "ClientCredentials(client_id='i', client_secret=***)"


def test_client_credentials_scheme_and_arguments(
    schemes: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = _mod("_errors")
    spec = _mod("_spec")
    server = TokenServer(_token("K"), _token("L"))
    settings = _mod("_settings").Settings(http=httpx.Client(transport=httpx.MockTransport(server)))
    # the only oauth2 scheme among others: no name needed; a name read at run time
    monkeypatch.setattr(spec, "SECURITY_SCHEMES", {"hdr": SCHEMES["hdr"], "o": SCHEMES["oa"]})
    cred = schemes.ClientCredentials(client_id="i", client_secret="s")
    assert cred.apply(_request(), settings).headers["Authorization"] == "Bearer K"
    name = "".join(["o", "2"])
    monkeypatch.setattr(spec, "SECURITY_SCHEMES", {"o1": SCHEMES["oa"], "o2": SCHEMES["oa"]})
    cred = schemes.ClientCredentials("i", "s", scheme=name)
    assert cred.apply(_request(), settings).headers["Authorization"] == "Bearer L"
    assert [str(r.url) for r in server.sent] == ["https://auth.test/token"] * 2
    monkeypatch.setattr(
        spec, "SECURITY_SCHEMES", {"hdr": SCHEMES["hdr"], "o2": SCHEMES["oa"], "o1": SCHEMES["oa"]}
    )
    with pytest.raises(errors.ConfigurationError, match=r"oauth2 security scheme .*\): o1, o2$"):
        schemes.ClientCredentials("i", "s").apply(_request(), settings)
    with pytest.raises(TypeError):
        schemes.ClientCredentials("i", "s", ("read",))  # scopes and the rest by name only


def test_client_credentials_failures(schemes: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    errors = _mod("_errors")
    settings_of = _mod("_settings").Settings
    for cid, secret in (("", "s"), ("i", ""), ("", "")):
        with pytest.raises(errors.ConfigurationError, match="both a client id and a client secret"):
            schemes.ClientCredentials(cid, secret)

    def apply(*answers: httpx.Response, **kwargs: Any) -> Any:
        server = TokenServer(*answers)
        http = httpx.Client(transport=httpx.MockTransport(server))
        cred = schemes.ClientCredentials("i", "sec", scheme="oa", **kwargs)
        return cred.apply(_request(), settings_of(http=http))

    with pytest.raises(errors.ApiError) as caught:
        apply(httpx.Response(400, json={"error": "invalid_client"}))
    assert caught.value.operation == "ObtainToken"
    assert (
        apply(httpx.Response(399, json={"access_token": "ok"})).headers["Authorization"]
        == "Bearer ok"
    )
    for answer in (
        httpx.Response(200, json={"token": "x"}),
        httpx.Response(200, json={"access_token": ""}),
        httpx.Response(200, json={"access_token": 5}),
        httpx.Response(200, json=["access_token"]),
        httpx.Response(200, content=b"not json"),
    ):
        with pytest.raises(
            errors.TransportError,
            match="^ObtainToken: the token endpoint answered without access_token$",
        ):
            apply(answer)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused sec", request=request)

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    with pytest.raises(errors.TransportError, match="^ObtainToken: ConnectError$") as failed:
        schemes.ClientCredentials("i", "sec", scheme="oa").apply(_request(), settings_of(http=http))
    assert failed.value.__cause__ is None and failed.value.__suppress_context__
    monkeypatch.setattr(_mod("_spec"), "SECURITY_SCHEMES", {"o": {"type": "oauth2"}})
    with pytest.raises(errors.ConfigurationError, match="has no client-credentials tokenUrl"):
        schemes.ClientCredentials("i", "s").apply(_request(), settings_of())
    # no client of the settings: httpx's own
    server = TokenServer(_token("W"))
    monkeypatch.setattr(
        httpx,
        "post",
        lambda url, **kw: httpx.Client(transport=httpx.MockTransport(server)).post(url, **kw),
    )
    cred = schemes.ClientCredentials("i", "s", token_url="https://t.test/y")
    assert cred.apply(_request(), settings_of()).headers["Authorization"] == "Bearer W"
    assert str(server.sent[0].url) == "https://t.test/y"


def test_client_credentials_async(schemes: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    errors = _mod("_errors")
    settings_of = _mod("_settings").Settings
    server = TokenServer(_token("A1"), _token("A2"))
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    cred = schemes.ClientCredentials("i", "s", scopes=("r",), scheme="oa")

    async def twice() -> list[Any]:
        return [await cred.apply_async(_request(B="2"), settings_of(async_http=http)) for _ in "ab"]

    first, second = asyncio.run(twice())
    assert first.headers == second.headers == {"B": "2", "Authorization": "Bearer A1"}
    assert (
        len(server.sent) == 1 and server.sent[0].content == b"grant_type=client_credentials&scope=r"
    )
    assert server.sent[0].headers["Authorization"] == "Basic " + base64.b64encode(b"i:s").decode()

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    bad = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    with pytest.raises(errors.TransportError, match="^ObtainToken: ReadTimeout$") as failed:
        asyncio.run(
            schemes.ClientCredentials("i", "s", scheme="oa").apply_async(
                _request(), settings_of(async_http=bad)
            )
        )
    assert failed.value.__cause__ is None
    # no client of the settings: httpx's own
    own = TokenServer(httpx.Response(401, json={}), _token("O"))
    real = httpx.AsyncClient
    monkeypatch.setattr(httpx, "AsyncClient", lambda: real(transport=httpx.MockTransport(own)))
    cred = schemes.ClientCredentials("i", "s", token_url="https://t.test/z")
    with pytest.raises(errors.ApiError):
        asyncio.run(cred.apply_async(_request(), settings_of()))
    done = asyncio.run(cred.apply_async(_request(), settings_of()))
    assert done.headers["Authorization"] == "Bearer O"
    assert [str(r.url) for r in own.sent] == ["https://t.test/z"] * 2
    assert json.loads(b"{}") == {}
