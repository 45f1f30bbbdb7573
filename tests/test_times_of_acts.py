"""Times of day of an occurrence and of the acts around it: an hour told with its part of the day
("at four in the morning") is a clock time, and a mayday keeps its own key however an outlet tells
it (declared, issued, a timeline entry), apart from a state of emergency and from the crash."""

from __future__ import annotations

from discrepancy import extract


def _clocks(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (c.subject, c.span.quote, c.time.clock)
        for c in extract(text, published="2031-01-02")
        if c.kind == "date" and c.time.clock is not None
    ]


def test_an_hour_told_with_its_part_of_the_day_is_a_clock_time() -> None:
    found = _clocks("The fire at the Velm hostel started at four in the morning, when most workers were asleep.")
    assert [(q, m) for _, q, m in found] == [("four in the morning", 4 * 60)]
    found = _clocks("The quake struck Osland at about ten at night on Monday.")
    assert [(q, m) for _, q, m in found] == [("about ten at night", 22 * 60)]
    found = _clocks("The storm hit Carrow at 2 o'clock in the afternoon.")
    assert [m for _, _, m in found] == [14 * 60]


def test_a_part_of_the_day_without_a_word_of_time_is_no_clock() -> None:
    assert _clocks("The four in the morning shift at the Velm plant was cut on Monday.") == []


def test_a_mayday_is_one_act_however_it_is_told() -> None:
    a = _clocks("The Daily A said the pilot of Velm Air 12 declared a mayday or emergency at 8:58 a.m.")
    b = _clocks("Just one minute later, at 8:58 am, the captain of the jet issued a mayday distress signal.")
    c = _clocks(
        "Timeline:\n\n8:59 am -- Flight VA12 pilot reports bird strike, declares emergency "
        "\u201cMayday Mayday\u201d and asks to land.\n"
    )
    assert [s for s, _, _ in a] == ["date:mayday"]
    assert [s for s, _, _ in b] == ["date:mayday"]
    assert ("date:mayday", "8:59 am", 8 * 60 + 59) in c


def test_a_mayday_stays_apart_from_a_state_of_emergency_and_the_crash() -> None:
    found = _clocks(
        "The pilot declared a mayday at 8:58 a.m. and the jet crashed at 9:03 a.m. "
        "The Osland government declared an emergency at 3 p.m."
    )
    assert [(s, m) for s, _, m in found] == [
        ("date:mayday", 8 * 60 + 58),
        ("date:crash", 9 * 60 + 3),
        ("date:declare emergency", 15 * 60),
    ]


def test_an_act_its_doer_tells_at_two_clocks_happened_twice() -> None:
    text = (
        "Timeline:\n\n8:54 am -- Velm control authorises the aircraft to land on runway 01.\n\n"
        "9:01 am -- Velm control authorises landing on runway 19.\n"
    )
    assert [s for s, _, _ in _clocks(text)] == ["", ""]


def test_a_clock_time_with_no_day_is_on_the_day_its_article_gave_the_act() -> None:
    text = (
        "A landslide struck the village of Velm on Friday, burying homes. "
        "The disaster hit the valley at around 3:00 am local time, officials said."
    )
    times = [c.time for c in extract(text, published="2031-01-05") if c.kind == "date" and c.time.clock is not None]
    assert [t.label() for t in times] == ["2031-01-03 03:00"]


def test_a_gunman_who_opened_fire_at_a_time_starts_no_fire() -> None:
    found = _clocks("A gunman opened fire at a bar in Velm at about 6:56 p.m. on Wednesday.")
    assert found and all(s != "date:fire" for s, _, _ in found), found
    fire = _clocks("A fire broke out at a bar in Velm at about 6:56 p.m. on Wednesday.")
    assert [s for s, _, _ in fire] == ["date:fire"]
