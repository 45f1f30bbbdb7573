"""The report's JSON writer gives what ``json.dumps(..., ensure_ascii=False, indent=2)`` gives,
character for character, on every kind of value (it is a faster writer of the same text)."""

from __future__ import annotations

import json
from enum import IntEnum

import pytest

from discrepancy.models import json_text


class _Level(IntEnum):
    LOW = 1


_ODD = {
    "a": [1, 2.5, -0.0, 1e300, 10**30, float("nan"), float("inf"), -float("inf"), True, False, None, [], {}],
    "nested": [[[]], [{}], {"x": {"y": [1, (2, (3,))]}}, ("t",)],
    1: "int key",
    2.5: "float key",
    False: "bool key",
    None: "null key",
    'é ü \x00 \n " \\ \x1f': "é\x01",
    "enum": _Level.LOW,
    "subclass": type("S", (str,), {})("s"),
}


@pytest.mark.parametrize(
    "data", [_ODD, [], {}, "s", 0, None, 1.5, [1], {"a": 1}, ({"a": (1,)},), [[{"a": [], "b": {}}]], {"k": [None]}]
)
def test_the_same_text_as_json_dumps(data: object) -> None:
    assert json_text(data) == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_what_json_refuses_is_refused() -> None:
    with pytest.raises(TypeError):
        json_text({"a": object()})
    with pytest.raises(TypeError):
        json_text({(1, 2): "a tuple key"})
