"""Tokens of one sentence: character offsets, lower case, lemmas and a coarse word class.

Closed classes (determiners, prepositions, auxiliaries, pronouns, conjunctions) come from
``rules/grammar/read.yaml``; open classes and lemmas from lemminflect's English lexicon, which ships
its data in the wheel (no download). A word neither knows is a noun when it is lower case and a
proper noun when it is capitalised: the vocabulary is open, so "assailants" or "classrooms" are read
as nouns with their singular lemma although no list of ours names them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import lemminflect
import regex
from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import applyCapsStyleToDict, getCapsStyle

from ..grammar import GrammarError, section
from .lemma_table import lemma_dict

G = section("read")

_TOKEN = G.re("token")
# One step of the tokenizer as one pattern, so a sentence is read by one scan: at a character that
# is not white space (as str.isspace says), a token, else that character alone.
_SPACES = "".join(re.escape(chr(c)) for c in range(0x3001) if chr(c).isspace())
_STEP = regex.compile(rf"(?s)(?![{_SPACES}])(?:{_TOKEN.pattern}|.)")
# The same step for a sentence of ASCII characters only (most), by the standard library's engine,
# which makes a match about twice as fast: there a letter (\p{L}) is [A-Za-z], no character is a
# mark (\p{M}) and a digit is [0-9]. Written for the token pattern as it stands; any other reads
# every sentence with the pattern itself (tests/test_read.py compares the two).
_ASCII_TOKEN = r"\p{L}[\p{L}\p{M}]*(?:['’.\-]\p{L}[\p{L}\p{M}]*)*|\d+(?:[,.]\d+)*|[^\s\p{L}\d]"
_ASCII_SPACES = "".join(re.escape(chr(c)) for c in range(128) if chr(c).isspace())
_ASCII_STEP = (
    re.compile(rf"(?s)(?![{_ASCII_SPACES}])(?:[A-Za-z]+(?:['.\-][A-Za-z]+)*|[0-9]+(?:[,.][0-9]+)*|.)")
    if _TOKEN.pattern == _ASCII_TOKEN
    else _STEP
)
# The same steps for findall, each match a run of white space and the token after it: a sentence
# is read as pairs of text, with no match object per token (the run is always whole: the token
# never starts on white space).
_RUN = regex.compile(rf"(?s)([{_SPACES}]*)(?![{_SPACES}])({_TOKEN.pattern}|.)")
_ASCII_RUN = (
    re.compile(rf"(?s)([{_ASCII_SPACES}]*)(?![{_ASCII_SPACES}])([A-Za-z]+(?:['.\-][A-Za-z]+)*|[0-9]+(?:[,.][0-9]+)*|.)")
    if _ASCII_STEP is not _STEP
    else _RUN
)
if _RUN.groups != 2:
    raise GrammarError(f"{G.path}: token: the pattern may hold no capturing group")
_DETERMINERS = G.words("determiners")
_PREPOSITIONS = G.words("prepositions")
_AUXILIARIES = G.words("auxiliaries")
_MODALS = G.words("modals")
_NEGATIONS = G.words("negations")
_PRONOUNS = G.words("pronouns")
_CONJUNCTIONS = G.words("conjunctions")
_ADVERBS = G.words("adverbs")
_NUMBER_WORDS = G.words("number_words")
_PAST_FORMS = G.words("past_forms")
CLAUSE_PUNCT = G.words("clause_punct")
PARTICLES = G.words("particles")
OBJECT_COMPLEMENT_VERBS = G.words("object_complement_verbs")
ESTIMATING_VERBS = G.words("estimating_verbs")
CLAUSE_OPENERS = G.words("clause_openers")
LEVEL_LINKS = G.words("level_links")
REPORTING_VERBS = G.words("reporting_verbs")
LEVEL_CHANGES = G.words("level_changes")
QUALIFIERS = G.words("qualifiers")
SIZE_VERBS = G.words("size_verbs")
COLLECTIVE = G.words("collective")
_NOUNS_IN_ING = G.words("nouns_in_ing")
_QUANTIFIERS = G.words("quantifiers")
_RELATIVES = G.words("relative_pronouns")
_ARTICLES = G.words("articles")

# Coarse classes, as in Universal Dependencies: NUM PUNCT DET ADP AUX PRON CCONJ PROPN NOUN VERB ADJ ADV
CLOSED = (
    ("AUX", _AUXILIARIES | _MODALS),
    ("DET", _DETERMINERS),
    ("ADP", _PREPOSITIONS),
    ("PRON", _PRONOUNS),
    ("CCONJ", _CONJUNCTIONS),
    ("ADV", _NEGATIONS | _ADVERBS),
    ("NUM", _NUMBER_WORDS),
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    tag: str  # the class read in context
    noun: str | None  # lemma when the word can be a noun ("hostages" -> "hostage")
    verb: str | None  # lemma when the word can be a verb ("trapped" -> "trap")
    adj: bool  # the word can be an adjective ("dead", "injured", "homeless")
    modal: bool = False
    negation: bool = False


@functools.lru_cache(maxsize=1 << 16)
def lemmas(lower: str) -> tuple[str | None, str | None, bool, bool]:
    """(noun lemma, verb lemma, can be an adjective, can be an adverb) of a lower-case word; for a
    hyphenated word, of its last part ("full-time workers" -> "worker")."""
    word = lower.rsplit("-", 1)[-1] if "-" in lower else lower
    found = all_lemmas(word)
    noun = _pick(found.get("NOUN"), word)
    verb = _pick(found.get("VERB"), word)
    adj, adv = "ADJ" in found, "ADV" in found
    if not found and word.isalpha() and len(word) > 5 and word.endswith("ed"):
        # a word English does not list in -ed is a past form ("refloated", "deplaned"), no noun
        verb = lemminflect.getAllLemmasOOV(word, "VERB").get("VERB", (word,))[0]
    elif not found and word.isalpha():
        noun = lemminflect.getAllLemmasOOV(word, "NOUN").get("NOUN", (word,))[0]
    if noun and "-" in lower:
        noun = lower.rsplit("-", 1)[0] + "-" + noun
    elif "-" in lower and noun is None and verb is None:
        noun, adj, adv = lower, False, False  # "sit-in", "stand-off": a compound noun
    return noun, verb, adj, adv


def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """``lemminflect.getAllLemmas(word)``, the same dictionary without its deep copies of the
    entries (tuples of text, copied into a fresh dictionary here): about ten times faster, and
    every new word of an article's vocabulary is looked up (tests/test_lemmas_fast.py)."""
    lem = Lemmatizer()  # one instance per process: its tables load once
    lower = word.lower()
    found = {**lemma_dict(lem).get(lower, {}), **lem._getOverridesDict().get(lower, {})}
    return applyCapsStyleToDict(found, getCapsStyle(word))  # type: ignore[no-any-return]


