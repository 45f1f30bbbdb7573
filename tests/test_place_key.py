"""A place's transliterations share one subject key; labels keep the name as written."""

from discrepancy import extract
from discrepancy.normalise.entities import place_key


def test_spellings_of_a_place_meet() -> None:
    assert place_key("Marrakech") == place_key("Marrakesh")
    assert place_key("Kiev") == place_key("Kyiv")
    assert place_key("Tarn") != place_key("Karsk")


def test_distances_from_two_spellings_share_a_subject() -> None:
    a = extract("The epicentre was 71 km southwest of Marrakesh.", published="2024-01-01")
    b = extract("The epicentre was 72 km southwest of Marrakech.", published="2024-01-01")
    assert a[0].subject == b[0].subject
    assert "marrakesh" in a[0].subject_label and "marrakech" in b[0].subject_label


def test_the_city_of_a_place_is_the_place() -> None:
    # "the city of Velm" and "Velm" are one anchor; "the city" alone stays the noun it is
    a = extract("The epicentre was 40 km northwest of the city of Velm.", published="2024-01-01")
    b = extract("The epicentre was 40 km northwest of Velm.", published="2024-01-01")
    c = extract("The epicentre was 12 km from the coastal town of Orvel.", published="2024-01-01")
    assert a[0].subject == b[0].subject
    assert c[0].subject == extract("It was 12 km from Orvel.", published="2024-01-01")[0].subject


def test_a_town_named_after_its_modifiers_is_the_town() -> None:
    a = extract("The boat sank about 80 km from the southern coastal town of Velm.", published="2024-01-01")
    b = extract("The boat sank 80 km southwest of the southern Karsk coastal town of Velm.", published="2024-01-01")
    assert a[0].subject == b[0].subject == extract("It sank 80 km from Velm.", published="2024-01-01")[0].subject
