"""What a share of a ballot is of: the outcome and the object the vote decided ("64% of members
voted against the second offer": against the offer, the second; "rejected the deal by 94%";
"voted by 59% to approve the deal"; "the motion was carried by 70% of delegates"), never who
voted ("of members", "of voting workers") (`rules/grammar/ballots.yaml`). A share for and a share
against one object are two subjects; a strike vote is not a vote on a contract."""

from __future__ import annotations

from typing import Any

from ..grammar import section

G = section("ballots")

_VOTE_VERB = G.re("vote_verb")
_SHARE_HOLDERS = G.re("share_holders")
_BY_SHARE = G.re("by_share")
_BARE_VOTE = G.re("bare_vote")
_COMPLEMENT = G.re("complement")
_AGAINST = G.re("against")
_STRIKE_ACTS = G.words("strike_acts")
_FOR_ACTS = G.words("for_acts")
_OBJECT = G.re("ballot_object")
_OBJECT_HEAD = G.re("object_head")
_PASSIVE_OBJECT = G.re("passive_object")
_OPEN_AFTER = G.re("open_after")
_OBJECT_TAIL = G.re("object_tail")

_KINDS = ("deal", "strike", "motion", "bill", "referendum")
_ORDINALS = {"initial": "first", "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
_ORDINALS |= dict.fromkeys(("latest", "revised", "improved", "sweetened", "fresh", "amended"), "new")
_BACK = 120  # how far before a share its "rejected the deal by" is read


def ballot_topic(text: str, ss: int, se: int, start: int, end: int) -> str | None:
    """'ballot against deal second' for "64% voted against the second offer", or None when the
    share is not one of a ballot's outcome on a question (a candidate's share is not)."""
    verb = _VOTE_VERB.search(text, end, min(se, end + _BACK))
    if verb is not None and _SHARE_HOLDERS.fullmatch(text, end, verb.start()):
        return _topic(text, ss, se, verb, verb.end(), start)
    by = _BY_SHARE.search(text, max(ss, start - 30), start)
    if by is None:
        return None
    if _BARE_VOTE.search(text, max(ss, by.start() - 8), by.start()):
        comp = _COMPLEMENT.match(text, end, se)  # "voted by 59% to approve the deal"
        return _topic(text, ss, se, comp, comp.end(), start) if comp else None
    verbs = [
        v
        for v in _VOTE_VERB.finditer(text, max(ss, start - _BACK), by.start())
        if "%" not in text[v.end() : by.start()]
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    passive = _PASSIVE_OBJECT.search(text, max(ss, verb.start() - 80), verb.start())
    if passive is not None and not text[verb.end() : by.start()].strip():
        return _named(_outcome(verb), passive)  # "the offer was rejected by 64% of members"
    obj = _OBJECT.match(text, verb.end(), by.start())
    if obj is None or not _OBJECT_TAIL.fullmatch(text, obj.end(), by.start()):
        return None  # "rejected the contract by 94.2%"; "from Velmart" may stand between
    return _named(_outcome(verb), obj)


def _topic(text: str, ss: int, se: int, verb: Any, at: int, start: int) -> str | None:
    outcome = _outcome(verb)
    if outcome is None:
        return None
    if outcome == "strike":  # "96% voted to strike"
        return "ballot for strike"
    if text[at : at + 2].strip()[:1].isupper():
        return None  # "55% voted for Rey": a candidate's share
    obj = _OBJECT.match(text, at, se)
    if obj is not None:
        return _named(outcome, obj)
    if not _OPEN_AFTER.match(text, at, se):
        return None  # "backed the Velm Party"
    heads = list(_OBJECT_HEAD.finditer(text, ss, se))
    if not heads:
        return f"ballot {outcome} unnamed"
    return _named(outcome, min(heads, key=lambda m: abs(m.start() - start)))


def _outcome(verb: Any) -> str | None:
    """'for', 'against', 'strike' (a vote to strike), or None for a verb after "to" that decides
    no question ("voted to elect")."""
    inf = verb.groupdict().get("inf") or verb.groupdict().get("inf2")
    if inf is not None:
        inf = inf.lower()
        if inf in _STRIKE_ACTS:
            return "strike"
        if inf not in _FOR_ACTS:
            return None
    return "against" if _AGAINST.search(verb.group("verb")) else "for"


def _named(outcome: str | None, obj: Any) -> str | None:
    if outcome is None:
        return None
    kind = next(k for k in _KINDS if obj.group(k))
    if outcome == "strike":
        outcome = "for"
    ordinal = obj.group("ord")
    ordinal = _ORDINALS.get(ordinal.lower(), ordinal.lower()) if ordinal else None
    return f"ballot {outcome} {kind}" + (f" {ordinal}" if ordinal else "")
