"""What the client puts on the wire for the reference's examples: the spellings it sends."""

from __future__ import annotations

import typing
from typing import Any

from pydantic import AliasChoices, BaseModel


def respell(value: Any, data: Any) -> Any:
    """`data` (wire JSON that parsed into `value`) with every key a model reads under another
    spelling (the spec's x-aliases) renamed to the name the model writes: what the client sends
    or dumps for it."""
    if isinstance(value, BaseModel) and isinstance(data, dict):
        out = dict(data)
        for name, info in type(value).model_fields.items():
            wire = info.serialization_alias or info.alias or name
            other = info.validation_alias
            for spelling in other.choices if isinstance(other, AliasChoices) else []:
                if spelling != wire and spelling in out and wire not in out:
                    out[wire] = out.pop(spelling)
            if wire in out:
                out[wire] = respell(getattr(value, name), out[wire])
        return out
    if isinstance(value, list) and isinstance(data, list):
        return [respell(v, d) for v, d in zip(value, data)]
    if isinstance(value, dict) and isinstance(data, dict):
        return {k: respell(value.get(k), d) for k, d in data.items()}
    return data


def body_model(resource: Any, method: str) -> Any:
    """The model class of a method's `body` argument, None if it has none."""
    hints = typing.get_type_hints(getattr(type(resource), method))
    for arg in typing.get_args(hints.get("body")):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None
