"""Secrets out of reach: reprs, messages, pickles, frame locals of raised errors, DEBUG logs of
the client, httpx and httpcore, pydantic errors."""

from __future__ import annotations

import copy
import logging
import pickle
import socket
import traceback
from typing import Any

import pytest
from hostile_server import (
    SECRET,
    SECURITY_TOKEN,
    TOKEN,
    Got,
    HostileServer,
    client_for,
    reply,
    reset,
)

import dataarts
from dataarts import AkSkCredentials, PasswordCredentials, TokenCredentials
from dataarts.models import cdm

IAM_TOKEN = "IAMTOKEN-from-iam-5555"
SK = "SKVALUE-12345"
SECRETS = (SECRET, TOKEN, SECURITY_TOKEN, IAM_TOKEN, SK)
LINK_BODY = {
    "links": [
        {
            "name": "l1",
            "connector-name": "generic-jdbc-connector",
            "link-config-values": {
                "configs": [
                    {
                        "name": "linkConfig",
                        "inputs": [{"name": "linkConfig.password", "value": SECRET}],
                    }
                ]
            },
        }
    ]
}


# A body given as a dict is the caller's own object, in the caller's frames already; a model
# body masks its secret fields in its repr, so frame locals holding it show the mask.


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def everything_about(error: BaseException) -> str:
    """What tools ship: message, repr, locals of every frame, the chained errors."""
    tb = traceback.TracebackException.from_exception(error, capture_locals=True)
    return "".join(tb.format()) + repr(error) + str(error)


def iam_and_api(got: Got, conn: socket.socket, n: int) -> bool:
    if got.target.startswith("/v3/auth/tokens"):
        return reply(conn, 201, b"{}", {"X-Subject-Token": IAM_TOKEN})
    return reply(conn, 500, b'{"error_code": "X", "error_msg": "boom"}')


def resets_after_iam(got: Got, conn: socket.socket, n: int) -> bool:
    if got.target.startswith("/v3/auth/tokens"):
        return reply(conn, 201, b"{}", {"X-Subject-Token": IAM_TOKEN})
    return reset(conn)


CREDENTIALS = {
    "token": lambda url: TokenCredentials(TOKEN),
    "aksk": lambda url: AkSkCredentials("AKID", SK, SECURITY_TOKEN),
    "password": lambda url: PasswordCredentials(
        "user", SECRET, "domain", iam_endpoint=url + "/v3/auth/tokens"
    ),
}


@pytest.mark.parametrize("kind", sorted(CREDENTIALS))
@pytest.mark.parametrize("script", [iam_and_api, resets_after_iam], ids=["500", "reset"])
def test_no_secret_in_raised_errors_their_locals_pickles_or_logs(
    kind: str, script: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "dataarts"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    with HostileServer(script).running() as server:
        credentials = CREDENTIALS[kind](server.url)
        with client_for(server, credentials=credentials, max_retries=0) as api:  # type: ignore[attr-defined]
            body = cdm.LinkCreateAndUpdateRequest.model_validate(LINK_BODY)
            with pytest.raises(dataarts.DataArtsError) as info:
                api.cdm.links.create("c1", body)
        error = info.value
        assert leaks(everything_about(error)) == []
        assert SECRET.encode() in server.got[-1].body  # the body did carry the secret
        assert leaks(repr(pickle.loads(pickle.dumps(error))).__str__()) == []
        assert not any(s.encode() in pickle.dumps(error) for s in SECRETS)
        clone = copy.deepcopy(error)
        assert str(clone) == str(error) and type(clone) is type(error)
        assert (
            leaks(caplog.text) == [] and leaks(" ".join(str(r.args) for r in caplog.records)) == []
        )
        assert leaks(repr(credentials)) == [] and leaks(repr(api)) == []
    if kind == "password":
        assert any("X-Subject-Token" in r.getMessage() for r in caplog.records)


def test_a_failed_login_keeps_the_password_out_of_its_locals() -> None:
    def iam_refuses(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(conn, 401, b'{"error": {"message": "bad password"}}')

    with HostileServer(iam_refuses).running() as server:
        credentials = PasswordCredentials(
            "user", SECRET, "domain", iam_endpoint=server.url + "/v3/auth/tokens"
        )
        with client_for(server, credentials=credentials) as api:  # type: ignore[attr-defined]
            with pytest.raises(dataarts.Unauthorized) as info:
                api.cdm.clusters.show("c1")
        assert SECRET.encode() in server.got[0].body
        assert leaks(everything_about(info.value)) == []


def test_an_api_error_copies_and_pickles() -> None:
    def refuses(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(
            conn,
            409,
            b'{"error_code": "Cdm.0001", "error_msg": "conflict"}',
            {"X-Request-Id": "r-1"},
        )

    with HostileServer(refuses).running() as server:
        with client_for(server) as api, pytest.raises(dataarts.Conflict) as info:  # type: ignore[attr-defined]
            api.cdm.clusters.show("c1")
    error = info.value
    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(clone) is dataarts.Conflict
        assert (clone.status_code, clone.error_code, clone.error_msg, str(clone)) == (
            409,
            "Cdm.0001",
            "conflict",
            str(error),
        )
    assert TOKEN not in str(error.response.request.headers)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "make",
    [
        lambda: TokenCredentials(TOKEN + "\n"),
        lambda: TokenCredentials(TOKEN + "\r\nX-Evil: 1"),
        lambda: TokenCredentials(TOKEN + "é"),
        lambda: AkSkCredentials("AKID", SK.encode()),  # type: ignore[arg-type]
        lambda: AkSkCredentials("AKID", SK, SECURITY_TOKEN + "\n"),
        lambda: PasswordCredentials("user", SECRET + "\n", "domain"),
        lambda: PasswordCredentials("user", 12345, "domain"),  # type: ignore[arg-type]
    ],
)
def test_credentials_are_checked_when_made_without_quoting_them(make: Any) -> None:
    with pytest.raises(dataarts.ConfigurationError) as info:
        make()
    assert leaks(everything_about(info.value)) == [] and "12345" not in str(info.value)


def test_a_project_id_with_a_line_break_is_refused_when_the_client_is_made() -> None:
    with pytest.raises(dataarts.ConfigurationError, match="project_id"):
        dataarts.DataArts(
            region="cn-north-4",
            project_id="p\r\nX-Evil: 1",
            credentials=AkSkCredentials("AKID", SK),
        )


def test_a_model_error_does_not_echo_a_password() -> None:
    from pydantic import ValidationError

    from dataarts.models import cdm, dlf

    with pytest.raises(ValidationError) as info:
        cdm.LinkInput(name=["linkConfig.password"], value=SECRET)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info2:
        dlf.ConnectionConfigDws.model_validate({"userName": 5, "password": SECRET})
    for error in (info.value, info2.value):
        assert leaks(str(error)) == [] and leaks(repr(error.errors())) == []
        assert leaks(error.json()) == []
