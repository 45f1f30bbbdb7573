"""A figure that counts who speak ("Two officials said 40 people died") is no casualty count,
though the sentence tells of deaths; a count of the dead in a home someone owns ("four dead in
her flat") or at the scene is a part of the toll. Invented sentences; each failed before."""

from __future__ import annotations

from discrepancy import extract


def _quantities(text: str) -> dict[str, str]:
    return {c.span.quote: c.subject for c in extract(text, published="2031-08-31") if c.kind == "quantity"}


def test_the_speakers_counted_are_no_toll() -> None:
    found = _quantities("Two officials said 40 people died in the blaze. One resident said she saw four dead people.")
    assert not any(q.startswith(("Two", "One")) for q in found), found
    assert "40 people" in found


def test_a_count_told_with_its_speakers_after_it_stays() -> None:
    found = _quantities("Five people were killed, two officials said.")
    assert found.get("Five people", "").startswith("quantity:deaths|"), found


def test_the_dead_of_a_home_or_the_scene_are_a_part() -> None:
    found = _quantities("A resident saw four dead people in her small flat. Ten people were confirmed dead on scene.")
    assert "|in homes|" in found["four dead"], found
    assert "|in scene|" in found["Ten people"], found


def test_a_storm_cited_as_past_keeps_its_dead_in_its_era() -> None:
    """A named storm cited with a past year ("Hurricane Harvey in 2017, which was blamed for 68
    deaths") is the only named storm of a story about an unnamed one: its dead are of 2017, and the
    unnamed storm's toll never joins it. Failed before: 68 and 111 were one subject."""
    text = (
        "The storm killed at least 111 people in Velm, officials said, more than Hurricane Harvey in 2017, "
        "which was blamed for 68 deaths in Velm."
    )
    found = _quantities(text)
    assert found["68 deaths"].endswith("|2017"), found
    assert not found["at least 111 people"].endswith("|2017"), found


def test_a_place_set_apart_by_itself_is_a_part() -> None:
    """ "89 lay dead in Hathras itself" sets the place against the rest of the area, even in a story
    whose whole bears its name. Failed before: 89 met the toll of 116."""
    found = _quantities("At least 116 people died in the crush in Velm. And 89 lay dead in Velm itself.")
    assert "|in velm|" in found["89 lay dead"], found
    assert "|in velm|" not in found["At least 116 people"], found


def test_the_unidentified_are_a_part_of_the_bodies() -> None:
    """ "10 unidentified bodies" among the 74 a mortuary received are a part, never a rival count.
    Failed before: 10 was read as the bodies' count and set against 74."""
    found = _quantities(
        "The mortuary received 74 bodies. These included 24 females, 40 males and 10 unidentified bodies."
    )
    assert found["74 bodies"] != found["10 unidentified bodies"], found
