"""When things happened, as different outlets tell it: the clock time of an act, its quote and key."""

from __future__ import annotations

from discrepancy import extract


def _dates(text: str, published: str = "2031-01-05") -> list[tuple[str, str, str]]:
    return [(c.subject, c.span.quote, c.time.label()) for c in extract(text, published=published) if c.kind == "date"]


def test_the_full_stop_after_am_ends_the_sentence_not_the_clock_time() -> None:
    found = _dates("The jet crashed three minutes later, at 9:03 am. Rescue crews arrived soon after.")
    assert ("date:crash", "9:03 am", "2031-01-05 09:03") in found, found
    dotted = _dates("The jet crashed three minutes later, at 9:03 a.m. Rescue crews arrived soon after.")
    assert ("date:crash", "9:03 a.m.", "2031-01-05 09:03") in dotted, dotted


def test_a_place_told_by_its_distance_between_commas_does_not_hide_the_verb() -> None:
    found = _dates(
        "The landslide hit the village of Velm, about 600 kilometers northwest of the capital Osland, "
        "at approximately 3 a.m. local time on Friday."
    )
    assert ("date:avalanche", "approximately 3 a.m.", "2031-01-03 03:00") in found, found
    found = _dates("The quake struck Carrow, 40 miles south of Osland, at 11 p.m. on Monday.")
    assert ("date:earthquake", "11 p.m.", "2031-01-05 23:00") not in found  # Monday is not the 5th
    assert [s for s, q, _ in found if q == "11 p.m."] == ["date:earthquake"], found


def test_a_when_clause_that_tells_a_state_leaves_the_date_to_the_act_before_it() -> None:
    found = _dates("The disaster hit the village of Velm on Friday, when people were more likely to be sleeping.")
    assert [s for s, q, _ in found if q == "on Friday"] == ["date:occur/disaster"], found
    act = _dates("The alarm sounded on Friday, when the landslide buried the village of Velm.")
    assert [s for s, q, _ in act if q == "on Friday"] == ["date:avalanche"], act


def test_shots_that_rang_out_and_a_gunman_who_opened_fire_tell_one_shooting() -> None:
    a = _dates("Velm police said a gunman opened fire at about 6:56 p.m. on Wednesday.", "2031-01-02")
    b = _dates("Bowlers hid when shots rang out around 7 p.m. Wednesday at the Velm lanes.", "2031-01-02")
    c = _dates(
        "Dozens were killed on Wednesday night when a gunman opened fire at a bowling alley in Velm.", "2031-01-02"
    )
    assert ("date:attack", "about 6:56 p.m.", "2031-01-01 18:56") in a, a
    assert ("date:attack", "around 7 p.m.", "2031-01-01 19:00") in b, b
    assert ("date:attack", "on Wednesday", "2031-01-01") in c, c


def test_a_weekday_and_its_date_side_by_side_date_one_act_even_when_they_disagree() -> None:
    # 2 January 2031 is a Thursday: the article's "Wednesday, January 2" is at odds with itself, and
    # both readings stay keyed for the rule to set against other outlets
    found = _dates(
        "Bowlers hid when shots rang out around 7 p.m. Wednesday, January 2, at the Velm lanes.", "2031-01-04"
    )
    assert ("date:attack", "January 2", "2031-01-02") in found, found
    assert ("date:attack", "Wednesday", "2031-01-01") in found, found


def test_the_closing_of_a_deal_is_one_act_however_it_is_told() -> None:
    told = [
        "The Velmco deal is expected to close in fiscal year 2032, the company said.",
        "The acquisition is expected to close in fiscal 2032.",
        "Osco said it expects to close the deal in its fiscal 2032.",
        "Regulators protracted the transaction beyond the anticipated closing date of June 2032.",
    ]
    keys = [[s for s, q, _ in _dates(t, "2031-01-20") if "2032" in q] for t in told]
    assert keys == [["date:close/deal"]] * 4, keys


def test_a_market_that_closed_is_no_deal_closing() -> None:
    found = _dates("Velm shares closed up 3% on Tuesday after the merger talks.", "2031-01-20")
    assert all(s != "date:close/deal" for s, _, _ in found), found


