"""Authentication as the server and the user see it, sync and async, against one loopback
server (fast: the mutation run of _auth.py uses these): the headers each kind of credentials
puts on the wire (an AK/SK signature checked with the tests' own signer, tests/sdk_hmac.py),
the IAM login (what it sends, when it is made again, what its failures raise) and what a
repr or pickle of the credentials shows."""

from __future__ import annotations

import asyncio
import functools
import gzip
import inspect
import json
import pickle
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest
import sdk_hmac
from hostile.hostile_server import Got, HostileServer, reply
from calls import mode, server, shared  # noqa: F401 (the fixtures this module's tests use)
from loopback import Loopback, Reply

import dataarts
from dataarts import AkSkCredentials, AsyncDataArts, DataArts, PasswordCredentials, TokenCredentials

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}
PASSWORD = "pa55-Word-0042"
SK = "SK-secret-9876"
LOGIN = "/v3/auth/tokens"


def calls(server: Loopback, mode: str, credentials: Any, *names: str, **kwargs: Any) -> list[Any]:
    """Calls show(name) for each name with a fresh client of `mode`; each result or error."""
    options = kwargs.pop("options", None)
    settings: dict[str, Any] = {
        "endpoints": {"cdm": server.url, "dlf": server.url},
        "project_id": "p",
        "credentials": credentials,
        "max_retries": 0,
        "timeout": 5.0,
        **kwargs,
    }

    def one(api: Any, name: str) -> Any:
        try:
            return api.cdm.clusters.show(name, options=options)
        except dataarts.DataArtsError as exc:
            return exc

    if mode == "sync":
        with DataArts(**settings) as api:
            return [one(api, n) for n in names]

    async def main() -> list[Any]:
        async with AsyncDataArts(**settings) as api:
            out = []
            for n in names:
                try:
                    out.append(await api.cdm.clusters.show(n, options=options))
                except dataarts.DataArtsError as exc:
                    out.append(exc)
            return out

    return asyncio.run(main())


def api_calls(server: Loopback) -> list[Any]:
    return [r for r in server.received if not r.path.endswith(LOGIN)]


def logins(server: Loopback) -> list[Any]:
    return [r for r in server.received if r.path.endswith(LOGIN)]


def token_reply(token: str = "TOKEN-1", body: Any = None) -> Reply:
    return Reply(201, {} if body is None else body, headers={"X-Subject-Token": token})


def password(server: Loopback, **kwargs: Any) -> PasswordCredentials:
    kwargs.setdefault("iam_endpoint", server.url + LOGIN)
    return PasswordCredentials("user", PASSWORD, "domain", **kwargs)


# -- a token ----------------------------------------------------------------------------------
def test_a_token_is_sent_in_the_token_header_and_never_shown(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, DETAIL)]
    creds = TokenCredentials("tok-123456")
    assert calls(server, mode, creds, "c1")[0].name == "cdm-1"
    assert server.received[0].headers["X-Auth-Token"] == "tok-123456"
    assert "tok-123456" not in repr(creds) and repr(creds) == "TokenCredentials(token=***)"


@pytest.mark.parametrize("bad", ["", "a b", "tok\n", "tök", None])
def test_an_unusable_token_is_refused_without_quoting_it(bad: Any) -> None:
    with pytest.raises(dataarts.ConfigurationError) as info:
        TokenCredentials(bad)
    assert "the token" in str(info.value) and (not bad or bad not in str(info.value))


# -- AK/SK ------------------------------------------------------------------------------------
@pytest.mark.parametrize("security_token", [None, "ST-7788"])
def test_aksk_signs_what_the_server_receives(
    server: Loopback, mode: str, security_token: str | None
) -> None:
    server.replies = [Reply(200, DETAIL)]
    creds = AkSkCredentials("AKID1234", SK, security_token)
    assert calls(server, mode, creds, "c1")[0].name == "cdm-1"
    got = server.received[0]
    signed = sdk_hmac.verify(got.method, got.path, got.query, got.headers, got.body, "AKID1234", SK)
    lower = {k.lower(): v for k, v in got.headers.items()}
    assert lower["x-project-id"] == "p" and "x-project-id" in signed
    if security_token:
        assert lower["x-security-token"] == security_token and "x-security-token" in signed
    else:
        assert "x-security-token" not in lower
    assert SK not in repr(creds) and repr(creds) == "AkSkCredentials(ak=AKID***, sk=***)"


