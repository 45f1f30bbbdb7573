"""Who asserts a claim ("police said", "according to the UN", "X accused Y of").

The speaker is found per sentence; the outlet is the speaker when no one else is named. How firmly
the claim is asserted is read by ``modality.py``.
"""

from __future__ import annotations

import regex as re

from ..grammar import section
from ..lexicon import Lexicon
from ..normalise.entities import normalise_person
from ..phrases import CaseFree, lowered
from .speaker_gates import FOLD, ends_in_space_after, holds, last_word_end, lexicon_needs, tail_reach

G = section("attribution")

_AUX = G.re("aux")
_SAID_PRONOUN = G.re("said_pronoun")
_SAID_SUBJECT = G.re("said_subject")
_PLACE_AFTER_HEAD = G.re("place_after_head")
_DANGLING_END = G.re("dangling_end")
_RELATIVE_SUBJECT = G.re("relative_subject")
_REPORT_NOUN = G.re("report_noun")
_REPORT_BODY = G.re("report_body")
_STRICKEN_PLACE = G.re("stricken_place")
_NO_SUBJECT_OPENING = G.re("no_subject_opening")
_OFFICE_WORDS = G.words("office_words")
_SPEAKER_HEADS = G.words("speaker_heads")
_HEAD_CUT = G.words("head_cut")
_AGENT_NOUN = G.re("agent_noun")
_SURNAME = G.re("surname")
_GIVEN_BEFORE = G.re("given_before")
_SURNAME_LOOKS = 5  # earlier mentions of a surname read back for its full name
_QUOTED_AS_SAYING = G.re("quoted_as_saying")
_CLAUSE_CUT = G.re("clause_cut")
_LEAD = G.re("lead")
_NAME_TAIL = G.re("name_tail")
_PRONOUNS = G.words("pronouns")
_DET_BEFORE = G.re("det_before")
_PASSIVE_BEFORE = G.re("passive_before")
_DET_REACH, _PASSIVE_REACH = tail_reach(_DET_BEFORE), tail_reach(_PASSIVE_BEFORE)  # both end in "\s+$"
_INVERTING = G.re("inverting")
_PART_CUT = G.re("part_cut")
_FINAL_STOP = G.re("final_stop")
_QUOTE_END = G.re("quote_end")
_PUT_AT_FRAME = G.re("put_at_frame")
_PARTICIPLE_AFTER_HEAD = G.re("participle_after_head")
_BY_AGENT = G.re("by_agent")
_REPORT_OWNER = G.re("report_owner")
_REPORT_SUBJECT_VERB = G.re("report_subject_verb")
_PUT_AT_SCAN = CaseFree(_PUT_AT_FRAME)
# every match of put_at_frame opens on one of these verbs, and quoted_as_saying holds "quoted":
# a sentence with none of them (most) is not scanned for either
_PUT_AT_NEEDS = ("put", "estimat", "plac", "peg", "set", "fix", "rais", "lower", "revis", "updat", "reduc", "cut")
_QUOTED_NEEDS = ("quoted",)
_QUOTES = G.re("quotes")
_AGE_APPOSITIVE = G.re("age_appositive")
_ACRONYM_ASIDE = G.re("acronym_aside")
_APPOSITIVE = G.re("appositive")
_AFTER_QUOTE = G.re("after_quote")
_LEAD_JUNK = G.re("lead_junk")
_TAIL_JUNK = G.re("tail_junk")
_CONCESSIVE = G.re("concessive")
_CONCESSIVE_END = G.re("concessive_end")
_ROLE_APPOSITIVE = G.re("role_appositive")
_VENUE_AFTER = G.re("venue_after")
_NOT_SPEECH_AFTER = G.re("not_speech_after")
_ASIDE = G.re("aside")
_NAME_APPOSITIVE = G.re("name_appositive")
_PASSIVE_AGENT = G.re("passive_agent")
_CLAUSE_VERB = G.re("clause_verb")
_SAID_AFTER_NAME = G.re("said_after_name")
_FIGURE_AFTER = G.re("figure_after")
_RELATIVE_WORDS = frozenset(("that", "who", "which"))
_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))
_COORDINATED = frozenset(("and", "but", "yet", "and then", "then", "or"))  # "..., yet noted": the same subject
# how far from a speech word its speaker is looked for: a clause is never this long, and a
# sentence with no full stop (a hostile file) would otherwise be read again for every verb in it
_REACH = 1000
_CONCESSIVE_REACH = 300  # a concessive clause is read this far back from a claim or a speech verb
_CONCESSIVE_WORDS = ("though", "while", "whereas")  # in lower case, one stands in every opener


