"""The CI gate: check new articles against an archive, accept known disagreements, stay quiet on
the rest.

- :func:`run` compares the archive (read, or loaded from the claim index) and reports every
  finding, or, given ``new`` files, only findings that involve them, each read from the new
  article's side: its claim is the finding's ``claim``, the older ones its ``conflicts_with``.
- :func:`changed_since` names the articles git sees added or changed since a revision.
- A baseline (:func:`write_baseline`, :func:`read_baseline`) holds today's findings by content
  fingerprint; an article's front matter (``discrepancy: {ignore: [rule-id], reason: ...}``)
  accepts disagreements on those rules for the claims it makes.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import article_paths, list_articles
from .engines import Engine
from .fingerprint import finding_fingerprint
from .index import ClaimIndex, Loaded, Refresh
from .lexicon import default_rules_dir, load_lexicon
from .models import Claim, Finding, InputProblem, Report, claim_order
from .rules.loader import load_rules

BASELINE_VERSION = 1


def _rules_dirs(rules: Sequence[str | Path]) -> tuple[Path, ...]:
    return (default_rules_dir(), *(Path(r) for r in rules))


class GateError(Exception):
    """A gate that cannot run: a git revision that does not resolve, an unreadable baseline."""


@dataclass
class Run:
    """What one gate run was asked to do."""

    paths: Sequence[Path]  # the archive
    new: Sequence[Path] | None = None  # report only findings involving these files (None: all)
    rules: Sequence[Path] = ()
    index: Path | None = None  # use (and refresh) this claim index
    baseline: Path | None = None  # hide the findings recorded here
    engine: Engine = field(default_factory=Engine)  # where files are read, extracted and compared (engines/)


def _key(path: str) -> str:
    return os.path.abspath(path)


def _files(paths: Sequence[Path]) -> tuple[list[Path], list[InputProblem]]:
    files: list[Path] = []
    problems: list[InputProblem] = []
    for f in list_articles(paths):
        (problems if isinstance(f, InputProblem) else files).append(f)  # type: ignore[arg-type]
    return files, problems


def _from_index(run: Run) -> Loaded:
    assert run.index is not None
    with ClaimIndex(run.index, rules_dirs=[Path(r) for r in run.rules]) as idx:
        if run.new is None:
            files, problems = _files(run.paths)
            idx.refresh(files)
            loaded = idx.load(files)
            loaded.problems[:0] = problems
            return loaded
        new_files, problems = _files(run.new)
        idx.refresh(new_files)
        loaded = idx.load(new_files)
        loaded.problems[:0] = problems
        subjects = {c.subject for claims in loaded.claims.values() for c in claims if c.subject}
        loaded.extend(idx.related(subjects, exclude=new_files))
    return loaded


def _read(run: Run) -> list[Path]:
    """The files to read: the archive, and the new files outside it."""
    items: list[Path] = [*run.paths]
    if run.new is not None:
        archive = {_key(str(f)) for f in _files(run.paths)[0]}
        items += [f for f in _files(run.new)[0] if _key(str(f)) not in archive]
    return items


def run(spec: Run) -> Report:
    """Check the archive (or only what is new in it) story by story, as :func:`api.check` does;
    findings accepted by front matter or the baseline are hidden and counted in ``Report.hidden``."""
    rule_set = load_rules(spec.rules)
    dirs = _rules_dirs(spec.rules)
    lex = load_lexicon(dirs)
    with spec.engine.connected() as engine:  # on Dask, one cluster for the whole run
        if spec.index is not None:
            loaded = _from_index(spec)
            loaded.docs.sort(key=lambda d: (d.path, d.id))
            docs, problems = loaded.docs, loaded.problems
            done = engine.compare(docs, loaded.claims, rule_set, lex, dirs)
        else:  # read, extracted and compared by the engine (on Dask, the claims stay on the cluster)
            docs, done, problems = engine.check(_read(spec), dirs, rule_set, lex)
    findings, groups = done.findings, done.groups
    if spec.new is not None:
        new = {_key(str(f)) for f in _files(spec.new)[0]}
        findings = only_new(findings, new)
        groups = [g for g in groups if any(_key(c.span.path) in new for c in g.claims)]
    ignores: dict[str, set[str]] = {}
    for d in docs:
        if d.ignore_rules:
            ignores.setdefault(d.id, set()).update(d.ignore_rules)
    shown = accept(findings, ignores)
    if spec.baseline is not None:
        known = read_baseline(spec.baseline)
        shown = [f for f in shown if finding_fingerprint(f) not in known]
    return Report(
        documents=docs,
        claims=sorted(done.claims, key=claim_order),
        findings=shown,
        groups=groups,
        problems=problems,
        stories=done.stories,
        rule_help={r.id: r.description for r in rule_set if any(f.rule == r.id for f in shown)},
        hidden=len(findings) - len(shown),
    )


def only_new(findings: list[Finding], new: set[str]) -> list[Finding]:
    """Findings that involve a new file, each read from the new claim's side."""
    out: dict[tuple[str, str, str], Finding] = {}
    for f in findings:
        if _key(f.claim.span.path) in new:
            out.setdefault((f.rule, f.claim.id, f.severity), f)
            continue
        for c in f.conflicts_with:
            if _key(c.span.path) not in new:
                continue
            key = (f.rule, c.id, f.severity)
            turned = _turned(f, c)
            if key not in out:
                out[key] = turned
                continue
            known = {o.id for o in out[key].conflicts_with}
            out[key].conflicts_with.extend(o for o in turned.conflicts_with if o.id not in known)
    return sorted(out.values(), key=lambda f: (f.subject, f.claim.span.path, f.claim.span.start, f.rule))


