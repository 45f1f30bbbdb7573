"""A race's time told to the second: "won in 2:15:37", "2 hours 1 minute 9 seconds", "two hours,
one minute and nine seconds".

Outlets that report a race give its winners' times, the records they broke and the bests the
athletes held before, and two outlets that give one athlete two times disagree. A time
(`rules/grammar/race_times.yaml`) is a claim of the measure ``race_time`` in seconds, keyed by whom
it is credited to ("2:15:37 for Jana Novak", "(2:18:11, by Ada Mwangi") or else by the athlete the
text names last before it (in its sentence or up to 400 characters back, a surname the article
gives after a first name), and by whether it is the race's own time or the athlete's best held
before it ("his previous best of", "a personal best of", anchor ``before``); a previous record
the text credits to nobody there ("the previous world record of 2:06:52") is keyed by the athlete
named before it and by its kind (``world record before``), never with his own best. A time with no athlete to key it to,
a split ("through halfway in 1:00:23") and a time in a list of times ("2:01:09, 2:01:39 and
2:02:37") make no claim, so two athletes' times never meet, nor a new record and the old one.
"""

from __future__ import annotations

from collections.abc import Callable

import regex as re

from ..grammar import section
from ..lexicon import Lexicon
from ..models import Claim, QuantityValue, TimeRef
from ..read.literal_gate import gated
from ..read.screen import piece_screened, screened
from .ages import is_surname, referent_surname
from .numbers import value_of

G = section("race_times")

# scanned over a whole article, after a search for their tails (most articles hold no race time):
# two digits between colons, an hour's unit followed by minutes
_FORMS = (
    screened(gated(G.re("clock_time")), ":(?P<m>"),
    screened(gated(G.re("spelled_time")), r"(?:hours?|hrs?|h)\b"),
)
_CREDITED = G.re("credited")
_BEFORE = G.re("before_race")
_SPLIT = G.re("split")
_NOT_OWNER = G.re("not_owner")
# each margin pattern screened by what it needs after its verb: a unit (or "half") right before
# "off" or "from" (its amount's last word: "30 seconds off", "a minute and a half from"), "by"
# right before its amount, "faster than" or "quicker than"
_MARGINS = (
    piece_screened(
        gated(G.re("cut_margin")),
        r"sec(?:ond)?s?\s+(?:off|from)\b",
        r"min(?:ute)?s?\s+(?:off|from)\b",
        r"half\s+(?:off|from)\b",
    ),
    screened(gated(G.re("improve_margin")), r"by\s+"),
    screened(gated(G.re("faster_margin")), "(?:quicker|faster)"),
)
# every margin is told in seconds or minutes: an article without either word has none, unscanned
# (each of the two searched for apart, by its letters: far faster than a scan for both)
_MARGIN_UNIT = piece_screened(G.re("margin_unit"), r"sec(?:ond)?s?\b", r"min(?:ute)?s?\b")
_OWN = G.re("own_best")
_POSSESSIVE = G.re("possessive_name")
_AMOUNT = G.re("margin_amount")
_OTHER_RACE = G.re("other_race")
_BESIDE = G.re("beside_name")
_BEATEN = G.re("beaten")
_SEX = G.re("sex_cue")
_RECORD_KIND = G.re("record_kind")
_LIST = G.re("list_between")
_LOOK_BACK = 400  # characters a time looks back for the athlete it is credited to
_CLAUSE = 60  # characters before a time that may mark it a best held before the race


