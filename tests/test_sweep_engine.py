"""Within a subject the comparison is a sweep over time: a class of claims meets only the classes
some rule could compare it with. Checked against every pair: the pairs the sweep leaves out are
pairs no rule compares, so the findings are those of the all-pairs comparison."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from functools import cache

from discrepancy import extract
from discrepancy.lexicon import load_lexicon
from discrepancy.models import Claim
from discrepancy.rules.engine import _first_rule, _reach, selects
from discrepancy.rules.findings import clusters as _clusters
from discrepancy.rules.loader import load_rules


@cache
def _template() -> Claim:
    text = "About 100,000 troops were massed near the Varnel border on March 3."
    return next(c for c in extract(text, published="2031-03-05", source="Harbor Daily") if c.kind == "quantity")


def subject_claims(n: int, seed: int, days: int, running: float, unstated: float, documents: int) -> list[Claim]:
    """``n`` claims of one subject (troops near one border) from ``documents`` articles over ``days``
    days: figures drifting around 100,000 with every qualifier, day and month dates, some claims of
    undated articles, some running totals."""
    rng = random.Random(seed)
    base = _template()
    first = dt.date(2031, 1, 1)
    out = []
    for k in range(n):
        d = rng.randrange(documents)
        published = first + dt.timedelta(days=(d * 7919) % days)
        r = rng.random()
        if r < unstated:
            time = base.time.model_copy(update={"start": None, "end": None, "resolved": False, "granularity": None})
        elif r < unstated + 0.1:
            month = published.replace(day=1)
            end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            time = base.time.model_copy(update={"start": month, "end": end, "granularity": "month"})
        else:
            day = published - dt.timedelta(days=rng.randint(0, 3))
            time = base.time.model_copy(update={"start": day, "end": day})
        quantity = base.quantity.model_copy(  # type: ignore[union-attr]
            update={
                "figure": float(100_000 + rng.randint(-20, 20) * 1000),
                "qualifier": rng.choice(["about", "exact", "more_than", "at_least", "nearly", "up_to"]),
                "running": rng.random() < running,
            }
        )
        out.append(
            base.model_copy(
                update={
                    "id": f"doc{d}.md#{k}",
                    "document": f"doc{d}.md",
                    "source": f"Outlet {d % 13}",
                    "published": published,
                    "time": time,
                    "quantity": quantity,
                }
            )
        )
    return out


def test_the_sweep_leaves_out_only_pairs_no_rule_compares() -> None:
    lex = load_lexicon()
    rules = list(load_rules(()))
    for seed in range(6):
        r = random.Random(seed)
        claims = subject_claims(
            120,
            seed,
            days=r.choice([3, 40, 300]),
            running=r.choice([0.0, 0.2]),
            unstated=r.choice([0.0, 0.2]),
            documents=r.choice([4, 60]),
        )
        applicable = [rule for rule in rules if selects(rule.applies_to, claims[0])]
        pairs = list(_reach(claims, applicable))
        assert pairs == sorted(set(pairs)), "each pair once, in order"
        swept = set(pairs)
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                if (i, j) not in swept:
                    assert _first_rule(applicable, claims[i], claims[j], lex) is None, (seed, i, j)


def test_a_subject_spread_over_time_is_not_compared_pair_by_pair() -> None:
    rules = list(load_rules(()))
    claims = subject_claims(2000, 1, days=400, running=0.0, unstated=0.0, documents=500)
    applicable = [rule for rule in rules if selects(rule.applies_to, claims[0])]
    pairs = sum(1 for _ in _reach(claims, applicable))
    assert pairs < 0.15 * (2000 * 1999 // 2)


def _clusters_by_scan(n: int, edges: list[tuple[int, int]], agreements: list[tuple[int, int]]) -> list[int]:
    """The plain statement of clustering: join two clusters unless a conflict would lie inside."""
    cluster_of = list(range(n))
    inside: dict[int, set[int]] = {k: {k} for k in range(n)}
    odds: dict[int, set[int]] = defaultdict(set)
    for i, j in edges:
        odds[i].add(j)
        odds[j].add(i)
    for i, j in agreements:
        x, y = cluster_of[i], cluster_of[j]
        if x == y or any(odds[k] & inside[y] for k in inside[x]):
            continue
        for k in inside[y]:
            cluster_of[k] = x
        inside[x] |= inside.pop(y)
    return cluster_of


def test_clusters_are_those_of_the_plain_scan() -> None:
    for seed in range(40):
        rng = random.Random(seed)
        n = rng.randint(2, 40)
        pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
        rng.shuffle(pairs)
        cut = rng.randint(0, len(pairs))
        conflicts, agreements = sorted(pairs[:cut][: n * 2]), sorted(pairs[cut:])
        edges = [(i, j, None, None) for i, j in conflicts]
        assert _clusters(n, edges, agreements) == _clusters_by_scan(n, conflicts, agreements), seed  # type: ignore[arg-type]
