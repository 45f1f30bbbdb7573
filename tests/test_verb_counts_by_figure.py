"""A count whose measure is only a verb no family names ("60 climbers had started up the peak")
says who was counted, not what happened to them: it joins, by its figure, the one key of its story
that states a measure and that other articles give that figure alone
(group_unstated.by_unstated_figure). Every sentence here is invented."""

from __future__ import annotations

from documents import document

from discrepancy import check

A = document("a.md", "Daily A", "2031-05-02", "About 60 climbers had started up the Velm peak on Saturday.")
B = document("b.md", "Daily B", "2031-05-02", "The eruption of Mount Velm trapped 60 climbers on Saturday.")
C = document("c.md", "Daily C", "2031-05-02", "The eruption of Mount Velm killed 11 climbers on Saturday.")


def _together(report, one: tuple[str, str], other: tuple[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether one group holds the claims at both (path, quote)."""
    return any(
        all(any(c.span.path == path and quote in c.span.quote for c in g.claims) for path, quote in (one, other))
        for g in report.groups
    )


def _subject_of(report, path: str, quote: str) -> str:  # type: ignore[no-untyped-def]
    return next(c.subject or "" for c in report.claims if c.span.path == path and quote in c.span.quote)


def test_a_count_read_off_a_verb_joins_the_key_another_article_gives_its_figure() -> None:
    report = check([A, B, C])
    assert _subject_of(report, "a.md", "60 climbers").startswith("quantity:start")  # the verb's lemma
    assert _together(report, ("a.md", "60 climbers"), ("b.md", "60 climbers"))


def test_a_figure_no_other_article_gives_stays_apart() -> None:
    other = document("a.md", "Daily A", "2031-05-02", "About 64 climbers had started up the Velm peak on Saturday.")
    report = check([other, B, C])
    assert not _together(report, ("a.md", "64 climbers"), ("b.md", "60 climbers"))


def test_a_small_figure_meets_another_by_chance() -> None:
    small = [
        document("a.md", "Daily A", "2031-05-02", "About six climbers had started up the Velm peak on Saturday."),
        document("b.md", "Daily B", "2031-05-02", "The eruption of Mount Velm trapped six climbers on Saturday."),
        C,
    ]
    report = check(small)
    assert not _together(report, ("a.md", "six climbers"), ("b.md", "six climbers"))


def test_a_bare_count_is_not_kept_apart_by_a_verb_count_of_its_figure() -> None:
    """A bare count ("sixty climbers were near the peak") names no measure; the key other articles
    give 60 is the trapped, and the verb's count of 60 ("had started up") joins the trapped too: it
    is no second place for the bare count to go."""
    bare = document(
        "d.md", "Daily D", "2031-05-02", "Sixty climbers were near the Velm peak on Saturday, officials said."
    )
    report = check([A, B, C, bare])
    assert _subject_of(report, "d.md", "Sixty climbers").startswith("quantity:count")
    assert _together(report, ("d.md", "Sixty climbers"), ("b.md", "60 climbers"))


def test_a_bare_count_stays_apart_when_two_stated_keys_have_its_figure() -> None:
    hurt = document("e.md", "Daily E", "2031-05-02", "The eruption of Mount Velm injured 60 climbers on Saturday.")
    bare = document(
        "d.md", "Daily D", "2031-05-02", "Sixty climbers were near the Velm peak on Saturday, officials said."
    )
    report = check([A, B, C, hurt, bare])
    assert not _together(report, ("d.md", "Sixty climbers"), ("b.md", "60 climbers"))
    assert not _together(report, ("d.md", "Sixty climbers"), ("e.md", "60 climbers"))


def test_a_bare_count_joins_a_verb_count_when_no_named_key_has_its_figure() -> None:
    """Where only a verb's count ("21 coaches derailed") has the bare count's figure, the verb's
    count is its place: nothing a word list names competes."""
    coaches = [
        document("a.md", "Daily A", "2031-05-02", "Officials said 21 coaches of the Velm express derailed on Friday."),
        document("b.md", "Daily B", "2031-05-02", "The Velm express had 21 derailed coaches on Friday."),
        document("c.md", "Daily C", "2031-05-02", "Three coaches of the Velm express fell into a river on Friday."),
    ]
    report = check(coaches)
    assert _subject_of(report, "b.md", "21 derailed coaches").startswith("quantity:count")
    assert _together(report, ("b.md", "21 derailed coaches"), ("a.md", "21 coaches"))
