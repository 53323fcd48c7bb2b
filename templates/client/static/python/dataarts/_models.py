"""The base of every generated model: wire aliases, unknown fields kept, secrets masked.

Constraints of the spec (length, range, pattern, array size, unique items, `contains`,
enumerations) are enforced when a
model is built or a body is sent; when a response is parsed (`RECEIVED` in the validation
context) a value that breaks one is kept as it came and recorded, see `Model.not_validated`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Union, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_validator,
)

from pydantic_core import SchemaValidator

from . import _spec


class _LazySignature:
    """`inspect.signature` (and so `help()`) of a model class not built yet: its fields, their
    types and constraints, rather than `(**data)`. Pydantic sets the signature when it builds
    the validator, which `defer_build` postpones to the first use: this builds it then."""

    def __get__(self, instance: object, owner: type[BaseModel]) -> Any:
        if instance is not None or owner.__dict__.get("__pydantic_complete__") is not False:
            raise AttributeError("__signature__")
        owner.model_rebuild()
        if "__signature__" not in owner.__dict__:
            raise AttributeError("__signature__")
        return owner.__signature__


class Model(BaseModel):
    """Base of every generated model: fields by Python name or wire alias, unknown fields kept.

    Validators are built on first use, so importing the models costs little.
    """

    model_config = ConfigDict(
        populate_by_name=True, extra="allow", defer_build=True, hide_input_in_errors=True
    )
    _secret_pair: ClassVar[tuple[str, str] | None] = None
    # No private attribute: pydantic would call a Python function for every model it parses
    # (half the time of a large list); what did not validate is kept in __pydantic_private__
    # only on the models that have something to report (`noted`).

    if not TYPE_CHECKING:
        __signature__ = _LazySignature()

    def not_validated(self) -> tuple[str, ...]:
        """What did not validate when this response was parsed (empty for a model you built):
        one ``"field.path: reason"`` per value kept as it came (an enumeration value this
        client does not know, a string longer than the spec allows...), values never shown."""
        private = self.__pydantic_private__
        return private.get(_NOT_VALIDATED, ()) if private else ()

    if not TYPE_CHECKING:  # type checkers keep pydantic's typed constructor and signature

        def __init__(self, /, **data: Any) -> None:
            try:
                super().__init__(**data)
            except ValidationError as exc:
                error = _without_inputs(exc)
            else:
                return
            del data
            raise error

        # Not a custom __init__ for pydantic: parsing builds models without calling it (fast).
        __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

        @classmethod
        def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Any:
            """Like pydantic's, the values given (perhaps secrets) masked in its errors."""
            try:
                return super().model_validate(obj, *args, **kwargs)
            except ValidationError as exc:
                error = _without_inputs(exc)
            del obj
            raise error

    def __repr_args__(self) -> Any:
        """Like pydantic's, with secret values masked: the value of a name/value input whose
        name is a secret, and secret keys of dict fields and unknown fields."""
        pair = self._secret_pair
        masked_value = pair is not None and str(getattr(self, pair[0], "")) in _spec.SECRET_NAMES
        for key, value in super().__repr_args__():
            if masked_value and pair is not None and key == pair[1]:
                yield key, "***"
            elif key in _spec.SECRET_NAMES:
                yield key, "***"
            elif isinstance(value, dict):
                yield key, {k: "***" if k in _spec.SECRET_NAMES else v for k, v in value.items()}
            else:
                yield key, value

    def to_wire(self) -> dict[str, Any]:
        """The model as the API expects it: wire names, only the fields that were set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


class RequestModel(Model):
    """Base of a request shape (`<Name>Request`, for a schema with read-only or write-only
    properties): takes a dict, itself, or another model of the schema (a response model to
    send back) as that model's wire fields; its read-only fields are never sent."""

    @model_validator(mode="before")
    @classmethod
    def _from_other_model(cls, data: Any) -> Any:
        if isinstance(data, BaseModel) and not isinstance(data, cls):
            return data.model_dump(by_alias=True, exclude_unset=True)
        return data


def _without_inputs(exc: ValidationError) -> ValidationError:
    """The same errors, the values given (perhaps passwords) replaced by a mask."""
    details: list[Any] = []
    for err in exc.errors(include_url=False):
        detail: dict[str, Any] = {"type": err["type"], "loc": err["loc"], "input": "***"}
        if "ctx" in err:
            detail["ctx"] = err["ctx"]
        details.append(detail)
    try:
        return ValidationError.from_exception_data(exc.title, details, hide_input=True)
    except Exception:  # an error type that cannot be rebuilt: its messages, without inputs
        return ValidationError.from_exception_data(
            exc.title,
            [
                {
                    "type": "value_error",
                    "loc": d["loc"],
                    "input": "***",
                    "ctx": {"error": str(e["msg"])},
                }
                for d, e in zip(details, exc.errors(include_url=False, include_input=False))
            ],
            hide_input=True,
        )


_NOT_VALIDATED = "_not_validated"


def noted(model: Model, found: list[str]) -> None:
    """Record on a parsed model what did not validate (`Model.not_validated`)."""
    object.__setattr__(model, "__pydantic_private__", {_NOT_VALIDATED: tuple(found)})