def _pick(options: tuple[str, ...] | None, word: str) -> str | None:
    """The lemma among several that is the word itself, if any ("lay" is lay, not lie)."""
    if not options:
        return None
    if word in _PAST_FORMS:
        return next((o for o in options if o != word), word)  # "fell": fall, not fell
    return word if word in options else options[0]


def is_plural(t: Token) -> bool:
    """A plural noun, which ends a noun phrase after a figure ("300 people homeless")."""
    return t.tag == "NOUN" and (t.lower in COLLECTIVE or (t.noun is not None and t.noun != t.lower))


def _closed(lower: str) -> str | None:
    for tag, words in CLOSED:
        if lower in words:
            return tag
    return None


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]`` with their classes read in context."""
    run = _ASCII_RUN if text.isascii() or text[start:end].isascii() else _RUN
    out: list[Token] = []
    at = start  # the runs follow each other: each token starts where its white space ends
    for space, word in run.findall(text, start, end):
        at += len(space)
        out.append(Token(at, at + len(word), word, *(_classify_next(word) if out else _classify(word, True))))
        at += len(word)
    _resolve(out)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _classify_next(word: str) -> tuple[str, str, str | None, str | None, bool, bool, bool]:
    """``_classify(word, False)``, cached by the word alone: the call made for most tokens."""
    return _classify(word, False)


@functools.lru_cache(maxsize=1 << 16)
def _classify(word: str, first: bool) -> tuple[str, str, str | None, str | None, bool, bool, bool]:
    """(lower, tag, noun, verb, adj, modal, negation) of a word form out of context: the same for
    every occurrence, so computed once per form (every sentence with a figure or a date is read)."""
    lower = word.lower()
    if word[0].isdigit():
        return lower, "NUM", None, None, False, False, False
    if not word[0].isalpha():
        return lower, "PUNCT", None, None, False, False, False
    closed = _closed(lower) or _closed_compound(lower)
    if closed == "PRON" and len(word) > 1 and word.isupper():
        return lower, "PROPN", None, None, False, False, False  # "US": the country, not "us"
    if closed is not None:
        return lower, closed, None, None, False, lower in _MODALS, lower in _NEGATIONS
    noun, verb, adj, adv = lemmas(lower)
    if word[0].isupper() and (not first or (noun is None and verb is None and not adj)):
        return lower, "PROPN", noun, None, False, False, False
    tag = "NOUN" if noun else "VERB" if verb else "ADJ" if adj else "ADV" if adv else "NOUN"
    return lower, tag, noun, verb, adj, False, False


def _closed_compound(lower: str) -> str | None:
    """A figure written as a word and joined to its unit ("three-day", "six-week") is a figure, as
    "3-day" is: the word after it is the noun it sizes ("a three-day strike this week"), not a verb."""
    head, dash, _ = lower.partition("-")
    return "NUM" if dash and head in _NUMBER_WORDS else None


# Classes before a word that make an ambiguous noun/verb a noun ("the attacks", "2,000 rescues")
_NOMINAL_CONTEXT = frozenset({"DET", "ADJ", "NUM", "ADP"})


def _resolve(tokens: list[Token]) -> None:
    """A word that can be a noun or a verb is a noun after a determiner, an adjective, a figure or a
    preposition, and a verb after a noun, a pronoun or an auxiliary ("they attacked", "people fled");
    a past participle after a noun stays a verb ("the people trapped")."""
    for i, t in enumerate(tokens):
        if t.tag not in ("NOUN", "ADJ", "VERB") or t.verb is None:
            continue
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev is None:
            continue
        if prev.lower == "to" and t.verb is not None and t.verb == t.lower:
            t.tag = "VERB"  # "plans to lay off": an infinitive
        elif prev.lower in _QUANTIFIERS and (t.lower in COLLECTIVE or t.noun not in (None, t.lower)):
            t.tag = "NOUN"  # "many people", "several alarms sounded": a plural after a quantifier
        elif prev.tag == "ADP" and t.lower.endswith("ing") and nxt is not None and nxt.tag in ("NUM", "DET"):
            t.tag = "VERB"  # "by firing four executives", "after killing 12": a gerund takes its object
        elif prev.tag == "NUM" and t.tag == "VERB" and t.adj and nxt is not None and nxt.tag == "NOUN":
            t.tag = "ADJ"  # "four top executives": a figure's adjective, never a verb after it
        elif t.noun is None and _noun_listed_as_verb(t, prev):
            t.tag, t.noun = ("ADJ", None) if t.adj else ("NOUN", t.verb)  # "two dams", "its own"
        elif prev.lower in _RELATIVES and _past_form(t):
            t.tag = "VERB"  # "an attack that left 18 people dead": a relative clause's verb
        elif _gerund_before_noun(tokens, i):
            t.tag, t.noun = ("ADJ" if t.adj else "NOUN"), t.lower  # "the fishing vessel", "a bowling alley"
        elif prev.tag not in _NOMINAL_CONTEXT and nxt is not None and (nxt.tag in ("NUM", "DET") or _sized(tokens, i)):
            if not _bare_form_after_singular(tokens, i):
                t.tag = "VERB"  # "and left 300 people homeless": a verb takes the figure as its object
        elif prev.tag in ("CCONJ", "PUNCT") and _particle_then_object(tokens, i + 1):
            t.tag = "VERB"  # "and shot down an aircraft", ", laid off 300": a phrasal verb's object
        elif prev.lower == "one" and t.noun == t.lower and not t.adj:
            t.tag = "NOUN"  # "one guard was killed": the numeral before a singular noun
        elif (prev.tag in ("AUX", "PRON") or prev.negation) and not (
            nxt is not None and nxt.tag == "NOUN" and t.noun == t.lower == t.verb and prev.tag == "AUX"
        ):
            t.tag = "VERB"  # "were trapped", "they fled"; but "were police officers": a noun's modifier
        elif prev.tag == "ADV" and (t.verb != t.lower or i > 1 and tokens[i - 2].tag in ("NOUN", "PROPN", "PRON")):
            t.tag = "VERB"  # "the share only rose", "the figures now stand"
        elif _noun_in_ing_after_noun(tokens, i):
            t.tag = "NOUN"  # "the 13-story building collapsed", "a flood warning was lifted"
        elif _gerund_after_adjective(tokens, i):
            t.tag, t.noun = "NOUN", t.lower  # "three days of national mourning", "after heavy shelling"
        elif prev.tag in ("NOUN", "PROPN") and (
            t.noun is None or t.lower.endswith(("ed", "en")) or (t.verb != t.lower and t.noun == t.lower)
        ):
            t.tag = "VERB"  # "the toll rose": an inflected verb form that is a bare noun too
        elif prev.tag in _NOMINAL_CONTEXT and t.noun is not None:
            t.tag = "NOUN"


def _sized(tokens: list[Token], i: int) -> bool:
    """A size verb's inflected form with a figure after it across its qualifiers ("the banyan stands
    over 60 feet high", "the tower measures about 400 feet"): the verb, never a plural noun."""
    t = tokens[i]
    if t.verb not in SIZE_VERBS or t.verb == t.lower:
        return False
    k = i + 1
    while k < len(tokens) and k - i <= 3 and tokens[k].lower in QUALIFIERS:
        k += 1
    return k > i + 1 and k < len(tokens) and tokens[k].tag == "NUM"


