"""x-aliases and x-vendor-sdk: other spellings of a property are read, the chosen one is written,
the caller can still send another one; vendor-only fields are marked in the generated docs."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import edit, run_cli
from loopback import Loopback, Reply

from dataarts import DataArts, TokenCredentials
from dataarts.models import cdm, dlf

ODD = 'a"b\'c\\"""{{x}}'  # hostile text as an alias: must stay a string literal


def drop_dataarts() -> None:
    for name in [m for m in sys.modules if m == "dataarts" or m.startswith("dataarts.")]:
        del sys.modules[name]


@pytest.fixture
def thing_model(mini: Path, tmp_path: Path) -> Iterator[Any]:
    """The mini spec's Thing, generated with sizeInBytes read also as sizeinbytes and ODD."""
    edit(
        mini.parent / "svc" / "schemas" / "things.yaml",
        "    size: {type: integer}\n",
        "    sizeInBytes:\n"
        "      type: integer\n"
        f"      x-aliases: [sizeinbytes, {json.dumps(ODD)}]\n"
        "      x-vendor-sdk: somevendorsdk\n"
        "      x-doc-notes: ['9.1: spelled three ways; the vendor SDK has it.']\n"
        "    size: {type: integer}\n",
    )
    out = tmp_path / "out"
    result = run_cli("--spec", str(mini), "generate", "--out", str(out))
    assert result.returncode == 0, result.stderr
    saved = {k: v for k, v in sys.modules.items() if k == "dataarts" or k.startswith("dataarts.")}
    drop_dataarts()
    sys.path.insert(0, str(out / "python"))
    try:
        module = importlib.import_module("dataarts.models.svc.things")
        source = (out / "python" / "dataarts" / "models" / "svc" / "things.py").read_text(
            encoding="utf-8"
        )
        yield module.Thing, source
    finally:
        sys.path.remove(str(out / "python"))
        drop_dataarts()
        sys.modules.update(saved)


def test_every_spelling_parses_into_one_field(thing_model: Any) -> None:
    thing, _ = thing_model
    for spelling in ("sizeInBytes", "sizeinbytes", ODD):
        parsed = thing.model_validate({"id": "t", spelling: 5})
        assert parsed.size_in_bytes == 5
        assert parsed.model_extra == {}
        assert parsed.to_wire() == {"id": "t", "sizeInBytes": 5}
    assert thing(id="t", size_in_bytes=6).to_wire() == {"id": "t", "sizeInBytes": 6}


def test_the_caller_can_still_send_another_spelling(thing_model: Any) -> None:
    thing, _ = thing_model
    forced = thing(id="t")
    setattr(forced, "sizeinbytes", 7)  # an extra field: sent as it is
    assert forced.size_in_bytes is None
    assert forced.to_wire() == {"id": "t", "sizeinbytes": 7}
    both = thing.model_validate({"id": "t", "sizeinbytes": 1, "sizeInBytes": 2})
    assert both.size_in_bytes == 2  # the chosen spelling wins; the other is kept, not lost
    assert both.to_wire() == {"id": "t", "sizeInBytes": 2, "sizeinbytes": 1}


def test_aliases_and_vendor_marks_reach_the_docstring(thing_model: Any) -> None:
    _, source = thing_model
    assert "Also read as: sizeinbytes," in source
    assert "Not in the reference: from the vendor SDK (somevendorsdk)." in source
    compile(source, "svc.py", "exec")


def test_spec_spellings_are_read_from_responses() -> None:
    node = cdm.ClusterDetailInstance.model_validate({"publicip": "1.2.3.4", "paramsGroupid": "g"})
    assert (node.public_ip, node.params_group_id) == ("1.2.3.4", "g")
    status = dlf.DlfRealtimeNodeStatus.model_validate(
        {"name": "n", "LastInstanceStatus": "waiting"}
    )
    assert status.last_instance_status == "waiting"
    assert status.to_wire() == {"name": "n", "lastInstanceStatus": "waiting"}


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback().running() as loop:
        yield loop


def sent_body(server: Loopback, body: Any) -> Any:
    server.replies = [Reply(204, None, "")]
    server.received.clear()
    with DataArts(
        endpoints={"dlf": server.url}, project_id="p", credentials=TokenCredentials("t")
    ) as api:
        api.dlf.jobs.start("job1", body=body)
    return json.loads(server.received[0].body)


def test_requests_send_the_chosen_spelling_unless_forced(server: Loopback) -> None:
    # The reference's own example spelling (paramType) is accepted and sent as the vendor's.
    table = {"jobParams": [{"name": "a", "value": "1", "paramType": "constants"}]}
    assert sent_body(server, table) == {
        "jobParams": [{"name": "a", "value": "1", "type": "constants"}]
    }
    param = dlf.DlfStartJobParam(name="a", value="1")
    setattr(param, "paramType", "constants")
    forced = dlf.DlfStartJobRequest(job_params=[param])
    assert sent_body(server, forced) == {
        "jobParams": [{"name": "a", "value": "1", "paramType": "constants"}]
    }
