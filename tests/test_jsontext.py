"""jsontext.dumps_indented is json.dumps(value, indent=2, ensure_ascii=False), byte for byte."""

from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.jsontext import dumps_indented

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.tuples(inner, inner)
    | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_the_same_text_as_json_dumps(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


class Text(str):
    pass


@pytest.mark.parametrize(
    "value",
    [
        {"a": OrderedDict(b=[Text("x"), True])},
        ['\u2028 " \\ \n </script>', -0.0, 1e300, 10**40],
        [[[[[]]]], {}],
    ],
)
def test_subclasses_and_edge_values(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_what_json_refuses_it_refuses_alike() -> None:
    cycle: list[Any] = []
    cycle.append(cycle)
    for bad in (cycle, {"a": object()}, {(1, 2): 3}):
        with pytest.raises((TypeError, ValueError)) as ours:
            dumps_indented(bad)
        with pytest.raises((TypeError, ValueError)) as theirs:
            json.dumps(bad, indent=2, ensure_ascii=False)
        assert str(ours.value) == str(theirs.value)


def test_the_memo_gives_the_same_text_from_its_parts_and_keeps_them(tmp_path: Path) -> None:
    from generator.jsontext import Memo

    doc: dict[str, Any] = {
        "paths": {f"/p{i}": {"get": {"description": f"d{i}", "n": [i, 1.5]}} for i in range(5)},
        "components": {"schemas": {"A": {"type": "object"}, "B": {"enum": ["x", None]}}},
        "one": {"only": True},
        "scalar": "s",
        "empty": {},
    }
    want = json.dumps(doc, indent=2, ensure_ascii=False)
    memo = Memo(tmp_path / "memo")
    assert memo.dumps(doc) == want
    memo.save()
    again = Memo(tmp_path / "memo")
    assert again.old and again.dumps(doc) == want
    doc["paths"]["/p3"]["get"]["description"] = "changed"  # one part changes, the rest is kept
    assert again.dumps(doc) == json.dumps(doc, indent=2, ensure_ascii=False)
    other = Memo(tmp_path / "memo", b"another generator")  # its texts are not used
    assert not other.old and other.dumps(doc) == json.dumps(doc, indent=2, ensure_ascii=False)
    (tmp_path / "memo").write_bytes(b"broken")
    assert Memo(tmp_path / "memo").dumps(doc) == json.dumps(doc, indent=2, ensure_ascii=False)
    odd = {"a": OrderedDict(b=1), "c": {"d": [1], 2: 3}}  # not plain data: encoded whole
    assert Memo(None).dumps(odd) == json.dumps(odd, indent=2, ensure_ascii=False)


@settings(max_examples=100, deadline=None)
@given(VALUES)
def test_the_memo_is_json_dumps_too(value: Any) -> None:
    from generator.jsontext import Memo

    try:
        want = json.dumps(value, indent=2, ensure_ascii=False)
    except (TypeError, ValueError):
        return
    assert Memo(None).dumps(value) == want
