"""Turn extraction results into RDF under the dipkg ontology, with stable IRIs and provenance to the document."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.documents import Document
from kg.extraction import Actor, Extraction, Interaction
from kg.vocab import ACTOR_CLASSES, CAMEO, DIP, DIPR, SCHEMA, bind_prefixes

WIKIDATA = "http://www.wikidata.org/entity/"


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: the readable part of a minted IRI."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def mint_actor_iri(actor: Actor, actors: dict[str, Actor], document: Document | None = None) -> URIRef:
    """IRI of an actor: states by ISO 3166 alpha-3, bodies by Wikidata QID, others by kind, name and state; an
    office holder the document never names is scoped to that document."""
    if actor.kind == "Country" and actor.iso3:
        return DIPR[f"country/{actor.iso3.upper()}"]
    if actor.wikidata:
        return DIPR[f"{actor.kind.lower()}/{actor.wikidata}"]
    path = f"{actor.kind.lower()}/{slug(actor.name)}"
    if actor.document_scoped and document is not None:
        path += f"--in-{slug(document.id)}"
    if actor.kind in ("Person", "Organization", "Location"):
        for key in actor.affiliations:
            state = actors.get(key)
            if state is not None and state.kind == "Country" and state.iso3:
                path += f"--{state.iso3.lower()}"
                break
    return DIPR[path]


def mint_document_iri(document: Document) -> URIRef:
    """IRI of an input document, from its id."""
    return DIPR["doc/" + quote(document.id, safe="")]


def mint_document_graph_iri(document: Document) -> URIRef:
    """IRI of the named graph holding one version of a document, from its content hash."""
    return DIPR["graph/" + document.content_hash]


def mint_interaction_iri(document: Document, index: int) -> URIRef:
    """IRI of the index-th interaction of one version of a document."""
    return DIPR[f"interaction/{document.content_hash}-{index}"]


def cameo_concept(code: str) -> URIRef:
    """The cameo: SKOS concept of a code."""
    return CAMEO[code]


def _add_document(graph: Graph, document: Document) -> URIRef:
    doc = mint_document_iri(document)
    graph.add((doc, RDF.type, DIP.Document))
    graph.add((doc, DCTERMS.identifier, Literal(document.id)))
    if document.title:
        graph.add((doc, DCTERMS.title, Literal(document.title)))
    if document.published:
        graph.add((doc, DCTERMS.issued, Literal(document.published, datatype=XSD.date)))
    if document.url:
        graph.add((doc, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    return doc


def _add_interaction(graph: Graph, iri: URIRef, it: Interaction, iris: dict[str, URIRef], doc: URIRef) -> None:
    graph.add((iri, RDF.type, DIP.Interaction))
    graph.add((iri, DIP.actor, iris[it.actor]))
    for target in it.targets:
        graph.add((iri, DIP.target, iris[target]))
    graph.add((iri, DIP.cameo, Literal(it.cameo)))
    graph.add((iri, DIP.actionType, cameo_concept(it.cameo)))
    graph.add((iri, DIP.evidence, Literal(it.evidence)))
    if it.date:
        graph.add((iri, DIP.date, Literal(it.date, datatype=XSD.date)))
    for q in it.quotes:
        graph.add((iri, DIP.quote, Literal(q)))
    if it.modality:
        graph.add((iri, DIP.modality, Literal(it.modality)))
    graph.add((iri, PROV.wasDerivedFrom, doc))


def extraction_graph(extraction: Extraction) -> Graph:
    """The RDF graph of one document: the document, its actors and its interactions."""
    graph = Graph()
    bind_prefixes(graph)
    doc = _add_document(graph, extraction.document)
    iris = {key: mint_actor_iri(a, extraction.actors, extraction.document) for key, a in extraction.actors.items()}
    for key, actor in extraction.actors.items():
        iri = iris[key]
        graph.add((iri, RDF.type, ACTOR_CLASSES[actor.kind]))
        if actor.kind != "Location":
            graph.add((iri, RDF.type, DIP.Actor))
        graph.add((iri, RDFS.label, Literal(actor.name)))
        for alias in sorted(actor.aliases - {actor.name}):
            graph.add((iri, SKOS.altLabel, Literal(alias)))
        for title in actor.titles:
            graph.add((iri, DIP.title, Literal(title)))
        for aff in actor.affiliations:
            if aff in iris and iris[aff] != iri:
                graph.add((iri, DIP.affiliatedWith, iris[aff]))
        if actor.iso3 and actor.kind == "Country":
            graph.add((iri, DIP.iso3, Literal(actor.iso3.upper())))
        if actor.wikidata:
            graph.add((iri, OWL.sameAs, URIRef(WIKIDATA + actor.wikidata)))
        graph.add((iri, PROV.wasDerivedFrom, doc))
    for index, it in enumerate(extraction.interactions):
        _add_interaction(graph, mint_interaction_iri(extraction.document, index), it, iris, doc)
    return graph


def harmonize_labels(graph: Graph, known_label: Callable[[URIRef], Literal | None]) -> Graph:
    """Keep one rdfs:label per actor across documents: where another document already named the same IRI differently
    ("S. Jaishankar" and "S Jaishankar" mint one IRI), the earlier label stays and this one becomes an altLabel."""
    for node, label in list(graph.subject_objects(RDFS.label)):
        earlier = known_label(node)
        if earlier is not None and earlier != label:
            graph.remove((node, RDFS.label, label))
            graph.add((node, RDFS.label, earlier))
            graph.add((node, SKOS.altLabel, label))
            graph.remove((node, SKOS.altLabel, earlier))
    return graph
