"""jsontext.dumps_indented is json.dumps(value, indent=2, ensure_ascii=False), byte for byte."""

from __future__ import annotations

import json
from collections import OrderedDict
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
        ["\u2028 \" \\ \n </script>", -0.0, 1e300, 10**40],
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
