"""Careless callers and files: arguments refused before anything is sent, with the argument
named; escape hatches; Download.save never writes through a planted link or clobbers a file."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from hostile_server import DETAIL, Got, HostileServer, client_for, ok, reply

import dataarts
from dataarts import RequestOptions
from dataarts.models import cdm, dlf


@pytest.fixture
def server() -> Any:
    with HostileServer(ok()).running() as s:
        yield s


REFUSED = {
    "object as path": (lambda api: api.cdm.clusters.show(object()), "cluster_id"),
    "str for an int": (lambda api: api.dlf.jobs.list(limit="ten"), "limit"),
    "bool for an int": (lambda api: api.dlf.jobs.list(limit=True), "limit"),
    "enum value not listed": (lambda api: api.dlf.jobs.list(job_type="NOPE"), "job_type"),
    "100 KB path": (lambda api: api.cdm.clusters.show("x" * 100_000), "cluster_id"),
    "lone surrogate": (lambda api: api.cdm.clusters.show("a\ud800b"), "cluster_id"),
    "non-ASCII header": (
        lambda api: api.cdm.clusters.show("c1", options=RequestOptions(headers={"X-A": "é"})),
        "X-A",
    ),
    "required body None": (lambda api: api.cdm.links.create("c1", None), "body"),
    "wrong model class": (
        lambda api: api.cdm.links.create("c1", cdm.LinkInput(name="a", value="b")),
        "LinkCreateAndUpdateRequest",
    ),
    "constructed model": (
        lambda api: api.dlf.connections.create(
            body=dlf.Connection.model_construct(name=5, type="DWS")
        ),
        "body",
    ),
    "extra body on a list body": (
        lambda api: api.cdm.clusters.show(
            "c1", options=RequestOptions(extra_query={"a": object()})
        ),
        "a",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_before_sending(server: HostileServer, case: str) -> None:
    call, named = REFUSED[case]
    with client_for(server) as api:  # type: ignore[attr-defined]
        with pytest.raises(dataarts.InvalidRequestError) as info:
            call(api)
    assert named in str(info.value)
    assert server.got == []


def test_good_arguments_still_pass() -> None:
    with HostileServer(ok(b'{"total": 0, "jobs": []}')).running() as server:
        with client_for(server) as api:  # type: ignore[attr-defined]
            assert api.dlf.jobs.list(limit=10, job_type="BATCH").total == 0
    assert "limit=10" in server.got[0].target and "jobType=BATCH" in server.got[0].target


def test_extra_query_headers_and_body_are_sent() -> None:
    options = RequestOptions(
        extra_query={"undocumented": "1"},
        extra_headers={"X-Extra": "yes"},
        extra_body={"extraField": {"a": 1}},
    )
    with HostileServer(ok(b'{"instanceId": "i1"}')).running() as server:
        with client_for(server) as api:  # type: ignore[attr-defined]
            api.dlf.scripts.execute("s1", body={"params": {"p": "v"}}, options=options)
    got = server.got[0]
    assert "undocumented=1" in got.target
    assert got.header("X-Extra") == "yes"
    assert json.loads(got.body) == {"params": {"p": "v"}, "extraField": {"a": 1}}


def test_proxy_environment_is_honoured_and_can_be_ignored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def proxy(got: Got, conn: socket.socket, n: int) -> bool:
        return reply(conn, 200, DETAIL)

    with HostileServer(proxy).running() as proxy_server:
        monkeypatch.setenv("HTTP_PROXY", proxy_server.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        api = dataarts.DataArts(
            endpoints={"cdm": "http://cdm.invalid"},
            project_id="p",
            credentials=dataarts.TokenCredentials("t"),
        )
        with api:
            assert api.cdm.clusters.show("c1").name == "cdm-1"
        assert proxy_server.got[0].target.startswith("http://cdm.invalid/")
        api = dataarts.DataArts(
            endpoints={"cdm": "http://cdm.invalid"},
            project_id="p",
            credentials=dataarts.TokenCredentials("t"),
            trust_env=False,
            max_retries=0,
        )
        with api, pytest.raises(dataarts.TransportError):
            api.cdm.clusters.show("c1")
        assert len(proxy_server.got) == 1


def export_server(body: bytes, *, truncate: bool = False) -> HostileServer:
    def script(got: Got, conn: socket.socket, n: int) -> bool:
        length = len(body) + (1000 if truncate else 0)
        conn.sendall(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: {length}\r\n\r\n".encode()
            + body
        )
        return not truncate

    return HostileServer(script)


def test_save_never_writes_through_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "export.zip"
    (tmp_path / "export.zip.part").symlink_to(victim)
    with export_server(b"PK-new-content").running() as server:
        with client_for(server) as api:  # type: ignore[attr-defined]
            assert api.dlf.connections.export().save(target) == len(b"PK-new-content")
    assert victim.read_text() == "precious"
    assert target.read_bytes() == b"PK-new-content"
    assert os.readlink(tmp_path / "export.zip.part") == str(victim)
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["export.zip", "export.zip.part", "victim.txt"]


def test_save_keeps_the_target_until_the_download_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "export.zip"
    target.write_bytes(b"old")
    (tmp_path / "export.zip.part").write_bytes(b"a user's file")
    with export_server(b"partial", truncate=True).running() as server:
        with client_for(server, max_retries=0) as api:  # type: ignore[attr-defined]
            with pytest.raises(dataarts.TransportError):
                api.dlf.connections.export().save(target)
    assert target.read_bytes() == b"old"
    assert (tmp_path / "export.zip.part").read_bytes() == b"a user's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.zip", "export.zip.part"]
