"""Where a one-place occurrence happened: "crashed at Muan International Airport", "the boat sank in
the Ionian Sea", "the accident occurred on Wednesday in the Aegean Sea".

A crash, a sinking, a blast or a crush happens at one site, so two outlets that put it at two
airports, or in two seas, disagree on a fact an editor checks first. An occurrence word (or
"occurred", "took place") followed in its clause by a preposition and a named site of a kind
(`rules/grammar/sites.yaml`) is an event claim keyed by the site's kind, whose agent is the site's
name without its kind ("Muan"); two names for one key are a finding
(rules/event/occurrence-site.yaml). The key is the site's kind alone ("airport"): "the accident
occurred" and "the boat sank" name one occurrence in two words, and a story seldom holds two
crashes at two airports; the finding is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..grammar import section
from ..models import Claim, EventValue
from ..read.literal_gate import gated
from ..read.screen import screened

G = section("sites")

_ACT = gated(G.re("act"))  # scanned over a whole article: skipped where none of its words stands
_CLAUSE_END = G.re("clause_end")
_PREPOSITION = G.re("preposition")
_SITE = G.re("site")
# every claim names a site of a kind ("Airport", "Sea"): an article with no such word after its
# front matter has none, and its acts are not scanned
_SITE_KIND = screened(_SITE, "(?P<kind>")
_REACH = 60  # characters after the act where its site may stand ("sank on Wednesday in the ...")


def site_claims(text: str, body_start: int, make: Callable[..., Claim]) -> list[Claim]:
    out: list[Claim] = []
    if not _SITE_KIND.passes(text, body_start, len(text)):
        return out
    for m in _ACT.finditer(text, body_start):
        site = _site_after(text, m.end())
        if site is None:
            continue
        name = " ".join(w for w in site.group("name").split() if w != "International")
        where = site.group("kind").lower().replace("harbour", "harbor")
        ev = EventValue(type="site", agent=name, patient=where, trigger=" ".join(m.group(0).split()))
        label = f"where it happened: the {where}"
        out.append(make("event", site.start(), site.end(), f"event:site|patient={where}", label, m.start(), event=ev))
    return out


def _site_after(text: str, pos: int) -> re.Match[str] | None:
    """The first named site after a preposition in the act's clause, within its reach."""
    end = min(len(text), pos + _REACH)
    stop = _CLAUSE_END.search(text, pos, end)
    end = stop.start() if stop else end
    for p in _PREPOSITION.finditer(text, pos, end):
        site = _SITE.match(text, p.end())
        if site is not None:
            return site
    return None
