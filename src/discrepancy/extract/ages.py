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

import bisect
import re
from collections.abc import Callable

from ..grammar import section
from ..models import Claim, QuantityValue, TimeRef
from ..read.literal_gate import gated
from ..read.screen import screened

G = section("ages")

# each form, and whether its name follows "N-year-old" (where one word alone may be a name); the
# scans of a whole article are screened by the tail after the name (", 61", "(61)", "year-old ..."):
# most articles hold no "year-old", nor a role, nor an age after a comma
_YEAR_OLD = "year[- ]old"
_FORMS = (
    (screened(gated(G.re("appositive")), r",\s+(?:aged\s+)?(?P<age>"), False),
    (screened(gated(G.re("bracketed")), r"\((?P<age>"), False),
    (screened(gated(G.re("year_old")), _YEAR_OLD), True),
)
_NOT_NAME = G.re("not_name")
_TITLE = G.re("title")
_DEMONYM = G.re("demonym")
_ROLE_FORMS = (
    screened(gated(G.re("role_year_old")), _YEAR_OLD),
    screened(gated(G.re("role_appositive")), r",\s+(?:aged"),
    screened(gated(G.re("acting_year_old")), _YEAR_OLD),
)
_LONE_ROLE = screened(gated(G.re("lone_role_year_old")), _YEAR_OLD)
_BARE = screened(gated(G.re("bare_year_old")), _YEAR_OLD)
_REFERENT = G.re("referent")
_INSTITUTION = G.re("institution")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|fellow)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")
_LOOK_BACK = 400  # characters a bare "the N-year-old" looks back for the person it stands for
_THRESHOLD = screened(gated(G.re("threshold")), r"age\s+")
_THRESHOLD_KINDS = G.words("threshold_kinds")
PERPETRATOR = "perpetrator"  # the owner of an age given to "the gunman", "the suspect", ...


def age_claims(
    text: str, body_start: int, sents: list[tuple[int, int]], make: Callable[..., Claim], time: TimeRef
) -> list[Claim]:
    found: list[tuple[int, int, str, float, int]] = []
    seen: set[int] = set()
    for form, before_name in _FORMS:
        for m in form.finditer(text, body_start):
            owner = _person(m.group("name"), text, before_name)
            if owner is not None and _shared_surname(owner, text):
                owner = _full_name(owner, text, m.end("name"))  # "Ana Kovel, 22" and her uncle "Boris Kovel, 37"
            if owner is not None and m.start("age") not in seen:
                seen.add(m.start("age"))
                found.append((m.start("age"), m.end("age"), owner, float(m.group("age")), m.start()))
    found.extend(_role_ages(text, body_start, sents, seen))
    return [_age_claim(make, time, *f) for f in found] + _threshold_claims(text, body_start, make, time)


def _first_names(surname: str) -> re.Pattern[str]:
    """A first name, maybe a nickname in quotes, then ``surname`` ("Ana “Mei” Kovel")."""
    return re.compile(rf"\b([A-Z][a-z'’-]+)\s+(?:[“\"‘][^”\"’]{{1,20}}[”\"’]\s+)?{re.escape(surname)}\b")


def _shared_surname(surname: str, text: str) -> bool:
    """The article gives the surname after two first names ("Ana Kovel" and her uncle "Boris
    Kovel"): two people, each keyed by first name and surname, so one's age never meets the other's."""
    firsts = {f for f in _first_names(surname).findall(text) if not (_TITLE.match(f) or _NOT_NAME.match(f))}
    return len(firsts) > 1


def _full_name(surname: str, text: str, end: int) -> str:
    """The first name and surname of the name ending at ``end`` (the surname alone if none is written)."""
    m = _first_names(surname).search(text, max(0, end - 60), end)
    return f"{m.group(1)} {surname}" if m and m.end() == end else surname


def _threshold_claims(text: str, body_start: int, make: Callable[..., Claim], time: TimeRef) -> list[Claim]:
    """The age a rule is changed to ("raise the retirement age from 60 to 63"), keyed by the rule's
    kind: the plan's content, asserted however the plan is hedged, as outlets that report the plan
    all give it."""
    claims = []
    for m in _THRESHOLD.finditer(text, body_start):
        kind = m.group("kind").lower()
        if kind not in _THRESHOLD_KINDS:
            continue
        age = float(m.group("age"))
        value = QuantityValue(low=age, high=age, figure=age, stated_figure=age, measure="age_limit", anchor=kind)
        subject = f"quantity:age_limit|-|-|-|{kind}|-"
        claim = make(
            "quantity", m.start("age"), m.end("age"), subject, f"{kind} age", m.start(), quantity=value, time=time
        )
        claims.append(_asserted(claim))
    return claims