def test_aksk_keeps_a_project_header_the_caller_gives(server: Loopback, mode: str) -> None:
    server.replies = [Reply(200, DETAIL)]
    creds = AkSkCredentials("AKID1234", SK, "ST-7788")
    own = dataarts.RequestOptions(headers={"X-Project-Id": "other"})
    calls(server, mode, creds, "c1", options=own)
    got = server.received[0]
    sdk_hmac.verify(got.method, got.path, got.query, got.headers, got.body, "AKID1234", SK)
    lower = {k.lower(): v for k, v in got.headers.items()}
    assert lower["x-project-id"] == "other" and lower["x-security-token"] == "ST-7788"


@pytest.mark.parametrize(
    ("env", "works", "sent_token"),
    [
        ({"CLOUD_SDK_AK": "AKENV001", "CLOUD_SDK_SK": SK}, True, None),
        (
            {"CLOUD_SDK_AK": "AKENV001", "CLOUD_SDK_SK": SK, "CLOUD_SDK_SECURITY_TOKEN": ""},
            True,
            None,
        ),
        (
            {"CLOUD_SDK_AK": "AKENV001", "CLOUD_SDK_SK": SK, "CLOUD_SDK_SECURITY_TOKEN": "ST1"},
            True,
            "ST1",
        ),
        ({"CLOUD_SDK_AK": "AKENV001"}, False, None),
        ({"CLOUD_SDK_SK": SK}, False, None),
        ({"CLOUD_SDK_AK": "", "CLOUD_SDK_SK": SK}, False, None),
        ({"CLOUD_SDK_AK": "AKENV001", "CLOUD_SDK_SK": ""}, False, None),
    ],
)
def test_aksk_from_the_environment(
    server: Loopback,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    works: bool,
    sent_token: str | None,
) -> None:
    for name in ("CLOUD_SDK_AK", "CLOUD_SDK_SK", "CLOUD_SDK_SECURITY_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if not works:
        with pytest.raises(dataarts.ConfigurationError, match="CLOUD_SDK_AK and CLOUD_SDK_SK"):
            AkSkCredentials.from_env()
        return
    server.replies = [Reply(200, DETAIL)]
    calls(server, "sync", AkSkCredentials.from_env(), "c1")
    got = server.received[0]
    sdk_hmac.verify(got.method, got.path, got.query, got.headers, got.body, "AKENV001", SK)
    assert got.headers.get("X-Security-Token") == sent_token


# -- an IAM login -------------------------------------------------------------------------------
def test_one_login_serves_many_calls(server: Loopback, mode: str) -> None:
    server.replies = [token_reply(), Reply(200, DETAIL), Reply(200, DETAIL)]
    creds = password(server)
    assert [r.name for r in calls(server, mode, creds, "c1", "c2")] == ["cdm-1", "cdm-1"]
    login = server.received[0]
    assert login.method == "POST" and login.path == LOGIN
    assert login.headers["Content-Type"] == "application/json"
    body = json.loads(login.body)
    assert body["auth"]["identity"]["password"]["user"] == {
        "name": "user",
        "password": PASSWORD,
        "domain": {"name": "domain"},
    }
    assert body["auth"]["scope"]["project"]["id"] == "p"
    assert [r.headers.get("X-Auth-Token") for r in api_calls(server)] == ["TOKEN-1", "TOKEN-1"]


def iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + seconds))


