"""The base of every generated model: wire aliases, unknown fields kept, secrets masked.

Constraints of the spec (length, range, pattern, array size, enumerations) are enforced when a
model is built or a body is sent; when a response is parsed (`RECEIVED` in the validation
context) a value that breaks one is kept as it came and recorded, see `Model.not_validated`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)

from . import _spec


class Model(BaseModel):
    """Base of every generated model: fields by Python name or wire alias, unknown fields kept.

    Validators are built on first use, so importing the models costs little.
    """

    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True)
    _secret_pair: ClassVar[tuple[str, str] | None] = None
    _not_validated: tuple[str, ...] = PrivateAttr(default=())

    def not_validated(self) -> tuple[str, ...]:
        """What did not validate when this response was parsed (empty for a model you built):
        one ``"field.path: reason"`` per value kept as it came (an enumeration value this
        client does not know, a string longer than the spec allows...), values never shown."""
        return self._not_validated

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


RECEIVED = "dataarts_received"
"""Key of the validation context under which a response is parsed: a list the values that
break a constraint are reported to (and kept) instead of failing."""


def _checked(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
    context = info.context
    found = context.get(RECEIVED) if isinstance(context, dict) else None
    if not isinstance(found, list):
        return handler(value)
    try:
        return handler(value)
    except ValidationError as exc:
        where = info.field_name or "value"
        for err in exc.errors(include_input=False, include_url=False):
            found.append(".".join([where, *(str(p) for p in err["loc"])]) + f": {err['msg']}")
        return value


Checked = WrapValidator(_checked)
"""Marks a constrained type in a model's annotation: enforced on what is built and sent, kept
and reported (`Model.not_validated`) on what is received."""
