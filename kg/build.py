"""Build a knowledge graph from articles: read, extract, to RDF, into the store, derive relations, write outputs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph
from rdflib.namespace import RDFS

from kg.documents import Document, InputProblem, read_inputs
from kg.extraction import Extraction
from kg.rdf import extraction_graph, harmonize_labels
from kg.relations import derived_triples, spoke_with_triples
from kg.store import Store
from kg.vocab import bind_prefixes

if TYPE_CHECKING:  # spaCy loads only when something is extracted: kg remove, kg query and scripts go without it
    from spacy.language import Language

STORE_DIR = "store"


@dataclass
class BuildReport:
    """What one build did: documents processed and inputs skipped."""

    documents: int = 0
    interactions: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    unchanged: int = 0  # documents already in the store in the same version: not extracted again
    replaced: int = 0  # documents whose older version in the store was replaced
    stored: int = 0  # documents in the store after the build


def extract_texts(texts: Iterable[str | Document], nlp: Language | None = None) -> list[Extraction]:
    """Extract actors and interactions from texts or Documents held in memory."""
    from kg.nlp import extract, load_pipeline

    nlp = nlp or load_pipeline()
    documents = [t if isinstance(t, Document) else Document(id=f"text-{i + 1}", text=t) for i, t in enumerate(texts)]
    return list(extract(documents, nlp))


def graph_of(extractions: Iterable[Extraction]) -> Graph:
    """One rdflib Graph of several extractions, with dip:spokeWith derived over all of them."""
    graph = Graph()
    bind_prefixes(graph)

    def known_label(node):
        return graph.value(node, RDFS.label)

    for extraction in extractions:
        graph += harmonize_labels(extraction_graph(extraction), known_label)
    graph += spoke_with_triples(graph)
    return graph


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    model: str | None = None,
    on_document: Callable[[Document], None] | None = None,
    on_problem: Callable[[InputProblem], None] | None = None,
) -> BuildReport:
    """Add the inputs to the store OUT/store/ and rewrite OUT/graph.ttl and OUT/graph.html from the whole store.

    Documents already stored in the same version are skipped, edited ones replace their older version, bad inputs
    are reported and skipped. Outputs are replaced only once they are written in full.
    """
    from kg.nlp import extract, load_pipeline, pipeline_version

    report = BuildReport()
    nlp = load_pipeline(model)
    version = pipeline_version(nlp)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with Store.open(out / STORE_DIR, create=True) as store:

        def documents():
            for item in read_inputs(inputs):
                if isinstance(item, InputProblem):
                    report.problems.append(item)
                    if on_problem:
                        on_problem(item)
                elif store.has_version(item := replace(item, pipeline=version)):
                    report.documents += 1
                    report.unchanged += 1
                    if on_document:
                        on_document(item)
                else:
                    yield item

        def failed(document: Document, error: Exception) -> None:
            problem = InputProblem(document.source or document.id,
                                   f"could not be analysed ({type(error).__name__}: {error}); please report this")
            report.problems.append(problem)
            if on_problem:
                on_problem(problem)

        for extraction in extract(documents(), nlp, on_failure=failed):
            status = store.add(extraction)
            report.documents += 1
            report.interactions += len(extraction.interactions)
            report.unchanged += status == "unchanged"
            report.replaced += status == "replaced"
            if on_document:
                on_document(extraction.document)
        if report.documents:  # nothing read (every input bad): leave the existing outputs as they are
            refresh(store, out)
        report.stored = len(store.documents())
    return report


def update_derived(store: Store) -> None:
    """Recompute the derived facts over the whole store: dip:spokeWith, and all `kg relations --write` derives."""
    if store.query("ASK { ?actor dip:counterparts ?n }"):  # relations were written: keep every one of them fresh
        derived = derived_triples(store.to_rdflib())
    else:
        derived = spoke_with_triples(store)  # Oxigraph answers the same SPARQL as an rdflib Graph
    store.replace_derived(derived)


def write_outputs(store: Store, out_dir: str | Path) -> None:
    """Rewrite OUT/graph.ttl and OUT/graph.html from the whole store; the old files stay if anything fails."""
    from kg.view import write_view

    out = Path(out_dir)
    ttl, html = out / "graph.ttl.tmp", out / "graph.tmp.html"
    try:
        store.export("ttl", ttl)
        write_view(store.to_rdflib(), html)
        ttl.replace(out / "graph.ttl")
        html.replace(out / "graph.html")
    finally:
        for tmp in (ttl, html):
            tmp.unlink(missing_ok=True)


def refresh(store: Store, out_dir: str | Path) -> None:
    """After documents were added or removed: derive spokeWith again and rewrite the outputs beside the store."""
    update_derived(store)
    write_outputs(store, out_dir)


def remove(doc_id: str, store_dir: str | Path) -> bool:
    """Drop one document from a store and rewrite graph.ttl and graph.html beside it; False if it was not there."""
    store_dir = Path(store_dir)
    with Store.open(store_dir) as store:
        if not store.remove(doc_id):
            return False
        refresh(store, store_dir.parent)
    return True
