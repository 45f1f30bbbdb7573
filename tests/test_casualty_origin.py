"""Those counted "from" a country are that nation's people, as a demonym before the noun says:
"58 people from Ruritania" count Ruritanian people, "seven pilgrims from Ruritania" Ruritanian
pilgrims. A name the lexicon does not know as a country, or a cause ("from heatstroke"), says
nothing of who they are."""

from __future__ import annotations

from pathlib import Path

from discrepancy import extract

LEXICON = """\
entities:
  Ruritania: {type: country, demonyms: [Ruritanian]}
"""


def _populations(text: str, tmp_path: Path) -> dict[float, str]:
    rules = tmp_path / "rules"
    (rules / "lexicon").mkdir(parents=True, exist_ok=True)
    (rules / "lexicon" / "entities.yaml").write_text(LEXICON, encoding="utf-8")
    return {
        c.quantity.figure: c.subject.split("|")[1]
        for c in extract(text, published="2031-07-02", rules=[rules])
        if c.quantity is not None and c.quantity.figure is not None
    }


def test_those_from_a_country_are_its_people(tmp_path: Path) -> None:
    text = (
        "By Friday the heat had killed 58 people from Ruritania. Seven pilgrims from Ruritania died "
        "on the road, and five nationals from Ruritania were killed at the camp."
    )
    assert _populations(text, tmp_path) == {58: "ruritanian people", 7: "ruritanian pilgrim", 5: "ruritanian people"}


def test_a_cause_or_an_unknown_place_names_no_nation(tmp_path: Path) -> None:
    text = "The heat killed 40 people from heatstroke. Another 12 people from Velmora died on Sunday."
    assert _populations(text, tmp_path) == {40: "people", 12: "people"}


def test_a_country_described_before_its_name_is_still_theirs(tmp_path: Path) -> None:
    text = (
        "The bus crash killed 21 people. Nine people from war-torn Ruritania died, and two from "
        "neighbouring Ruritania were hurt. Four people died from heat in Ruritania."
    )
    populations = _populations(text, tmp_path)
    assert populations[21] == "people"
    assert populations[9] == "ruritanian people"
    assert populations[4] == "people"  # a cause, then a place: no nation
