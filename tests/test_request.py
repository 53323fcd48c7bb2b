"""Arguments to bytes and bytes back, as a server and a user see them: path segments, query
values, headers and bodies on the wire; what is refused before sending (and why, in words);
responses parsed, refused or, with `lenient`, kept as they came.

Over an httpx.MockTransport (tests/mockwire.py): fast, for mutation testing of _request.py.
"""

from __future__ import annotations

import enum
import gc
import json
from collections.abc import Iterator
from typing import Any

import pytest

from mockwire import CDM, DLF, Wire, rebind, reply

from dataarts import (
    ConfigurationError,
    DataArts,
    InvalidRequestError,
    RequestOptions,
    ResponseValidationError,
    TokenCredentials,
)
from dataarts.models import cdm, dlf

DETAIL = {"id": "c1", "name": "cdm-1", "status": "200"}
SCRIPT = {"name": "s", "type": "Shell", "content": "echo 1"}


@pytest.fixture(autouse=True)
def _current_package() -> None:
    rebind(globals())  # another test may have imported the package again (tests/mockwire.py)


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def api(wire: Wire) -> Iterator[DataArts]:
    with wire.client(workspace="w", max_retries=0) as client:
        yield client


def refused(wire: Wire, match: str) -> Any:
    """pytest.raises for an InvalidRequestError whose message matches, nothing sent."""
    assert not wire.sent
    return pytest.raises(InvalidRequestError, match=match)


# ---- path segments


class Colour(enum.Enum):
    RED = "re d"
    DOT = "."


class Name(str):
    pass


