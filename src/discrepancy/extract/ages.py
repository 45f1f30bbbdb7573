"""A named person's age: "Mr Okafor, 61, said", "the 61-year-old Okafor", "Jana Novak (34)".

Candidates, victims and suspects are given their ages in passing, and two outlets that give one
person two ages disagree on a fact an editor checks. An age (`rules/grammar/ages.yaml`) beside a
name is a count claim of the measure ``age`` whose owner is the name's last word, so that "Raila
Odinga, 77" and "the 77-year-old Odinga" meet. A name must be a person's: two capitalised words or
more, one after a title ("Mr Okafor"), or one the article gives after a first name elsewhere; words
that open a sentence or name a day or a month are dropped from its front ("In Lagos, 40" is no
age, nor "On Friday, 3.").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..grammar import section
from ..models import Claim, QuantityValue, TimeRef

G = section("ages")

# each form, and whether its name follows "N-year-old" (where one word alone may be a name)
_FORMS = ((G.re("appositive"), False), (G.re("bracketed"), False), (G.re("year_old"), True))
_NOT_NAME = G.re("not_name")
_TITLE = G.re("title")
_DEMONYM = G.re("demonym")


def age_claims(text: str, body_start: int, make: Callable[..., Claim], time: TimeRef) -> list[Claim]:
    out: list[Claim] = []
    seen: set[int] = set()
    for form, before_name in _FORMS:
        for m in form.finditer(text, body_start):
            owner = _person(m.group("name"), text, before_name)
            if owner is None or m.start("age") in seen:
                continue
            seen.add(m.start("age"))
            age = float(m.group("age"))
            value = QuantityValue(low=age, high=age, figure=age, measure="age", population="people", owner=owner)
            subject = f"quantity:age|people|{owner}|-|-|-"
            out.append(
                make(
                    "quantity",
                    m.start("age"),
                    m.end("age"),
                    subject,
                    f"age of {owner}",
                    m.start(),
                    quantity=value,
                    time=time,
                )
            )
    return out


def _person(name: str, text: str, before_name: bool = False) -> str | None:
    """The key of a person's name (its last word), or None when the words name no person. One
    word is a name after a title, or when the article gives it after a first name elsewhere
    ("Heard, 36," where "Amber Heard" stands above), or right after "N-year-old" when it is no
    people's name ("the 77-year-old Odinga", not "the 25-year-old Briton")."""
    words = name.split()
    while words and _NOT_NAME.match(words[0]):
        words.pop(0)
    titled = bool(words) and _TITLE.match(words[0]) is not None
    while words and _TITLE.match(words[0]):
        words.pop(0)
    if not words or any(_NOT_NAME.match(w) for w in words) or _TITLE.match(words[-1]):
        return None
    single = before_name and not _DEMONYM.search(words[0])
    if len(words) < 2 and not titled and not single and not _surname(words[0], text):
        return None
    return words[-1].rstrip(".")


def _surname(word: str, text: str) -> bool:
    return re.search(rf"\b[A-Z][a-z'’-]+\s+{re.escape(word)}\b", text) is not None
