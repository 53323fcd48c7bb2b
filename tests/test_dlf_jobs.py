"""DLF job definitions round-trip through the models; exports stream without being held whole."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from conftest import SPEC
from generator.load import load
from generator.validate import operations
from loopback import Loopback, Reply

from dataarts import DataArts, TokenCredentials
from dataarts.models import dlf

DOC = load(SPEC).doc
OPS = {op["operationId"]: op for _, _, _, op in operations(DOC)}


def examples(op_id: str, where: str) -> list[tuple[str, Any]]:
    op = OPS[op_id]
    if where == "request":
        content = op["requestBody"]["content"]
    else:
        content = op["responses"]["200"]["content"]
    media = next(iter(content.values()))
    return [
        (f"{op_id}-{name}", ex["value"]) for name, ex in media["examples"].items() if "value" in ex
    ]


JOB_EXAMPLES = examples("CreateDlfJob", "request") + examples("UpdateDlfJob", "request")
SHOWN = examples("ShowDlfJob", "response")


@pytest.mark.parametrize("name,example", JOB_EXAMPLES, ids=[n for n, _ in JOB_EXAMPLES])
def test_job_examples_round_trip(name: str, example: dict[str, Any]) -> None:
    job = dlf.DlfJob.model_validate(example)
    assert job.to_wire() == example
    node_types = {type(n).__name__ for n in job.nodes or []}
    assert node_types and not node_types & {"dict", "DlfJobNodeBase"}, node_types


@pytest.mark.parametrize("name,example", SHOWN, ids=[n for n, _ in SHOWN])
def test_shown_job_examples_round_trip(name: str, example: dict[str, Any]) -> None:
    schema = OPS["ShowDlfJob"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    model = getattr(dlf, schema.rsplit("/", 1)[1])
    parsed = TypeAdapter(model).validate_python(example)
    assert (
        TypeAdapter(model).dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)
        == example
    )


def test_node_type_decides_the_properties_shape() -> None:
    example = JOB_EXAMPLES[0][1]
    job = dlf.DlfJob.model_validate(example)
    for raw, node in zip(example["nodes"], job.nodes or []):
        assert type(node).__name__ == f"Dlf{raw['type'].replace(' ', '')}Node"


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def test_export_streams_to_a_file(server: Loopback, tmp_path: Path) -> None:
    payload = bytes(range(256)) * (64 * 1024)  # 16 MiB
    server.replies = [Reply(200, payload, "application/octet-stream")]
    with DataArts(
        endpoints={"dlf": server.url}, project_id="p", credentials=TokenCredentials("t")
    ) as api:
        download = api.dlf.jobs.export("job1")
        assert server.received == []  # nothing is sent before the body is asked for
        tracemalloc.start()
        written = download.save(tmp_path / "job1.zip")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert written == len(payload)
    assert (tmp_path / "job1.zip").read_bytes() == payload
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes: the export was held in memory"
    assert server.received[0].path == "/v1/p/jobs/job1/export"


def test_export_iterates_in_chunks(server: Loopback) -> None:
    payload = b"PK" + b"x" * 300_000
    server.replies = [Reply(200, payload, "application/octet-stream")]
    with DataArts(
        endpoints={"dlf": server.url}, project_id="p", credentials=TokenCredentials("t")
    ) as api:
        chunks = list(api.dlf.connections.export().iter_bytes(chunk_size=65536))
    assert b"".join(chunks) == payload
    assert len(chunks) >= 4
