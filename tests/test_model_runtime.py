"""The models' runtime base as generated code uses it, in process and fast (the mutation run of
_models.py uses these): models declared the way the generator writes them for a spec with
uniqueItems, contains, a discriminated union, a request shape and secrets, then checked by
what a user sees — what is accepted, what is refused and how the error reads, what repr()
shows, what help() lists. (tests/test_constraints.py generates such a client from a spec, in a
subprocess; this is the same contract without the generator.)"""

from __future__ import annotations

import inspect
import pickle
from typing import Annotated, Any, ClassVar, Union

import pytest
from pydantic import Discriminator, Field, Tag, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from dataarts import _spec
from dataarts._models import Checked, Contains, Model, RequestModel, Unique, discriminate
from dataarts.models.cdm import LinkConfigValues

SECRET = sorted(_spec.SECRET_NAMES)[0]  # a name the spec marks as secret
PASSWORD = "pa55-Word-0042"


class Book(Model):
    isbn: str
    note: str | None = None


class Shelf(Model):
    tags: Annotated[list[str], Unique, Checked] | None = None
    books: Annotated[list[dict[str, Any]], Unique, Checked] | None = None
    numbers: Annotated[list[float], Unique, Checked] | None = None
    kinds: Annotated[list[str], Contains((int,)), Checked] | None = None
    ratings: Annotated[list[Any], Contains((int,), 2, 3), Checked] | None = None
    label: Annotated[str, Field(max_length=4), Checked] | None = None
    models: Annotated[list[Book], Unique, Checked] | None = None


def refused(**fields: Any) -> str:
    with pytest.raises(ValidationError) as info:
        Shelf(**fields)
    return str(info.value)


def test_uniqueitems_accepts_distinct_items_and_refuses_repeats() -> None:
    assert Shelf(tags=["a", "b", "c"]).tags == ["a", "b", "c"]
    assert Shelf(books=[{"isbn": "1"}, {"isbn": "2"}]).books == [{"isbn": "1"}, {"isbn": "2"}]
    assert "unique" in refused(tags=["a", "b", "a"])
    assert "unique" in refused(books=[{"isbn": "1", "n": 2}, {"n": 2, "isbn": "1"}])
    # JSON Schema: 1 and 1.0 are the same number, 1.5 and 1 are not
    assert "unique" in refused(books=[{"n": 1}, {"n": 1.0}])
    assert len(Shelf(books=[{"n": 1.5}, {"n": 1}]).books or []) == 2
    assert Shelf(numbers=[1, 1.5, 2]).numbers == [1, 1.5, 2]
    # models compare as the JSON they send: a field set to null is not a field left out
    assert len(Shelf(models=[Book(isbn="1"), Book(isbn="1", note=None)]).models or []) == 2
    assert "unique" in refused(models=[Book(isbn="1"), {"isbn": "1"}])


def test_contains_counts_the_matching_items() -> None:
    # one matching item is enough by default (minContains 1); none is refused
    assert Shelf(kinds=["x", "1"]).kinds == ["x", "1"]
    assert "at least 1 items must match `contains` (0 do)" in refused(kinds=["x", "y"])
    assert "at least 1 items" in refused(kinds=[])
    # minContains 2, maxContains 3: 2 and 3 pass, 1 and 4 are refused
    assert Shelf(ratings=[1, 2, "a"]).ratings == [1, 2, "a"]
    assert Shelf(ratings=[1, 2, 3, "a"]).ratings == [1, 2, 3, "a"]
    assert "at least 2 and at most 3 items must match `contains` (1 do)" in refused(ratings=[1])
    assert "(4 do)" in refused(ratings=[1, 2, 3, 4])


class Cat(Model):
    kind: str
    lives: int = 9


class Dog(Model):
    kind: str
    good: bool = True


class Animal(Model):
    kind: str


class Pen(Model):  # as the generator writes a union discriminated by a callable
    pet: Annotated[
        Union[
            Annotated[Cat, Tag("Cat")],
            Annotated[Dog, Tag("Dog")],
            Annotated[Animal, Tag("Animal")],
        ],
        Discriminator(discriminate("kind", {"cat": "Cat", "dog": "Dog"}, "Animal")),
    ]


def test_a_discriminated_union_picks_the_branch_by_value_and_keeps_models() -> None:
    assert type(Pen(pet={"kind": "cat"}).pet) is Cat
    assert type(Pen(pet={"kind": "dog"}).pet) is Dog
    assert type(Pen(pet={"kind": "fish"}).pet) is Animal  # nothing maps it: the fallback
    # a model of a branch keeps its class, the fallback's too, whatever its value says
    assert type(Pen(pet=Animal(kind="cat")).pet) is Animal
    assert type(Pen(pet=Cat(kind="dog")).pet) is Cat


class CatOut(Model):
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    lives: int = 9


class CatIn(RequestModel):
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    lives: int = 9


class DogIn(RequestModel):
    pet_type: str = Field(validation_alias="petType", serialization_alias="petType")
    good: bool = True


