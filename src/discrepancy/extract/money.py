"""What a sum of money is, and who receives it.

A verdict, a contract or a settlement states several sums at once: damages of two kinds, a sum sued
for, a cap, what one party owes the other. A sum is keyed by its kind (the noun after "in", a suit,
a limit) and by the party it goes to (the recipient of an award, the party fined), so a sum awarded
to one party never meets a sum awarded to the other, and "awarded Velm $3 million" meets "Velm won
$3 million". A recipient told only by a pronoun is unknown: the sum is kept but not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..grammar import section
from ..lexicon import Lexicon, fold
from ..read import Reading
from .open_counts import countable

G = section("money")

_IN_KIND = G.re("in_kind")
_TO_RECIPIENT = G.re("to_recipient")
_RECIPIENT_BEFORE = G.re("recipient_before")
_POSSESSOR_AWARD = G.re("possessor_award")
_FINED = G.re("fined")
_SUED_FOR = G.re("sued_for")
_SUIT_AFTER = G.re("suit_after")
_COUNTER_CLAUSE = G.re("counter_clause")
_LIMIT_BEFORE = G.re("limit_before")
_REDUCED_TO = G.re("reduced_to")
_AWARD_NAMED = G.re("award_named")
_CLAUSE_CUT = G.re("clause_cut")
_HANDING_BEFORE = G.re("handing_before")
_TO_AFTER = G.re("to_after")
_PAYMENT_FORMS = G.words("payment_forms")
_FINE_PARTY_AFTER = G.re("fine_party_after")
_FINE_PARTY_BEFORE = G.re("fine_party_before")
_VERB_KIND = G.re("verb_kind")

_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "it"})
# kinds that say no more than "a sum awarded": the recipient's award
_GENERIC = frozenset({None, "damage", "total", "sum", "amount", "money", "award"})
_WINDOW = 160  # how far back the words before an amount may name its recipient


@dataclass
class MoneyRole:
    topic: str | None  # what kind of money
    party: str | None = None  # who receives it (or who is fined)
    known: bool = True  # False: a party is told but only by a pronoun


def kind_after(text: str, end: int, se: int, lex: Lexicon) -> str | None:
    """The kind named right after an amount ("$2 million in compensatory damages")."""
    m = _IN_KIND.match(text, end, se)
    if m is None or lex.topic_re is None:
        return None
    kind = lex.topic_re.match(text, m.end(), se)
    if (
        kind is None
        and (form := _WORD.match(text, m.end(), se)) is not None
        and form.group(0).lower() in _PAYMENT_FORMS
    ):
        return kind_after(text, form.end(), se, lex)  # "$22 million in bitcoin as ransom": paid in it, as the kind
    return lex.topic_of[fold(kind.group(0))] if kind else None


def money_role(
    text: str, ss: int, se: int, start: int, end: int, topic: str | None, lex: Lexicon, named: str | None = None
) -> MoneyRole:
    """The kind and the party of an amount at [start, end), its topic read so far given, and ``named``
    the noun of the "in" phrase after it ("$2 million in legal fees"), when it names one."""
    if named in _PAYMENT_FORMS:
        named = None  # "for $68.7 billion in cash": how it is paid, not what it is
    after = kind_after(text, end, se, lex) or named
    topic = after or topic
    lo = max(ss, start - _WINDOW)
    cut = max((c.end() for c in _CLAUSE_CUT.finditer(text, lo, start)), default=lo)
    before = text[cut:start]
    suit = _suit(text, cut, start, end, se)
    if suit is not None:
        return MoneyRole(suit)
    if _LIMIT_BEFORE.search(before) is not None:
        return MoneyRole(f"{topic or 'award'} limit")
    if _REDUCED_TO.search(before) is not None:
        return _reduced(text, ss, start, topic)
    if (m := _FINED.search(before)) is not None:
        return _with_party("fine", m.group("who") or m.group("who2"))
    if topic == "fine" and (party := _fine_party(text, before, end, se)) is not None:
        return _with_party("fine", party)
    m = _TO_RECIPIENT.search(before) or _RECIPIENT_BEFORE.search(before) or _POSSESSOR_AWARD.search(before)
    if m is None:
        return _handed_to(text, before, end, se, topic, after)
    if "verb" in m.groupdict() and m.group("verb").lower().startswith("ow"):
        return _with_party("owed", m.group("to"))  # what one party owes the other: never an award
    # the kind is named after the amount or after the verb, never by a sum the clause told before
    kind = after or _kind_within(text, cut + m.start(), start, lex) or "award"
    if kind in _GENERIC:
        kind = "award"  # "awarded Velm $3 million in damages": Velm's award
    return _with_party(kind, m.group("to"))


def _fine_party(text: str, before: str, end: int, se: int) -> str | None:
    """The party a fine was imposed on, named after its amount ("a €746m penalty doled out to
    Velmcorp", "a €746m Velmcorp fine") or before it in brackets ("those of Velmcorp (€1.1bn")."""
    m = _FINE_PARTY_AFTER.match(text, end, se)
    if m is not None:
        return m.group("who") or m.group("who2")
    m = _FINE_PARTY_BEFORE.search(before)
    return m.group("who") if m is not None else None


def _handed_to(text: str, before: str, end: int, se: int, topic: str | None, after_kind: str | None) -> MoneyRole:
    """A sum handed over with its recipient after it ("awarded $4 million to the Velm family",
    "ordered to pay $2 million in damages to the victims' parents"): the recipient's, keyed by
    its name or by the head of the noun phrase that names it."""
    after = _TO_AFTER.match(text, end, se) if _HANDING_BEFORE.search(before) else None
    if after is None:
        return MoneyRole(_verb_kind(before) or topic if topic in _GENERIC else topic)
    kind = after_kind or "award"
    return _with_party("award" if kind in _GENERIC else kind, after.group("to") or after.group("head"))


def _verb_kind(before: str) -> str | None:
    """The kind of a sum a verb right before it says ("withdrew a total of $42 billion": a withdrawal;
    "pledged to invest $500 million": an investment), else None."""
    m = _VERB_KIND.search(before)
    return next((kind for kind, word in m.groupdict().items() if word), None) if m is not None else None


def _reduced(text: str, ss: int, start: int, topic: str | None) -> MoneyRole:
    """A sum cut to a new level: the named party's award as it now stands ("awarded Velm $15 million,
    which the judge reduced to $10 million"), else a limit of its kind."""
    named = list(_AWARD_NAMED.finditer(text, ss, start))
    if named:
        return MoneyRole("award", named[-1].group("to"))
    return MoneyRole(f"{topic or 'award'} limit")


def _kind_within(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The last kind of money named in [lo, hi) ("granted Velm a $3 million bonus" names none)."""
    if lex.topic_re is None:
        return None
    found = [lex.topic_of[fold(k.group(0))] for k in lex.topic_re.finditer(text, lo, hi)]
    return found[-1] if found and found[-1] not in _GENERIC else None


def _suit(text: str, cut: int, start: int, end: int, se: int) -> str | None:
    """A sum claimed in a suit ("sued X for $N", "a $N countersuit"): the suit or the counterclaim."""
    m = _SUED_FOR.search(text, cut, start) or _SUIT_AFTER.match(text, end, se)
    if m is None:
        return None
    counter = m.group("counter") or _COUNTER_CLAUSE.search(text, cut, start)
    return "countersuit" if counter else "suit"


def _with_party(kind: str, party: str) -> MoneyRole:
    """A named party keys the sum; a pronoun leaves it unknown: a sum of a named kind ("in punitive
    damages") is still compared by its kind, a bare award or debt ("awarded her $2 million") is not."""
    party = party.strip()
    if party.lower() in _PRONOUNS:
        return MoneyRole(kind, None, known=kind not in _GENERIC | {"owed"})
    return MoneyRole(kind, party)


def kind_in_after(reading: Reading, end: int) -> str | None:
    """What a sum is, named by the bare noun phrase of "in" right after it, any noun ("$12 million
    in legal fees", "$3 million in back pay", "$5 million in lawyers' fees"): a phrase with an
    article ("in the first quarter", "in the case") or a name ("in Osland") says where or when."""
    toks = reading.tokens
    i = reading.index_at(end)
    if i + 1 >= len(toks) or toks[i].lower != "in" or toks[i + 1].tag not in ("NOUN", "ADJ"):
        return None
    np = reading.noun_phrase(i + 1)
    k = np.head + 1 if np is not None else i
    if np is not None and k + 1 < len(toks) and toks[k].lower in _POSSESSIVE:
        np = reading.noun_phrase(k + 1)  # "in lawyers' fees": the fees, not the lawyers
    if np is None or not countable(reading, np) or reading.tokens[np.head].tag != "NOUN":
        return None
    return np.lemma


_POSSESSIVE = frozenset({"'", "’", "'s", "’s"})