@pytest.mark.parametrize(
    "value,segment",
    [
        ("c1", "c1"),
        ("a b/c?d#e", "a%20b%2Fc%3Fd%23e"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("...", "..."),
        ("数据", "%E6%95%B0%E6%8D%AE"),
        ("é.", "%C3%A9."),
        ("x" * 4096, "x" * 4096),
        (7, "7"),
        (0, "0"),
        (1.5, "1.5"),
        (True, "true"),
        (False, "false"),
        (Colour.RED, "re%20d"),
        (Colour.DOT, "%2E"),
        (Name("."), "%2E"),
        (Name(".."), "%2E%2E"),
        (Name("a/b"), "a%2Fb"),
    ],
)
def test_path_values_are_one_segment(api: DataArts, wire: Wire, value: Any, segment: str) -> None:
    api.dlf.scripts.delete(value)
    assert wire.last.url.raw_path.decode() == f"/v1/p/scripts/{segment}"


@pytest.mark.parametrize(
    "value,match",
    [
        ("", "DeleteScript: path parameter script_name is empty"),
        (None, "DeleteScript: path parameter script_name is empty"),
        (Name(""), "DeleteScript: path parameter script_name is empty"),
        ("x" * 4097, "DeleteScript: script_name is longer than 4096 characters"),
        ("数" * 4097, "DeleteScript: script_name is longer than 4096 characters"),
        ("a\ud800", r"DeleteScript: script_name is not valid text \(a lone surrogate\)"),
        (float("nan"), "DeleteScript: script_name must be a finite number"),
        (float("inf"), "DeleteScript: script_name must be a finite number"),
        (b"x", "DeleteScript: script_name must be a str or a number, not bytes"),
        (object(), "DeleteScript: script_name must be a str or a number, not object"),
    ],
)
def test_bad_path_values_are_refused(api: DataArts, wire: Wire, value: Any, match: str) -> None:
    with refused(wire, match):
        api.dlf.scripts.delete(value)
    assert not wire.sent


@pytest.mark.parametrize("value,segment", [(7, "7"), ("7", "7"), (0, "0")])
def test_a_typed_path_value(api: DataArts, wire: Wire, value: Any, segment: str) -> None:
    api.dlf.job_instances.restart("job", value)
    assert wire.last.url.path == f"/v1/p/jobs/job/instances/{segment}/restart"


@pytest.mark.parametrize(
    "value,match",
    [
        (True, r"argument instance_id \(bool\) does not match its type: a bool is not a number"),
        ("x", r"RestoreJobInstance: argument instance_id \(str\) does not match its type: \w"),
        (1.5, r"argument instance_id \(float\) does not match its type"),
    ],
)
def test_a_typed_path_value_of_another_type(
    api: DataArts, wire: Wire, value: Any, match: str
) -> None:
    with refused(wire, match):
        api.dlf.job_instances.restart("job", value)
    assert not wire.sent


# ---- query


def test_query_values_in_order_none_left_out(api: DataArts, wire: Wire) -> None:
    wire.replies = [reply(200, {"total": 0, "instances": []})] * 3
    api.dlf.job_instances.list(
        job_name="j 1",
        min_plan_time=0,
        limit=1,
        offset=0,
        status="running",
        instance_type=0,
        precise_query=False,
    )
    assert wire.query() == [
        ("jobName", "j 1"),
        ("minPlanTime", "0"),
        ("limit", "1"),
        ("offset", "0"),
        ("status", "running"),
        ("instanceType", "0"),
        ("preciseQuery", "false"),
    ]
    api.dlf.job_instances.list(max_plan_time="12", limit=1000, precise_query=True)
    assert wire.query() == [("maxPlanTime", "12"), ("limit", "1000"), ("preciseQuery", "true")]
    api.dlf.job_instances.list()
    assert wire.query() == [] and wire.last.url.query == b""


@pytest.mark.parametrize(
    "kwargs,match",
    [
        ({"limit": 0}, r"ListJobInstances: argument limit \(int\) does not match its type: \w"),
        ({"limit": 1001}, r"argument limit \(int\)"),
        ({"limit": True}, r"argument limit \(bool\) does not match its type: a bool is not"),
        ({"min_plan_time": False}, r"argument min_plan_time \(bool\).*a bool is not a number"),
        ({"min_plan_time": "soon"}, r"argument min_plan_time \(str\)"),
        ({"status": "bogus"}, r"argument status \(str\)"),
        ({"instance_type": 1}, r"argument instance_type \(int\)"),
        ({"job_name": "x" * 4097}, "ListJobInstances: jobName is longer than 4096 characters"),
        ({"job_name": "\udc00"}, r"jobName is not valid text \(a lone surrogate\)"),
        ({"job_name": object()}, "jobName must be a str or a number, not object"),
    ],
)
def test_bad_query_values_are_refused(
    api: DataArts, wire: Wire, kwargs: dict[str, Any], match: str
) -> None:
    with refused(wire, match):
        api.dlf.job_instances.list(**kwargs)
    assert not wire.sent


def test_query_text_lists_and_extra_query(api: DataArts, wire: Wire) -> None:
    wire.replies = [reply(200, {"total": 0, "instances": []})] * 3
    api.dlf.job_instances.list(job_name="数据 x" + "y" * 4092)  # 4096 characters
    assert wire.query() == [("jobName", "数据 x" + "y" * 4092)]
    api.dlf.job_instances.list(job_name=["a", "b"])  # type: ignore[arg-type]
    assert wire.query() == [("jobName", "a"), ("jobName", "b")]
    extra = RequestOptions(extra_query={"debug": 1, "skip": None, "tags": ("x", True)})
    api.dlf.job_instances.list(limit=5, options=extra)
    assert wire.query() == [("limit", "5"), ("debug", "1"), ("tags", "x"), ("tags", "true")]


# ---- headers


def test_content_type_on_every_call(api: DataArts, wire: Wire) -> None:
    api.dlf.scripts.delete("s")
    api.dlf.scripts.create(body=SCRIPT)
    api.dlf.scripts.list()  # a GET without a body too, as the vendor's SDK sends
    assert [r.headers["Content-Type"] for r in wire.sent] == ["application/json"] * 3
    assert wire.sent[0].content == b"" and "Content-Length" not in wire.sent[0].headers


@pytest.mark.parametrize("where", ["headers", "extra_headers"], ids=["headers", "extra_headers"])
def test_header_options_reach_the_wire(api: DataArts, wire: Wire, where: str) -> None:
    token_chars = "!#$%&'*+-.^_`|~09azAZ"
    headers = {
        token_chars: "v",
        "X-Int": 5,
        "X-Bool": False,
        "X-Float": 2.5,
        "X-Tab": "a\tb ~",
        "X-None": None,
        "X-List": ["a", "b"],
    }
    api.dlf.scripts.delete("s", options=RequestOptions(**{where: headers}))
    sent = wire.last.headers
    assert sent[token_chars] == "v" and sent["X-Int"] == "5" and sent["X-Bool"] == "false"
    assert sent["X-Float"] == "2.5" and sent["X-Tab"] == "a\tb ~" and "X-None" not in sent
    assert sent["X-List"] == "a,b" and sent["workspace"] == "w"


def test_both_header_options_together(api: DataArts, wire: Wire) -> None:
    options = RequestOptions(headers={"X-A": "1"}, extra_headers={"X-B": "2"})
    api.dlf.scripts.delete("s", options=options)
    assert wire.last.headers["X-A"] == "1" and wire.last.headers["X-B"] == "2"


@pytest.mark.parametrize("name", ["", "a b", "a:b", "a\x7f", "é", "a\nb", 5, None], ids=repr)
def test_bad_header_names_are_refused(api: DataArts, wire: Wire, name: Any) -> None:
    with refused(wire, r"DeleteScript: a header name must be a token \(ASCII, no ':'\)"):
        api.dlf.scripts.delete("s", options=RequestOptions(headers={name: "v"}))
    assert not wire.sent


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "\x1f", "\x7f", "é", "a\x00"], ids=repr)
def test_bad_header_values_are_refused(api: DataArts, wire: Wire, value: str) -> None:
    match = "DeleteScript: header X-V contains a line break, a control or a non-ASCII character"
    with refused(wire, match):
        api.dlf.scripts.delete("s", options=RequestOptions(extra_headers={"X-V": value}))
    assert not wire.sent