RECEIVED = "dataarts_received"
"""Key of the validation context under which a response is parsed: a list the values that
break a constraint are reported to (and kept) instead of failing."""


def _checked(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
    try:
        return handler(value)
    except ValidationError as exc:
        context = info.context
        found = context.get(RECEIVED) if isinstance(context, dict) else None
        if not isinstance(found, list):
            raise
        where = info.field_name or "value"
        for err in exc.errors(include_input=False, include_url=False):
            found.append(".".join([where, *(str(p) for p in err["loc"])]) + f": {err['msg']}")
        return value


Checked = WrapValidator(_checked)
"""Marks a constrained type in a model's annotation: enforced on what is built and sent, kept
and reported (`Model.not_validated`) on what is received."""


def _is_checked(node: dict[str, Any]) -> bool:
    function = node.get("function")
    return (
        node.get("type") == "function-wrap"
        and isinstance(function, dict)
        and function.get("function") is _checked
    )


def _unchecked(node: Any, found: list[bool]) -> Any:
    """A copy of a core schema with each `Checked` wrap replaced by the schema it wraps (the
    constraint itself stays, checked in pydantic-core); `found` gets an entry per wrap."""
    if isinstance(node, list):
        return [_unchecked(item, found) for item in node]
    if not isinstance(node, dict):
        return node
    if _is_checked(node):
        found.append(True)
        inner = dict(_unchecked(node["schema"], found))
        if "ref" in node:  # a definition-ref may point at the wrap: it points at what it wraps
            if "ref" in inner:
                raise ValueError("a Checked wrap and its schema both have a ref")
            inner["ref"] = node["ref"]
        return inner
    return {key: _unchecked(value, found) for key, value in node.items()}


def strict_validator(schema: Any) -> SchemaValidator | None:
    """A validator of a core schema with every constraint enforced and no `Checked` wrap: all
    in pydantic-core, no Python call per constrained value. A response that passes it is
    exactly what the lenient validator gives with nothing to report (each wrap returns what
    its schema validated); one that fails it is parsed again by the lenient validator
    (`_request.parse`). None when the schema has no wrap (its own validator is as fast) or the
    copy cannot be built."""
    found: list[bool] = []
    try:
        stripped = _unchecked(schema, found)
        if not found:
            return None
        config = schema.get("config") if schema.get("type") == "model" else None
        # not prebuilt: nested models would bring their own validators, wraps included
        return SchemaValidator(stripped, config, _use_prebuilt=False)
    except Exception:  # a schema shape this copy does not know: the lenient validator only
        return None


def discriminate(
    prop: str, tags: dict[str, str], fallback: str | None = None
) -> Callable[[Any], str | None]:
    """The discriminator of a union whose branches do not each hold a constant: the branch
    (class name) of a value by its `prop` (the spec's mapping, else each branch's schema
    name); `fallback` (a base others extend) for a value nothing maps. A model of a branch
    keeps its class; another model (a response model sent back) goes by its value."""
    classes = {*tags.values(), *([fallback] if fallback else [])}

    def tag(value: Any) -> str | None:
        if isinstance(value, BaseModel):
            name = type(value).__name__
            if name in classes:
                return name
            value = value.model_dump(by_alias=True)  # another shape: by its value
        if isinstance(value, dict):
            found = value.get(prop)
            return tags.get(found, fallback) if isinstance(found, str) else fallback
        return fallback

    return tag


_JSON: TypeAdapter[Any] = TypeAdapter(Any)


def _plain(value: Any) -> Any:
    """A validated value as the JSON it stands for (models by wire name), for comparing."""
    data = _JSON.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
    return json.loads(json.dumps(data, sort_keys=True), parse_float=_integral)


def _integral(text: str) -> float | int:
    number = float(text)
    return int(number) if number.is_integer() else number  # JSON Schema: 1 and 1.0 are equal


def _unique(items: list[Any]) -> list[Any]:
    seen: set[str] = set()
    for item in items:
        key = json.dumps(_plain(item), sort_keys=True)
        if key in seen:
            raise ValueError("items must be unique (uniqueItems)")
        seen.add(key)
    return items


Unique = AfterValidator(_unique)
"""Marks an array type whose schema says `uniqueItems: true` (items compared as JSON)."""


def Contains(
    kinds: tuple[Any, ...], low: int = 1, high: int | None = None
) -> AfterValidator:  # noqa: N802
    """Marks an array type whose schema says `contains`: at least `low` (`minContains`, 1 by
    default) and at most `high` (`maxContains`) of its items are also valid as one of `kinds`
    (the type of the `contains` schema)."""
    adapter: list[TypeAdapter[Any]] = []

    def check(items: list[Any]) -> list[Any]:
        if not adapter:
            adapter.append(TypeAdapter(cast(Any, Union)[kinds]))  # built on first use
        found = 0
        for item in items:
            try:
                adapter[0].validate_python(_plain(item))
            except ValidationError:
                continue
            found += 1
        if found < low or (high is not None and found > high):
            most = "" if high is None else f" and at most {high}"
            raise ValueError(f"at least {low}{most} items must match `contains` ({found} do)")
        return items

    return AfterValidator(check)
