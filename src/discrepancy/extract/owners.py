"""Whose a figure is: the candidate whose votes or share ("Rey won 51%"), the party whose seats
("Reform UK, Plaid Cymru and the Greens each secured four seats"), the army whose troops ("Russia's
100,000 troops"), read off the names before the figure in its clause (`rules/grammar/owners.yaml`)."""

from __future__ import annotations

import re

from ..grammar import section
from ..lexicon import PLACE_TYPES, Lexicon
from ..normalise.entities import Mention
from ..read.literal_gate import gated
from .persons import Cast

G = section("owners")

VOTE_VERB = gated(G.re("vote_verb"))
NOT_OWNER = G.re("not_owner")
_PROPER = G.re("proper")
_GOVERNED = G.re("governed_name")
_EACH_BEFORE = gated(G.re("each_before"))
_OWNER_CLAUSE_CUT = gated(G.re("owner_clause_cut"))
_OWNER_LIST_GLUE = G.re("owner_list_glue")
_AFFILIATION = G.re("affiliation")
_PRONOUN_SUBJECT = G.re("pronoun_subject")
_ORGANISATION_HEADS = G.words("organisation_heads")
_ACRONYM = G.re("acronym")
_NAME_MODIFIER = G.re("name_modifier")
_HYPHEN = re.compile(r"-")


def named_owner(text: str, ss: int, start: int, lex: Lexicon, cast: Cast | None) -> str | None:
    """The last name before a figure in its sentence: 'Tomas Rey, took 44 percent'; a sentence's
    first word when a vote verb gives the figure ('Rey emerged the winner after polling 51%');
    not a place a preposition governs after a name ('Rey won the race of Lindia with 51%').
    ``cast``: the people the article names, or None when the owner is no person's."""
    lo = max([c.end() for c in _OWNER_CLAUSE_CUT.finditer(text, ss, start)], default=ss)
    best, best_end = None, lo
    for m in _PROPER.finditer(text, lo, start):
        if best is not None and _AFFILIATION.fullmatch(text, best_end, m.start()):
            best_end = m.end()  # "Rey of the Velm Party (VP) won": the party is Rey's, the votes too
            continue
        words = m.group(0).split()
        opens = m.start() == ss  # a word opening the sentence is capitalised whatever it is
        owned = [
            i
            for i, w in enumerate(words[:-1])
            if w.endswith(("'s", "’s", "s'", "s’")) and words[i + 1].lower() not in _ORGANISATION_HEADS
        ]
        if owned:  # "Nigel Farage's Reform UK": the party, not its leader
            words, opens = words[owned[-1] + 1 :], False
        words = words[:-1] + [words[-1].removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")]
        while words and NOT_OWNER.match(words[0]):
            words, opens = words[1:], False  # "The Conservatives lost 250 seats": a name after "The"
        if (
            not words
            or (opens and len(words) == 1 and lex.canonical(words[0]) is None)
            and not VOTE_VERB.search(text, m.end(), start)
        ):
            continue  # "Officials ..." opens a sentence; "Erdogan won 52%" names the owner
        governed = _GOVERNED.search(text, lo, m.start()) if best is not None else None
        if governed is not None and (_place(words, lex) or governed.group(0).split()[0].lower() != "of"):
            continue  # "the winner of Kenya's election with 50%", "polled a million in Kano": a place
        name = lex.titles_re.sub("", " ".join(words)).strip()
        if name and not NOT_OWNER.match(name):
            best, best_end = lex.canonical(name) or name, m.end()
    if cast is None:  # an employer's headcount: no person's
        return best
    if best is None and _PRONOUN_SUBJECT.search(text, lo, start):
        return cast.antecedent(ss, lo)  # "He secured 1.4 million votes": the one just named
    return cast.full_name(best) if best else best  # "Atiku won": the Atiku Abubakar it names


def _place(words: list[str], lex: Lexicon) -> bool:
    name = lex.canonical(" ".join(words))
    return name is not None and lex.entities[name].type in PLACE_TYPES


def shared_owners(text: str, ss: int, start: int, lex: Lexicon, cast: Cast) -> list[str]:
    """The names a figure counts for each of ("Reform UK, Plaid Cymru, and the Green Party each
    secured four seats"), or [] when the figure is not distributed over a list of names."""
    each = _EACH_BEFORE.search(text, ss, start)
    if each is None:
        return []
    names = list(_PROPER.finditer(text, ss, each.start()))
    if len(names) < 2 or names[-1].end() != each.start():
        return []
    listed = [names[-1]]
    for prev in reversed(names[:-1]):
        if not _OWNER_LIST_GLUE.fullmatch(text, prev.end(), listed[0].start()):
            break
        listed.insert(0, prev)
    owners = [named_owner(text, ss, m.end(), lex, cast) for m in listed]
    return [o for o in owners if o] if len(listed) > 1 else []


def owner_of(text: str, ss: int, start: int, mods: list[str], mentions: list[Mention], lex: Lexicon) -> str | None:
    for w in mods:
        owner = lex.demonyms.get(w.lower()) or lex.canonical(w.rstrip("'’s"))
        if owner and not (owner in lex.entities and lex.entities[owner].type == "group"):
            return owner  # "Russian troops"; but "army personnel" says who they are, not whose
    # possessive right before: "Russia's 100,000 troops"
    cands = [m for m in mentions if ss <= m.start and m.end <= start and not m.stance]
    for m in reversed(cands):
        if m.possessive and start - m.end < 6:
            return lex.root(m.name)
    # the clause's agent: the nearest actor before the figure that no preposition governs
    for m in reversed(cands):
        if m.prep is None and not m.possessive and lex.entities[m.name].type != "group":
            return lex.root(m.name)
        if m.prep is None and m.possessive:
            return lex.root(m.name)
    return None


def is_name_modifier(word: str) -> bool:
    """Whether a word before a name says where it is or who leads it ("Karachi-based", "Brell-led")."""
    return _NAME_MODIFIER.fullmatch(word) is not None


def owner_key(owner: str | None, lex: Lexicon) -> str:
    """ "Recep Tayyip Erdogan" and "Erdogan" own one share: a name the lexicon does not know goes by
    its last word in subject keys; an organisation by its distinctive word ("Heron Alliance"); an
    acronym by its letters without hyphens ("VDL-N" is VDLN)."""
    if owner is None:
        return "-"
    if owner in lex.entities or not owner[:1].isupper():
        return owner
    words = [w for w in owner.split() if not _NAME_MODIFIER.fullmatch(w)] or owner.split()
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
        return _HYPHEN.sub("", words[0])  # "PML-N", "the Brell-led VDL-N"
    if len(words) == 1:
        return words[0]
    last = words[-1]
    if last.lower() in _ORGANISATION_HEADS or lex.canonical(last) is not None:
        # "Heron Alliance", "Reform UK": an organisation goes by its distinctive word
        named = [w for w in words if w.lower() not in _ORGANISATION_HEADS and lex.canonical(w) is None]
        return named[0] if named else last
    return last