def test_a_header_value_of_another_type_is_refused(api: DataArts, wire: Wire) -> None:
    with refused(wire, "DeleteScript: header X-V must be a str or a number, not object"):
        api.dlf.scripts.delete("s", options=RequestOptions(headers={"X-V": object()}))
    assert not wire.sent


# ---- bodies


def test_body_dict_and_model_sent_as_their_set_fields(api: DataArts, wire: Wire) -> None:
    api.dlf.scripts.create(body=SCRIPT)
    api.dlf.scripts.create(body=dlf.ScriptCreate(name="s", type_="Shell", content="echo 1"))
    api.dlf.scripts.create(body={**SCRIPT, "description": None})
    assert wire.body(0) == SCRIPT and wire.body(1) == SCRIPT
    assert wire.body(2) == {**SCRIPT, "description": None}


def test_a_required_body_missing_is_refused(api: DataArts, wire: Wire) -> None:
    with refused(wire, r"CreateScript: body is required \(got None\)"):
        api.dlf.scripts.create(body=None)  # type: ignore[arg-type]
    assert not wire.sent


def test_an_optional_body_left_out_sends_none(api: DataArts, wire: Wire) -> None:
    wire.replies = [reply(200, {"instance_id": "i"})]
    api.dlf.scripts.execute("s")
    assert wire.last.content == b"" and wire.last.method == "POST"


def test_extra_body_alone_and_merged(api: DataArts, wire: Wire) -> None:
    wire.replies = [reply(200, {"instance_id": "i"})]
    api.dlf.scripts.execute("s", options=RequestOptions(extra_body={"hidden": [1]}))
    api.dlf.scripts.create(body=SCRIPT, options=RequestOptions(extra_body={"name": "t", "k": 2}))
    assert wire.body(0) == {"hidden": [1]}
    assert wire.body(1) == {**SCRIPT, "name": "t", "k": 2}


LONG = type("Unserialisable" * 10, (), {})


@pytest.mark.parametrize(
    "extra,match",
    [
        ({"x": float("nan")}, "Out of range float values are not JSON compliant(: nan)?$"),
        ({"x": object()}, "Object of type object is not JSON serializable$"),
        ({"x": LONG()}, f"Object of type {LONG.__name__[:85]}$"),  # cut at 100 characters
    ],
)
def test_a_body_that_is_not_json_is_refused(
    api: DataArts, wire: Wire, extra: dict[str, Any], match: str
) -> None:
    options = RequestOptions(extra_body=extra)
    with refused(wire, f"^CreateScript: the body is not JSON: {match}"):
        api.dlf.scripts.create(body=SCRIPT, options=options)
    assert not wire.sent


