"""The library's entry points: ``check`` (a corpus in, a report out) and ``extract`` (one text's
claims). Nothing here prints; the CLI and the report modules present what these return."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .compact import compact_all
from .compare import Comparison
from .corpus import InputError, blank_controls, iter_files, parse_published, read_corpus, split_documents
from .engines import Clues, Engine, Read, cores
from .extract import extract_document
from .lexicon import Lexicon, load_lexicon
from .models import Claim, Document, InputProblem, Report, claim_order
from .read import Reading
from .rules.loader import load_rules
from .rules.schema import Rule
from .text import sentences

PathOrDocument = str | Path | Document
# told (articles read, articles to read) as a run goes: first (0, total), last (total, total),
# after which the claims are compared
Progress = Callable[[int, int], None]


def _rules_dirs(rules: Sequence[str | Path]) -> tuple[Path, ...]:
    from .lexicon import default_rules_dir

    return (default_rules_dir(), *(Path(r) for r in rules))


def _folders(rules: object, name: str = "rules") -> tuple[Path, ...]:
    """A sequence of folders, refusing a bare string or path (iterating "myrules" would give its
    letters) with a message that says what to write instead."""
    if isinstance(rules, (str, Path)):
        raise TypeError(f"{name} is a list of folders: write {name}=[{str(rules)!r}], not {name}={str(rules)!r}")
    if rules is None:
        return ()
    try:
        items: tuple[object, ...] = tuple(rules)  # type: ignore[call-overload,arg-type]
    except TypeError:
        raise TypeError(f"{name} is a list of folders (str or Path), not {type(rules).__name__}") from None
    folders: list[Path] = []
    for r in items:
        if not isinstance(r, (str, Path)):
            raise TypeError(f"{name} is a list of folders (str or Path); it holds a {type(r).__name__}: {r!r}")
        folders.append(Path(r))
    return tuple(folders)


def _items(items: object) -> list[PathOrDocument]:
    """One path or Document, or many; anything else is refused with a message saying what was given."""
    if items is None:
        raise TypeError("check() needs what to read: a path, a Document, or a list of them; got None")
    if isinstance(items, (str, Path, Document)):
        return [items]
    try:
        out = list(items)  # type: ignore[call-overload,arg-type]
    except TypeError:
        raise TypeError(f"check() reads paths and Documents, not {type(items).__name__}: {items!r}") from None
    for i in out:
        if not isinstance(i, (str, Path, Document)):
            raise TypeError(f"check() reads paths and Documents; it was given a {type(i).__name__}: {i!r}")
    return out


def _blanked(doc: Document) -> Document:
    """A document given whole, with its control sequences blanked as a file's would be."""
    text = blank_controls(doc.text)
    return doc if text == doc.text else doc.model_copy(update={"text": text})


def problem_order(p: InputProblem) -> tuple[str, int, str]:
    """Input problems by file and line: a report is the same whatever order the paths were given in."""
    return (p.path, p.line or 0, p.message)


def load_documents(items: Iterable[PathOrDocument]) -> tuple[list[Document], list[InputProblem]]:
    docs, paths = split_documents(items)
    problems: list[InputProblem] = []
    for d in read_corpus(paths):
        (problems if isinstance(d, InputProblem) else docs).append(d)  # type: ignore[arg-type]
    return docs, problems


_BATCH = 32  # files per worker in one batch of a run that reports its progress