_CLEANED: dict[int, tuple[Lexicon, dict[str, str | None]]] = {}  # per lexicon: a phrase's speaker
_CLEANED_MAX = 20_000  # phrases remembered per lexicon (the same few speakers recur in every article)


def _clean_np(np: str, lex: Lexicon) -> str | None:
    """The speaker a phrase before a speech verb names (None: no one): read once per phrase."""
    got = _CLEANED.get(id(lex))
    if got is None or got[0] is not lex:
        got = _CLEANED[id(lex)] = (lex, {})
    seen = got[1]
    if np not in seen:
        if len(seen) >= _CLEANED_MAX:
            seen.clear()
        seen[np] = _read_np(np, lex)
    return seen[np]


def _read_np(np: str, lex: Lexicon) -> str | None:
    found = _read_phrase(np, lex)
    if found and found.islower() and not _headed(found):
        return None  # "the number of jobs (added)", "the total": a phrase that names no one
    return found


def _headed(phrase: str) -> bool:
    """Whether a phrase in lower case is headed by a noun of a person, a body, an outlet or a document
    (lexicon-free: the grammar's closed list of heads, read in the singular)."""
    words = phrase.replace("-", " ").split()
    cut = next((i for i, w in enumerate(words) if w in _HEAD_CUT), len(words))
    words = words[:cut]
    if len(words) > 1 and words[-1].endswith("ed"):
        words = words[:-1]  # "government figures released (said)"
    if not words:
        return False
    head = re.sub(r"['’]s?$", "", words[-1])
    singular = {head, head[:-1] if head.endswith("s") else head, head[:-2] if head.endswith("es") else head}
    if head.endswith("ies"):
        singular.add(head[:-3] + "y")
    if singular & _SPEAKER_HEADS or any(_AGENT_NOUN.search(w) for w in singular):
        return True  # "modellers", "statisticians": a noun of one who does
    return any(w.endswith(h) for w in singular for h in _SPEAKER_HEADS if len(h) >= 4)  # "carmaker"


def _read_phrase(np: str, lex: Lexicon) -> str | None:
    np = np.strip(" \t\n'\"“”‘’*•")
    for _ in range(4):  # "Western countries have" -> "Western countries"; "the ministry said it" -> "the ministry"
        cut = _AUX.search(np) or _SAID_PRONOUN.search(np)
        if not cut or not cut.group(0):
            break
        np = np[: cut.start()].rstrip(" ,")
    subject = _SAID_SUBJECT.search(np)
    if subject:  # "police said the army (reported)": the army asserts what it reported
        np = subject.group("subject")
    np = _LEAD.sub("", np).strip(" ,")
    # "where the prefecture", "In Paris the police headquarters", "police meanwhile": the speaker
    np = _TAIL_JUNK.sub("", _LEAD_JUNK.sub("", np)).strip(" ,")
    described = _PARTICIPLE_AFTER_HEAD.match(np)
    if described and _headed(described.group("head").lower()):
        np = described.group("head")  # "officials investigating the crash": the officials
    if _DANGLING_END.search(np) or _STRICKEN_PLACE.match(np) or _NO_SUBJECT_OPENING.match(np):
        return None  # "The number of (confirmed dead)": no noun; "Hard-hit Velm (reported)": a place
    # "the 9,000 staff the firm reported": the subject of the relative clause
    np = _LEAD.sub("", _RELATIVE_SUBJECT.sub("", np)).strip(" ,")
    if any(ch.isdigit() for ch in np):
        return None  # "with 96 percent of the ballots (counted)": not a speaker
    if not np or np[:1].isdigit() or len(np.split()) > 8 or (np.lower() in _PRONOUNS and not _acronym(np)):
        return None  # "he", "who"; but "WHO" is the World Health Organization
    whole = lex.canonical(np) or lex.canonical(f"the {np}")
    if whole:
        return whole
    if np.lower() in lex.common_speakers:
        return np.lower()  # "Organisers said" at the start of a sentence are the organisers
    placed = _PLACE_AFTER_HEAD.search(np)
    if placed and placed.start():  # "Authorities in Nagorno Velm": the authorities, not the place
        return _placed_speaker(np[: placed.start()], placed, lex)
    name = _NAME_TAIL.search(np)
    if name and len(name.group(1).split()) >= 2 and not np.islower():
        return normalise_person(_name_after_title(np, name), lex)
    if np[:1].isupper() and len(np.split()) == 1:
        return lex.canonical(np) or np
    return np.lower() if np[:1].isupper() and not np.isupper() and " " in np and not name else np