@pytest.mark.parametrize(
    ("body", "margin", "logins_for_two"),
    [
        ({}, 600.0, 1),  # no expiry given: the token lives a day (the spec's lifetime)
        ({}, 86400.0 + 100, 2),  # ... and no longer
        ({}, 86400.0 - 100, 1),
        ({"token": {"expires_at": iso(3600)}}, 600.0, 1),
        ({"token": {"expires_at": iso(3600)}}, 3700.0, 2),  # due for refresh: a new login
        ({"token": {"expires_at": iso(300)}}, 600.0, 2),
        ({"token": {"expires_at": iso(300)}}, 0.0, 1),
        ({"token": {"expires_at": "not a date"}}, 600.0, 1),  # the lifetime, then
        ({"token": {"expires_at": 12}}, 600.0, 1),
        ({"token": "flat"}, 600.0, 1),
        ({"token": {"expires_at": iso(-10)}}, 0.0, 2),
    ],
)
def test_a_token_is_used_until_shortly_before_it_expires(
    server: Loopback, mode: str, body: Any, margin: float, logins_for_two: int
) -> None:
    server.replies = [token_reply("T1", body), Reply(200, DETAIL)]
    if logins_for_two == 2:
        server.replies.append(token_reply("T2", body))
    server.replies.append(Reply(200, DETAIL))
    creds = password(server, refresh_margin=margin)
    assert [r.name for r in calls(server, mode, creds, "c1", "c2")] == ["cdm-1", "cdm-1"]
    assert len(logins(server)) == logins_for_two


def test_the_iam_endpoint_of_the_region(server: Loopback, mode: str) -> None:
    server.replies = [token_reply(), Reply(200, DETAIL)]
    creds = password(server, iam_endpoint=server.url + "/{region}" + LOGIN)
    assert calls(server, mode, creds, "c1", region="xx-1")[0].name == "cdm-1"
    assert server.received[0].path == "/xx-1" + LOGIN


def test_no_region_for_iam_is_a_configuration_error(server: Loopback, mode: str) -> None:
    creds = PasswordCredentials("user", PASSWORD, "domain")
    error = calls(server, mode, creds, "c1")[0]
    assert isinstance(error, dataarts.ConfigurationError) and "region" in str(error)
    assert server.received == []


@pytest.mark.parametrize(
    ("reply", "kind", "words"),
    [
        (Reply(401, {"error": {"code": 401, "message": "bad"}}), dataarts.Unauthorized, "401"),
        (Reply(302, {}, headers={"Location": "/x"}), dataarts.Redirected, ""),
        (Reply(300, {}, headers={"X-Subject-Token": "T1"}), dataarts.Redirected, "300"),
        (Reply(201, {}), dataarts.TransportError, "IAM answered without a token header"),
        (Reply(201, {}, headers={"X-Subject-Token": ""}), dataarts.TransportError, "without"),
        (
            Reply(201, {}, headers={"X-Subject-Token": "a b"}),
            dataarts.TransportError,
            "IAM answered an unusable token",
        ),
    ],
)
def test_a_failed_login_fails_the_call(
    server: Loopback, mode: str, reply: Reply, kind: type, words: str
) -> None:
    server.replies = [reply]
    error = calls(server, mode, password(server), "c1")[0]
    assert type(error) is kind and words in str(error) and "ObtainToken" in str(error)
    assert PASSWORD not in str(error) and PASSWORD not in repr(error)
    assert api_calls(server) == []


def test_iam_out_of_reach_is_a_transport_error(mode: str) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with Loopback().running() as server:
        creds = password(server, iam_endpoint=f"http://127.0.0.1:{port}{LOGIN}")
        error = calls(server, mode, creds, "c1")[0]
    assert type(error) is dataarts.TransportError
    assert str(error) == "ObtainToken: ConnectError"


def test_a_failed_login_is_not_repeated_during_its_back_off(server: Loopback, mode: str) -> None:
    refused = Reply(401, {"error": {"code": 401, "message": "bad password"}})
    server.replies = [refused, refused, token_reply(), Reply(200, DETAIL)]
    creds = password(server, login_backoff=0.3)
    first, second = calls(server, mode, creds, "c1", "c2")
    assert type(first) is type(second) is dataarts.Unauthorized and first is not second
    assert len(server.received) == 1  # the second call failed without asking IAM
    time.sleep(0.35)
    third, fourth = calls(server, mode, creds, "c3", "c4")  # the fourth within a new back-off
    assert type(third) is type(fourth) is dataarts.Unauthorized and len(server.received) == 2
    time.sleep(0.35)
    assert calls(server, mode, creds, "c5")[0].name == "cdm-1"
    assert [r.path.endswith(LOGIN) for r in server.received] == [True, True, True, False]


