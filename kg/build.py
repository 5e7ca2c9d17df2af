"""Build a knowledge graph from input articles: read, extract, convert to RDF, derive relations, write outputs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from kg.documents import Document, InputProblem, read_inputs
from kg.extraction import Extraction
from kg.nlp import extract, load_pipeline
from kg.rdf import extraction_graph
from kg.relations import spoke_with_triples
from kg.vocab import bind_prefixes


@dataclass
class BuildReport:
    """What one build did: documents processed and inputs skipped."""

    documents: int = 0
    interactions: int = 0
    problems: list[InputProblem] = field(default_factory=list)


def extract_texts(texts: Iterable[str | Document], nlp: Language | None = None) -> list[Extraction]:
    """Extract actors and interactions from texts or Documents held in memory."""
    nlp = nlp or load_pipeline()
    documents = [t if isinstance(t, Document) else Document(id=f"text-{i + 1}", text=t) for i, t in enumerate(texts)]
    return list(extract(documents, nlp))


def graph_of(extractions: Iterable[Extraction]) -> Graph:
    """One rdflib Graph of several extractions, with dip:spokeWith derived over all of them."""
    graph = Graph()
    bind_prefixes(graph)
    for extraction in extractions:
        graph += extraction_graph(extraction)
    graph += spoke_with_triples(graph)
    return graph


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    model: str | None = None,
    on_document: Callable[[Document], None] | None = None,
    on_problem: Callable[[InputProblem], None] | None = None,
) -> BuildReport:
    """Read the inputs, extract, and write OUT/graph.ttl and OUT/graph.html; bad inputs are reported and skipped."""
    from kg.view import write_view

    report = BuildReport()
    nlp = load_pipeline(model)
    out = Path(out_dir)

    def documents():
        for item in read_inputs(inputs):
            if isinstance(item, InputProblem):
                report.problems.append(item)
                if on_problem:
                    on_problem(item)
            else:
                yield item

    extractions = []
    for extraction in extract(documents(), nlp):
        extractions.append(extraction)
        report.documents += 1
        report.interactions += len(extraction.interactions)
        if on_document:
            on_document(extraction.document)
    graph = graph_of(extractions)
    out.mkdir(parents=True, exist_ok=True)
    _write_atomically(out / "graph.ttl", graph.serialize(format="turtle"))
    write_view(graph, out / "graph.html")
    return report


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