@dataclass
class _Counted(Engine):
    """An engine that tells ``progress`` how many files it has read: the files go to the engine in
    batches (about 25 a run, at least ``_BATCH`` a worker), in their order, so the documents,
    claims and problems are the ones one call would give."""

    progress: Progress | None = None

    def check(
        self, items: Iterable[str | Path | Document], rules_dirs: Sequence[Path], rules: Iterable[Rule], lex: Lexicon
    ) -> tuple[list[Document], Comparison, list[InputProblem]]:
        return self.check_gathered(items, rules_dirs, rules, lex)  # read here in batches, to count them

    def read(self, items: Iterable[str | Path | Document], rules_dirs: Sequence[Path]) -> Read:
        if self.progress is None:
            return super().read(items, rules_dirs)
        given, paths = split_documents(items)
        work: list[Document | str | InputProblem] = [
            *given,
            *(f if isinstance(f, InputProblem) else str(f) for f in iter_files(paths)),
        ]
        total = sum(not isinstance(w, InputProblem) for w in work)
        workers = (self.jobs or cores()) if self.engine == "local" and self.client is None else cores()
        size = max(_BATCH * workers, -(-total // 25))
        docs: list[Document] = []
        claims: dict[str, list[Claim]] = {}
        problems: list[InputProblem] = []
        clues: Clues | None = ({}, {})
        batch: list[Document | str] = []
        done = 0
        self.progress(0, total)

        def flush() -> None:
            nonlocal done, clues
            if not batch:
                return
            d, c, p, named = Engine.read(self, batch, rules_dirs)
            # the clues hold for the whole run only if every batch has them and no id repeats
            if clues is None or named is None or not named[0].keys().isdisjoint(clues[0]):
                clues = None
            else:
                clues[0].update(named[0])
                clues[1].update(named[1])
            docs.extend(d)
            claims.update(c)
            problems.extend(p)
            done += len(batch)
            batch.clear()
            assert self.progress is not None
            self.progress(done, total)

        for w in work:
            if isinstance(w, InputProblem):
                flush()
                problems.append(w)
                continue
            batch.append(w)
            if len(batch) >= size:
                flush()
        flush()
        return docs, claims, problems, clues


def with_progress(engine: Engine, progress: Progress | None) -> Engine:
    """``engine``, telling ``progress(read, total)`` as it reads (None: ``engine`` itself)."""
    if progress is None:
        return engine
    return _Counted(
        jobs=engine.jobs,
        engine=engine.engine,
        scheduler=engine.scheduler,
        client=engine.client,
        max_bytes=engine.max_bytes,
        progress=progress,
    )


def check(
    items: Iterable[PathOrDocument] | PathOrDocument,
    rules: Sequence[str | Path] = (),
    jobs: int | None = 1,
    client: Any = None,
    strict: bool = False,
    progress: Progress | None = None,
) -> Report:
    """Read articles (one path, folder or Document, or many), extract claims, group them, apply the
    rules (``rules``: a list of folders that add to the bundled ones).

    Reading, extraction and the stories' comparisons run in ``jobs`` processes (None: one per
    core), or on a Dask cluster when ``client`` (a ``dask.distributed.Client``) is given; the
    report is the same either way.

    A bad input file is a problem in ``Report.problems`` and the rest is read; with ``strict=True``
    a path that does not exist, or any input problem, raises :class:`InputError` instead.
    ``progress``, if given, is called with (articles read, articles to read) as reading goes:
    first (0, total), last (total, total), then the claims are compared. Nothing here prints.
    Raises ``TypeError`` for arguments of the wrong shape (``rules="myrules"``, ``None``),
    :class:`RuleFileError` or :class:`LexiconError` for a bad rule or lexicon file."""
    items = _items(items)
    rules = _folders(rules)
    if strict:
        for i in items:
            if not isinstance(i, Document) and not Path(i).exists():
                raise InputError(str(i), "no such file or folder")
    items = [_blanked(i) if isinstance(i, Document) else i for i in items]
    lex = load_lexicon(_rules_dirs(rules))
    rule_set = load_rules(rules)
    with with_progress(Engine(jobs=jobs, client=client), progress).connected() as engine:
        docs, done, problems = engine.check(items, _rules_dirs(rules), rule_set, lex)  # stories compared one by one
    if strict and problems:
        raise InputError(problems[0].path, problems[0].message, problems[0].line)
    return Report(
        documents=docs,
        claims=sorted(done.claims, key=claim_order),
        findings=done.findings,
        groups=done.groups,
        problems=sorted(problems, key=problem_order),
        stories=done.stories,
    )


def extract(
    text: str,
    published: dt.date | str | None = None,
    source: str = "text",
    path: str = "<text>",
    rules: Sequence[str | Path] = (),
) -> list[Claim]:
    """The claims one text makes. ``published`` resolves relative dates ("last month")."""
    if not isinstance(text, str):
        raise TypeError(f"extract() reads one text (str), not {type(text).__name__}; check() reads files")
    rules = _folders(rules)
    date = parse_published(published, path, None) if not isinstance(published, dt.date) else published
    read = blank_controls(text)
    doc = Document(id=path, path=path, source=source, published=date, text=read)
    claims = compact_all(extract_document(doc, load_lexicon(_rules_dirs(rules))))
    if read == text:
        return claims
    # read with its control characters blanked; quoted as given (quote == text[start:end])
    return [
        c.model_copy(update={"span": c.span.model_copy(update={"quote": text[c.span.start : c.span.end]})})
        for c in claims
    ]


def extract_paths(
    items: Iterable[PathOrDocument], rules: Sequence[str | Path] = ()
) -> tuple[list[Claim], list[InputProblem]]:
    items = _items(items)
    rules = _folders(rules)
    lex = load_lexicon(_rules_dirs(rules))
    docs, problems = load_documents(items)
    claims = [c for d in sorted(docs, key=lambda d: (d.path, d.id)) for c in extract_document(d, lex)]
    return compact_all(claims), sorted(problems, key=problem_order)


def explain(text: str, published: dt.date | str | None = None, rules: Sequence[str | Path] = ()) -> str:
    """How a text is read, sentence by sentence: tokens with their class and lemma, noun phrases,
    verb groups, then the claims read off them with their subject keys and confidence."""
    claims = extract(text, published=published, rules=rules)
    lines = []
    for ss, se in sentences(text):
        lines.append(f"sentence: {text[ss:se]}")
        lines.append(Reading(text, ss, se).describe())
        for c in claims:
            if ss <= c.span.start < se:
                lines.append(
                    f"  claim {c.kind:8} {c.span.quote!r}  subject={c.subject or '(none)'}  confidence={c.confidence}"
                )
    return "\n".join(lines) + "\n"


def _rule_line(r: Rule) -> str:
    extra = "".join(
        [
            f", priority {r.priority}" if r.priority else "",
            f", overrides {', '.join(r.overrides)}" if r.overrides else "",
        ]
    )
    return f"{r.kind}, {r.severity}{extra}: {r.path}"


def in_force(rules: Sequence[str | Path] = ()) -> dict[str, list[tuple[str, str]]]:
    """What a run with these rules folders uses, and where each comes from (the file that defines it
    last: a user's folder over the bundled one): ``rules`` (in the order they decide a pair: id,
    then kind, severity, priority, overrides), ``measures`` (the states and base measures of
    measures.yaml), ``families`` (the word families of families.yaml, with how many words each
    holds) and ``event types`` (events.yaml). Loading
    validates every file, so a bad one raises :class:`RuleFileError` or :class:`LexiconError`."""
    from .lexicon import LexiconError as _LexErr
    from .lexicon import read_mapping

    dirs = _rules_dirs(_folders(rules))
    load_lexicon(dirs)  # validates every lexicon file first
    out: dict[str, list[tuple[str, str]]] = {"rules": [(r.id, _rule_line(r)) for r in load_rules(dirs[1:])]}
    found: dict[str, dict[str, str]] = {"measures": {}, "families": {}, "event types": {}}
    sizes: dict[str, int] = {}
    for d in dirs:
        lex = d / "lexicon"
        if (lex / "measures.yaml").is_file():
            m = read_mapping(lex / "measures.yaml", _LexErr, "lexicon")
            for name in [*(m.get("states") or {}), *(m.get("base") or {})]:
                found["measures"][str(name)] = str(lex / "measures.yaml")
        if (lex / "families.yaml").is_file():
            f = read_mapping(lex / "families.yaml", _LexErr, "lexicon")
            for table in ("verbs", "nouns", "events"):
                for family in (f.get(table) or {}).values():
                    key = f"{family} ({table})"
                    sizes[key] = sizes.get(key, 0) + 1
                    found["families"][key] = str(lex / "families.yaml")
        if (lex / "events.yaml").is_file():
            e = read_mapping(lex / "events.yaml", _LexErr, "lexicon")
            for name in e.get("types") or {}:
                found["event types"][str(name)] = str(lex / "events.yaml")
    for what, found_here in found.items():
        out[what] = [
            (name, f"{sizes[name]} word(s): {where}" if what == "families" else where)
            for name, where in sorted(found_here.items())
        ]
    return out
