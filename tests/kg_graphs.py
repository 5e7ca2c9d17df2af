"""Hand-built dipkg graphs for relation and view tests, written as kg build writes them (no spaCy needed)."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf import slug
from kg.vocab import CAMEO, DIP, DIPR, bind_prefixes


class GraphMaker:
    """Build a small contract-shaped graph: documents, actors and interactions."""

    def __init__(self, title: str = "Test article", published: dt.date | None = dt.date(2025, 5, 9)) -> None:
        self.graph = Graph()
        bind_prefixes(self.graph)
        self.count = 0
        self.doc = self.document("doc-1", title, published)

    def document(self, identifier: str, title: str, published: dt.date | None = None) -> URIRef:
        """Add a document and return its IRI."""
        doc = DIPR[f"doc/{identifier}"]
        self.graph.add((doc, RDF.type, DIP.Document))
        self.graph.add((doc, DCTERMS.identifier, Literal(identifier)))
        self.graph.add((doc, DCTERMS.title, Literal(title)))
        if published:
            self.graph.add((doc, DCTERMS.issued, Literal(published, datatype=XSD.date)))
        return doc

    def _actor(self, iri: URIRef, cls: URIRef, name: str, aliases=(), affiliated=()) -> URIRef:
        g = self.graph
        g.add((iri, RDF.type, cls))
        g.add((iri, RDF.type, DIP.Actor))
        g.add((iri, RDFS.label, Literal(name)))
        for alias in aliases:
            g.add((iri, SKOS.altLabel, Literal(alias)))
        for parent in affiliated:
            g.add((iri, DIP.affiliatedWith, parent))
        g.add((iri, PROV.wasDerivedFrom, self.doc))
        return iri

    def country(self, iso3: str, name: str) -> URIRef:
        """Add a state."""
        iri = self._actor(DIPR[f"country/{iso3}"], DIP.Country, name)
        self.graph.add((iri, DIP.iso3, Literal(iso3)))
        return iri

    def person(self, name: str, *affiliated: URIRef, aliases=(), titles=()) -> URIRef:
        """Add a person acting for the given states or bodies."""
        iri = self._actor(DIPR[f"person/{slug(name)}"], DIP.Person, name, aliases, affiliated)
        for title in titles:
            self.graph.add((iri, DIP.title, Literal(title)))
        return iri

    def organization(self, name: str, *affiliated: URIRef) -> URIRef:
        """Add an organization acting for the given states or bodies."""
        return self._actor(DIPR[f"organization/{slug(name)}"], DIP.Organization, name, (), affiliated)

    def act(self, actor: URIRef, code: str, *targets: URIRef, evidence: str = "", date: dt.date | None = None,
            modality: str | None = None, doc: URIRef | None = None) -> URIRef:
        """Add an interaction of actor toward targets with a CAMEO code."""
        g = self.graph
        self.count += 1
        iri = DIPR[f"interaction/test-{self.count}"]
        g.add((iri, RDF.type, DIP.Interaction))
        g.add((iri, DIP.actor, actor))
        for target in targets:
            g.add((iri, DIP.target, target))
        g.add((iri, DIP.cameo, Literal(code)))
        g.add((iri, DIP.actionType, CAMEO[code]))
        g.add((iri, DIP.evidence, Literal(evidence or f"Interaction {self.count} ({code}).")))
        if date:
            g.add((iri, DIP.date, Literal(date, datatype=XSD.date)))
        if modality:
            g.add((iri, DIP.modality, Literal(modality)))
        g.add((iri, PROV.wasDerivedFrom, doc or self.doc))
        return iri


def mediation_graph() -> tuple[GraphMaker, dict[str, URIRef]]:
    """India and Pakistan in conflict, a US mediator who spoke with both sides, who did not speak to each other."""
    m = GraphMaker(title="Trump urges India and Pakistan to de-escalate")
    ind, pak, usa = m.country("IND", "India"), m.country("PAK", "Pakistan"), m.country("USA", "United States")
    mea = m.organization("Ministry of External Affairs", ind)
    rubio = m.person("Marco Rubio", usa, aliases=("Rubio",), titles=("Secretary of State",))
    jaishankar = m.person("S Jaishankar", mea, aliases=("Jaishankar",))
    sharif = m.person("Shehbaz Sharif", pak, aliases=("Sharif",))
    trump = m.person("Donald Trump", usa, aliases=("Trump",))
    m.act(rubio, "040", jaishankar, evidence="Rubio spoke with Jaishankar on Thursday.", date=dt.date(2025, 5, 8))
    m.act(rubio, "040", sharif, evidence="Rubio also spoke with Sharif.", date=dt.date(2025, 5, 8))
    m.act(trump, "0256", ind, pak, evidence="Trump urged India and Pakistan to de-escalate.",
          date=dt.date(2025, 5, 9))
    m.act(ind, "190", pak, evidence="India struck nine sites in Pakistan.", date=dt.date(2025, 5, 7))
    m.act(pak, "111", ind, evidence="Pakistan condemned the strikes.", date=dt.date(2025, 5, 7))
    m.act(jaishankar, "040", sharif, evidence="Jaishankar may meet Sharif next week.", modality="hypothetical")
    actors = {"IND": ind, "PAK": pak, "USA": usa, "MEA": mea, "rubio": rubio, "jaishankar": jaishankar,
              "sharif": sharif, "trump": trump}
    return m, actors
