"""bench/vendor_models.py's comparison rules, on a small spec and stand-ins for vendor models
(the vendor packages are never a dependency of the project)."""

from __future__ import annotations

import sys
from typing import Any

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import vendor_models as vm  # noqa: E402

sys.path.remove(str(ROOT / "bench"))


class Inner:
    attribute_map = {"job_name": "jobName"}
    openapi_types = {"job_name": "str"}


class Body:
    attribute_map = {
        "same_work_space_jobs": "sameWorkSpaceJobs",
        "is_stoping": "isStopingIncrement",
        "publish": "publishType",
        "count": "count",
        "extra": "vendorOnly",
        "inner": "inner",
    }
    openapi_types = {
        "same_work_space_jobs": "list[str]",
        "is_stoping": "str",
        "publish": "str",
        "count": "str",
        "extra": "int",
        "inner": "Inner",
    }


class Module:
    Inner = Inner
    Body = Body


NOTE = "9.9: the vendor SDK differs; kept."
SCHEMAS: dict[str, Any] = {
    "Thing": {
        "type": "object",
        "properties": {
            "sameWorkspaceJobs": {"type": "array", "items": {"type": "string"}},
            "isStoppingIncrement": {
                "type": "string",
                "x-aliases": ["isStopingIncrement"],
                "x-doc-notes": [NOTE],
            },
            "publishtype": {"type": "string"},
            "count": {"type": "integer"},
            "onlyHere": {"type": "string", "x-doc-notes": [NOTE]},
            "inner": {"$ref": "#/components/schemas/Inner"},
        },
    },
    "Inner": {"type": "object", "properties": {"jobname": {"type": "string"}}},
}


def compare() -> dict[tuple[str, str], vm.Diff]:
    spec = vm.Spec({"paths": {}, "components": {"schemas": SCHEMAS}})
    cmp = vm.Comparer(spec)
    cmp.operation, cmp.package = "ShowThing", "somesdk"
    cmp.compare_type({"$ref": "#/components/schemas/Thing"}, "Body", Module, "response", set())
    return {(d.category, d.where): d for d in cmp.diffs.values()}


def test_each_difference_in_its_category() -> None:
    diffs = compare()
    assert set(diffs) == {
        ("spelling", "Thing.sameWorkspaceJobs"),
        ("spelling", "Thing.isStoppingIncrement"),
        ("spelling", "Thing.publishtype"),
        ("spelling", "Inner.jobname"),
        ("type", "Thing.count"),
        ("vendor-only", "Thing.vendorOnly"),
        ("spec-only", "Thing.onlyHere"),
    }
    assert diffs[("type", "Thing.count")].detail == "spec integer, vendor str"
    assert diffs[("vendor-only", "Thing.vendorOnly")].operations == {"ShowThing"}


def test_kept_only_with_an_alias_or_a_note_naming_the_vendor() -> None:
    kept = {k for k, d in compare().items() if d.note}
    assert kept == {("spelling", "Thing.isStoppingIncrement"), ("spec-only", "Thing.onlyHere")}


def test_spelling_rules() -> None:
    assert vm.spelling_score("workspaceId", "workSpaceId") == 0
    assert vm.spelling_score("last-udpate-user", "last-update-user") is not None
    assert vm.spelling_score("paramType", "type") is not None
    assert vm.spelling_score("type", "nodeType") is not None
    assert vm.spelling_score("id", "ip") is None  # short names: too easily alike
    assert vm.spelling_score("subtype", "type") is None  # not at a word boundary
    assert vm.pair_spellings(["publicip", "paramsGroupid"], ["paramsGroupId", "publicIp"]) == [
        ("paramsGroupid", "paramsGroupId"),
        ("publicip", "publicIp"),
    ]