def _gerund_before_noun(tokens: list[Token], i: int) -> bool:
    """A word in -ing that no lexicon lists as a noun, between a determiner (or an adjective after
    one) and a noun, modifies that noun ("the fishing vessel", "a bowling alley", "the scorching
    heat"): no verb, which would end the noun phrase at it."""
    t, prev = tokens[i], tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if t.noun is not None or not t.lower.endswith("ing") or nxt is None or nxt.tag != "NOUN":
        return False
    if prev.tag == "ADJ":  # "the immediate surrounding area", not "posted online showing buildings"
        return i > 1 and tokens[i - 2].tag in ("DET", "ADP")
    return prev.tag == "DET" and prev.lower not in _RELATIVES


def _noun_listed_as_verb(t: Token, prev: Token) -> bool:
    """A verb's bare form after an article ("the dam") or its form in -s after an article or a
    figure ("two dams"): a noun or its plural (or an adjective: "its own"), which no verb is there;
    a figure may be the subject of a bare verb ("82 remain missing")."""
    last = t.lower.rsplit("-", 1)[-1]
    if t.verb is None or t.verb == last and prev.lower not in _ARTICLES:
        return False
    return (prev.lower in _ARTICLES or prev.tag == "NUM") and last in (t.verb, t.verb + "s", t.verb + "es")


