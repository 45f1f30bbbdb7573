"""Grouping claims by subject: one hashed key per subject, no all-pairs step across subjects.

A quantity's subject key is ``measure | population | owner | occurrence | anchor | era``:
Russia's troops never meet NATO's troops (owner), troops killed never meet people killed
(population), a quake's toll never meets its aftershock's (occurrence), and a figure for a
historic occurrence ("the 1999 quake killed 17,000") gets its year. An event's key is its type
and its key role (the patient of an overthrow, the agent of a demand); a date claim's key is the
occurrence and its place. Only asserted claims are grouped: forecasts, plans and denials are
kept out of comparisons (they are still listed by ``discrepancy extract``).
"""

from __future__ import annotations

from collections import defaultdict

from .models import Claim


def group_claims(claims: list[Claim]) -> dict[str, list[Claim]]:
    buckets: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.modality == "asserted":
            buckets[c.subject].append(c)
    return buckets
