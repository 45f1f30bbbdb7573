"""Synthetic news corpora for benchmarks: many outlets, many stories, dates spread over months, and
planted conflicts the check must find.

    python benchmarks/synthetic.py OUT_DIR --mb 10 [--seed 1]

Every sentence is written here, in our own words, from templates; places, outlets and figures are
invented. A story is one occurrence (an earthquake, a protest march, a wildfire) in one invented
place on one day; several outlets write about it over the following days with figures that agree
(a death toll that only rises, the same crowd estimate, the same burned area). One story in four
gets a planted conflict of its kind:

- earthquake: an outlet's later article gives a lower death toll than the day before (a running
  total cannot shrink);
- protest: the organisers' count, in the police's article, is five times the police's;
- wildfire: an outlet gives the burned area in acres, the same day, at half what the others say.

The rest of each article is the story's colour, composed by ``synthetic_text.py`` from invented
names (each story has its own towns, districts, streets, organisations and six people, each with
what they are and what they say) and from sentence parts drawn apart (an opener, who acted, what
they did, a tail, who said it), so that about 1% of a corpus's sentences repeat one told before,
as in real news (the corpus before 5 December, fourth sitting, repeated 88% from 30 fixed
sentences). About two sentences in five carry a figure or a date (real news: 42-49%): the story's
side figures (shelters, closed schools and roads, relief flights, engineers, an aid fund, a date
schools reopen) that every outlet gives alike, and the facts, worded several ways. What happened
is dated by the story's weekday, who said it by the article's; no name is shared between stories
(an outlet cited in the text is the place's own paper), so the check finds the planted conflicts
and nothing else: the stories it clusters are the folders, one for one.

``generate`` writes Markdown files with front matter under ``OUT_DIR/<story>/`` and returns the
planted conflicts (file and quoted figure), which ``found`` then looks for in a report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from synthetic_text import OUTLET1, OUTLET2, PLACES, WEEKDAYS, Story, long_place_name, place_name

_WEEKDAYS = WEEKDAYS
# one_subject's outlets, as they were (its text unchanged); the stories' come from OUTLET1 x OUTLET2
_OUTLET1 = "Harbor Meridian Coastline Valley Summit Northern Riverside Granite Lantern Beacon Prairie Island".split()
_OUTLET2 = "Daily Times Post Courier Ledger Herald Wire Gazette Tribune Observer Chronicle Record".split()

# one_subject's sentences between the figures (the stories' come from synthetic_text)
_FILLER = [
    "Residents of {place} described a night of fear and confusion as the news spread.",
    "Local radio stations suspended their regular programmes to carry updates through the day.",
    "Volunteers set up tents outside the main school, where families waited for word of relatives.",
    "The regional governor cut short a visit abroad and was expected back later in the week.",
    "Shops in the centre of {place} stayed shut, and the main square was almost empty by evening.",
    "Officials urged people to stay away from the area so that emergency vehicles could get through.",
    "A spokesman for the national government said every available resource had been sent.",
    "Neighbouring towns offered shelter, and a sports hall was turned into a dormitory overnight.",
    "Aid groups said they were sending food, blankets and water purification kits.",
    "Several roads into {place} remained closed, and the rail line was suspended until further notice.",
    "Telephone lines were patchy, and many residents relied on messages passed along by neighbours.",
    "Opposition politicians called for an inquiry into how the authorities had prepared.",
    "Church bells rang across the valley in the evening, a local custom at times of trouble.",
    "Hospitals in the region cancelled routine operations to free up beds and staff.",
    "The national football league postponed the weekend's matches as a mark of respect.",
    "Schools in {place} will stay closed for the rest of the week, the education office said.",
    "Engineers began inspecting bridges and public buildings for damage on the outskirts of {place}.",
    "Journalists who reached the area described long queues at the few petrol stations still open.",
    "The mayor of {place} thanked the crews who had worked through the night without rest.",
    "Foreign embassies asked their citizens in the region to contact them and confirm they were safe.",
    "Traders in the covered market said they feared losing a season's income.",
    "A curfew was not declared, but police patrols were stepped up after dark.",
    "Insurers said it was too early to estimate the cost, though several had opened claim lines.",
    "Meteorologists warned that the weather could turn later in the week and hamper the work.",
    "Community leaders appealed for calm and asked people not to share unverified rumours online.",
    "The central bank said it would make emergency credit available to businesses in the region.",
    "Members of parliament held a minute's silence before the afternoon session began.",
    "Relief flights landed at the small regional airport, which stayed open through the night.",
    "Teachers and nurses from nearby districts travelled to {place} to offer help.",
    "Critics said the warning system had not worked as it should have.",
]


@dataclass(frozen=True)
class Planted:
    """A conflict the check must report: the file and the figure as it is quoted."""

    story: str
    kind: str
    path: str
    quote: str


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = place_name(rng) if len(used) < PLACES else long_place_name(rng)  # all taken: a longer one
        if name not in used:
            used.add(name)
            return name


def _num(n: int) -> str:
    return f"{n:,}"


def _article(source: str, day: dt.date, title: str, facts: list[str], story: Story) -> str:
    rng = story.rng
    colour = story.sentences(day, rng.randint(8, 14))
    body = [facts[0], *colour[:3], *facts[1:], *colour[3:]]
    paragraphs, i = [], 0
    while i < len(body):
        n = rng.randint(1, 4)
        paragraphs.append(" ".join(body[i : i + n]))
        i += n
    front = f'---\nsource: {source}\npublished: {day.isoformat()}\ntitle: "{title}"\n---\n'
    return front + title + "\n\n" + "\n\n".join(paragraphs) + "\n"


_AGENCY = ["the national disaster agency", "the civil protection agency", "the interior ministry", "officials"]


_DAYPART = ["early", "late", "in the early hours of", "shortly after dawn", "in the afternoon"]


def _quake(story: Story, outlets: list[str], plant: bool):
    rng, place, start = story.rng, story.place, story.start
    mag = f"{rng.randint(60, 78) / 10:.1f}"
    d0 = rng.randint(2, 60) * 10
    toll = [d0 + d0 * k // 2 for k in range(5)]
    injured = [t * 3 for t in toll]
    ev = _WEEKDAYS[start.weekday()]
    for i, source in enumerate(outlets):
        k = min(i // 2, 3)
        day = start + dt.timedelta(days=k)
        who, part = rng.choice(_AGENCY), rng.choice(_DAYPART)
        if k == 0:
            title = rng.choice(
                [
                    f"Earthquake kills at least {_num(toll[0])} in {place}",
                    f"Magnitude {mag} quake hits {place}",
                    f"Deadly earthquake strikes {place}",
                    f"{place} shaken by strong earthquake",
                    f"Quake leaves {place}'s {{district}} {{district_kind}} in ruins",
                    f"Rescuers race to reach {{district}} after {place} quake",
                    f"Night of fear in {place} as magnitude {mag} quake strikes",
                    f"Homes flattened on {{street}} as earthquake hits {place}",
                    f"{place} earthquake: {{org}} appeals for {{supplies}}",
                ]
            )
            title = story.headline(title, day)
            facts = [
                story.say(
                    day,
                    rng.choice(
                        [
                            f"A magnitude {mag} earthquake struck the province of {place} {part} on {ev}, killing at"
                            f" least {_num(toll[0])} people",
                            f"An earthquake of magnitude {mag} struck {place} {part} on {ev}, killing at least"
                            f" {_num(toll[0])} people",
                            f"At least {_num(toll[0])} people were killed when a magnitude {mag} earthquake struck"
                            f" {place} on {ev}",
                        ]
                    ),
                    who,
                    lead=False,
                ),
                story.say(
                    day,
                    rng.choice(
                        [
                            f"More than {_num(injured[0])} people were injured",
                            f"More than {_num(injured[0])} people were injured in {place} and nearby villages",
                            f"More than {_num(injured[0])} people were injured in {place} and around {{town}}",
                        ]
                    ),
                    rng.choice(["the health ministry", "the regional health office", f"{place}'s hospitals"]),
                ),
            ]
        else:
            title = rng.choice(
                [
                    f"{place} quake toll climbs to {_num(toll[k])}",
                    f"Death toll in {place} earthquake rises to {_num(toll[k])}",
                    f"Rescuers search rubble as {place} toll rises",
                    f"Hopes fade for survivors in {place}",
                    f"Rescuers dig through the night in {place}",
                    f"{place} mourns as toll reaches {_num(toll[k])}",
                    f"{place} rescuers pull survivor from rubble on {{street}}",
                    f"{{org}} says {{supplies}} running short after {place} quake",
                    f"Quake toll rises to {_num(toll[k])} as search goes on in {{district}}",
                ]
            )
            title = story.headline(title, day)
            facts = [
                story.say(
                    day,
                    rng.choice(
                        [
                            f"The death toll from the earthquake that struck {place} on {ev} has risen to"
                            f" {_num(toll[k])}",
                            f"The death toll from {ev}'s earthquake in {place} has risen to {_num(toll[k])}",
                            f"The number of people killed in the {place} earthquake has risen to {_num(toll[k])}",
                        ]
                    ),
                    who,
                ),
                story.fill(
                    rng.choice(
                        [
                            "Rescue teams with dogs were still searching the rubble on {street}{end}.",
                            "Crews from {town} were still digging through collapsed homes in {district}{end}.",
                            "Rescuers pulled {survivor} alive from the ruins of the {building} {when}{end}.",
                            "Search teams worked under floodlights near the {building} in {district}{end}.",
                            "{actor_cap} joined the search on {street} {when}{end}.",
                        ]
                    ),
                    day,
                ),
            ]
        yield source, day, title, facts, None
    if plant:
        k = min((len(outlets) - 1) // 2, 3) + 1
        day = start + dt.timedelta(days=k)
        lower = toll[k - 1] * 7 // 10
        facts = [
            f"The disaster agency said on {_WEEKDAYS[day.weekday()]} the death toll from the {place} earthquake"
            f" stood at {_num(lower)}, revising its earlier count after duplicate records were found.",
        ]
        yield rng.choice(outlets), day, f"Agency revises {place} quake figures", facts, _num(lower)


_CAUSE_WHAT = "a new fuel tax|rising rents|pension reform|school closures|a mining permit|water prices".split("|")
_CAUSE_WHAT += "a dam project|hospital cuts|a port sale|bus fares|a road toll|a landfill plan".split("|")


def _protest(story: Story, outlets: list[str], plant: bool):
    rng, place, start = story.rng, story.place, story.start
    police = rng.randint(2, 60) * 1000
    arrests = rng.randint(2, 40) * 10
    ev = _WEEKDAYS[start.weekday()]
    cause = rng.choice(_CAUSE_WHAT)
    for i, source in enumerate(outlets):
        k = min(i // 3, 2)
        day = start + dt.timedelta(days=k)
        near = rng.choice(["", " from the {building} to the {building}", " past the {building}", " along {street}"])
        ev_part = ev + rng.choice(["", "", " afternoon", " morning", " evening"])
        facts = [
            story.fill(
                rng.choice(
                    [
                        f"Police said about {_num(police)} protesters marched through {place}{near} on {ev_part}"
                        f" against {cause}.",
                        f"About {_num(police)} protesters marched through {place}{near} on {ev_part} against"
                        f" {cause}, police said.",
                        f"Police said about {_num(police)} people marched through the centre of {place} on {ev_part}"
                        f" to protest against {cause}.",
                        f"About {_num(police)} people marched{near} in {place} on {ev_part} against {cause},"
                        " according to police.",
                    ]
                ),
                day,
            ),
            story.say(
                day,
                f"More than {_num(arrests)} people were arrested"
                + rng.choice(
                    [
                        " during the march",
                        " during the protest",
                        " after scuffles near the {building}",
                        " as the march reached {street}",
                        " during the march in {place}",
                    ]
                ),
                rng.choice(["the interior ministry", "the regional police", "a police spokesman"]),
                lead=False,
            ),
        ]
        planted = None
        if plant and i == 0:
            planted = _num(police * 5)
            facts.insert(1, f"Organisers put the crowd at {planted}.")
        title = rng.choice(
            [
                f"Thousands march in {place} against {cause}",
                f"Protest over {cause} fills streets of {place}",
                f"{place} marchers demand end to {cause}",
                f"Police and marchers in {place} at odds over {cause}",
                "Marchers fill {street} in " + place,
                f"Arrests as {place} protest against {cause} reaches {{street}}",
                "Crowds pass the {building} in " + place + " protest",
                f"{place}: thousands say no to {cause}",
                f"Students join {place} march against {cause}",
            ]
        )
        title = story.headline(title, day)
        yield source, day, title, facts, planted


_SIDE_OF = ["east", "west", "north", "south", "north-east", "south-west"]
_TERRAIN = ["hills", "forests", "valleys", "ridges", "pine woods"]


def _fire(story: Story, outlets: list[str], plant: bool):
    rng, place, start = story.rng, story.place, story.start
    ha = rng.randint(5, 90) * 1000
    evac = rng.randint(2, 30) * 1000
    fire = f"{place} Fire"
    where = f"the {rng.choice(_TERRAIN)} {rng.choice(_SIDE_OF)} of {place}"
    for i, source in enumerate(outlets):
        day = start + dt.timedelta(days=min(i // 3, 2))
        facts = [
            story.say(
                day,
                rng.choice(
                    [
                        f"The {fire} has burned {_num(ha)} hectares in {where}",
                        f"The {fire} has now burned {_num(ha)} hectares in {where}",
                        f"The {fire} has burned {_num(ha)} hectares of land in {where}",
                    ]
                ),
                rng.choice(["the state fire service", "the state fire service", "a fire service spokeswoman"]),
            ),
            story.say(
                day,
                rng.choice(
                    [
                        f"Authorities evacuated about {_num(evac)} residents as the {fire} spread in hot, dry winds",
                        f"About {_num(evac)} residents were evacuated as the {fire} spread",
                        f"Authorities ordered about {_num(evac)} residents to leave their homes as the {fire} spread",
                        f"About {_num(evac)} residents of {{district}} and nearby villages were evacuated",
                    ]
                ),
                rng.choice(["the authorities", "the regional government", "{who}", "the {org}"]),
            ),
        ]
        title = rng.choice(
            [
                f"{fire} forces thousands from their homes",
                f"Crews battle {fire} in {where}",
                f"Evacuations as {fire} spreads",
                f"{fire} burns on, winds hamper crews",
                f"{fire} reaches the edge of {{district}}",
                f"Residents flee {{district}} as {fire} spreads",
                f"{fire}: evacuations ordered in {{district}}",
                f"Smoke from {fire} drifts over {{town}}",
                f"{{org}} opens the {{building}} to families fleeing {fire}",
            ]
        )
        title = story.headline(title, day)
        yield source, day, title, facts, None
    if plant:
        acres = round(ha * 2.471 / 2, -3)
        quote = f"{_num(int(acres))} acres"
        facts = [f"Firefighters battling the {fire} said it had scorched {quote} by the afternoon."]
        yield rng.choice(outlets), start, f"{fire} grows", facts, quote


_KINDS = {"quake": _quake, "protest": _protest, "fire": _fire}


def generate(out: Path, target_bytes: int, seed: int = 1) -> tuple[int, list[Planted]]:
    """Write stories under ``out`` until about ``target_bytes`` are written; returns the number of
    articles and the planted conflicts."""
    rng = random.Random(seed)
    outlets = sorted({f"{a} {b}" for a in OUTLET1 for b in OUTLET2})
    used: set[str] = set()
    planted: list[Planted] = []
    written = articles = 0
    n = 0
    first_day = dt.date(2031, 1, 1)
    while written < target_bytes:
        kind = list(_KINDS)[n % len(_KINDS)]
        place = _name(rng, used)
        start = first_day + dt.timedelta(days=rng.randint(0, 365))
        story = f"{start.isoformat()}-{kind}-{place.lower()}"
        folder = out / story
        folder.mkdir(parents=True, exist_ok=True)
        plant = n % 4 == 3
        told = Story.new(place, start, rng, lambda r: _name(r, used))
        seen: dict[tuple[str, dt.date], int] = {}
        chosen = rng.sample(outlets, k=rng.randint(4, 9))
        for source, day, title, facts, quote in _KINDS[kind](told, chosen, plant):
            slug = source.lower().replace(" ", "-")
            count = seen[(slug, day)] = seen.get((slug, day), 0) + 1
            path = folder / f"{day.isoformat()}-{slug}{'' if count == 1 else f'-{count}'}.md"
            text = _article(source, day, title, facts, told)
            path.write_text(text, encoding="utf-8")
            written += len(text.encode())
            articles += 1
            if quote is not None:
                planted.append(Planted(story=story, kind=kind, path=str(path), quote=quote))
        n += 1
    return articles, planted


def one_subject(out: Path, sentences: int, seed: int = 1) -> Path:
    """One long article whose figures are all about one subject (a troop build-up near one border,
    as an archive on one war has thousands of claims about one troop count), the figures drifting
    a little as estimates do: the case where comparing a subject's claims pair by pair is square."""
    rng = random.Random(seed)
    outlets = sorted({f"{a} {b}" for a in _OUTLET1 for b in _OUTLET2})
    day = dt.date(2031, 3, 2)
    lines = []
    for i in range(sentences):
        figure = _num(100_000 + rng.randint(-5, 5) * 1000)
        who = rng.choice(["officials", "a defence analyst", "the ministry", "satellite images"])
        if i % 3 == 0:
            lines.append(
                f"{rng.choice(outlets)} reported that about {figure} troops were massed near the Varnel border."
            )
        else:
            lines.append(f"According to {who}, about {figure} troops were massed near the Varnel border.")
        lines.append(rng.choice(_FILLER).format(place="Varnel"))
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"one-subject-{sentences}.md"
    front = f'---\nsource: Harbor Daily\npublished: {day.isoformat()}\ntitle: "Troops massed near Varnel border"\n---\n'
    path.write_text(front + "\n\n".join(" ".join(lines[i : i + 6]) for i in range(0, len(lines), 6)) + "\n")
    return path


