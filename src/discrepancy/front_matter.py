"""Front matter as YAML's safe loader reads it, the common plain form read without YAML.

Front matter is read once per article, and on a corpus of short articles the YAML loader was a
visible share of a run; the plain reader gives the same mapping for the lines it accepts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml: front matter read about 3x faster


# Front matter of plain "key: value" lines, each value a quoted string, a day or a word-led plain
# string, is read without YAML (a tenth of the time); anything else goes to the YAML loader.
_SIMPLE_LINE = re.compile(
    r"""(?P<key>[A-Za-z_][A-Za-z0-9_]*): +(?:"(?P<dq>[^"\\]*)"|'(?P<sq>[^']*)'"""
    r"""|(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})|(?P<plain>[A-Za-z][\w .,'’()&/-]*[\w.)’']|[A-Za-z]))"""
)
# words YAML 1.1 reads as booleans or null, not strings
_NOT_STRINGS = frozenset("yes no true false on off null".split())
# characters YAML refuses or reads as line breaks: the YAML loader words the error
_YAML_UNSAFE = re.compile("[^\x09\x0a\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def simple_front_matter(source: str) -> dict[str, Any] | None:
    """What YAML's safe loader reads from front matter whose every line is ``key: value`` with a
    double- or single-quoted string (no escapes), a day (2031-05-04) or a plain string that starts
    with a letter (not a word YAML reads as a boolean or null); None for anything else."""
    if not source or _YAML_UNSAFE.search(source):
        return None
    out: dict[str, Any] = {}
    for line in source.split("\n")[:-1] if source.endswith("\n") else source.split("\n"):
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None or m["key"].lower() in _NOT_STRINGS:
            return None
        if m["day"] is not None:
            try:
                value: Any = dt.date.fromisoformat(m["day"])
            except ValueError:
                return None  # YAML words the error
        elif m["plain"] is not None:
            if m["plain"].lower() in _NOT_STRINGS:
                return None
            value = m["plain"]
        else:
            value = m["dq"] if m["dq"] is not None else m["sq"]
        out[m["key"]] = value
    return out


def load_front_matter(source: str) -> Any:
    """Front matter as YAML's safe loader reads it; libyaml's when installed, and any error is
    reported as the Python loader words it (its messages are the ones users see)."""
    simple = simple_front_matter(source)
    if simple is not None:
        return simple
    if _FAST_LOADER is not None:
        try:
            return yaml.load(source, Loader=_FAST_LOADER)  # CSafeLoader: the safe loader in C
        except Exception:  # read again below, for the wording of the error
            pass
    return yaml.safe_load(source)