def race_time_claims(
    text: str, body_start: int, make: Callable[..., Claim], time: TimeRef, lex: Lexicon
) -> list[Claim]:
    times = sorted(
        {(m.start(), m.end()): m for form in _FORMS for m in form.finditer(text, body_start)}.values(),
        key=lambda m: m.start(),
    )
    claims = []
    for i, m in enumerate(times):
        if _in_list(text, times, i) or _is_split(text, m):
            continue
        owner, credited = _owner(text, m, body_start)
        seconds = _seconds(m, lex)
        if owner is None or seconds is None:
            continue
        start = max(_clause_start(text, m.start()), m.start() - _CLAUSE, times[i - 1].end() if i else 0)
        beaten = _BEATEN.search(text[start : m.start()]) is not None
        held = "before" if credited == "held" or beaten or _BEFORE.search(text, start, m.start()) else None
        if held and not credited and not _own(text[start : m.start()], owner):
            # "the previous world record of 2:01:09": whose, the text does not say here
            kind = _RECORD_KIND.search(text, start, m.start())
            held = f"{kind.group('kind').lower() if kind else ''} record before".lstrip()
        end = min(m.end() + _CLAUSE, times[i + 1].start() if i + 1 < len(times) else len(text))
        if not held and _other_race(text[start : m.start()] + " " + _clause(text, m.end(), end), time, lex):
            continue
        value = QuantityValue(
            low=seconds, high=seconds, figure=seconds, stated_figure=seconds, unit="second", measure="race_time",
            owner=owner, anchor=held,
        )  # fmt: skip
        subject = f"quantity:race_time|-|{owner}|-|{held or '-'}|-"
        label = f"{owner}'s best before the race" if held == "before" else f"{held or 'race time'} of {owner}"
        claim = make("quantity", m.start(), m.end(), subject, label, m.start(), quantity=value, time=time)
        claims.append(claim if claim.modality == "asserted" else claim.model_copy(update={"modality": "asserted"}))
    return claims + _margin_claims(text, body_start, make, time, lex)


def _margin_claims(text: str, body_start: int, make: Callable[..., Claim], time: TimeRef, lex: Lexicon) -> list[Claim]:
    """How much an athlete improved a record or a best by ("shaved 30 seconds off his best",
    "improved the course record by half a minute"): the measure ``race_margin`` in seconds, keyed
    by the athlete named last before it and by what was beaten: ``own`` (his own best or record,
    "his previous best", "Novak's world record") or ``record`` (one another may have held)."""
    claims: list[Claim] = []
    if _MARGIN_UNIT.search(text, body_start) is None:
        return claims
    seen: set[int] = set()
    for pattern in _MARGINS:
        for m in pattern.finditer(text, body_start):
            seconds = _amount(m.group("amount"), lex)
            if seconds is None or m.start("amount") in seen:
                continue
            beaten = m.group("object") if "object" in m.groupdict() else text[m.end() : m.end() + 40]
            found = referent_surname(text, max(body_start, m.start() - _LOOK_BACK), m.start())
            if found is None or _NOT_OWNER.match(text, found[1]):
                continue
            seen.add(m.start("amount"))
            owner, what = found[0], "own" if _own(beaten or "", found[0]) else "record"
            value = QuantityValue(
                low=seconds, high=seconds, figure=seconds, stated_figure=seconds, unit="second",
                measure="race_margin", owner=owner, anchor=what,
            )  # fmt: skip
            subject = f"quantity:race_margin|-|{owner}|-|{what}|-"
            label = f"margin by which {owner} improved the {'own best' if what == 'own' else 'record'}"
            claim = make(
                "quantity", m.start("amount"), m.end("amount"), subject, label, m.start(), quantity=value, time=time
            )
            claims.append(claim if claim.modality == "asserted" else claim.model_copy(update={"modality": "asserted"}))
    return claims


def _amount(told: str, lex: Lexicon) -> float | None:
    """Seconds in a margin: "30 seconds" 30, "half a minute" 30, "two minutes and 5 seconds" 125."""
    t = " ".join(told.lower().split())
    if t == "half a minute":
        return 30.0
    if t == "a minute and a half":
        return 90.0
    m = _AMOUNT.match(t)
    if m is None:
        return None
    n = 1.0 if m.group(1) in ("a", "an") else value_of(m.group(1), lex)
    extra = value_of(m.group(3), lex) if m.group(3) else 0.0
    if n is None or extra is None:
        return None
    return float(n * (60 if m.group(2).startswith("min") else 1) + extra)


def _seconds(m: re.Match[str], lex: Lexicon) -> float | None:
    parts = [value_of(m.group(g), lex) for g in ("h", "m", "s")]
    h, mins, s = parts
    if h is None or mins is None or s is None or not (0 < h < 24 and mins < 60 and s < 60):
        return None
    return float(h * 3600 + mins * 60 + s)