@pytest.mark.parametrize(
    "body,match",
    [
        (
            {**SCRIPT, "name": "n" * 129},
            r"^CreateScript: invalid request body: name: String should have at most 128 \w+$",
        ),
        ({"type": "Shell"}, r"body: name: Field required; content: Field required$"),
        (5, r"invalid request body: body: Input should be a valid dictionary"),
        ([SCRIPT], r"invalid request body: body: Input should be"),
        (
            lambda: dlf.ScriptCreate.model_construct(name="n" * 129, type_="Shell", content="c"),
            "invalid request body: name: String should have at most 128 characters$",
        ),
        (
            lambda: dlf.ScriptUpdate(name="s", type_="Shell", content="c"),
            "CreateScript: body must be a ScriptCreate or a dict, not a ScriptUpdate",
        ),
    ],
    ids=["too-long", "missing", "int", "list", "constructed", "other-model"],
)
def test_bad_bodies_are_refused_with_what_is_wrong(
    api: DataArts, wire: Wire, body: Any, match: str
) -> None:
    with refused(wire, match):
        api.dlf.scripts.create(body=body() if callable(body) else body)
    assert not wire.sent


def test_many_body_errors_are_summed_up(api: DataArts, wire: Wire) -> None:
    fields = dlf.ScriptCreate.model_fields
    body = {(f.serialization_alias or f.alias or n): [[object()]] for n, f in fields.items()}
    count = 0
    try:
        dlf.ScriptCreate.model_validate(body)
    except Exception as exc:  # pydantic's own count, the client's summary names the first 8
        count = exc.error_count()  # type: ignore[attr-defined]
    assert count > 9
    with refused(wire, r"CreateScript: invalid request body: ") as info:
        api.dlf.scripts.create(body=body)
    message = str(info.value)
    assert message.endswith(f" (and {count - 8} more)") and message.count("; ") == 7
    assert "object" not in message  # the values are not shown


@pytest.mark.parametrize("count", [8, 9, 20])
def test_errors_past_the_eighth_are_counted(api: DataArts, wire: Wire, count: int) -> None:
    body = {**SCRIPT, "approvers": [5] * count}  # one error per item
    with refused(wire, r"CreateScript: invalid request body: approvers\.0: ") as info:
        api.dlf.scripts.create(body=body)
    message = str(info.value)
    assert message.count("; ") == 7 and message.count("approvers.") == 8
    assert message.endswith(
        "or instance of ScriptApprover" if count == 8 else f"(and {count - 8} more)"
    )


def test_no_credentials_is_named_and_nothing_is_sent(wire: Wire) -> None:
    with wire.client(credentials=None) as api:
        with pytest.raises(ConfigurationError, match=r"no credentials: pass DataArts\(credent"):
            api.dlf.scripts.delete("s")
    assert not wire.sent


def test_the_base_path_comes_before_the_operation_path(wire: Wire) -> None:
    with wire.client(endpoints={"dlf": DLF + "/gw/"}) as api:
        api.dlf.scripts.delete("a/b")
    assert wire.last.url.raw_path == b"/gw/v1/p/scripts/a%2Fb"


# ---- responses


def test_a_response_parsed_into_its_model(api: DataArts, wire: Wire) -> None:
    wire.replies = [reply(200, {**DETAIL, "vpc_id": "v", "unknown_field": [1]})]
    shown = api.cdm.clusters.show("c1")
    assert isinstance(shown, cdm.ClusterDetail)
    assert (shown.id_, shown.name, shown.vpc_id) == ("c1", "cdm-1", "v")
    assert shown.model_extra == {"unknown_field": [1]} and shown.not_validated() == ()
    same = cdm.ClusterDetail.model_validate({**DETAIL, "vpc_id": "v", "unknown_field": [1]})
    assert shown == same  # nothing recorded on it: equal to the model made from the same data


