"""Precision and recall of extraction on the labelled set (fixtures/extraction/*.yaml).

    python benchmarks/extraction.py [--set DIR] [--compare] [--show-misses N]

For each claim kind (quantity, date, event) and field (value, unit, measure, speaker, modality),
prints precision and recall. A predicted claim matches a labelled one when their spans overlap;
it is right when the labelled fields are right too. With --compare (needs the `bench` extra:
quantulum3, dateparser) it runs quantulum3 on the same quantity sentences and dateparser's
search_dates (publication date as base, English) on the same date sentences, for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from discrepancy import extract  # noqa: E402
from discrepancy.extract.dates import find_dates  # noqa: E402
from discrepancy.lexicon import load_lexicon  # noqa: E402

# labelled unit names -> pint names used by the lexicon
GOLD_UNITS = {
    "km": "kilometer",
    "mi": "mile",
    "m": "meter",
    "ft": "foot",
    "ha": "hectare",
    "acre": "acre",
    "km2": "kilometer ** 2",
    "mi2": "mile ** 2",
    "km/h": "kilometer / hour",
    "mph": "mile / hour",
    "knot": "knot",
    "mm": "millimeter",
    "in": "inch",
    "cm": "centimeter",
    "percent": "percent",
    "tonne": "metric_ton",
    "celsius": "degree_Celsius",
    "fahrenheit": "degree_Fahrenheit",
}
# our measure names -> labelled ones, where they differ in name only
MEASURES = {"length_small": "length", "standby": "troops"}


def load_items(folder: Path) -> list[dict[str, Any]]:
    items = []
    for f in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for it in data.get("items") or []:
            it = dict(it)
            it["published"] = it.get("published") or data.get("published")
            it["domain"] = f.stem
            items.append(it)
    return items


def span_of(text: str, quote: str) -> tuple[int, int]:
    i = text.find(quote)
    return (i, i + len(quote)) if i >= 0 else (-1, -1)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def our_measure(q: Any) -> str:
    if q.measure in ("destroyed", "damaged") and q.population:
        return f"{q.population}_{q.measure}"
    return MEASURES.get(q.measure, q.measure)


def our_unit(q: Any, lex: Any) -> str | None:
    if q.measure == "magnitude":
        return "magnitude"
    if q.measure == "money":
        return q.unit
    if q.stated_unit is None:
        return None
    spec = lex.units.get(q.stated_unit.lower())
    return str(spec["unit"]) if spec else q.stated_unit


def gold_unit(u: str | None) -> str | None:
    if u is None:
        return None
    return GOLD_UNITS.get(u, u)


def same_speaker(gold: str | None, ours: str, outlet: str) -> bool:
    if gold is None:
        return True
    gold = load_lexicon().canonical(gold) or gold  # "the army" and "military" are one speaker
    g, o = gold.lower().strip(), ours.lower().strip()
    if o == outlet.lower():
        return False
    return g in o or o in g or g.rstrip("s") == o.rstrip("s")


def same_role(gold: str | None, ours: str | None) -> bool:
    """A labelled role matches when ours names the same actor: equal after alias folding, one
    acting for or part of the other, or one phrase containing the other ("government of Niger"
    vs "government"). An unlabelled role is not judged; a labelled one we missed is wrong."""
    if gold is None:
        return True
    if ours is None:
        return False
    lex = load_lexicon()
    cg = lex.canonical(gold) or lex.canonical(f"the {gold}")
    co = lex.canonical(ours) or (ours if ours in lex.entities else None)
    if cg and co and lex.compatible(cg, co):
        return True
    g, o = (cg or gold).lower(), (co or ours).lower()
    return g in o or o in g


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


class Tally:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def pr(self, name: str) -> str:
        tp, fp, fn = self.c[f"{name}:tp"], self.c[f"{name}:fp"], self.c[f"{name}:fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return f"{name:22} P {p:.3f}  R {r:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def evaluate(items: list[dict[str, Any]], show: int) -> Tally:
    lex = load_lexicon()
    t = Tally()
    misses: list[str] = []
    for it in items:
        text = it["text"]
        pub = it["published"]
        pub_date = pub if isinstance(pub, dt.date) else dt.date.fromisoformat(str(pub))
        claims = extract(text, published=pub_date, source="OUTLET")
        gold = it.get("claims") or []
        # quantities
        preds = [c for c in claims if c.kind == "quantity"]
        used: set[int] = set()
        for g in [g for g in gold if g["kind"] == "quantity"]:
            gs = span_of(text, g["quote"])
            match = next(
                (i for i, c in enumerate(preds) if i not in used and overlaps((c.span.start, c.span.end), gs)), None
            )
            if match is None:
                t.c["quantity:fn"] += 1
                for f in ("value", "unit", "measure"):
                    t.c[f"quantity.{f}:fn"] += 1
                misses.append(f"MISS quantity {g['quote']!r} in {text!r}")
                continue
            used.add(match)
            q = preds[match].quantity
            assert q is not None
            ok_value = close(q.stated_figure, float(g["figure"]))
            ok_unit = gold_unit(g.get("unit")) == our_unit(q, lex) or (g.get("unit") is None and q.unit is None)
            ok_measure = g.get("measure") == our_measure(q)
            for f, ok in (("value", ok_value), ("unit", ok_unit), ("measure", ok_measure)):
                t.c[f"quantity.{f}:{'tp' if ok else 'fp'}"] += 1
                if not ok:
                    t.c[f"quantity.{f}:fn"] += 1
            right = ok_value and ok_unit and ok_measure
            t.c[f"quantity:{'tp' if right else 'fp'}"] += 1
            if not right:
                t.c["quantity:fn"] += 1
                misses.append(
                    f"WRONG quantity {g['quote']!r}: got {q.stated_figure} {our_unit(q, lex)} {our_measure(q)}"
                    f" want {g['figure']} {g.get('unit')} {g.get('measure')}"
                )
            if "speaker" in g:
                ok = same_speaker(g["speaker"], preds[match].speaker, "OUTLET")
                t.c[f"speaker:{'tp' if ok else 'fp'}"] += 1
                if not ok:
                    t.c["speaker:fn"] += 1
                    misses.append(f"SPEAKER {g['speaker']!r} got {preds[match].speaker!r} in {text!r}")
            want_mod = g.get("modality", "asserted")
            got_mod = "hedged" if preds[match].modality == "planned" else preds[match].modality
            t.c[f"modality:{'tp' if want_mod == got_mod else 'fp'}"] += 1
            if want_mod != got_mod:
                t.c["modality:fn"] += 1
        for i, c in enumerate(preds):
            if i not in used:
                t.c["quantity:fp"] += 1
                misses.append(f"EXTRA quantity {c.span.quote!r} in {text!r}")
        # dates
        found = find_dates(text, 0, len(text), pub_date)
        dused: set[int] = set()
        for g in [g for g in gold if g["kind"] == "date"]:
            gs = span_of(text, g["quote"])
            match = next((i for i, d in enumerate(found) if i not in dused and overlaps((d.start, d.end), gs)), None)
            if match is None:
                t.c["date:fn"] += 1
                misses.append(f"MISS date {g['quote']!r} in {text!r}")
                continue
            dused.add(match)
            ok = found[match].time.label() == str(g["value"]) and found[match].time.granularity == g.get("granularity")
            t.c[f"date:{'tp' if ok else 'fp'}"] += 1
            if not ok:
                t.c["date:fn"] += 1
                misses.append(f"WRONG date {g['quote']!r}: got {found[match].time.label()} want {g['value']}")
        # events
        epreds = [c for c in claims if c.kind == "event"]
        eused: set[int] = set()
        for g in [g for g in gold if g["kind"] == "event"]:
            gs = span_of(text, g["quote"])
            match = next(
                (i for i, c in enumerate(epreds) if i not in eused and overlaps((c.span.start, c.span.end), gs)), None
            )
            if match is None:
                t.c["event:fn"] += 1
                misses.append(f"MISS event {g['quote']!r} in {text!r}")
                continue
            eused.add(match)
            e = epreds[match]
            ok_type = e.event is not None and e.event.type == g.get("type")
            ok_roles = (
                e.event is not None
                and same_role(g.get("agent"), e.event.agent)
                and same_role(g.get("patient"), e.event.patient)
            )
            ok_time = "time" not in g or (e.time.resolved and e.time.label() == str(g["time"]))
            for f, okf in (("type", ok_type), ("roles", ok_roles), ("time", ok_time)):
                t.c[f"event.{f}:{'tp' if okf else 'fp'}"] += 1
                if not okf:
                    t.c[f"event.{f}:fn"] += 1
            ok = ok_type and ok_roles and ok_time
            want_mod = g.get("modality", "asserted")
            got_mod = "hedged" if e.modality == "planned" else e.modality
            ok_mod = want_mod == got_mod
            t.c[f"event:{'tp' if ok else 'fp'}"] += 1
            if not ok:
                t.c["event:fn"] += 1
                got = (e.event.type, e.event.agent, e.event.patient, e.time.label()) if e.event else None
                want = (g.get("type"), g.get("agent"), g.get("patient"), g.get("time"))
                misses.append(f"WRONG event {g['quote']!r}: got {got} want {want}")
            t.c[f"modality:{'tp' if ok_mod else 'fp'}"] += 1
            if not ok_mod:
                t.c["modality:fn"] += 1
                misses.append(f"MODALITY {g['quote']!r}: got {e.modality} want {want_mod}")
        for i, _ in enumerate(epreds):
            if i not in eused:
                t.c["event:fp"] += 1
    for line in misses[:show]:
        print(line)
    return t


def compare(items: list[dict[str, Any]]) -> None:
    try:
        import dateparser.search
        from quantulum3 import parser as q3
    except ImportError:
        print("compare: install the bench extra (pip install '.[bench]') for quantulum3 and dateparser")
        return
    c: Counter[str] = Counter()
    qtime = dtime = 0.0
    qbytes = dbytes = 0
    for it in items:
        text = it["text"]
        pub = it["published"]
        pub_date = pub if isinstance(pub, dt.date) else dt.date.fromisoformat(str(pub))
        gold_q = [g for g in it.get("claims") or [] if g["kind"] == "quantity"]
        if gold_q:
            t0 = time.perf_counter()
            found = q3.parse(text)
            qtime += time.perf_counter() - t0
            qbytes += len(text.encode())
            spans = [(q.span[0], q.span[1], q.value) for q in found]
            used: set[int] = set()
            for g in gold_q:
                gs = span_of(text, g["quote"])
                m = next((i for i, s in enumerate(spans) if i not in used and overlaps((s[0], s[1]), gs)), None)
                if m is not None and close(spans[m][2], float(g["figure"])):
                    used.add(m)
                    c["q:tp"] += 1
                else:
                    c["q:fn"] += 1
            c["q:fp"] += len(spans) - len(used)
        gold_d = [g for g in it.get("claims") or [] if g["kind"] == "date"]
        if gold_d:
            t0 = time.perf_counter()
            found_d = (
                dateparser.search.search_dates(
                    text, languages=["en"], settings={"RELATIVE_BASE": dt.datetime.combine(pub_date, dt.time())}
                )
                or []
            )
            dtime += time.perf_counter() - t0
            dbytes += len(text.encode())
            dused: set[int] = set()
            for g in gold_d:
                gs = span_of(text, g["quote"])
                hit = None
                for i, (surface, when) in enumerate(found_d):
                    s = span_of(text, surface)
                    if i not in dused and overlaps(s, gs):
                        hit = (i, when)
                        break
                value = str(g["value"])
                if hit is not None and hit[1].date().isoformat().startswith(value):
                    dused.add(hit[0])
                    c["d:tp"] += 1
                else:
                    c["d:fn"] += 1
            c["d:fp"] += len(found_d) - len(dused)

    def pr(k: str) -> str:
        tp, fp, fn = c[f"{k}:tp"], c[f"{k}:fp"], c[f"{k}:fn"]
        return f"P {tp / (tp + fp) if tp + fp else 0:.3f}  R {tp / (tp + fn) if tp + fn else 0:.3f}  (tp {tp}, fp {fp}, fn {fn})"

    print(f"quantulum3 (value only)  {pr('q')}  {qbytes / 1e6 / qtime if qtime else 0:.3f} MB/s")
    print(f"dateparser search_dates  {pr('d')}  {dbytes / 1e6 / dtime if dtime else 0:.3f} MB/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=Path, default=ROOT / "fixtures" / "extraction")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--show-misses", type=int, default=0)
    a = ap.parse_args()
    items = load_items(a.set)
    kinds: Counter[str] = Counter(g["kind"] for it in items for g in it.get("claims") or [])
    domains = defaultdict(int)
    for it in items:
        domains[it["domain"]] += 1
    print(f"{len(items)} sentences from {len(domains)} kinds of news; labelled claims: {dict(kinds)}")
    t0 = time.perf_counter()
    tally = evaluate(items, a.show_misses)
    elapsed = time.perf_counter() - t0
    names = (
        "quantity",
        "quantity.value",
        "quantity.unit",
        "quantity.measure",
        "date",
        "event",
        "event.type",
        "event.roles",
        "event.time",
        "speaker",
        "modality",
    )
    for name in names:
        print(tally.pr(name))
    size = sum(len(it["text"].encode()) for it in items)
    print(f"discrepancy: {size / 1e6 / elapsed:.3f} MB/s on these sentences")
    if a.compare:
        compare(items)


if __name__ == "__main__":
    main()