def _past_form(t: Token) -> bool:
    """An inflected verb form that is no plural nor a word in -ing ("left", "saw", "fell")."""
    last = t.lower.rsplit("-", 1)[-1]
    return t.verb is not None and t.verb != last and not last.endswith(("s", "ing"))


def _singular(t: Token) -> bool:
    """A common noun in the singular ("story", "condo", "train"), not "people" nor "police"."""
    return t.tag == "NOUN" and t.noun == t.lower and t.lower not in COLLECTIVE


def _bare_form_after_singular(tokens: list[Token], i: int) -> bool:
    """A word that is a noun and a verb's bare form, after a singular noun: no verb of that noun,
    which would agree with it ("the train derails"), but the head of its compound ("the freight
    train that derailed", "main track 1"); a past tense of the same form is a verb ("the tornado cut
    a path")."""
    t = tokens[i]
    if t.noun != t.verb or t.noun != t.lower or t.lower in _NOT_COMPOUND_HEADS or not _singular(tokens[i - 1]):
        return False
    return not (i > 1 and tokens[i - 2].tag == "CCONJ") and t.lower not in _past_tenses(t.lower)


@functools.lru_cache(maxsize=1 << 12)
def _past_tenses(verb: str) -> frozenset[str]:
    return frozenset(lemminflect.getInflection(verb, "VBD") + lemminflect.getInflection(verb, "VBN"))