def _acronym(np: str) -> bool:
    """A pronoun's letters in capitals that name a body ("WHO" is the World Health Organization); "I" is no body."""
    return np.isupper() and len(np) > 1


def _placed_speaker(head: str, placed: re.Match[str], lex: Lexicon) -> str | None:
    """The speaker of a phrase that ends on a place ("Authorities in Nagorno Velm"): a name before
    the place is the speaker itself; a common noun keeps its place ("authorities in Nagorno Velm"),
    so that two regions' authorities stay two speakers."""
    found = _read_np(head, lex)
    name = _NAME_TAIL.search(head)
    if found is None or (name and len(name.group(1).split()) >= 2):
        return found
    return f"{found} {placed.group('prep')} {placed.group('place').strip()}"


def _name_after_title(np: str, name: re.Match[str]) -> str:
    """The name a phrase ends with when its last capitalised words run on before the three the
    name is read from: a title chain's name ("Chief Executive Ana Ruiz" -> "Ana Ruiz"), or else
    the whole long name ("United States Geological Survey", "Bureau of Labor Statistics")."""
    words = name.group(1).split()
    before = np[: name.start()].split()
    if not before or not (before[-1][:1].isupper() or before[-1] == "of"):
        return _untitled(words)  # "Gov. Ana Ruiz" -> "Ana Ruiz"; "General Election Commission" stays
    person = list(words)
    while len(person) > 1 and person[0].lower() in _OFFICE_WORDS:
        person = person[1:]
    if len(person) < len(words) and not any(w.lower() in _OFFICE_WORDS for w in person):
        return " ".join(person)
    while before and (before[-1][:1].isupper() or before[-1] == "of"):
        words.insert(0, before.pop())
    while words[0] == "of":
        words.pop(0)
    return _untitled(words)  # "President Recep Tayyip Erdogan" -> the person


def _untitled(words: list[str]) -> str:
    """A name without the title it opens with ("Gov. Ana Ruiz", "Commander Jon Ek" -> the person),
    so one person is one speaker however an article titles them; a body's name whose last word heads
    a body ("General Election Commission") is kept whole."""
    person = list(words)
    while len(person) > 2 and person[0].lower() in _OFFICE_WORDS:
        person = person[1:]
    if person[-1].lower() in _SPEAKER_HEADS or any(w.lower() in _OFFICE_WORDS for w in person):
        return " ".join(words)
    return " ".join(person)


def _full_names(text: str, ss: int, found: list[tuple[int, str]], lex: Lexicon) -> list[tuple[int, str]]:
    """Speakers named by surname alone ("Ruiz said", "Mr Ruiz told") as the full name the article
    gave them before ("Interior Minister Ana Ruiz"), so that a person repeating themself is one speaker."""
    out = []
    for at, who in found:
        surname = _SURNAME.fullmatch(who)
        full = _named_before(text, ss, surname.group("name"), lex) if surname else None
        out.append((at, full or who))
    return out