def test_the_default_back_off_is_ten_seconds(
    server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read on a clock moved forward, not waited for (sync: the event loop keeps its own)."""
    refused = Reply(401, {"error": {"code": 401, "message": "bad password"}})
    server.replies = [refused, token_reply(), Reply(200, DETAIL)]
    creds = password(server)
    assert type(calls(server, "sync", creds, "c1")[0]) is dataarts.Unauthorized
    real = time.monotonic
    monkeypatch.setattr(time, "monotonic", lambda: real() + 9.8)
    assert type(calls(server, "sync", creds, "c2")[0]) is dataarts.Unauthorized
    assert len(server.received) == 1  # still within the back-off: IAM not asked
    monkeypatch.setattr(time, "monotonic", lambda: real() + 10.2)
    assert calls(server, "sync", creds, "c3")[0].name == "cdm-1"
    assert len(logins(server)) == 2


def test_the_default_refresh_margin_is_ten_minutes(
    server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A token expiring at E is used until E - 600 s, read on a clock set, not waited for."""
    expires = int(time.time()) + 3600
    text = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expires))
    server.replies = [token_reply("T1", {"token": {"expires_at": text}}), Reply(200, DETAIL)]
    server.replies += [Reply(200, DETAIL), token_reply("T2"), Reply(200, DETAIL)]
    creds = password(server)
    assert calls(server, "sync", creds, "c1")[0].name == "cdm-1"
    monkeypatch.setattr(time, "time", lambda: expires - 600.5)
    assert calls(server, "sync", creds, "c2")[0].name == "cdm-1"
    monkeypatch.setattr(time, "time", lambda: expires - 599.5)
    assert calls(server, "sync", creds, "c3")[0].name == "cdm-1"
    assert [r.headers.get("X-Auth-Token") for r in api_calls(server)] == ["T1", "T1", "T2"]


@functools.cache
def gzip_bomb() -> bytes:
    """32 MB of zeros in about 32 KB of gzip."""
    return gzip.compress(b"\0" * (32 * 1024 * 1024), compresslevel=6)


def test_an_iam_answer_is_read_within_the_size_limit(server: Loopback, mode: str) -> None:
    server.replies = [
        Reply(201, gzip_bomb(), headers={"X-Subject-Token": "T1", "Content-Encoding": "gzip"})
    ]
    tracemalloc.start()
    try:
        error = calls(server, mode, password(server), "c1", max_response_size=1024 * 1024)[0]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert type(error) is dataarts.ResponseTooLarge and "ObtainToken" in str(error)
    assert peak < 16 * 1024 * 1024, peak  # never the whole 32 MB in memory
    assert api_calls(server) == []


def test_a_401_drops_the_token_and_logs_in_again_once(server: Loopback, mode: str) -> None:
    expired = Reply(401, {"error_code": "APIGW.0307", "error_msg": "token expired"})
    server.replies = [token_reply("T1"), expired, token_reply("T2"), Reply(200, DETAIL)]
    server.replies += [Reply(200, DETAIL), expired, token_reply("T3"), expired]
    creds = password(server)
    first, second, third = calls(server, mode, creds, "c1", "c2", "c3")
    assert first.name == second.name == "cdm-1" and type(third) is dataarts.Unauthorized
    assert [r.headers.get("X-Auth-Token") for r in api_calls(server)] == [
        "T1",
        "T2",
        "T2",
        "T2",
        "T3",
    ]


