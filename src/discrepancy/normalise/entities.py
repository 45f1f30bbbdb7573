"""Names: actors and places found in text, normalised through the alias lexicon.

"Kiev" and "Kyiv", "Lugansk" and "Luhansk", "Moscow" and "the Kremlin" (as actors: Russia) all
come out under one canonical name, so that subject keys and event roles compare by identity.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..grammar import section
from ..lexicon import Lexicon

G = section("entities")

PREPOSITIONS = {
    "of",
    "to",
    "in",
    "on",
    "near",
    "at",
    "into",
    "from",
    "with",
    "against",
    "for",
    "over",
    "across",
    "along",
    "toward",
    "towards",
    "between",
    "about",
    "around",
    "within",
    "inside",
    "outside",
    "onto",
    "through",
    "throughout",
    "among",
    "amid",
    "beyond",
    "under",
    "via",
    "like",
    "than",
}
_JOINED = G.re("joined")
_STOPS = G.re("stops")
_WORDS = G.re("words")
_DETERMINERS = G.words("determiners")
_NAME_AFTER = G.re("name_after")
_NAME_BEFORE = G.re("name_before")
_PLACE_KIND = G.re("place_kind")
# capitalised words that open a sentence or a clause, never a part of a name
_OPENERS = frozenset({*PREPOSITIONS, *_DETERMINERS, *G.words("openers")})


@dataclass
class Mention:
    start: int
    end: int
    name: str  # canonical
    surface: str
    kind: str  # name | demonym | group
    prep: str | None  # the preposition governing it ("in Kyiv" -> "in"), "by" for passive agents
    possessive: bool
    stance: bool  # "pro-Russian", "anti-war": a stance, not the actor itself


def find_mentions(text: str, start: int, end: int, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    for m in lex.entity_re.finditer(text, start, end):
        surface = m.group(0)
        if m.group("up") is not None:
            name = lex.canonical(surface)
            kind = "name"
            if name is None:
                name = lex.demonyms.get(surface.lower())
                kind = "demonym"
        else:
            name = lex.canonical(surface)
            kind = "group"
        if name is None or name in lex.world_regions and _in_longer_name(text, start, m.start(), m.end()):
            continue
        before = text[max(start, m.start() - 40) : m.start()]
        stance = before.endswith(("pro-", "anti-", "Pro-", "Anti-", "non-"))
        after = text[m.end() : m.end() + 2]
        possessive = after.startswith(("'s", "’s")) or (after[:1] in "'’" and surface.endswith("s"))
        prep = _governing_preposition(before)
        if out and _JOINED.fullmatch(text, out[-1].end, m.start()):
            prep = out[-1].prep  # "of Donetsk and Luhansk": one phrase, one preposition
        out.append(Mention(m.start(), m.end(), name, surface, kind, prep, possessive, stance))
    return out


def _in_longer_name(text: str, start: int, at: int, end: int) -> bool:
    """Whether a state's or province's name is a word of a longer name ("Victoria Park", "Lake
    Victoria", "Texas Instruments"): the lexicon's places stand alone or before their kind ("Borno
    State"); a name of the world's regions read inside another would place a count far away."""
    after = _NAME_AFTER.match(text, end)
    if after is not None and not _PLACE_KIND.fullmatch(after.group(1)):
        return True
    before = _NAME_BEFORE.search(text, max(start, at - 30), at)
    return before is not None and before.group(1).lower() not in _OPENERS


def _governing_preposition(before: str) -> str | None:
    before = _STOPS.split(before)[-1]  # never look across a sentence or clause
    words = _WORDS.findall(before.lower())[-4:]
    for w in reversed(words):
        if w in _DETERMINERS or w.endswith(("'s", "’s")):
            continue  # "on Kyiv's Maidan": the preposition governs the whole phrase
        if w == "by":
            return "by"
        return w if w in PREPOSITIONS else None
    return None


def normalise_person(name: str, lex: Lexicon) -> str:
    """One spelling per person: given-name transliterations and aliases folded."""
    canonical = lex.canonical(name)
    if canonical is not None:
        return canonical
    parts = name.split()
    parts = [lex.given_names.get(p, p) for p in parts]
    joined = " ".join(parts)
    return lex.canonical(joined) or joined


_VOWELS = str.maketrans("", "", "aeiouy")


def place_key(name: str) -> str:
    """One key for the spellings of a place name: transliterations differ in vowels, doubled
    letters and "ch"/"sh"/"kh" ("Marrakech", "Marrakesh" -> "mrksh"). Used inside subject keys
    only; labels keep the name as written."""
    word = name.lower().replace("kh", "k").replace("ch", "sh").replace("ph", "f")
    skeleton = word[:1] + word[1:].translate(_VOWELS)
    return "".join(c for i, c in enumerate(skeleton) if i == 0 or c != skeleton[i - 1])