def _named_before(text: str, ss: int, surname: str, lex: Lexicon) -> str | None:
    if surname.isupper() or lex.canonical(surname) or surname.lower() in lex.common_speakers:
        return None  # "KPU", "Amazon", "Police": a body, not a surname
    end = ss
    for _ in range(_SURNAME_LOOKS):
        end = text.rfind(surname, 0, end)
        if end < 0:
            return None
        run = _GIVEN_BEFORE.search(text, max(0, end - 80), end)
        if run and text[end + len(surname) : end + len(surname) + 1] in " ,.;:'’)":
            full = _clean_np(run.group(0) + surname, lex)
            if (
                full
                and len(full.split()) >= 2
                and full.endswith(surname)
                and full.split()[0].lower() not in _OFFICE_WORDS
            ):
                return full
    return None


def _first_words(np: str, most: int = 6) -> str:
    """A speaker phrase read after its cue, cut to its first words and back to its last noun."""
    np = " ".join(_FINAL_STOP.sub("", np).split()[:most])
    for _ in range(3):
        np = _DANGLING_END.sub("", np)
    return np


def _report_maker(np: str, rest: str, lex: Lexicon) -> str | None:
    """The body that made a report named after "according to" ("the final tally of ballots
    announced ... by the election board"), or None when the phrase names no report."""
    owned = _REPORT_OWNER.match(np.strip())
    if owned is not None:  # "according to the WHO's estimate": the WHO
        return _clean_np(owned.group("body"), lex)
    if not _REPORT_NOUN.match(_LEAD.sub("", np.strip())):
        return None
    body = _REPORT_BODY.search(rest)
    return _clean_np(_first_words(body.group("body")), lex) if body else None


def attributions(text: str, ss: int, se: int, lex: Lexicon, last: str | None) -> list[tuple[int, str]]:
    """Every attribution in a sentence, as (offset, speaker): "police said", "according to X",
    "X accuse Y of". Pronouns refer back to ``last``, the previous named speaker."""
    sent = text[ss:se]
    low = lowered(text)
    low_sent = low[ss:se] if low is not None else None
    folded = low_sent if low_sent is not None else sent.translate(FOLD)  # for the word tests
    scan = lex.case_free
    prefix_needs, accuse_needs = lexicon_needs(lex)
    out: list[tuple[int, str]] = []
    for m in scan["prefix_re"].finditer(sent, low=low_sent) if holds(folded, prefix_needs) else ():
        rest = _QUOTES.sub(" ", sent[m.end() : m.end() + _REACH])  # 'according to the "White Helmets"'
        cut = _CLAUSE_CUT.search(rest)
        np = _FINAL_STOP.sub("", rest[: cut.start()] if cut else rest)
        if np.strip().lower() in _OBJECT_PRONOUNS:
            found: str | None = last  # "according to him"; but "citing it as" names no one
        else:
            found = _report_maker(np, rest, lex) or _clean_np(_first_words(np), lex)
        if found:
            out.append((ss + m.start(), found))
    # "the UN's tally stands at 3,000": the UN's figure (a possessive is rare: most sentences need no scan)
    for m in _REPORT_OWNER.finditer(sent) if "'" in sent or "’" in sent else ():
        if _REPORT_SUBJECT_VERB.match(sent, m.end()) and (maker := _clean_np(m.group("body"), lex)):
            out.append((ss + m.start(), maker))
    verbs = [
        *scan["speech_re"].finditer(sent, low=low_sent),
        *(scan["accuse_re"].finditer(sent, low=low_sent) if holds(folded, accuse_needs) else ()),
        *(_PUT_AT_SCAN.finditer(sent, low=low_sent) if holds(folded, _PUT_AT_NEEDS) else ()),
        *(_QUOTED_AS_SAYING.finditer(sent) if holds(folded, _QUOTED_NEEDS) else ()),
    ]
    said: str | None = None  # the speaker of the sentence's verb before, for a verb coordinated with it
    for verb in sorted(verbs, key=lambda v: v.start()):
        if _NOT_SPEECH_AFTER.match(sent, verb.start()):
            continue  # "the fire claimed 49 lives", "employers added 517,000 jobs"
        found = _speaker_at(sent, verb, lex, last, said)
        if found:
            out.append((ss + verb.start(), found))
            said = found
    out.sort()
    return _full_names(text, ss, out, lex)


