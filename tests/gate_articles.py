"""Articles for the gate tests, in our own words: a march in Tarnow counted very differently by
police and organisers, and an older disagreement about a march in Brenna."""

from __future__ import annotations

from pathlib import Path


def article(source: str, published: str, title: str, body: str, front: str = "") -> str:
    return f"---\nsource: {source}\npublished: {published}\n{front}---\n{title}\n\n{body}\n"


TARNOW_POLICE = article(
    "Valley Courier",
    "2031-05-04",
    "Marchers fill Tarnow square",
    "Police said about 20,000 protesters marched through Tarnow on Saturday against the water tax.",
)
TARNOW_AGREES = article(
    "River Ledger",
    "2031-05-04",
    "Water tax march in Tarnow",
    "Police estimated that 21,000 protesters marched through Tarnow on Saturday.",
)
TARNOW_ORGANISERS = article(
    "Hill Gazette",
    "2031-05-04",
    "Tarnow protest draws crowds",
    "Organisers said 90,000 protesters marched through Tarnow on Saturday against the water tax.",
)
BRENNA_ONE = article(
    "Valley Courier",
    "2031-06-10",
    "Brenna rally",
    "Police said 5,000 protesters marched in Brenna on Tuesday against the dam project.",
)
BRENNA_TWO = article(
    "Hill Gazette",
    "2031-06-10",
    "Brenna rally draws thousands",
    "Organisers said 40,000 protesters marched in Brenna on Tuesday against the dam project.",
)


def write(folder: Path, files: dict[str, str]) -> list[Path]:
    out = []
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


_SYLLABLES = [
    "kes",
    "tral",
    "mor",
    "van",
    "dul",
    "bri",
    "sen",
    "hol",
    "ka",
    "ren",
    "tor",
    "vi",
    "lan",
    "pe",
    "gro",
    "ma",
]
_OUTLETS = ["Ridge Courier", "Bay Post", "Plain Times", "Valley Courier", "Hill Gazette", "River Ledger"]


def fire_name(story: int) -> str:
    """A made-up name for story ``story``: distinct for every story number."""
    parts, n = [], story
    for _ in range(3):
        parts.append(_SYLLABLES[n % len(_SYLLABLES)])
        n //= len(_SYLLABLES)
    name = "".join(parts)
    return f"{name.capitalize()}{n or ''}"


def fire_article(story: int, outlet: int, acres: int, dead: int, homes: int) -> str:
    """A short wildfire report (our own words); its figures key on the fire's name."""
    name = fire_name(story)
    day = 1 + story % 28
    return article(
        _OUTLETS[outlet % len(_OUTLETS)],
        f"2031-08-{day:02d}",
        f"Crews fight the {name} Fire",
        f"The {name} Fire has burned {acres:,} acres near Dunmore since Tuesday, officials said. "
        f"{dead} people were killed and {homes} homes were destroyed by the {name} Fire. "
        f"About {homes * 30:,} residents were evacuated from the path of the {name} Fire, and "
        f"{dead * 4} people were injured in the {name} Fire.",
    )


def synthetic(folder: Path, articles: int, per_story: int = 5) -> list[Path]:
    """``articles`` generated wildfire reports, ``per_story`` a story; the last outlet of each story
    gives a burned area the others contradict."""
    files = {}
    for i in range(articles):
        story, outlet = divmod(i, per_story)
        acres = 12_000 + 100 * (story % 50) + (40_000 if outlet == per_story - 1 else 0)
        text = fire_article(story, outlet, acres, 3 + story % 5, 100 + story % 90)
        files[f"{story // 1000:03d}/{story:06d}-{outlet}.md"] = text
    return write(folder, files)
