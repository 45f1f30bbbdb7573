"""Claims kept compact: models given the same fields share one set of their names, and the strings
that repeat from claim to claim are one string.

Pydantic keeps, beside each model's fields, a set of the names it was given (``model_fields_set``),
one set per object. A claim is five models (the claim, its span, time, value or event), and their
five sets were more than half of a claim's memory: 2.3 of 4.4 KB (``benchmarks/memory.py``), where
the claims are most of a check's. :func:`compact` gives a claim's models, once it is read, the one
set shared by every model given the same fields (there are a few dozen distinct ones), and interns
the strings of its ``repeated`` fields ("troops|owner=Russia", an outlet, a speaker). It is run on
what extraction returns, not in a model's ``model_post_init``, which pydantic calls for every model
built (the extractors build and drop many) at about 2.5 us each.

A shared set is never changed: pydantic copies it for a model that is copied, and a
:class:`CompactModel` that is assigned to changes a copy (then shares the set of its new fields). Only code that changes
``model_fields_set`` in place (nothing here does) would reach the others. What the models hold,
validate and serialise is unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel

_set_slot = object.__setattr__

_SHARED: dict[frozenset[str], set[str]] = {}


def given_fields(names: Iterable[str]) -> set[str]:
    """The one set of these field names that every model given them shares."""
    key = frozenset(names)
    found = _SHARED.get(key)
    if found is None:
        found = _SHARED[key] = set(key)
    return found


class CompactModel(BaseModel):
    """A pydantic model that :func:`compact` may share a set of given fields with others.
    ``repeated``: its fields of strings that repeat from model to model, interned; ``parts``: its
    fields that hold a model of their own (or None), made compact with it."""

    repeated: ClassVar[tuple[str, ...]] = ()
    parts: ClassVar[tuple[str, ...]] = ()

    def __setattr__(self, name: str, value: Any) -> None:
        given = self.__pydantic_fields_set__
        _set_slot(self, "__pydantic_fields_set__", set(given))  # its own, for pydantic to add to
        super().__setattr__(name, value)
        if given is _SHARED.get(frozenset(given)):  # it was shared: it shares the new one
            _set_slot(self, "__pydantic_fields_set__", given_fields(self.__pydantic_fields_set__))


def compact(model: CompactModel) -> None:
    """``model`` and the models in its fields made compact in place (see the module's docstring)."""
    _set_slot(model, "__pydantic_fields_set__", given_fields(model.__pydantic_fields_set__))
    fields = model.__dict__
    for name in model.repeated:
        value = fields[name]
        if type(value) is str:
            fields[name] = sys.intern(value)
    for name in model.parts:
        part = fields[name]
        if part is not None:
            compact(part)


M = TypeVar("M", bound=CompactModel)


def compact_all(models: list[M]) -> list[M]:
    """Each model of ``models`` made compact in place; the list itself."""
    for m in models:
        compact(m)
    return models