def _speaker_at(sent: str, verb: re.Match[str], lex: Lexicon, last: str | None, said: str | None) -> str | None:
    """The speaker of one speech verb: the noun phrase before it in its clause, or after it when
    it is inverted; ``said`` is the speaker of the verb before it in the sentence."""
    before = sent[max(0, verb.start() - _REACH) : verb.start()]
    agent = _PASSIVE_AGENT.match(sent, verb.end() + 1) if sent[verb.end() : verb.end() + 1].isspace() else None
    if agent:  # "figures reported by local media show", "the crowd was estimated by police at": the agent
        return _agent(sent[agent.end() : agent.end() + _REACH], lex)
    if ends_in_space_after(_DET_BEFORE, _DET_REACH, before) or ends_in_space_after(
        _PASSIVE_BEFORE, _PASSIVE_REACH, before
    ):
        return None  # "the claims" is a noun; "was charged with" is not someone speaking
    before, named = _without_asides(before)
    if named:  # "A spokeswoman for the unit, Mara Holt, says": the name
        return _clean_np(named.group("name"), lex)
    cuts = list(_CLAUSE_CUT.finditer(before))
    np = (before[cuts[-1].end() :] if cuts else before).strip()
    if np.lower() in _PRONOUNS and not _acronym(np):
        return last
    if said and (np.lower() in _COORDINATED or (not np and cuts and cuts[-1].group(0).strip() in _COORDINATED)):
        return said  # "the minister said ..., and added", "..., yet noted": the same speaker
    if not np and len(cuts) > 1 and cuts[-1].group(0).strip() in _RELATIVE_WORDS and cuts[-2].group(0) == ",":
        # "a figure disputed by opposition groups, who said", "the Red Cross, which said": the noun
        # the relative clause follows
        noun = before[cuts[-3].end() if len(cuts) > 2 else 0 : cuts[-2].start()]
        agent = _BY_AGENT.search(noun)
        return _clean_np(agent.group(1) if agent else noun, lex)
    if np:
        found = _clean_np(np, lex)
        if found is None and cuts and cuts[-1].group(0).strip() in _RELATIVE_WORDS:
            # "the agency that investigates shootings said": the noun the relative clause follows,
            # when it names a speaker ("... via Twitter that it had added" is a clause, not a noun)
            start = cuts[-2].end() if len(cuts) > 1 else 0
            noun = before[start : cuts[-1].start()]
            if np.split()[0].lower() not in _PRONOUNS and _headed(noun.lower()):
                return _clean_np(noun, lex)
        return found
    if _INVERTING.fullmatch(verb.group(0).lower()) and _QUOTE_END.search(before):
        return _inverted_speaker(sent[verb.end() : verb.end() + _REACH], lex, last)
    # "Ukraine, as well as the EU and the US, claim ...": the actors named before the verb
    found_names = [lex.canonical(m.group(0)) for m in lex.entity_re.finditer(before) if m.group("up")]
    names = list(dict.fromkeys(n for n in found_names if n))
    return ", ".join(names) if 0 < len(names) <= 4 else None


