"""The rule file format, validated by pydantic (see docs/rules.md).

A rule picks one of a closed set of comparison kinds (code, in ``rules/kinds/``) and sets its
parameters (data, in ``rules/<group>/<id>.yaml``). Messages are templates over a fixed set of fields,
checked when the rule loads.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_RULE_ID = re.compile(r"[a-z0-9][a-z0-9-]*")

RuleKind = Literal["interval_overlap", "running_total", "event_roles", "date_granularity", "compass"]

# Fields a message template may use; each is filled for every finding.
MESSAGE_FIELDS = {
    "subject",
    "a_who",
    "b_who",
    "a_quote",
    "a_speaker",
    "a_source",
    "a_date",
    "a_value",
    "b_quote",
    "b_speaker",
    "b_source",
    "b_date",
    "b_value",
    "days",
    "reason",
}


class Selector(BaseModel):
    """Which claims a rule compares."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["quantity", "date", "event"]
    measures: list[str] | None = None  # quantity measures; None = all
    exclude_measures: list[str] = Field(default_factory=list)
    # quantity anchors (what a measure is of or from: "ship" in "the 300-metre vessel"); None = any
    anchors: list[str] | None = None
    event_types: list[str] | None = None
    exclude_event_types: list[str] = Field(default_factory=list)  # types a rule of their own compares
    # any: a running total on one side (marked "so far", or a toll that only grows); none: neither
    cumulative: Literal["any", "none", "either"] = "either"
    modalities: list[str] = Field(default_factory=lambda: ["asserted"])


class ExampleArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str
    published: dt.date | None = None
    text: str


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    articles: list[ExampleArticle] = Field(min_length=1)
    why: str | None = None


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    flag: list[Example] = Field(default_factory=list)
    pass_: list[Example] = Field(default_factory=list, alias="pass")
    todo: list[Example] = Field(default_factory=list)


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")  # = _RULE_ID
    kind: RuleKind
    description: str = Field(min_length=10)
    applies_to: Selector
    params: dict[str, Any] = Field(default_factory=dict)
    severity: Literal["error", "warning", "info"] = "error"
    message: str = Field(min_length=5)
    examples: Examples = Field(default_factory=Examples)
    # which rule decides a pair that several select: higher first; on a tie, file order (bundled
    # rules, then each --rules folder in turn)
    priority: int = 0
    # rules (bundled, or of an earlier folder) this one replaces: they are dropped, and it takes
    # the place of the first
    overrides: list[str] = Field(default_factory=list)
    path: str = ""

    @field_validator("overrides", mode="before")
    @classmethod
    def _one_or_many(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    @field_validator("overrides")
    @classmethod
    def _rule_ids(cls, v: list[str]) -> list[str]:
        bad = [x for x in v if not _RULE_ID.fullmatch(x)]
        if bad:
            raise ValueError(f"{bad} are not rule ids (lower-case letters, digits and hyphens)")
        return v

    @field_validator("message")
    @classmethod
    def _known_fields(cls, v: str) -> str:
        names = {name for _, name, _, _ in string.Formatter().parse(v) if name}
        unknown = names - MESSAGE_FIELDS
        if unknown:
            raise ValueError(f"unknown field(s) {sorted(unknown)} in message; use {sorted(MESSAGE_FIELDS)}")
        return v

    @model_validator(mode="after")
    def _params_fit_kind(self) -> Rule:
        from .kinds import KINDS

        allowed = KINDS[self.kind].PARAMS
        unknown = set(self.params) - set(allowed)
        if unknown:
            raise ValueError(f"params {sorted(unknown)} are not parameters of kind {self.kind}: {sorted(allowed)}")
        for k, v in self.params.items():
            if not isinstance(v, allowed[k]):
                kinds = allowed[k] if isinstance(allowed[k], tuple) else (allowed[k],)
                names = " or ".join("none" if t is type(None) else t.__name__ for t in kinds)
                raise ValueError(f"param {k} must be {names}, got {v!r}")
        missing = [k for k in allowed if k not in self.params]
        if missing:
            raise ValueError(f"params missing for kind {self.kind}: {missing}")
        return self
