"""IAM tokens: one login in flight per credentials object across threads, tasks and event
loops; a failed login shared and not retried before its back-off; a 401 on a cached token makes
exactly one new login and one retry."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest
from hostile_server import DETAIL, SECRET, Got, HostileServer, client_for, reply

import dataarts
from dataarts import PasswordCredentials

LOGIN = "/v3/auth/tokens"


def iam(refuse: bool = False, slow: float = 0.1, stale: set[str] | None = None):  # type: ignore[no-untyped-def]
    logins: list[int] = []

    def script(got: Got, conn: socket.socket, n: int) -> bool:
        if got.target.startswith(LOGIN):
            logins.append(n)
            time.sleep(slow)
            if refuse:
                return reply(conn, 401, b'{"error": {"code": 401, "message": "bad password"}}')
            return reply(conn, 201, b"{}", {"X-Subject-Token": f"TOKEN-{len(logins)}"})
        if stale is not None and got.header("X-Auth-Token") in stale:
            return reply(conn, 401, b'{"error_code": "APIGW.0307", "error_msg": "token expired"}')
        return reply(conn, 200, DETAIL)

    return script, logins


def credentials(server: HostileServer, **kwargs: float) -> PasswordCredentials:
    return PasswordCredentials("user", SECRET, "domain", iam_endpoint=server.url + LOGIN, **kwargs)


def test_one_login_for_concurrent_threads() -> None:
    script, logins = iam()
    with HostileServer(script).running() as server:
        creds = credentials(server)
        with client_for(server, credentials=creds) as api:  # type: ignore[attr-defined]
            results: list[str] = []
            threads = [
                threading.Thread(target=lambda: results.append(api.cdm.clusters.show("c1").name))
                for _ in range(20)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(10)
    assert len(logins) == 1 and results == ["cdm-1"] * 20


def test_a_wrong_password_makes_one_login_for_many_callers_and_waits() -> None:
    script, logins = iam(refuse=True)
    with HostileServer(script).running() as server:
        creds = credentials(server, login_backoff=30.0)
        with client_for(server, credentials=creds) as api:  # type: ignore[attr-defined]
            errors: list[BaseException] = []

            def call() -> None:
                try:
                    api.cdm.clusters.show("c1")
                except dataarts.DataArtsError as exc:
                    errors.append(exc)

            threads = [threading.Thread(target=call) for _ in range(50)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(10)
            with pytest.raises(dataarts.Unauthorized):  # within the back-off: IAM not asked
                api.cdm.clusters.show("c1")
    assert len(logins) == 1
    assert len(errors) == 50 and all(isinstance(e, dataarts.Unauthorized) for e in errors)
    assert all(g.target.startswith(LOGIN) for g in server.got)  # no API call went out


def test_a_failed_login_is_tried_again_after_its_back_off() -> None:
    script, logins = iam(refuse=True, slow=0)
    with HostileServer(script).running() as server:
        creds = credentials(server, login_backoff=0.3)
        with client_for(server, credentials=creds) as api:  # type: ignore[attr-defined]
            for _ in range(3):
                with pytest.raises(dataarts.Unauthorized):
                    api.cdm.clusters.show("c1")
            time.sleep(0.35)
            with pytest.raises(dataarts.Unauthorized):
                api.cdm.clusters.show("c1")
    assert len(logins) == 2


def test_one_login_across_tasks_and_event_loops() -> None:
    script, logins = iam(refuse=True)
    with HostileServer(script).running() as server:
        creds = credentials(server, login_backoff=30.0)

        async def burst() -> list[BaseException | object]:
            async with client_for(server, asynchronous=True, credentials=creds) as api:  # type: ignore[attr-defined]
                return await asyncio.gather(
                    *(api.cdm.clusters.show("c1") for _ in range(40)), return_exceptions=True
                )

        first = asyncio.run(burst())
        second = asyncio.run(burst())  # another event loop, the same credentials
    assert len(logins) == 1
    for result in [*first, *second]:
        assert isinstance(result, dataarts.Unauthorized), result


def test_credentials_reused_in_a_second_event_loop() -> None:
    script, logins = iam()
    with HostileServer(script).running() as server:
        creds = credentials(server, refresh_margin=0.0)

        async def burst() -> list[object]:
            async with client_for(server, asynchronous=True, credentials=creds) as api:  # type: ignore[attr-defined]
                return await asyncio.gather(*(api.cdm.clusters.show("c1") for _ in range(20)))

        for _ in range(2):
            results = asyncio.run(burst())
            assert [r.name for r in results] == ["cdm-1"] * 20  # type: ignore[attr-defined]
    assert len(logins) == 1


def test_a_401_on_a_cached_token_logs_in_once_and_retries_once() -> None:
    stale = {"TOKEN-1"}
    script, logins = iam(stale=stale, slow=0)
    with HostileServer(script).running() as server:
        with client_for(server, credentials=credentials(server)) as api:  # type: ignore[attr-defined]
            assert api.cdm.clusters.show("c1").name == "cdm-1"
            calls = [g for g in server.got if not g.target.startswith(LOGIN)]
            assert [c.header("X-Auth-Token") for c in calls] == ["TOKEN-1", "TOKEN-2"]
            stale.add("TOKEN-2")
            stale.add("TOKEN-3")
            with pytest.raises(dataarts.Unauthorized):  # the new token refused too: no loop
                api.cdm.clusters.show("c1")
    assert len(logins) == 3
    calls = [g for g in server.got if not g.target.startswith(LOGIN)]
    assert len(calls) == 4


def test_iam_redirect_does_not_replay_the_password() -> None:
    with HostileServer(lambda g, c, n: reply(c, 200, b"{}")).running() as elsewhere:

        def script(got: Got, conn: socket.socket, n: int) -> bool:
            return reply(conn, 307, b"", {"Location": elsewhere.url + LOGIN})

        import httpx

        with HostileServer(script).running() as server:
            http = httpx.Client(follow_redirects=True)
            api = client_for(server, credentials=credentials(server), http_client=http)
            with api, pytest.raises(dataarts.Redirected):  # type: ignore[attr-defined]
                api.cdm.clusters.show("c1")  # type: ignore[attr-defined]
            http.close()
        assert elsewhere.got == []
