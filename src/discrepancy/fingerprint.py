"""Content fingerprints of findings: what a finding says, not where it is written.

A fingerprint hashes the rule, the subject key, and each claim's outlet, speaker and value as
written. Line numbers, offsets and file names are left out, so a finding keeps its fingerprint
when an article is edited above the claim, moved to another folder or re-read by a newer
extractor that finds the same figures. Baselines store these; SARIF carries them as
``partialFingerprints`` so code scanning tracks one alert across commits.
"""

from __future__ import annotations

import hashlib

from .models import Claim, Finding

VERSION = "v1"


def _claim_part(c: Claim) -> str:
    return "\x1e".join((c.source, c.speaker, " ".join(c.span.quote.split()).lower()))


def finding_fingerprint(f: Finding) -> str:
    """A hex digest of rule, subject, sources and values; the same disagreement, the same digest."""
    # symmetric: a finding read from the new article's side has the fingerprint it had before
    parts = sorted({_claim_part(c) for c in (f.claim, *f.conflicts_with)})
    raw = "\x1f".join((VERSION, f.rule, f.subject, *parts))
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=16).hexdigest()