def _noun_in_ing_after_noun(tokens: list[Token], i: int) -> bool:
    """A word in -ing that can be a noun, right after a singular noun or a name, is the head of their
    compound ("the 13-story building", "the House hearing", "on Friday evening") when nothing a verb
    would take follows it, or whatever follows when it names a thing rather than an act
    (``nouns_in_ing``: "the condo building in Velm"); after a plural it is a participle ("people
    living in tents"), and one naming an act before a phrase is one too ("a ship sailing under")."""
    t, prev = tokens[i], tokens[i - 1]
    if t.noun != t.lower or not t.lower.endswith("ing") or not (_singular(prev) or prev.tag == "PROPN"):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return t.lower in _NOUNS_IN_ING or nxt is None or nxt.tag in _AFTER_COMPOUND


# what may follow a compound noun's head but not a verb in -ing that takes an object or a phrase
_AFTER_COMPOUND = frozenset({"PUNCT", "AUX", "VERB", "CCONJ"})


def _gerund_after_adjective(tokens: list[Token], i: int) -> bool:
    """A word in -ing, after a word that can be an adjective in a noun phrase's place (after a
    determiner or a preposition), with no object after it: the noun of an act ("of national
    mourning", "the heavy fighting near Velm"), not a verb whose subject the word before would be
    ("the crash involving two trains")."""
    t, prev = tokens[i], tokens[i - 1]
    if t.noun not in (None, t.lower) or not t.lower.endswith("ing") or not prev.adj or i < 2:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i - 2].tag in ("DET", "ADP") and (nxt is None or nxt.tag in _AFTER_NOUN_PHRASE)


# what follows a noun phrase that ends on its head, where an object would follow a verb ("the
# crash involving two trains")
_AFTER_NOUN_PHRASE = frozenset({"PUNCT", "ADP", "CCONJ", "AUX", "VERB"})


def _particle_then_object(tokens: list[Token], i: int) -> bool:
    """A particle at token ``i`` with a figure or an article after it: "(shot) down an aircraft"."""
    return i + 1 < len(tokens) and tokens[i].lower in _OBJECT_PARTICLES and tokens[i + 1].tag in ("NUM", "DET")


# particles that are seldom a preposition of a noun's ("power in the", "part of"): "shot down the"
_OBJECT_PARTICLES = frozenset({"off", "out", "down", "away", "back"})


# a particle ("made their way up the"), or a verb of saying whose subject may be plural before a
# singular noun ("photos near the hospital show a", "images and video show that")
_NOT_COMPOUND_HEADS = PARTICLES | _OBJECT_PARTICLES | REPORTING_VERBS
