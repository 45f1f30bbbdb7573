"""How long a flight went on before the vehicle was lost: "three minutes after lift off, the rocket
exploded", "exploding just short of four minutes after launch" and "flew for two to three minutes
before it lost control and blew up" are one measure, the time from launch to the loss (a plane that
"crashed four minutes after takeoff" too). A time after launch at which something else was to happen
("about three minutes after takeoff, the upper stage was supposed to separate") is none."""

from __future__ import annotations

from ..grammar import section
from ..read.literal_gate import gated

G = section("launch_ends")

_AFTER_LAUNCH = G.re("after_launch")
_FLEW_FOR = gated(G.re("flew_for"))
_LOST_BEFORE = G.re("lost_before")
_LOST = G.re("lost")
_REACH = 90  # characters after a time after launch where the verb of the loss may stand
_REACH_BEFORE = 40  # and before it ("exploding just short of four minutes after launch")

LOST_AFTER_LAUNCH = "lost after launch"  # the key of such a duration


def ended_flight(text: str, ss: int, se: int, start: int, end: int) -> bool:
    """Whether the duration at ``text[start:end]`` is a flight's length up to the vehicle's loss:
    a time after launch with a verb of the loss near it in its sentence, or a time flown "before"
    the loss."""
    if _FLEW_FOR.search(text, max(ss, start - 30), start) and _LOST_BEFORE.match(text, end, se):
        return True
    after = _AFTER_LAUNCH.match(text, end, se)
    if after is None:
        return False
    before = _LOST.search(text, max(ss, start - _REACH_BEFORE), start)
    return before is not None or _LOST.search(text, after.end(), min(se, after.end() + _REACH)) is not None
