"""The schema of the lexicon files (``rules/lexicon/<name>.yaml``): which files there are, which keys
each may hold, and what kind of value each key takes.

A user's lexicon folder (``--rules DIR`` with ``DIR/lexicon/``) adds to the bundled files key by key,
so a typo (``verbz:``) or a file the tool does not know would otherwise be accepted and silently do
nothing. Here each file is a pydantic model that forbids unknown keys; an error names the file and
the line of the offending key. A new key in a bundled file is added to its model here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

Table = dict[Any, Any]
Words = list[Any]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _File(_Strict):
    examples: list[Any] = []


class EventType(_Strict):
    verbs: Any = None
    nouns: Any = None
    adjectives: Any = None
    key: Any = None
    key_common: Any = None
    needs: Any = None
    recurring: Any = None
    compare: Any = None
    cues: Any = None
    requires_near: Any = None
    agent_kinds: Any = None
    agent_occurrences: Any = None
    patient_kinds: Any = None
    patient_first: Any = None
    patient_preps: Any = None
    not_patients: Any = None
    not_objects: Any = None
    patients: Any = None
    announced: Any = None
    names_only: Any = None
    role_names: Any = None
    patient_occurrences: Any = None
    nobody: Any = None
    patient_before: Any = None
    patient_recall: Any = None
    race_object: Any = None
    person_once_days: Any = None


class MeasureState(_Strict):
    near: Any = None
    before: Any = None
    after: Any = None
    counts: Any = None


class Dates(_File):
    months: Table = {}
    weekdays: Table = {}
    counts: Table = {}
    units: Table = {}
    offsets: Table = {}
    within: Words = []
    directions: Table = {}
    periods: Words = []
    quarters: Table = {}
    halves: Table = {}
    day_words: Table = {}
    weekday_directions: Table = {}
    month_years: Table = {}
    anaphora: Table = {}
    since: Words = []
    period_modifiers: Words = []
    may_cues: Words = []
    future_cues: Words = []
    told_from_named: Words = []
    compared_with: Words = []
    stamps: Words = []
    holidays: Table = {}
    acts: Table = {}
    month_opening_words: Words = []


class Entities(_File):
    entities: Table = {}
    given_names: Table = {}
    regions_not: Words = []


class Events(_File):
    types: dict[str, EventType] = {}
    occurrences: Table = {}
    recurring_occurrences: Words = []
    harmless_occurrences: Words = []
    hazard_occurrences: Words = []
    hazards_brought: Table = {}
    occurrence_modifies: Words = []
    occurrence_idioms: Words = []
    occurrence_related: Words = []
    generic_occurrences: Words = []
    named_occurrences: Table = {}


class Families(_File):
    verbs: Table = {}
    nouns: Table = {}
    events: Table = {}
    containers: Words = []
    deverbal: Table = {}
    links: Words = []
    ignore: Words = []


class Measures(_File):
    classes: Table = {}
    nouns: Table = {}
    states: dict[str, MeasureState | Words | str] = {}
    units: Table = {}
    base: Table = {}
    currencies: Table = {}
    currency_prefixes: Words = []
    currency_words_not: Words = []
    currency_codes_not: Words = []
    contexts: Table = {}
    topics: Table = {}
    exact_populations: Words = []
    armed_populations: Words = []
    thingless_measures: Words = []
    wholes: Table = {}
    objects: Table = {}


class Numbers(_File):
    words: Table = {}
    scales: Table = {}
    vague: Table = {}
    fractions: Table = {}
    qualifiers: Table = {}
    after: Table = {}
    article_units: Words = []


class Patterns(_File):
    changes: Words = []
    running_total: Words = []
    superlatives: Words = []
    offices: Words = []
    place_nouns: Words = []
    labels: Words = []
    clock_words: Words = []
    age_words: Words = []
    titles: Words = []


class Speakers(_File):
    speech_verbs: Words = []
    common_speakers: Words = []
    prefixes: Words = []
    accuse: Words = []
    pronouns: Words = []
    officers: Words = []
    modality: Table = {}


SCHEMAS: dict[str, type[_File]] = {
    "dates": Dates,
    "entities": Entities,
    "events": Events,
    "families": Families,
    "measures": Measures,
    "numbers": Numbers,
    "patterns": Patterns,
    "speakers": Speakers,
}


def check_lexicon_file(path: Path, data: dict[str, Any], error: type[Exception]) -> None:
    """Raise ``error`` naming ``path:line`` when the file is not a known lexicon file or holds a key
    or a value its schema does not allow."""
    schema = SCHEMAS.get(path.stem)
    if schema is None:
        known = ", ".join(f"{n}.yaml" for n in SCHEMAS)
        raise error(f"{path}:1: not a lexicon file this version reads (known: {known})")
    try:
        schema.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = [str(part) for part in first["loc"]]
        # a union's member names (MeasureState, list[...]) are not keys of the file
        keys = [p for p in loc if not p[:1].isupper() and not p.startswith(("list[", "str", "dict["))]
        what = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        allowed = _allowed(schema, keys[:-1]) if first["type"] == "extra_forbidden" else ""
        raise error(f"{path}:{_line_of(path, keys)}: {'.'.join(keys)}: {what}{allowed}") from None


def _allowed(schema: type[BaseModel], parents: list[str]) -> str:
    """The keys allowed where an unknown one was found."""
    nested: dict[tuple[type[BaseModel], str], type[BaseModel]] = {
        (Events, "types"): EventType,
        (Measures, "states"): MeasureState,
    }
    model = schema if not parents else nested.get((schema, parents[0])) if len(parents) == 2 else None
    return f" (allowed: {', '.join(model.model_fields)})" if model is not None else ""


def _line_of(path: Path, keys: list[str]) -> int:
    """The 1-based line of the key at ``keys`` in the file, else of the nearest parent found."""
    try:
        node: Any = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return 1
    line = 1
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        for k, v in node.value:
            if str(k.value) == key:
                line = k.start_mark.line + 1
                node = v
                break
        else:
            break
    return line
