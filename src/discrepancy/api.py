"""The library's entry points: ``check`` (a corpus in, a report out) and ``extract`` (one text's
claims). Nothing here prints; the CLI and the report modules present what these return."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .compare import compare_documents
from .corpus import blank_controls, parse_published, read_corpus
from .engines import Engine
from .extract import extract_document
from .lexicon import load_lexicon
from .models import Claim, Document, InputProblem, Report
from .read import Reading
from .rules.loader import load_rules
from .text import sentences

PathOrDocument = str | Path | Document


def _rules_dirs(rules: Sequence[str | Path]) -> tuple[Path, ...]:
    from .lexicon import default_rules_dir

    return (default_rules_dir(), *(Path(r) for r in rules))


def _blanked(doc: Document) -> Document:
    """A document given whole, with its control sequences blanked as a file's would be."""
    text = blank_controls(doc.text)
    return doc if text == doc.text else doc.model_copy(update={"text": text})


def load_documents(items: Iterable[PathOrDocument]) -> tuple[list[Document], list[InputProblem]]:
    docs: list[Document] = []
    problems: list[InputProblem] = []
    paths: list[str | Path] = []
    for item in items:
        if isinstance(item, Document):
            docs.append(item)
        else:
            paths.append(item)
    for d in read_corpus(paths):
        (problems if isinstance(d, InputProblem) else docs).append(d)  # type: ignore[arg-type]
    return docs, problems


def check(
    items: Iterable[PathOrDocument] | PathOrDocument,
    rules: Sequence[str | Path] = (),
    jobs: int | None = 1,
    client: Any = None,
) -> Report:
    """Read articles (paths, folders or Documents), extract claims, group them, apply the rules.

    Reading and extraction run in ``jobs`` processes (None: one per core), or on a Dask cluster
    when ``client`` (a ``dask.distributed.Client``) is given; the report is the same either way."""
    if isinstance(items, (str, Path, Document)):
        items = [items]
    items = [_blanked(i) if isinstance(i, Document) else i for i in items]
    lex = load_lexicon(_rules_dirs(rules))
    rule_set = load_rules(rules)
    engine = Engine(jobs=jobs, client=client)
    docs, claims, problems = engine.read_and_extract(items, _rules_dirs(rules))
    docs.sort(key=lambda d: (d.path, d.id))
    done = compare_documents(docs, claims, rule_set, lex)  # story by story; undated articles placed
    return Report(
        documents=len(docs),
        claims=len(done.claims),
        findings=done.findings,
        groups=done.groups,
        problems=problems,
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
    date = parse_published(published, path, None) if not isinstance(published, dt.date) else published
    doc = Document(id=path, path=path, source=source, published=date, text=blank_controls(text))
    return extract_document(doc, load_lexicon(_rules_dirs(rules)))


def extract_paths(
    items: Iterable[PathOrDocument], rules: Sequence[str | Path] = ()
) -> tuple[list[Claim], list[InputProblem]]:
    lex = load_lexicon(_rules_dirs(rules))
    docs, problems = load_documents(items)
    claims = [c for d in sorted(docs, key=lambda d: (d.path, d.id)) for c in extract_document(d, lex)]
    return claims, problems


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