def _without_asides(before: str) -> tuple[str, re.Match[str] | None]:
    """The words before a speech verb without what stands between its speaker and it (an age, an
    abbreviation, a description in commas), and a name in commas right before it, if one is."""
    # each pattern but the abbreviation's ends on a comma before the verb (",\s*$"), which most
    # speakers have none of; the abbreviation's needs its bracket
    if before.rstrip().endswith(","):
        before = _AGE_APPOSITIVE.sub("", before)  # "Mayor Ilse Marten, 57, said"
    if "(" in before:
        before = _ACRONYM_ASIDE.sub("", before)  # "the Civil Human Rights Front (CHRF) said"
    if not before.rstrip().endswith(","):
        return before, None
    before = _APPOSITIVE.sub("", before)  # "Marie Dres, the agency's secretary-general, told"
    before = _ROLE_APPOSITIVE.sub("", before)  # "Ana Ruiz, spokeswoman for the council, said"
    before = _ASIDE.sub("", before)  # "the Red Cross, which leads the response, said"
    return before, _NAME_APPOSITIVE.search(before)  # "A spokeswoman for the unit, Mara Holt, says"


def _agent(after: str, lex: Lexicon) -> str | None:
    """The agent after "by" in a passive ("by local media show 38,000", "by police at 3,000"): the
    longest run of its first words, up to its clause's end, that reads as a speaker."""
    cut = _CLAUSE_CUT.search(after)
    words = _FINAL_STOP.sub("", after[: cut.start()] if cut else after).split()[:8]
    for n in range(len(words), 0, -1):
        found = _clean_np(" ".join(words[:n]), lex)
        if found:
            return found
    return None


def _inverted_speaker(after: str, lex: Lexicon, last: str | None) -> str | None:
    """The speaker named after an inverted speech verb ('..., said the ministry.', '530, reported
    by the state agency'), or None when the words after it are where it was said or what."""
    cut = _CLAUSE_CUT.search(after)
    np = _FINAL_STOP.sub("", (after[: cut.start()] if cut else after).strip())
    agent = _PASSIVE_AGENT.match(np)
    np = np[agent.end() :] if agent else np
    if np.lower() in _PRONOUNS:
        return last
    if _VENUE_AFTER.match(np) or _CLAUSE_VERB.search(np):
        return None  # "..., said at a press conference": where; "..., says 3 are dead": what
    told = _SAID_AFTER_NAME.search(np)
    np = np[: told.start()] if told else np  # "..., said Red Cross chief Ana Ruiz told AFP"
    return _clean_np(_first_words(np, 8), lex) if np else None


def quoted_speaker(text: str, pos: int, lex: Lexicon) -> str | None:
    """The speaker of a quotation that holds ``pos`` and spans sentences, named after it closes:
    '"... I can confirm 64 deaths. We know this number will grow," added Boric.'"""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    # inside a quotation: a curly one opened and not yet closed, or an odd number of straight marks
    opened = text.rfind("“", line_start, pos)
    curly = opened > text.rfind("”", line_start, pos)
    if not curly and text.count('"', line_start, pos) % 2 == 1:
        opened = text.rfind('"', line_start, pos)
    elif not curly:
        return None
    closing = min((i for i in (text.find("”", pos, line_end), text.find('"', pos, line_end)) if i >= 0), default=-1)
    after = _AFTER_QUOTE.match(text, closing + 1, line_end) if closing >= 0 else None
    if after is None:
        return _introduced_by(text, opened, lex)
    if _VENUE_AFTER.match(after.group("who")):
        return None
    return _clean_np(_first_words(after.group("who")), lex)


def _introduced_by(text: str, opened: int, lex: Lexicon) -> str | None:
    """The speaker of a quotation introduced by a speech verb and a colon, in its own sentence or at
    the end of the paragraph before ('And the mayor said:' then the quotation): that verb's speaker."""
    before = text[max(0, opened - _CONCESSIVE_REACH) : opened].rstrip()
    if not before.endswith(":"):
        return None
    start = max(0, opened - _CONCESSIVE_REACH) + max(before.rfind(". "), before.rfind("\n"), 0)
    found = attributions(text, start, start + len(text[start:opened].rstrip()), lex, None)
    return found[-1][1] if found else None