def _in_list(text: str, times: list[re.Match[str]], i: int) -> bool:
    """A time told next to another one ("2:01:09, 2:01:39 and 2:02:37") is one of a list."""
    prev = i > 0 and _LIST.match(text[times[i - 1].end() : times[i].start()]) is not None
    nxt = i + 1 < len(times) and _LIST.match(text[times[i].end() : times[i + 1].start()]) is not None
    return prev or nxt


def _is_split(text: str, m: re.Match[str]) -> bool:
    """A part of the race: "through halfway in 1:00:23", "1:00:23 half-marathon split"."""
    before = text[max(_clause_start(text, m.start()), m.start() - 30) : m.start()]
    return bool(_SPLIT.search(before) or _SPLIT.search(_clause(text, m.end(), m.end() + 25)))


def _other_race(words: str, time: TimeRef, lex: Lexicon) -> bool:
    """Whether words around a time date it to another race ("in April", "last year", "in 2019"):
    a year or a month the article was published in is this race's."""
    told = time.start
    for m in _OTHER_RACE.finditer(words):
        if m.group("year") and told is not None and int(m.group("year")) == told.year:
            continue
        if m.group("month") and told is not None and _month(m.group("month"), lex) == told.month:
            continue
        return True
    return False


def _month(name: str, lex: Lexicon) -> int | None:
    return lex.dates.months.get(name.lower()) if lex.dates is not None else None


def _clause(text: str, start: int, end: int) -> str:
    """``text[start:end]`` up to the end of its clause (a full stop, a semicolon or a dash)."""
    words = text[start:end]
    cuts = [i for i in (words.find(c) for c in (". ", "; ", " – ", " — ", "\n\n")) if i >= 0]
    return words[: min(cuts)] if cuts else words


def _clause_start(text: str, pos: int) -> int:
    """Where the clause of ``pos`` starts: after the last full stop, semicolon or dash before it."""
    cut = max(text.rfind(c, 0, pos) for c in (". ", "; ", " – ", " — ", "\n\n"))
    return cut + 1 if cut >= 0 else 0


def _owner(text: str, m: re.Match[str], body_start: int) -> tuple[str | None, str]:
    """The athlete a time is credited to, and whether the text credits it to him by name right
    after it ("for Jana Novak", "set by Ada Mwangi", "held by Ada Mwangi"); else the last one named before it. A
    possessive name before another person ("Novak's fellow Velmish finished second in 2:05:58")
    credits it to nobody we can name. The second is "credited", "held" (a record "held by" him,
    his best before the race) or "" (named before it)."""
    credited = _CREDITED.match(text, m.end())
    if credited:
        return credited.group("name").split()[-1], "held" if credited.group("held") else "credited"
    beside = _BESIDE.search(text, max(body_start, m.start() - 30), m.start())
    if beside:  # a line of results: "Novak 2:19:41"
        name = beside.group("name")
        return (name if is_surname(name, text, beside.end("name")) else None), ""
    found = referent_surname(text, max(body_start, m.start() - _LOOK_BACK), m.start())
    if found is None:
        return None, ""
    name, end = found
    if _NOT_OWNER.match(text, end) or _other_sex(text, name, end, m.start()):
        return None, ""
    return name, ""


def _other_sex(text: str, name: str, end: int, at: int) -> bool:
    """Whether the words between a name and a time speak of the other sex than the name's (the
    first "he" or "she" after the name where the article first gives it)."""
    cues = [c for c in _SEX.finditer(text, end, at)]
    if not cues:
        return False
    first = re.search(rf"\b{re.escape(name)}\b", text)
    own = _SEX.search(text, first.end(), first.end() + 300) if first else None
    return own is not None and (own.group("f") is None) != (cues[-1].group("f") is None)


def _own(words: str, owner: str) -> bool:
    """Whether words before a time or after a margin make the record the athlete's own: "his",
    "her", "own", "personal", or his name's possessive ("Novak's world record" is Novak's own,
    not Brandt's)."""
    named = _POSSESSIVE.findall(words)
    return owner in named if named else _OWN.search(words) is not None
