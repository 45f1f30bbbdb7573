"""A party's share of the vote told beside its name in a list of results, with no "of the vote" and
no verb of winning (`rules/grammar/party_shares.yaml`): "Following were the Dorn League with 20.8%,
the Greens with 16.4%", "The Dorn League reaches 20.8 percent, the Greens 16.4 percent". Only in an
article about an election, and never in a sentence of a poll or a forecast; never a name "on" or
"at" a share ("the Greens on 11.6 per cent"), which tells a poll's standing as often as a result."""

from __future__ import annotations

from ..grammar import section
from ..read.literal_gate import gated
from .owners import VOTE_VERB

G = section("party_shares")

_SHARE_FIGURE = G.re("share_figure")
_NAMED_WITH = G.re("named_with")
_GAPPED = G.re("gapped")
_ELECTION = gated(G.re("election"))
_SURVEY = gated(G.re("survey"))
_REACH = 160  # characters before a share where its name and the list it is in are read
_VERB_REACH = 30  # characters before the first share of a list where its verb of winning stands


def listed_share(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """Whether the percentage at ``text[start:end]`` is the share of the vote of the name right
    before it in a list of results of an election (``ss``, ``se``: its sentence)."""
    if _SHARE_FIGURE.search(text, start, end) is None or _SURVEY.search(text, ss, se) is not None:
        return False
    if not _in_list(text, ss, start, 0):
        return False
    return _ELECTION.search(text) is not None


def _in_list(text: str, ss: int, start: int, depth: int) -> bool:
    """A share a name holds "with", or the next name's in a list whose first share a
    verb of winning gives ("won 52%, Ora 44%")."""
    lo = max(ss, start - _REACH)
    if _NAMED_WITH.search(text, lo, start) is not None:
        return True
    gap = _GAPPED.search(text, lo, start)
    if gap is None or depth > 8:
        return False
    prev = gap.start("prev")
    return VOTE_VERB.search(text, max(ss, prev - _VERB_REACH), prev) is not None or _in_list(text, ss, prev, depth + 1)