class Send(Model):  # a request union of request shapes, no fallback
    pet: Annotated[
        Union[Annotated[CatIn, Tag("CatIn")], Annotated[DogIn, Tag("DogIn")]],
        Discriminator(discriminate("petType", {"cat": "CatIn", "dog": "DogIn"})),
    ]


def test_a_response_model_sent_back_in_a_union_goes_by_its_wire_value() -> None:
    sent = Send(pet=CatOut.model_validate({"petType": "cat", "lives": 3}))
    assert type(sent.pet) is CatIn and sent.to_wire() == {"pet": {"petType": "cat", "lives": 3}}
    assert type(Send(pet=CatOut(petType="dog")).pet) is DogIn
    with pytest.raises(ValidationError):
        Send(pet=CatOut(petType="fish"))  # nothing maps it and there is no fallback


class Secretive(Model):
    _secret_pair: ClassVar[tuple[str, str] | None] = ("name", "value")
    name: str
    value: str
    config: dict[str, Any] | None = None
    zone: str | None = None  # sorts after "value"


def test_repr_masks_secret_values_but_shows_their_names() -> None:
    shown = repr(
        Secretive(name=SECRET, value=PASSWORD, config={SECRET: PASSWORD, "a": "b"}, zone="z1")
    )
    assert PASSWORD not in shown and "zone='z1'" in shown
    assert f"name='{SECRET}'" in shown and "value='***'" in shown
    assert f"'{SECRET}': '***'" in shown and "'a': 'b'" in shown
    plain = repr(Secretive(name="plain", value="visible"))
    assert "value='visible'" in plain and "name='plain'" in plain


class Login(Model):
    user: str
    password: Annotated[str, Field(min_length=20), Checked]
    pin: int = 0

    @field_validator("pin")
    @classmethod
    def _pin(cls, value: int) -> int:
        if value == 4711:
            raise PydanticCustomError("pin_refused", "this pin is refused ({why})", {"why": "x"})
        return value


@pytest.mark.parametrize("build", [lambda d: Login(**d), Login.model_validate])
def test_a_validation_error_keeps_what_and_where_but_never_the_value(build: Any) -> None:
    with pytest.raises(ValidationError) as info:
        build({"user": "u", "password": PASSWORD})
    error = info.value
    assert PASSWORD not in str(error) and PASSWORD not in repr(error.errors())
    assert [(e["type"], e["loc"]) for e in error.errors()] == [("string_too_short", ("password",))]
    assert "at least 20 characters" in str(error) and "input_value" not in str(error)
    assert PASSWORD not in str(pickle.loads(pickle.dumps(error)))
    with pytest.raises(ValidationError) as info:
        build({"user": "u"})
    assert [(e["type"], e["loc"]) for e in info.value.errors()] == [("missing", ("password",))]


@pytest.mark.parametrize("build", [lambda d: Login(**d), Login.model_validate])
def test_an_error_of_a_custom_type_keeps_its_message_without_the_value(build: Any) -> None:
    with pytest.raises(ValidationError) as info:
        build({"user": "u", "password": "x" * 20, "pin": 4711})
    error = info.value
    assert "4711" not in str(error) and "input_value" not in str(error)
    assert "this pin is refused (x)" in str(error)
    assert [e["loc"] for e in error.errors()] == [("pin",)]


class Thing(Model):
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    name: str
    size: int | None = None


class ThingRequest(RequestModel):  # as generated: the read-only `id` never serialised
    id_: str | None = Field(
        default=None, validation_alias="id", serialization_alias="id", exclude=True
    )
    name: str
    size: int | None = None


def test_a_request_shape_takes_a_response_model_by_its_wire_fields() -> None:
    got = Thing.model_validate({"id": "1", "name": "n", "size": 3, "colour": "red"})
    assert ThingRequest.model_validate(got).to_wire() == {"name": "n", "size": 3, "colour": "red"}
    # what the response left out is not sent back either
    assert ThingRequest.model_validate(Thing(name="m")).to_wire() == {"name": "m"}
    same = ThingRequest(name="m", size=None)
    assert ThingRequest.model_validate(same).to_wire() == {"name": "m", "size": None}
    assert ThingRequest.model_validate({"name": "x"}).to_wire() == {"name": "x"}


def test_to_wire_sends_wire_names_and_only_what_was_set() -> None:
    assert Thing(name="n").to_wire() == {"name": "n"}
    assert Thing.model_validate({"id": "7", "name": "n", "extra": [1]}).to_wire() == {
        "id": "7",
        "name": "n",
        "extra": [1],
    }


def test_help_lists_the_fields_of_a_model_not_built_yet() -> None:
    class Fresh(Model):
        alpha: int
        beta: str = "b"

    assert list(inspect.signature(Fresh).parameters)[:2] == ["alpha", "beta"]
    made = Fresh(alpha=1)
    assert list(inspect.signature(Fresh).parameters)[:2] == ["alpha", "beta"]
    with pytest.raises(AttributeError):
        made.__signature__  # noqa: B018  (an instance has no signature of its own)
    assert LinkConfigValues(configs=[]).configs == []
