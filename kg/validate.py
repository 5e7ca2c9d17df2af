"""Check a graph against the data contract's SHACL shapes (ontology/shapes.ttl) with pyshacl, a dev extra."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Dataset, Graph

from kg.resources import ontology_file


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    """The SHACL shapes graph, parsed once per process."""
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    """dipkg.ttl (class hierarchy) and cameo.ttl (action concepts), parsed once per process."""
    graph = Graph()
    for name in ("dipkg.ttl", "cameo.ttl"):
        graph.parse(ontology_file(name), format="turtle")
    return graph


def conforms(graph: Graph) -> tuple[bool, str]:
    """Validate a graph (a Dataset's named graphs are merged) against the shapes; return (conforms, report text)."""
    from pyshacl import validate

    # pyshacl's ont_graph mix-in copies only RDFS/OWL axioms, not cameo.ttl's SKOS concepts that the shapes check
    # dip:actionType against, so the ontology is merged into a copy of the data here and nothing is inferred.
    data = Graph()
    triples = ((s, p, o) for s, p, o, _ in graph.quads()) if isinstance(graph, Dataset) else iter(graph)
    for triple in triples:
        data.add(triple)
    for triple in _ontology():
        data.add(triple)
    ok, _report, text = validate(data, shacl_graph=_shapes(), inference="none", advanced=False)
    return bool(ok), str(text)