def _turned(f: Finding, c: Claim) -> Finding:
    """Finding ``f`` read from the side of ``c``, one of the claims it conflicts with: ``c`` is the
    claim; the finding's claim, and the others not in ``c``'s cluster, are what it conflicts with."""
    own = next((cl for cl in f.clusters if c.id in cl.claims), None)
    agree = set(own.claims) if own is not None else {c.id}
    others = [f.claim, *(o for o in f.conflicts_with if o.id not in agree and o.id != f.claim.id)]
    clusters = ([own] if own is not None else []) + [cl for cl in f.clusters if cl is not own]
    return f.model_copy(update={"claim": c, "conflicts_with": others, "clusters": clusters, "message": _reworded(f, c)})


def _said(c: Claim) -> str:
    date = c.published.isoformat() if c.published else "undated"
    who = f"{c.source}, {date}" if c.speaker == c.source else f"{c.speaker} (in {c.source}, {date})"
    return f"{who}: '{c.span.quote}'"


def _reworded(f: Finding, new: Claim) -> str:
    """The message of a finding read from the new claim's side, when the rule's message named
    another pair (it names the first claim of each side)."""
    if f.conflicts_with and f.conflicts_with[0].id == new.id:
        return f.message
    return f"{f.subject_label}: {_said(new)} disagrees with {_said(f.claim)}"


def accept(findings: list[Finding], ignores: dict[str, set[str]]) -> list[Finding]:
    """Findings less those an article accepts by rule: a finding on an accepting article's claim is
    hidden; an accepting article's claims leave other findings, which are hidden when none is left.
    ``ignores``: accepted rule ids by document id (a JSON Lines record accepts for itself only)."""
    if not ignores:
        return findings

    def accepts(c: Claim, rule: str) -> bool:
        return rule in ignores.get(c.document, ())

    out: list[Finding] = []
    for f in findings:
        if accepts(f.claim, f.rule):
            continue
        others = [c for c in f.conflicts_with if not accepts(c, f.rule)]
        if others:
            out.append(f if len(others) == len(f.conflicts_with) else f.model_copy(update={"conflicts_with": others}))
    return out


def write_baseline(path: Path, findings: list[Finding]) -> int:
    """Record these findings by fingerprint (with what they say, for a reviewer to read)."""
    entries = {
        finding_fingerprint(f): {
            "rule": f.rule,
            "subject": f.subject,
            "claims": sorted({f"{c.source}: {c.span.quote}" for c in (f.claim, *f.conflicts_with)}),
        }
        for f in findings
    }
    data = {"version": BASELINE_VERSION, "findings": dict(sorted(entries.items()))}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def read_baseline(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise GateError(f"{path}: cannot read baseline ({err.strerror or err})") from None
    except json.JSONDecodeError as err:
        raise GateError(f"{path}:{err.lineno}: baseline is not JSON ({err.msg})") from None
    if (
        not isinstance(data, dict)
        or data.get("version") != BASELINE_VERSION
        or not isinstance(data.get("findings"), dict)
    ):
        raise GateError(f"{path}: not a discrepancy baseline (version {BASELINE_VERSION})")
    return set(data["findings"])


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as err:
        raise GateError(f"git: {err}") from None
    if done.returncode != 0:
        raise GateError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout


def changed_since(ref: str, paths: Sequence[Path], cwd: Path | None = None) -> list[Path]:
    """Articles under ``paths`` added or changed since git revision ``ref``, in the working tree
    (committed, staged or not) and untracked ones, as :func:`corpus.iter_files` would list them."""
    cwd = cwd or Path.cwd()
    # the top of the work tree as the working folder names it (keys are absolute paths as given)
    top = cwd / _git(["rev-parse", "--show-cdup"], cwd).strip()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    names = _git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", ref, "--"], cwd).split("\0")
    names += _git(["ls-files", "-z", "--others", "--exclude-standard"], cwd).split("\0")
    changed = {_key(str(top / n)) for n in names if n}
    return [f for f in _files(paths)[0] if _key(str(f)) in changed]


def build_index(paths: Sequence[str | Path], index: Path, rules: Sequence[str | Path] = ()) -> tuple[Refresh, int, int]:
    """Build or refresh the claim index at ``index`` for the articles under ``paths``: files whose
    content (or the vocabulary they are read with) changed are read again, files gone from the
    folders are dropped. Returns what was done and the index's (files, claims)."""
    files: list[str] = []
    missing: list[InputProblem] = []
    for f in article_paths(paths):
        (missing if isinstance(f, InputProblem) else files).append(f)  # type: ignore[arg-type]
    with ClaimIndex(index, rules_dirs=[Path(r) for r in rules]) as idx:
        done = idx.refresh(files, prune_under=[Path(p) for p in paths])
        done.problems[:0] = missing
        n_files, n_claims = idx.counts()
    return done, n_files, n_claims