def test_no_response_type_gives_none(api: DataArts, wire: Wire) -> None:
    wire.replies = [reply(200, DETAIL), reply(204)]
    assert api.dlf.scripts.create(body=SCRIPT) is None
    assert api.dlf.scripts.create(body=SCRIPT) is None


def test_a_value_outside_its_constraint_is_kept_and_reported(api: DataArts, wire: Wire) -> None:
    wire.replies = [reply(200, {**DETAIL, "status": "999"})]
    shown = api.cdm.clusters.show("c1")
    assert shown.status == "999" and len(shown.not_validated()) == 1
    assert shown.not_validated()[0].startswith("status: ") and "999" not in shown.not_validated()[0]


@pytest.mark.parametrize(
    "content,match",
    [
        (b"", "ShowClusterDetail: .*the body is empty"),
        (b"{not json", "ShowClusterDetail: .*the body is not valid JSON"),
        (b'{"id": 5}', r"ShowClusterDetail: .*id: Input should be a valid string"),
        (b"[1, 2]", r"ShowClusterDetail: .*Input should be an object"),
    ],
)
def test_bad_responses_are_refused_in_words(
    api: DataArts, wire: Wire, content: bytes, match: str
) -> None:
    wire.replies = [reply(200, content)]
    with pytest.raises(ResponseValidationError, match=match):
        api.cdm.clusters.show("c1")


def test_lenient_keeps_what_does_not_parse(wire: Wire) -> None:
    wire.replies = [
        reply(200, {**DETAIL, "is_auto_off": {"x": 1}, "status": "999"}),
        reply(200, [1, 2]),
        reply(200, {"total": "many", "scripts": [{"name": 5}]}),
        reply(200, b""),
        reply(200, {**DETAIL, "instances": [{"flavor": 5}]}),
    ]
    with wire.client(lenient=True) as api:
        shown = api.cdm.clusters.show("c1")
        assert isinstance(shown, cdm.ClusterDetail) and shown.name == "cdm-1"
        assert shown.is_auto_off is None and shown.model_extra == {"is_auto_off": {"x": 1}}
        assert shown.status == "999"
        notes = shown.not_validated()  # each once, without the values
        assert [n.split(":")[0] for n in notes] == ["is_auto_off", "status"]
        assert not any("999" in n or "'x'" in n for n in notes)
        assert api.cdm.clusters.show("c1") == [1, 2]  # type: ignore[comparison-overlap]
        listed = api.dlf.scripts.list()
        assert isinstance(listed, dlf.ScriptList)
        assert listed.total == "many" and listed.scripts == [{"name": 5}]
        with pytest.raises(ResponseValidationError, match="the body is empty"):
            api.cdm.clusters.show("c1")
        nested = api.cdm.clusters.show("c1")  # a field that does not parse deep down: kept whole
        assert nested.name == "cdm-1" and nested.instances is None
        assert nested.model_extra == {"instances": [{"flavor": 5}]}
        assert [n.split(":")[0] for n in nested.not_validated()] == ["instances.0.flavor"]


def test_a_large_response_leaves_the_garbage_collector_as_it_was(wire: Wire) -> None:
    scripts = [{"name": f"s{i}", "type": "Shell", "content": "x" * 100} for i in range(1000)]
    big = {"total": len(scripts), "scripts": scripts}
    assert len(json.dumps(big)) > 64 * 1024
    small = {"total": 0, "scripts": []}
    wire.replies = [reply(200, small), reply(200, big), reply(200, big), reply(200, small)]
    with wire.client() as api:
        assert gc.isenabled()
        assert api.dlf.scripts.list().total == 0
        assert gc.isenabled()
        assert [s.name for s in api.dlf.scripts.list().scripts] == [s["name"] for s in scripts]
        assert gc.isenabled()
        gc.disable()
        try:
            assert len(api.dlf.scripts.list().scripts) == 1000
            assert not gc.isenabled()
            assert api.dlf.scripts.list().total == 0
            assert not gc.isenabled()
        finally:
            gc.enable()