def subject_claims(n: int, seed: int = 1, per_day: int = 5):  # type: ignore[no-untyped-def]
    """``n`` claims of one subject (troops near one border) from ``n / 4`` articles of 37 outlets,
    about ``per_day`` a day: figures drifting around 100,000 with every qualifier, day and month
    dates, claims that state no time, one in ten a running total. For the comparison alone."""
    from discrepancy import extract

    text = "About 100,000 troops were massed near the Varnel border on March 3."
    base = next(c for c in extract(text, published="2031-03-05", source="X") if c.kind == "quantity")
    assert base.quantity is not None
    rng = random.Random(seed)
    days = max(30, n // per_day)
    documents = max(1, n // 4)
    first = dt.date(2031, 1, 1)
    out = []
    for k in range(n):
        d = rng.randrange(documents)
        published = first + dt.timedelta(days=(d * 7919) % days)
        r = rng.random()
        if r < 0.03:
            time = base.time.model_copy(update={"start": None, "end": None, "resolved": False, "granularity": None})
        elif r < 0.08:
            month = published.replace(day=1)
            end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            time = base.time.model_copy(update={"start": month, "end": end, "granularity": "month"})
        else:
            day = published - dt.timedelta(days=rng.randint(0, 3))
            time = base.time.model_copy(update={"start": day, "end": day})
        running = rng.random() < 0.1
        figure = float(100_000 + rng.randint(-20, 20) * 1000 + (k * 50 if running else 0))
        qualifier = rng.choice(["about", "exact", "more_than", "at_least", "nearly", "up_to"])
        quantity = base.quantity.model_copy(update={"figure": figure, "qualifier": qualifier, "running": running})
        source = f"Outlet {d % 37}"
        span = base.span.model_copy(
            update={"path": f"doc{d}.md", "start": 100 * k, "end": 100 * k + 10, "quote": f"about {figure:,.0f}"}
        )
        update = {
            "id": f"doc{d}.md#{k}",
            "document": f"doc{d}.md",
            "source": source,
            "speaker": rng.choice([source, source, "officials"]),
            "published": published,
            "time": time,
            "quantity": quantity,
            "span": span.model_copy(update={"sentence": f"s{k}"}),
        }
        out.append(base.model_copy(update=update))
    return out


def found(planted: list[Planted], findings: list) -> list[Planted]:  # type: ignore[type-arg]
    """The planted conflicts some finding reports (its claim or a claim it conflicts with)."""
    quoted = {(c.span.path, c.span.quote) for f in findings for c in (f.claim, *f.conflicts_with)}
    return [p for p in planted if any(path == p.path and p.quote in quote for path, quote in quoted)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    n, planted = generate(a.out, int(a.mb * 1e6), a.seed)
    print(f"{n} articles, {len(planted)} planted conflicts under {a.out}")


if __name__ == "__main__":
    main()
