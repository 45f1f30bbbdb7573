"""One owner under several names in a story (``group.group_claims``'s first step).

Outlets name a party or a person in different ways: "the Velm People’s Party" and "the Velm Peoples
Party"; "the Norra-based Kessa Ruun Movement Velm" and "the Kessa Ruun Movement-Velm"; "President
Ado Brell, 64" and "Brell, 64". A subject key keeps the owner as its article wrote it
(``owners.owner_key``), so within a story, among the keys that differ in their owner only, an owner
joins another when:

- both are one spelling (case, apostrophes, accents and hyphens aside: "People’s" is "Peoples");
- their full names are one name but for a modifier before it ("Norra-based");
- one is a surname alone and the other the one full name of the story that ends with it, and
  the surname is given no figure the full name is not ("Brell, 64" is "Ado Brell, 64" where no
  other Brell is named for the measure).

A surname two full names end with names neither, and so does one given a figure the full name is
not: it may be a relative's ("the victim's father, Brell, 71"). An acronym never joins a full name by its
initials ("VCLO" and "Velm Civic League-Orre" stay apart): on a blind set that collapsed two owners
of one story into one, as turning long names into initials did (`tests/test_owner_initials.py`).
"""

from __future__ import annotations

from collections import defaultdict

from .extract.owners import is_name_modifier
from .models import Claim
from .text import unaccented


def one_owner_per_name(buckets: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """Claims of keys whose owners are one owner's names, under one key (the most claimed name's)."""
    families: dict[str, dict[str, str]] = defaultdict(dict)  # key without owner -> owner -> key
    for key in buckets:
        parts = key.split("|")
        if key.startswith("quantity:") and len(parts) == 6 and parts[2] != "-":
            families["|".join([*parts[:2], "-", *parts[3:]])][parts[2]] = key
    for owners in families.values():
        if len(owners) < 2:
            continue
        full = {
            o: {c.quantity.owner for c in buckets[k] if c.quantity is not None and c.quantity.owner}
            for o, k in owners.items()
        }
        figures = {o: {c.quantity.figure for c in buckets[k] if c.quantity is not None} for o, k in owners.items()}
        for owner, name in _aliases(full, figures, {o: len(buckets[k]) for o, k in owners.items()}).items():
            buckets.setdefault(owners[name], []).extend(buckets.pop(owners[owner]))
    return buckets


def _aliases(full: dict[str, set[str]], figures: dict[str, set[float]], weight: dict[str, int]) -> dict[str, str]:
    """Each owner that is another's name -> the name its set of names goes by (the most claimed).
    ``full``: each owner's full names; ``figures``: the figures given it."""
    parent = {o: o for o in full}

    def root(o: str) -> str:
        while parent[o] != o:
            o = parent[o]
        return o

    for a, b in _same_names(full, figures):
        parent[root(a)] = root(b)
    sets: dict[str, list[str]] = defaultdict(list)
    for o in full:
        sets[root(o)].append(o)
    out = {}
    for members in sets.values():
        name = max(members, key=lambda o: (weight[o], len(o), o))
        out.update({o: name for o in members if o != name})
    return out


def _same_names(full: dict[str, set[str]], figures: dict[str, set[float]]) -> list[tuple[str, str]]:
    """Pairs of owners that are one owner's names: one spelling, one full name, or a surname."""
    owners = sorted(full)
    pairs = []
    spelled: dict[str, list[str]] = defaultdict(list)
    for o in owners:
        spelled[_spelling(o)].append(o)
        for name in full[o]:
            spelled["name:" + _spelling(_unmodified(name))].append(o)
    for spelling, same in spelled.items():
        if spelling.removeprefix("name:"):  # a name of no letters names no one
            pairs += [(same[0], o) for o in same[1:] if o != same[0]]
    for o in owners:
        others = [p for p in owners if p != o]
        if " " not in o:
            by_surname = [p for p in others if " " in p and p.split()[-1] == o]
            if len(by_surname) == 1 and figures[o] <= figures[by_surname[0]]:  # a relative's are his own
                pairs.append((o, by_surname[0]))
    return pairs


def _spelling(name: str) -> str:
    """A name without case, accents, apostrophes or hyphens: "People’s" and "Peoples" are one."""
    return "".join(c for c in unaccented(name) if c.isalnum()).lower()


def _unmodified(name: str) -> str:
    """A full name without the modifiers before it ("Karachi-based", "Brell-led")."""
    return " ".join(w for w in name.split() if not is_name_modifier(w)) or name
