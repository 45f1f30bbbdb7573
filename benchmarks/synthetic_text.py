"""The words and the sentence grammar of ``synthetic.py``: invented names (places, people, streets,
districts, organisations), a story's side facts (figures and dates every outlet gives alike) and
sentences composed from parts, so that a corpus of many megabytes repeats about as few of its
sentences as real news does (a sentence told twice is rare: each names something of its story,
and its frame, subject, act and attribution are drawn apart).

Every word list here is our own; no sentence is taken from an article.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

_SYL1 = (
    "Var Os Kel Mar Tor Bel Dun Ash Lin Ros Cal Hal Mer Tav Pel Gor Sel Bran Cor Fen Lor Nes Quin Wex"
    " Ab Bre Dro Eld Fal Gan Hest Ilm Jor Kast Lud Mob Nor Ost Prel Rask Sten Trav Ul Vest Wyl Yar Zen"
).split()
_SYL2 = "a e i o u ar en ol ir ev an is".split()
_SYL3 = (
    "nel ka via dor ham bury ton mere stad gard wick holm port ley field ridge lund vik sund moor"
    " berg dal fors by thorpe wald minde sk ovo ice ara"
).split()

_GIVEN1 = "Al Be Ca Da E Fa Ga Ha I Jo Ka Le Ma Na O Pa Ra Sa Ta U Va Ya Zo Mi Ro Te Bri Cle Dru Fio Gre Ke".split()
_GIVEN_MID = ["", "", "", "la", "ri", "ne", "vo", "me", "di", "sa"]
_GIVEN2 = "ren lia mon dra vin sel na ko rit bel dan ssa mir tor ven lo ri nda rek vo lis dor mek sa".split()
_FAMILY1 = "Or Val Kest Dren Mal Tor Sev Brun Hal Lisk Parn Ved Gorm Ask Rell Sto Fiel Jarn Mott Quel".split()
_FAMILY1 += "Bark Cres Dalm Egg Fors Grim Holt Ingr Jask Krom Lamb Morv Nyb Pask Rud Sig Trem Volk Wint Zan".split()
_FAMILY_MID = ["", "", "en", "ar", "il", "et", "es", "ur"]
_FAMILY2 = "ovic ander sen ari elli ström ek owski ard ing ley mann ez ides avu oni berg".split()

OUTLET1 = (
    "Harbor Meridian Coastline Valley Summit Northern Riverside Granite Lantern Beacon Prairie Island"
    " Southern Eastern Western Capital Frontier Lakeside Highland Delta Central Metro Border Bayside"
).split()
OUTLET2 = "Daily Times Post Courier Ledger Herald Wire Gazette Tribune Observer Chronicle Record Mail Star Sentinel Dispatch".split()

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = "January February March April May June July August September October November December".split()

_ROLES = [
    "the mayor of {place}",
    "a spokeswoman for the regional council",
    "a spokesman for the {org}",
    "the head of the {place} hospital",
    "a deputy interior minister",
    "the regional police chief",
    "a local councillor",
    "the director of the {org}",
    "a senior civil servant in {place}",
    "the chairman of the {place} traders' association",
    "a doctor at the {district} clinic",
    "the headteacher of a school in {district}",
]
_ORG_HEAD = (
    "Relief Council|Civil Defence Office|Water Board|Red Lantern Society|Workers' Union|Chamber of Commerce".split("|")
)
_ORG_HEAD += (
    "Housing Trust|Farmers' League|Volunteer Corps|Transport Authority|Heritage Foundation|Medical Guild".split("|")
)
_STREET = "Mill Church Station Harbour Market Orchard Bridge Tanner Linden Chapel Quarry Ferry Well Castle".split()
_STREET_KIND = "Street Road Lane Avenue Row".split()
_DISTRICT_KIND = "district quarter neighbourhood suburb".split()
_BUILDINGS = (
    "town hall|main library|covered market|bus station|sports hall|old cinema|district court|fire station".split("|")
)
_BUILDINGS += "cathedral|grain silo|textile works|water tower|primary school|post office|museum|theatre".split("|")
_OCCUPATION = "baker|taxi driver|nurse|shopkeeper|retired teacher|student|carpenter|farmer|pharmacist|fisherman".split(
    "|"
)
_OCCUPATION += "bus driver|electrician|café owner|civil engineer|midwife|tailor|plumber|librarian".split("|")
_SUPPLIES = "blankets|bottled water|hot meals|tinned food|tents|torches|nappies|medicine|warm clothes|generators".split(
    "|"
)
_SUPPLIES += "sleeping bags|baby formula|fuel|mobile phone chargers|bread|camp beds".split("|")
_OPENERS = [
    "On {weekday} evening,",
    "By mid-morning,",
    "Late on {weekday},",
    "As night fell on {weekday},",
    "On {weekday} morning,",
    "Across {place},",
    "In the {district} {district_kind},",
    "Along {street},",
    "Meanwhile,",
    "By {weekday} afternoon,",
    "Before dawn on {weekday},",
    "Despite the rain,",
]
_ACTORS = [
    "volunteers from {town}",
    "residents of the {district} {district_kind}",
    "crews from the {org}",
    "soldiers sent from {town}",
    "neighbours on {street}",
    "staff at the {building}",
    "teachers from {town}",
    "members of the {org}",
    "students from the college in {town}",
    "workers from the {town} depot",
    "{who},",
    "a convoy of trucks from {town}",
    "families from the {district} {district_kind}",
]
_ACTS = [
    "handed out {supplies} and {supplies2} outside the {building}",
    "cleared a path along {street} so that ambulances could pass",
    "queued for {supplies} in front of the {building}",
    "set up a kitchen in the car park of the {building}",
    "carried {supplies} to families who had stayed in their homes",
    "checked on elderly neighbours in the {district} {district_kind}",
    "waited outside the {building} for news of relatives",
    "opened the doors of the {building} to people with nowhere to sleep",
    "gathered in the square by the {building}",
    "drove {supplies} up from {town} overnight",
    "took turns at the telephones in the {building}",
    "asked the authorities for more {supplies}",
    "laid flowers at the gates of the {building}",
    "helped shopkeepers on {street} board up their windows",
]
_ACT_TAILS = [
    "",
    ", {according}",
    ", witnesses said",
    " while the {org} kept a list of the missing",
    " as {weather}",
    " until late in the evening",
    ", {outlet_ref} reported",
    " in what {person} called {a_quality} effort",
]
_WEATHER = "a cold wind blew down the valley|light rain kept falling|the temperature dropped below freezing".split("|")
_WEATHER += "the afternoon heat built up|fog settled over the river|gusts knocked out power lines".split("|")
_QUALITY = "a remarkable|an exhausting|a chaotic|a heartening|a tireless|an improvised|a humbling".split("|")
_QUOTE_A = [
    "We have never seen anything like this in {place}",
    "Nobody in {district} slept that first night",
    "My shop on {street} is all I have",
    "The people of {place} will get through this together",
    "We need {supplies}, not speeches",
    "Everyone at the {building} is doing what they can",
    "I grew up on {street} and I barely recognise it",
    "The {org} has been here since the first hour",
    "We were told help would come from {town}, and it did",
    "It is too early to say what happened in {district}",
    "Our priority is the people still waiting at the {building}",
    "Nobody has told us when we can go home to {district}",
    "We slept in the car on {street} with the children",
    "There were {supplies} at the {building}, but not enough",
    "I have lived in {district} for forty years",
    "The {org} answered every call we made",
    "We want to know why nobody warned {district}",
    "My brother is still in {town} and I cannot reach him",
    "The first hours were the hardest",
    "We will rebuild {street}, house by house",
]
_QUOTE_B = [  # {q} and {q2}: what the sentence's speaker says; {who}: the speaker and what they are
    '"{q}," said {who}.',
    '"{q}," {who}, told reporters.',
    '"{q}," {name} said outside the {building}.',
    '"{q}, and {q2}," said {who}.',
    '{who}, said: "{q}."',
    '"{q}," added {name}, who lives on {street}.',
    '"{q}," {who}, said on {today}.',
    '"{q}," said {who}, standing near the {building}.',
]
_SIDE = [  # a figure every outlet of a story gives alike: (noun, its range, the facts that give it)
    (
        "shelters",
        (10, 40),
        [
            "{n} shelters were open in and around {place}",
            "{n} shelters were open in {place} by {weekday}",
            "{n} emergency shelters in {place} were taking in families",
            "{n} shelters, most of them in schools and the {building}, had opened in {place}",
        ],
    ),
    (
        "schools",
        (10, 60),
        [
            "{n} schools in {place} will stay closed until {until}",
            "{n} schools across {place} would stay shut until {until}",
            "Classes at {n} schools in the {district} {district_kind} and beyond were called off until {until}",
        ],
    ),
    (
        "flights",
        (10, 30),
        [
            "{n} relief flights had landed at the {town} airfield",
            "{n} flights carrying {supplies} and {supplies2} had reached {town}",
            "{n} cargo flights with {supplies} had landed in {town} since {weekday}",
        ],
    ),
    (
        "roads",
        (10, 25),
        [
            "{n} roads into {place} remained closed",
            "{n} roads around {place} were still shut on {weekday}",
            "{n} roads, among them the one to {town}, were still closed",
        ],
    ),
    (
        "money",
        (10, 90),
        [
            "The government pledged {money} in emergency aid for {place}",
            "The {org} had set aside {money} for {place}",
            "An emergency fund of {money} was opened for families in {place}",
        ],
    ),
    (
        "engineers",
        (12, 300),
        [
            "{n} engineers were inspecting {things} around {place}",
            "{n} engineers had been sent to check {things} in {district}",
            "A team of {n} engineers began checking {things} on {street}",
        ],
    ),
]
_THINGS = "bridges and public buildings|schools and clinics|the water mains|the {building} and nearby homes".split("|")
_THINGS += "power lines and substations|the dam above {town}|railway bridges|blocks of flats".split("|")
_SAYS = [
    "the {org}",
    "{who}",
    "local officials",
    "the transport authority",
    "the education office",
    "the regional council",
]
ATTRIB = [
    ", {a} said",
    ", according to {a}",
    ", {a} said on {today}",
    ", {a} said in a statement",
    ", {a} told reporters",
    ", {a} said in an update",
    ", {a} said at a briefing in {town}",
    ", {a} said on {today} evening",
]
_TITLE_END = ["", "", "", " as {district} waits", ", {org} says", ": what we know", " ({today})"]
_TITLE_END += [" - a survivor speaks", ": {supplies} needed", ", witnesses say", ": the view from {street}"]
_LEAD = ["", "", "", "", "So far, ", "In all, ", "In its latest figures, ", "Meanwhile, "]
_PLAIN = [  # {end}: nothing, a time, a place or who said it, drawn apart
    "{opener} {actor} {act}{tail}.",
    "{actor_cap} {act}{tail}.",
    "{opener} {actor} {act}{tail}.",
    "{quote_sentence}",
    "{quote_sentence}",
    "Shops on {street} stayed {shut}, and the square by the {building} was {empty} {by_when}{end}.",
    "{who}, said the {org} was {doing}.",
    "{outlet_ref_cap} reported that {actor} had {done}.",
    "The {org} urged people to stay away from {district} so that {vehicles} could get through{end}.",
    "{bells} rang across {place} {when}, a local custom at times of trouble{end}.",
    "Engineers began inspecting the {building} on {street} {when}{end}.",
    "Traders at the {building} in {place} said they feared losing {loss}.",
    "{who}, appealed for calm and asked people in {place} not to {share} {rumours}.",
    "The road between {place} and {town} reopened {when}, though {traffic}.",
]
_LOCAL_PAPER = ["Herald", "Courier", "Evening News", "Gazette", "radio station", "Weekly"]
_SURVIVOR = "a woman|an old man|a boy of six|two sisters|a baker|a young mother|a student|a dog and its owner".split(
    "|"
)
_SHUT = "shut|closed|dark|boarded up|half empty".split("|")
_EMPTY = "almost empty|deserted|quiet|full of parked trucks|crowded with volunteers".split("|")
_BY_WHEN = "by {weekday} evening|by nightfall on {weekday}|by {weekday} afternoon|all {weekday} morning".split("|")
_VEHICLES = "ambulances|fire engines|rescue crews|army trucks|supply lorries|cranes".split("|")
_LOSS = "a season's income|their stock|the summer trade|a month of sales|their savings".split("|")
_RUMOURS = "rumours|unverified reports|old photographs|messages from strangers|lists of the missing".split("|")
_TRAFFIC = "traffic was slow|only lorries could use it|police checked every car|it was open to one lane".split("|")
_END = ["", "", ", {according}", " on {weekday}", ", witnesses said", ", {outlet_ref} reported"]
_DOING = "sending more {supplies} to {place}|drawing up a list of damaged homes in {district}".split("|")
_DOING += "asking {town} for extra staff|keeping the {building} open through the night|working with the army".split("|")
_DONE = "spent the night in the {building}|brought {supplies} from {town}|reopened the clinic in {district}".split("|")
_DONE += "searched the houses along {street}|moved the injured to {town}|run out of {supplies} by noon".split("|")
_WHEN = ["on {weekday} morning", "late on {weekday}", "on {weekday} evening", "at first light on {weekday}"]
_WHEN += ["around midday on {weekday}", "on {weekday}", "early on {weekday}"]
_ACCORDING = [
    "according to {who}",
    "according to the {org}",
    "{person} of the {org} said",
    "{role} said",
    "local officials said",
]

_SLOT = re.compile(r"\{(\w+)\}")


def _number(n: int) -> str:
    return f"{n:,}"


@dataclass
class Story:
    """What a story's sentences name: its place, its people, its streets, its side figures."""

    place: str
    start: dt.date
    rng: random.Random
    towns: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    who: dict[str, str] = field(default_factory=dict)  # a person with what they are: "Ana Orsen, a nurse"
    quotes: dict[str, list[str]] = field(default_factory=dict)  # what each person says, in every outlet
    districts: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    side: dict[str, str] = field(default_factory=dict)
    until: str = ""

    @classmethod
    def new(cls, place: str, start: dt.date, rng: random.Random, name: object) -> Story:
        s = cls(place=place, start=start, rng=rng)
        s.towns = [name(rng) for _ in range(3)]  # type: ignore[operator]
        s.districts = [name(rng) for _ in range(3)]  # type: ignore[operator]
        s.people = [person(rng) for _ in range(6)]
        s.streets = [f"{rng.choice(_STREET)} {rng.choice(_STREET_KIND)}" for _ in range(2)]
        s.streets.append(f"{name(rng)} {rng.choice(_STREET_KIND)}")  # type: ignore[operator]
        s.orgs = [f"{place} {o}" for o in rng.sample(_ORG_HEAD, 3)]
        for p in s.people:
            what = rng.choice(_ROLES) if rng.random() < 0.5 else _a(rng.choice(_OCCUPATION)) + " from {district}"
            s.who[p] = f"{p}, {_SLOT.sub(lambda m: s._slot(m.group(1), start), what)}"
        said = rng.sample(_QUOTE_A, k=2 * len(s.people))
        for i, p in enumerate(s.people):
            s.quotes[p] = [_SLOT.sub(lambda m: s._slot(m.group(1), start), q) for q in said[2 * i : 2 * i + 2]]
        for noun, (lo, hi), _ in _SIDE:
            n = rng.randint(lo, hi)
            s.side[noun] = f"{n} million crowns" if noun == "money" else _number(n)
        later = start + dt.timedelta(days=rng.randint(4, 12))
        s.until = f"{_MONTHS[later.month - 1]} {later.day}"
        return s

    def fill(self, template: str, day: dt.date) -> str:
        text = _SLOT.sub(lambda m: self._slot(m.group(1), day), template)
        return text[:1].upper() + text[1:]

    def headline(self, title: str, day: dt.date) -> str:
        return self.fill(title + self.rng.choice(_TITLE_END), day)

    def say(self, day: dt.date, core: str, by: str, lead: bool = True) -> str:
        """A fact told as outlets tell it: maybe a lead-in, the fact, who gives it, worded apart."""
        start = self.fill(self.rng.choice(_LEAD), day) if lead else ""
        core = self.fill(core, day)
        if start and core.split(" ", 1)[0] in ("The", "At", "More", "About", "Police", "Authorities", "An", "A"):
            core = core[0].lower() + core[1:]
        return start + core + self.fill(self.rng.choice(ATTRIB).replace("{a}", by), day) + "."

    def _quoted(self, frame: str) -> str:
        p = self.rng.choice(self.people)
        q, q2 = self.quotes[p]
        if not q2.startswith((self.place, "I ")):
            q2 = q2[0].lower() + q2[1:]
        frame = frame.replace("{q}", q).replace("{q2}", q2)
        return frame.replace("{who}", self.who[p]).replace("{name}", p)

    def _slot(self, key: str, day: dt.date) -> str:
        r = self.rng
        simple = {
            "place": lambda: self.place,
            "town": lambda: r.choice(self.towns),
            "district": lambda: r.choice(self.districts),
            "district_kind": lambda: r.choice(_DISTRICT_KIND),
            "street": lambda: r.choice(self.streets),
            "org": lambda: r.choice(self.orgs),
            "person": lambda: r.choice(self.people),
            "who": lambda: self.who[r.choice(self.people)],
            "building": lambda: r.choice(_BUILDINGS),
            "supplies": lambda: r.choice(_SUPPLIES),
            "supplies2": lambda: r.choice(_SUPPLIES),
            "weekday": lambda: WEEKDAYS[self.start.weekday()],  # what happened, happened on the story's day
            "today": lambda: WEEKDAYS[day.weekday()],  # who says it, says it on the article's
            "a_occupation": lambda: _a(r.choice(_OCCUPATION)),
            "a_quality": lambda: r.choice(_QUALITY),
            "weather": lambda: r.choice(_WEATHER),
            "until": lambda: self.until,
            "shut": lambda: r.choice(_SHUT),
            "empty": lambda: r.choice(_EMPTY),
            "vehicles": lambda: r.choice(_VEHICLES),
            "loss": lambda: r.choice(_LOSS),
            "rumours": lambda: r.choice(_RUMOURS),
            "traffic": lambda: r.choice(_TRAFFIC),
            "survivor": lambda: r.choice(_SURVIVOR),
            "share": lambda: r.choice(["share", "pass on", "post", "believe", "spread"]),
            "things": lambda: _SLOT.sub(lambda m: self._slot(m.group(1), day), r.choice(_THINGS)),
            # the local paper, named after the place: another outlet's name would link stories
            "outlet_ref": lambda: f"the {self.place} {r.choice(_LOCAL_PAPER)}",
            "outlet_ref_cap": lambda: f"The {self.place} {r.choice(_LOCAL_PAPER)}",
        }
        if key in simple:
            return simple[key]()
        grammar = {
            "role": lambda: r.choice(_ROLES),
            "opener": lambda: r.choice(_OPENERS),
            "actor": lambda: r.choice(_ACTORS),
            "actor_cap": lambda: r.choice(_ACTORS),
            "act": lambda: r.choice(_ACTS),
            "tail": lambda: r.choice(_ACT_TAILS),
            "according": lambda: r.choice(_ACCORDING),
            "quote_sentence": lambda: self._quoted(r.choice(_QUOTE_B)),
            "doing": lambda: r.choice(_DOING),
            "done": lambda: r.choice(_DONE),
            "when": lambda: r.choice(_WHEN),
            "by_when": lambda: r.choice(_BY_WHEN),
            "bells": lambda: r.choice(["Church bells", "The bells of the {building}", "Bells", "Sirens"]),
            "end": lambda: r.choice(_END),
        }
        text = _SLOT.sub(lambda m: self._slot(m.group(1), day), grammar[key]())
        return text[0].upper() + text[1:] if key.endswith("_cap") else text

    def sentences(self, day: dt.date, k: int) -> list[str]:
        """``k`` sentences of colour for an article of ``day``: about two in five give one of the
        story's side figures (the same figure in every outlet), the others name its people and places."""
        out: list[str] = []
        sides = self.rng.sample(_SIDE, k=min(len(_SIDE), max(2, 2 * k // 5)))
        for noun, _, templates in sides:
            t = self.rng.choice(templates).replace("{n}", self.side[noun]).replace("{money}", self.side[noun])
            out.append(self.say(day, t, self.rng.choice(_SAYS)))
        frames = self.rng.sample(range(len(_PLAIN)), k=min(len(_PLAIN), k - len(out)))
        out += [self.fill(_PLAIN[f], day) for f in frames]
        self.rng.shuffle(out)
        return out


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def place_name(rng: random.Random) -> str:
    return rng.choice(_SYL1) + rng.choice(_SYL2) + rng.choice(_SYL3)


def long_place_name(rng: random.Random) -> str:
    return place_name(rng) + rng.choice(_SYL2) + rng.choice(_SYL3)


PLACES = len(_SYL1) * len(_SYL2) * len(_SYL3)


def person(rng: random.Random) -> str:
    given = rng.choice(_GIVEN1) + rng.choice(_GIVEN_MID) + rng.choice(_GIVEN2)
    return given + " " + rng.choice(_FAMILY1) + rng.choice(_FAMILY_MID) + rng.choice(_FAMILY2)