@pytest.mark.parametrize("names", [("TOKEN-A", "TOKEN-B"), ("TOKEN-B", "TOKEN-A")])
def test_a_late_401_for_an_old_token_keeps_the_new_one(names: tuple[str, str]) -> None:
    """Two threads: B's 401 for the first token makes a new login; A's 401 for the same old
    token comes later and must not throw the new token away (one login more, not two)."""
    old, new = names
    issued = [old, new, "TOKEN-C"]
    seen_old: list[int] = []

    def script(got: Got, conn: socket.socket, n: int) -> bool:
        if got.target.startswith(LOGIN):
            return reply(conn, 201, b"{}", {"X-Subject-Token": issued.pop(0)})
        if got.header("X-Auth-Token") == old:
            seen_old.append(n)
            if len(seen_old) == 2:  # A's request: answered late
                time.sleep(0.4)
            if len(seen_old) > 1:
                return reply(conn, 401, b'{"error_code": "APIGW.0307"}')
        return reply(conn, 200, json.dumps(DETAIL).encode())

    with HostileServer(script).running() as server:
        creds = password(server)  # type: ignore[arg-type]
        settings = {"endpoints": {"cdm": server.url}, "project_id": "p", "credentials": creds}
        with DataArts(**settings) as api:  # type: ignore[arg-type]
            assert api.cdm.clusters.show("c0").name == "cdm-1"  # the first login
            results: list[Any] = []
            a = threading.Thread(target=lambda: results.append(api.cdm.clusters.show("a")))
            a.start()
            while len(seen_old) < 2:
                time.sleep(0.01)
            results.append(api.cdm.clusters.show("b"))
            a.join(5)
    assert [r.name for r in results] == ["cdm-1", "cdm-1"]
    assert [g.target.startswith(LOGIN) for g in server.got].count(True) == 2
    assert issued == ["TOKEN-C"]


def test_a_2xx_from_iam_is_a_login(server: Loopback, mode: str) -> None:
    server.replies = [Reply(299, {}, headers={"X-Subject-Token": "T1"}), Reply(200, DETAIL)]
    assert calls(server, mode, password(server), "c1")[0].name == "cdm-1"


def test_a_401_with_a_token_credential_is_not_retried(server: Loopback, mode: str) -> None:
    server.replies = [Reply(401, {"error_code": "APIGW.0307"}), Reply(200, DETAIL)]
    error = calls(server, mode, TokenCredentials("tok-1"), "c1")[0]
    assert type(error) is dataarts.Unauthorized and len(server.received) == 1


def test_password_credentials_take_keywords_and_keep_options_keyword_only() -> None:
    creds = PasswordCredentials(username="user", password=PASSWORD, domain="domain")
    assert repr(creds) == "PasswordCredentials(username='user', domain='domain', password=***)"
    with pytest.raises(TypeError):
        PasswordCredentials("user", PASSWORD, "domain", "http://iam.invalid")  # type: ignore[misc]


# -- what the credentials show ----------------------------------------------------------------
def test_password_credentials_show_no_password_and_refuse_pickling(server: Loopback) -> None:
    creds = password(server)
    assert repr(creds) == "PasswordCredentials(username='user', domain='domain', password=***)"
    with pytest.raises(TypeError, match="not pickled"):
        pickle.dumps(creds)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: PasswordCredentials("user", "pass word", "d"), "the password"),
        (lambda: PasswordCredentials("", "pw", "d"), "the username"),
        (lambda: PasswordCredentials("u", "pw", "d\n"), "the domain"),
        (lambda: PasswordCredentials("u", "pw", None), "the domain"),
        (lambda: PasswordCredentials("u", None, "d"), "the password"),
        (lambda: PasswordCredentials(None, "pw", "d"), "the username"),
        (lambda: PasswordCredentials("u", "pw", "d", iam_endpoint=1), "iam_endpoint must be a str"),
        (lambda: AkSkCredentials("AK", "S K"), "the secret key (sk)"),
        (lambda: AkSkCredentials("AK", None), "the secret key (sk)"),
        (lambda: AkSkCredentials(None, "SK"), "the access key (ak)"),
        (lambda: AkSkCredentials("A\tK", "SK"), "the access key (ak)"),
        (lambda: AkSkCredentials("AK", "SK", "s t"), "the security token"),
    ],
)
def test_unusable_credentials_are_refused_when_made(make: Callable[[], Any], words: str) -> None:
    with pytest.raises(dataarts.ConfigurationError) as info:
        make()
    assert words in str(info.value)
    frames = inspect.trace()
    assert all("pass word" not in repr(f.frame.f_locals) for f in frames[1:])
