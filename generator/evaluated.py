"""Model modules with evaluated annotations: the order of their classes and which annotations
must stay text.

Generated model modules do not use `from __future__ import annotations`: pydantic would compile
and evaluate every annotation string when the class is made (half the time of importing a model
module). A class comes after the classes of its module it refers to (dependencies first, by name
otherwise); an annotation stays a string only when it names something not defined yet at that
point (a class later in a cycle, the class itself, a type alias or a model of another module,
both bound at the end of the module) or a field name of its class (which the class body would
shadow); pydantic resolves those when the model is first used, as before.
"""

from __future__ import annotations

import builtins
import re

from .ir import Model

# Names every model module binds before its classes (see templates/models/module.py.j2).
MODULE_NAMES = frozenset({"Annotated", "Any", "ClassVar", "Literal", "AliasChoices", "Field"})
MODULE_NAMES |= {"Checked", "Model", "RequestModel", "_Discriminator", "_Tag", "_discriminate"}
STRINGS = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
KEYWORDS = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\s*=(?!=)")  # keyword arguments: max_length=
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def names_in(annotation: str) -> set[str]:
    """The names an annotation's text looks up (not string literals, not keyword arguments)."""
    return set(IDENT.findall(KEYWORDS.sub("", STRINGS.sub("", annotation))))


def class_order(models: list[Model]) -> list[Model]:
    """The classes of a module (aliases left out), each after the classes it uses where no
    cycle prevents it; otherwise in the given order."""
    classes = {m.name: m for m in models if not m.alias}
    uses = {
        m.name: sorted(
            n for f in m.fields for n in names_in(f.annotation) if n in classes and n != m.name
        )
        for m in classes.values()
    }
    order: list[Model] = []
    state: dict[str, int] = {}  # 1: being placed, 2: placed

    def place(name: str) -> None:
        if state.get(name):
            return  # placed, or a cycle: its annotation stays text
        state[name] = 1
        for dep in uses[name]:
            place(dep)
        state[name] = 2
        order.append(classes[name])

    for name in classes:
        place(name)
    return order


def code_annotations(models: list[Model], imports: dict[str, list[str]]) -> list[Model]:
    """Set `code` of every field (the annotation as written in the class body) and return the
    classes in their order of definition. `imports`: the names bound at the end of the module."""
    order = class_order(models)
    bound_later = {m.name for m in models} | {n for names in imports.values() for n in names}
    defined = (set(MODULE_NAMES) | set(dir(builtins))) - bound_later
    for m in order:
        fields = {f.name for f in m.fields}
        for f in m.fields:
            used = names_in(f.annotation)
            late = used - defined
            f.code = repr(f.annotation) if late or used & fields else f.annotation
        defined.add(m.name)
    return order
