"""The Python names users see, made from any text of a spec (generator/names.py)."""

from __future__ import annotations

import keyword

import pytest

from generator.names import pascal, snake, unique

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("isScheduleBootOff", "is_schedule_boot_off"),
        ("from-link-name", "from_link_name"),
        ("linkConfig.storageType", "link_config_storage_type"),
        ("HTTPServer", "http_server"),
        ("job_ID2Name", "job_id2_name"),
        ("2fa", "n_2fa"),
        ("class", "class_"),
        ("match", "match_"),  # a soft keyword
        ("list", "list_"),  # a builtin
        ("type", "type_"),  # a builtin, and a soft keyword since Python 3.12
        ("self", "self_"),
        ("model_config", "model_config_"),  # pydantic's namespace
        ("--", "field"),
        ("", "field"),
        ("名称", "u540d_u79f0"),
        ("café", "cafe"),  # NFKD: the accent goes, the letter stays
        ("a\u00b2", "a2"),  # compatibility forms are folded to ASCII
        ("a\u2013b", "a_b"),  # an en dash separates like a hyphen
    ],
)
def test_snake(wire: str, python: str) -> None:
    assert snake(wire) == python


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("cluster-detail_instance", "ClusterDetailInstance"),
        ("DlfJob", "DlfJob"),
        ("jobParams", "JobParams"),
        ("3rdParty", "N3rdParty"),
        ("int", "Int"),  # builtins are lower case: "Int" is free
        ("None", "NoneModel"),  # a keyword
        ("Exception", "ExceptionModel"),  # a builtin
        ("", "Model"),
        ("名称", "U540dU79f0"),
    ],
)
def test_pascal(wire: str, python: str) -> None:
    assert pascal(wire) == python


def test_reserved_names_given_by_the_caller_are_avoided() -> None:
    assert snake("timeout", reserved={"timeout"}) == "timeout_"
    assert snake("timeout", reserved=frozenset()) == "timeout"
    assert pascal("Client", reserved={"Client"}) == "ClientModel"
    assert pascal("Client") == "Client"


def test_every_name_is_an_identifier_and_not_a_keyword() -> None:
    import re

    for text in ["x-y", "0", "for", "True", "__init__", "a.b.c", "ümlaut", "\x00", "型号"]:
        for made in (snake(text), pascal(text)):
            assert re.fullmatch(IDENT, made), (text, made)
            assert not keyword.iskeyword(made) and not keyword.issoftkeyword(made)


def test_unique_numbers_from_two_and_records_what_it_gives() -> None:
    taken: set[str] = {"name"}
    assert unique("name", taken) == "name_2"
    assert unique("name", taken) == "name_3"
    assert unique("other", taken) == "other"
    assert taken == {"name", "name_2", "name_3", "other"}