def test_a_plane_that_exploded_after_crash_landing_dates_the_crash() -> None:
    found = _dates(
        "At around 9:03 a.m. Sunday, Velm Air Flight 12, a Boeing 737-800 aircraft returning from Osland, "
        "exploded after crash-landing on the runway at Carrow airport."
    )
    assert ("date:crash", "around 9:03 a.m.", "2031-01-05 09:03") in found, found
    found = _dates(
        "At around 9:03 a.m. Sunday, Velm Air Flight 7C 12, a Boeing 737-800 aircraft returning from Osland, "
        "Velmora, exploded after crash-landing on the runway at Carrow airport."
    )
    assert ("date:crash", "around 9:03 a.m.", "2031-01-05 09:03") in found, found
    found = _dates("The jet exploded at Carrow airport at 9:03 a.m. on Sunday.")
    assert [s for s, q, _ in found if q == "9:03 a.m."] == ["date:crash"], found


def test_a_stock_that_closed_in_a_sentence_about_a_deal_is_no_closing_of_it() -> None:
    text = "The transaction values Osco at $95 a share, a 46% premium to where the stock closed on January 14."
    found = _dates(text, "2031-01-20")
    assert all(s != "date:close/deal" for s, _, _ in found), found


def test_a_deal_announced_or_signed_is_one_act() -> None:
    told = [
        "Velmco is buying Osco in a deal worth $6.8 billion, the companies announced on Tuesday.",
        "Velmco shook the toy industry on Tuesday, announcing that it is acquiring Osco for $6.8 billion.",
        "The two companies signed an agreement and plan of merger on Jan. 14, 2031.",
    ]
    keys = [[s for s, q, _ in _dates(t, "2031-01-16") if q in ("on Tuesday", "Jan. 14, 2031")] for t in told]
    assert keys == [["date:agree/deal"]] * 3, keys


def test_a_regulator_that_announced_a_ruling_on_a_deal_did_not_agree_it() -> None:
    found = _dates("The Velm competition office announced on Friday that it would block the deal.", "2031-01-16")
    assert all(s != "date:agree/deal" for s, _, _ in found), found


def test_a_price_that_jumped_after_a_buying_was_announced_does_not_date_the_deal() -> None:
    found = _dates("Velm shares jumped 30% on Tuesday after Velmco announced it was acquiring Osco.", "2031-01-16")
    assert all(s != "date:agree/deal" for s, _, _ in found), found


def test_a_when_clause_that_reports_a_statement_leaves_the_time_to_the_act_before_it() -> None:
    text = "The airstrike occurred at around 1700 GMT Tuesday, when the Velm health ministry said a missile hit the clinic."
    found = _dates(text, "2031-01-02")
    assert [s for s, q, _ in found if q == "around 1700 GMT"] == ["date:attack"], found


def test_noon_and_a_time_just_before_or_after_midnight_are_clock_times() -> None:
    noon = _dates("The quake struck Velm at noon on Monday.", "2031-01-08")
    late = _dates("The quake struck Velm just before midnight on Saturday.", "2031-01-08")
    early = _dates("The quake struck Velm shortly after midnight on Monday.", "2031-01-08")
    assert ("date:earthquake", "noon", "2031-01-06 12:00") in noon, noon
    assert ("date:earthquake", "before midnight", "2031-01-04 23:00") in late, late
    assert ("date:earthquake", "after midnight", "2031-01-06 00:00") in early, early
    # "before noon" is the hour before it, as "before midnight" is: no later than "around 11 a.m."
    morning = _dates("The quake struck Velm shortly before noon on Monday.", "2031-01-08")
    assert ("date:earthquake", "before noon", "2031-01-06 11:00") in morning, morning
    assert all(q != "midnight" for _, q, _ in _dates("The quake struck Velm at midnight on Monday.", "2031-01-08"))


def test_a_fire_contained_on_a_day_did_not_start_that_day() -> None:
    found = _dates("The Velm fire was 80 percent contained as of Thursday, the county said.", "2031-01-12")
    assert all(s != "date:fire" for s, _, _ in found), found
    out = _dates("The flood receded on Friday.", "2031-01-12")
    assert all(s != "date:flood" for s, _, _ in out), out
    assert [s for s, _, _ in _dates("The Velm fire broke out on Monday.", "2031-01-12")] == ["date:fire"]


def test_a_state_as_of_a_day_dates_no_act() -> None:
    found = _dates("The Velm fire was 80 percent contained as of Friday morning, the county said.", "2031-01-12")
    assert found == [], found


def test_a_clock_time_told_in_the_evening_is_after_noon() -> None:
    found = _dates("The train crash took place at 11:30 in the evening on Tuesday.", "2031-01-08")
    assert ("date:crash", "11:30", "2031-01-07 23:30") in found, found
