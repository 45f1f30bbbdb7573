"""A company's results as outlets report them: what a sum of revenue or profit is.

One story tells the quarter's profit as a total and per share, beside what analysts expected, the
company's guidance for the next quarter and the same quarter a year before. Each is its own
subject: a sum per share never meets a total, the consensus (analysts' expectation) never meets
the reported figure, guidance is of a later period and a year-earlier sum of an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..grammar import section

G = section("results")

_PER_SHARE_BEFORE = G.re("per_share_before")
_SHARE_AFTER = G.re("share_after")
_RESULTS_WORD = G.re("results_word")
_CONSENSUS = G.re("consensus_cue")
_ONE_ANALYST = G.re("one_analyst")
_GUIDANCE = G.re("guidance_cue")
_YEAR_EARLIER = G.re("year_earlier_after")
_REPORTED_BETWEEN = G.re("reported_between")
_ADJUSTED = G.re("adjusted_before")
_COLUMN_AFTER = G.re("column_after")
_RATE_AFTER = G.re("rate_after")
_SUM_BEFORE = G.re("sum_before")
_TOLERANCE_BEFORE = G.re("tolerance_before")

_RESULTS = frozenset({"revenue", "profit", "loss"})
_BACK = 120  # how far back in its sentence a cue may stand
_PER_SHARE_BELOW = 1000.0  # a sum per share is never told in millions
_BARE_BELOW = 100.0  # "a profit of $1.91": no company's total, a sum per share


@dataclass
class Result:
    topic: str | None
    comparable: bool = True
    per_share: bool = False  # a sum per share: scope "each", as "$2.48 per share" is


def results_topic(text: str, ss: int, se: int, start: int, end: int, value: float, topic: str | None) -> Result:
    """What a sum of results at [start, end) is: ``topic`` as read so far, made "adjusted profit",
    "consensus revenue", "revenue guidance", "profit a year earlier", and whether it is a sum per
    share; any other sum keeps its topic."""
    lo = max(ss, start - _BACK)
    base = topic if topic in _RESULTS else _last_results_word(text, lo, start)
    if base is None:
        return Result(topic)
    expected = _expectation(text, lo, start)
    per_share = value < _PER_SHARE_BELOW and bool(
        _PER_SHARE_BEFORE.search(text, lo, start)
        or _SHARE_AFTER.match(text[end:se])
        or base != "revenue"
        and value < _BARE_BELOW
        and not _RATE_AFTER.match(text[end:se])  # "$21.50 an hour": pay, not a share's
    )
    if per_share and base == "revenue":
        base = "profit"  # "revenue and earnings per share of $12.7 billion and $2.49 per share"
    if not per_share and topic not in _RESULTS and expected is None:
        return Result(topic)  # "the consensus estimate of $10.3 billion" after "the topline" is revenue
    if expected == "consensus":  # analysts' expectations are of the adjusted figure, however told
        return Result(f"consensus {base}", True, per_share)
    if expected == "analyst":  # one analyst's figure: neither consensus nor result
        return Result(f"forecast {base}", False, per_share)
    base = _accounts(text, lo, start) + base
    if _YEAR_EARLIER.match(text[end:se]):
        return Result(f"{base} a year earlier", True, per_share)
    if expected == "guidance":
        return Result(f"{base} guidance", True, per_share)
    # "$0.26 $2.48": the first is a table's column of another period
    return Result(base, _COLUMN_AFTER.match(text[end:se]) is None, per_share)


def _accounts(text: str, lo: int, start: int) -> str:
    """The accounts a result is told in, as the prefix of its topic: "adjusted ", "GAAP " or none."""
    found = list(_ADJUSTED.finditer(text, lo, start))
    if not found:
        return ""
    return "adjusted " if found[-1].group("adj") else "GAAP "


def _last_results_word(text: str, lo: int, hi: int) -> str | None:
    found = list(_RESULTS_WORD.finditer(text, lo, hi))
    if not found:
        return None
    return "revenue" if found[-1].group("revenue") else "profit"


def _expectation(text: str, lo: int, start: int) -> str | None:
    """Whose expectation a sum is, by the cue nearest before it: the analysts' (consensus), one
    analyst's, the company's (guidance), or None: a reported figure."""
    cues = [(m.start(), "consensus") for m in _CONSENSUS.finditer(text, lo, start)]
    cues += [(m.start(), "guidance") for m in _GUIDANCE.finditer(text, lo, start)]
    if not cues:
        return None
    at, kind = max(cues)
    if _REPORTED_BETWEEN.search(text, at, start):
        return None
    if kind == "guidance" and any(k == "consensus" for _, k in cues) and not _owned_guidance(text, at):
        return "consensus"  # "analysts surveyed by Refinitiv expected $2.09": their expectation
    if kind == "guidance" and _ONE_ANALYST.search(text, lo, at):
        return "analyst"
    return kind


def _owned_guidance(text: str, at: int) -> bool:
    """Whether the cue at ``at`` is a company's own outlook word ("guidance", "outlook"), never a
    verb analysts share ("expected")."""
    word = text[at : at + 8].lower()
    return word.startswith(("guid", "outlook", "project"))


def expectation_topic(topic: str | None) -> bool:
    """Whether a sum's topic is an expectation: the consensus or a company's guidance."""
    return topic is not None and (topic.startswith("consensus ") or topic.endswith(" guidance"))


def no_share(text: str, ss: int, start: int) -> bool:
    """Whether the percentage at ``start`` is a table row's change from one sum to the other ("$656
    million $6.19 billion 843%") or a margin around a figure ("plus or minus 2%"): no level."""
    lo = max(ss, start - 60)
    return bool(_SUM_BEFORE.search(text, lo, start) or _TOLERANCE_BEFORE.search(text, lo, start))
