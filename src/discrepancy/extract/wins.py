"""An athlete's count of wins in one competition: "his fourth Velm win", "won 10 of 12 marathons",
"has triumphed four times in Velm", "Of the nine times he started in a Major, he has won eight".

Sports stories count a winner's titles, and two counts of one athlete's wins in one competition
disagree (`rules/grammar/wins.yaml`). A count is a claim of the measure ``wins`` keyed by the
athlete named last before it (a surname the article gives after a first name) and by the
competition: the last word of its capitalised name, singular and lower case, with words in
capitals dropped and a generic last word dropped after a place ("the BMW Velm Marathon" and "Velm"
are ``velm``; "a World Marathon Major" and "the Marathon Majors" are ``major``), or the noun when no
name is given ("10 of 12 marathons": ``marathon``). A win in a streak ("third straight title") and a
win with no competition named ("his 15th victory") make no claim.
"""

from __future__ import annotations

from collections.abc import Callable

import regex as re

from ..grammar import section
from ..lexicon import Lexicon
from ..models import Claim, QuantityValue, TimeRef
from ..read.literal_gate import gated
from ..read.screen import screened
from .ages import referent_surname
from .numbers import value_of

G = section("wins")

# scanned over a whole article: skipped where a form's tail stands nowhere ("won 10", "title")
_FORMS = (
    screened(gated(G.re("ordinal_win")), r"(?:win|victory|triumph|title|crown)\b"),
    screened(gated(G.re("won_of")), r"won\s+"),
    screened(gated(G.re("of_times_won")), r"won\s+(?P<n>"),
    gated(G.re("times_won")),
)
_STREAK = G.re("streak")
_GENERIC = G.re("generic")
_SPONSOR = G.re("sponsor")
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
        " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
}
_LOOK_BACK = 400


def win_claims(text: str, body_start: int, make: Callable[..., Claim], time: TimeRef, lex: Lexicon) -> list[Claim]:
    claims = []
    seen: set[int] = set()
    for form in _FORMS:
        for m in form.finditer(text, body_start):
            n = _count(m.group("n"), lex)
            comp = _competition(m)
            if n is None or comp is None or m.start("n") in seen or _STREAK.search(m.group()):
                continue
            found = referent_surname(text, max(body_start, m.start() - _LOOK_BACK), m.start("n"))
            if found is None:
                continue
            seen.add(m.start("n"))
            owner = found[0]
            value = QuantityValue(
                low=n, high=n, figure=n, stated_figure=n, measure="wins", population=comp, owner=owner
            )
            subject = f"quantity:wins|{comp}|{owner}|-|-|-"
            claim = make(
                "quantity", m.start("n"), m.end("n"), subject, f"{owner}'s wins in {comp}", m.start(),
                quantity=value, time=time,
            )  # fmt: skip
            claims.append(claim if claim.modality == "asserted" else claim.model_copy(update={"modality": "asserted"}))
    return claims


def _count(told: str, lex: Lexicon) -> float | None:
    w = told.lower()
    if w[:2].isdigit() or w[:1].isdigit():
        digits = "".join(c for c in w if c.isdigit())
        return float(digits) if digits else None
    n = value_of(w, lex) or _ORDINALS.get(w)  # the lexicon's number words, or an ordinal
    return float(n) if n else None


def _competition(m: re.Match[str]) -> str | None:
    """The competition's key: its name's last word (singular, lower case), without words in
    capitals and without a generic last word after a place; else the noun counted ("marathon")."""
    groups = m.groupdict()
    name = " ".join(g for g in (groups.get("comp"), groups.get("comp2")) if g).split()
    words = [w for w in name if not _SPONSOR.match(w)]
    if len(words) > 1 and _GENERIC.match(words[-1]):
        words.pop()
    if words:
        return (
            words[-1].lower().removesuffix("s") if words[-1].endswith("s") and len(words[-1]) > 3 else words[-1].lower()
        )
    noun = groups.get("noun")
    return noun.lower().removesuffix("es" if noun.endswith("ches") else "s") if noun else None