def speaker_for(text: str, attrs: list[tuple[int, str]], pos: int, opens: list[int | None] | None = None) -> str | None:
    """The speaker of a claim at ``pos``: with one attribution in the sentence, that one; with
    several ("police put it at 3,000 while organisers said 20,000"), the one in the claim's own
    part of the sentence, before it if there is one, else after it. A concessive clause ("Although
    officials described it as a 6.6-magnitude quake, the survey recorded 5.9") keeps its own speaker,
    and the clause it concedes to keeps its own; either is the outlet's when it names none.
    ``opens``: ``concessive_openers(text, attrs)``, when the caller keeps them for the sentence."""
    if not attrs:
        return None
    own = _concessive_at(text, pos)
    opens = concessive_openers(text, attrs) if opens is None else opens
    clause = [a for a, opened in zip(attrs, opens, strict=True) if opened == own]
    if not clause and own is not None:
        return _said_after_all(text, attrs, pos) or _said_before_all(text, attrs, own)
    if not clause:  # "Although police said 40 died, 65 bodies were found": police speak for 40 only
        return None
    attrs = clause
    if len(attrs) == 1:
        return attrs[0][1]

    def part(p: int) -> int:
        return len(_PART_CUT.findall(text, attrs[0][0], p)) if p >= attrs[0][0] else 0

    mine = part(pos)
    same = [(o, s) for o, s in attrs if part(o) == mine]
    before = [a for a in same if a[0] <= pos]
    if before:
        return before[-1][1]
    if same:
        return same[0][1]
    return min(attrs, key=lambda a: abs(a[0] - pos))[1]


def concessive_openers(text: str, attrs: list[tuple[int, str]]) -> list[int | None]:
    """Where the concessive clause that holds each attribution opens (None: outside one): the same
    for every claim of a sentence, so read once for all of them."""
    return [_concessive_at(text, at) for at, _ in attrs]


def _said_after_all(text: str, attrs: list[tuple[int, str]], pos: int) -> str | None:
    """The speaker of a figure in a concessive clause that names none: one told at the tail of the
    sentence, with no figure after it ("While 40 died in Velm, 10 died in Dorn, police said"), speaks
    for it all; the subject of the clause conceded to ("While reports put it at 130, the ministry
    confirmed 60") speaks for its own clause only."""
    end = _CONCESSIVE_END.search(text, pos)
    if end is None:
        return None
    tail = [a for a in attrs if a[0] >= end.end() and not _FIGURE_AFTER.match(text, a[0])]
    return tail[-1][1] if tail else None


def _said_before_all(text: str, attrs: list[tuple[int, str]], opener: int) -> str | None:
    """The speaker of a figure in a "while" clause after a comma that names none, when the
    sentence's speech verb stands before the clause ("Authorities said 45 people had died, while 120
    others were injured"): the clause goes on with what they said; "though" and "although" set
    others' word against theirs."""
    if not text[max(0, opener - 3) : opener].rstrip().endswith(","):
        return None  # "While 40 died in Velm, ...": a clause the sentence opens with
    if not text.startswith(("while", "While"), opener):
        return None  # "..., though reports speak of at least 40": a contrast, told by others
    start = text.rfind(". ", 0, opener) + 1
    before = [a for a in attrs if start <= a[0] < opener]
    return before[-1][1] if before else None


def _concessive_at(text: str, at: int) -> int | None:
    """Where the concessive clause that holds ``at`` opens ("Although officials described it as a
    6.6-magnitude quake, ...", "..., though police put the toll at 40"), or None outside one."""
    lo = max(0, at - _CONCESSIVE_REACH)
    word_end = last_word_end(text, _CONCESSIVE_WORDS, lo, at)
    if word_end < 0:
        return None  # no opener's word in reach (most claims): the pattern need not run
    # an opener ends one character after its word: a clause's end after the last word in reach
    # ends the last opener's clause too ("killed while fleeing, police said")
    if _CONCESSIVE_END.search(text, word_end + 1, at):
        return None
    opener = None
    for m in _CONCESSIVE.finditer(text, lo, at):
        opener = m
    if opener is None or _CONCESSIVE_END.search(text, opener.end(), at):
        return None
    return opener.start()