def _age_claim(
    make: Callable[..., Claim], time: TimeRef, start: int, end: int, owner: str, age: float, opening: int
) -> Claim:
    """An age told in passing ("the 18-year-old", "Okafor, 61,") is taken for granted, so a hedge
    on its clause ("police reportedly killed the 18-year-old") hedges the act, not the age."""
    value = QuantityValue(
        low=age, high=age, figure=age, stated_figure=age, measure="age", population="people", owner=owner
    )
    subject = f"quantity:age|people|{owner}|-|-|-"
    return _asserted(make("quantity", start, end, subject, f"age of {owner}", opening, quantity=value, time=time))


def _asserted(claim: Claim) -> Claim:
    """The claim as asserted: an age told in passing, or a rule's age, is not hedged by its clause."""
    return claim if claim.modality == "asserted" else claim.model_copy(update={"modality": "asserted"})


def _role_ages(
    text: str, body_start: int, sents: list[tuple[int, int]], seen: set[int]
) -> list[tuple[int, int, str, float, int]]:
    """Ages given to an attack's perpetrator by his role ("the 18-year-old gunman", "the suspect,
    28,") or by his act ("a 14-year-old boy opened fire") and bare ones ("police killed the 18-year-old.") that stand for the perpetrator or a
    named person just before. An article that gives its perpetrators two ages speaks of several,
    and then none of its role ages is keyed as the one perpetrator's."""
    found: list[tuple[int, int, str, float, int]] = []
    for form in _ROLE_FORMS:
        for m in form.finditer(text, body_start):
            if m.start("age") not in seen:
                seen.add(m.start("age"))
                found.append((m.start("age"), m.end("age"), PERPETRATOR, float(m.group("age")), m.start()))
    starts = [ss for ss, _ in sents]
    for m in _BARE.finditer(text, body_start):
        # a role told before the sentence before may be another story's
        i = max(0, bisect.bisect_right(starts, m.start()) - 1)
        near = sents[max(0, i - 1)][0] if sents else body_start
        owner = _referent(text, max(body_start, m.start() - _LOOK_BACK), m.start(), near)
        if owner is not None and m.start("age") not in seen:
            seen.add(m.start("age"))
            found.append((m.start("age"), m.end("age"), owner, float(m.group("age")), m.start()))
    if len({age for _, _, owner, age, _ in found if owner == PERPETRATOR}) > 1:
        found = [f for f in found if f[2] != PERPETRATOR]
    return found + _lone_role_ages(text, body_start, seen)


def _lone_role_ages(text: str, body_start: int, seen: set[int]) -> list[tuple[int, int, str, float, int]]:
    """Ages given to the one holder of a post at the scene ("the 59-year-old station master"),
    keyed by the post as one word; an article that gives one post two ages speaks of two holders,
    and then neither is keyed."""
    found = []
    for m in _LONE_ROLE.finditer(text, body_start):
        if m.start("age") not in seen:
            seen.add(m.start("age"))
            post = "".join(m.group("role").lower().split()).replace("'s", "").replace("’s", "")
            found.append((m.start("age"), m.end("age"), post, float(m.group("age")), m.start()))
    return [f for f in found if len({g[3] for g in found if g[2] == f[2]}) == 1]


def _referent(text: str, start: int, end: int, near: int) -> str | None:
    """The person a bare "the N-year-old" stands for, looking back: a perpetrator's noun in its
    sentence or the one before (from ``near`` on), which outranks the names said since ("the gunman
    walked into Elm Street School ... police killed the 18-year-old"), else the nearest surname (a capitalised word the article also gives after a
    first name, no place nor body); someone told by a common noun ("a man was held") stops the
    search, as the age may be his."""
    name = None
    for m in reversed(list(_REFERENT.finditer(text, start, end))):
        if m.group("role") and m.start() >= near:
            return PERPETRATOR
        if m.group("other"):
            return name
        if name is None and _may_be_surname(m.group("name"), text, m.end()):
            name = m.group("name")
    return name


def referent_surname(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The surname named last in ``text[start:end]`` and where it ends, looking back as a bare
    "the N-year-old" does; someone told by a common noun ("a man") stops the search, and a word
    after an article ("the Velmish runner") is passed over."""
    for m in reversed(list(_REFERENT.finditer(text, start, end))):
        if m.group("other"):
            return None
        if m.group("name") and _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if m.group("name") and _may_be_surname(m.group("name"), text, m.end()):
            return m.group("name"), m.end("name")
    return None


def is_surname(word: str, text: str, after: int) -> bool:
    """Whether a capitalised word ending at ``after`` may be a surname (as a bare age reads one)."""
    return not _ARTICLE_BEFORE.search(text, max(0, after - len(word) - 8), after - len(word)) and _may_be_surname(
        word, text, after
    )


def _may_be_surname(word: str, text: str, after: int) -> bool:
    """A capitalised word the article also gives after a first name, and no title, place or body,
    nor the first word of one ("the Kanu Party")."""
    if any(p.match(word) for p in (_NOT_NAME, _TITLE, _INSTITUTION)) or not _surname(word, text):
        return False
    following = _NEXT_WORD.match(text, after)
    return following is None or not _INSTITUTION.match(following.group(1))


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
