"""Relations between actors computed with NetworkX from the interactions in a graph."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.vocab import DIP, SPARQL_PREFIXES

ASSERTED_CONSULTATIONS = SPARQL_PREFIXES + """
SELECT ?interaction ?actor ?target WHERE {
  ?interaction a dip:Interaction ; dip:actor ?actor ; dip:target ?target ; dip:cameo ?code .
  FILTER NOT EXISTS { ?interaction dip:modality ?m }
  FILTER(STRSTARTS(STR(?code), "04"))
}"""

# GDELT QuadClass of each CAMEO root, used when the cameo: scheme is not at hand.
ROOT_QUAD = {f"{r:02d}": 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4 for r in range(1, 21)}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
# Most specific first: an actor typed both dip:Person and dip:Actor is a Person.
CLASS_ORDER = (("Person", DIP.Person), ("Country", DIP.Country), ("Organization", DIP.Organization),
               ("Location", DIP.Location), ("Actor", DIP.Actor))


@dataclass(frozen=True)
class CameoCode:
    """What the cameo: scheme says about one code."""

    code: str
    label: str
    goldstein: float | None
    quad: int | None


@dataclass(frozen=True)
class Filters:
    """Which interactions an analysis looks at: a date window, a country (ISO3, name or IRI), a CAMEO root."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    root: str | None = None

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return any(v is not None for v in (self.since, self.until, self.country, self.root))


def _cameo_of(graph: Graph) -> dict[str, CameoCode]:
    codes = {}
    for concept in set(graph.subjects(DIP.goldstein, None)) | set(graph.subjects(DIP.quadClass, None)):
        notation = graph.value(concept, SKOS.notation)
        code = str(notation) if notation is not None else str(concept).rsplit("/", 1)[-1]
        label = graph.value(concept, SKOS.prefLabel)
        goldstein = graph.value(concept, DIP.goldstein)
        quad = graph.value(concept, DIP.quadClass)
        codes[code] = CameoCode(
            code,
            str(label) if label is not None else code,
            float(goldstein) if goldstein is not None else None,
            int(quad) if quad is not None else None,
        )
    return codes


@lru_cache(maxsize=1)
def shipped_cameo() -> dict[str, CameoCode]:
    """The CAMEO scheme shipped with dipkg (ontology/cameo.ttl), or nothing when it is not installed."""
    from kg.resources import ontology_file

    try:
        path = ontology_file("cameo.ttl")
    except FileNotFoundError:
        return {}
    return _cameo_of(Graph().parse(path, format="turtle"))


def cameo_codes(graph: Graph) -> dict[str, CameoCode]:
    """The CAMEO codes described in a graph, completed from the shipped scheme."""
    return {**shipped_cameo(), **_cameo_of(graph)}


def cameo_code(codes: dict[str, CameoCode], code: str) -> CameoCode:
    """What is known of a code: itself, else its nearest described parent's label, else its root's QuadClass."""
    if code in codes:
        return codes[code]
    for n in range(len(code) - 1, 1, -1):
        if code[:n] in codes:
            parent = codes[code[:n]]
            return CameoCode(code, parent.label, parent.goldstein, parent.quad)
    return CameoCode(code, code, None, ROOT_QUAD.get(code[:2]))


def actor_class(graph: Graph, node: URIRef) -> str:
    """The most specific dipkg class of an actor: Person, Country, Organization, Location or Actor."""
    types = set(graph.objects(node, RDF.type))
    for name, cls in CLASS_ORDER:
        if cls in types:
            return name
    return "Actor"


def country_of(graph: Graph, node: URIRef) -> URIRef | None:
    """The state an actor rolls up to: itself if a Country, else the nearest Country along dip:affiliatedWith."""
    seen = {node}
    frontier = [node]
    while frontier:
        countries = sorted(n for n in frontier if (n, RDF.type, DIP.Country) in graph)
        if countries:
            return countries[0]
        following = []
        for n in frontier:
            for parent in sorted(graph.objects(n, DIP.affiliatedWith)):
                if parent not in seen:
                    seen.add(parent)
                    following.append(parent)
        frontier = following
    return None


def _text(value) -> str:
    return str(value) if value is not None else ""


def _date(value) -> dt.date | None:
    if isinstance(value, Literal):
        value = value.toPython()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _country_matches(graph: Graph, country: URIRef | None, wanted: str) -> bool:
    if country is None:
        return False
    wanted = wanted.strip().lower()
    names = {str(country).lower(), str(country).rsplit("/", 1)[-1].lower()}
    names |= {str(v).lower() for p in (RDFS.label, SKOS.altLabel, DIP.iso3) for v in graph.objects(country, p)}
    return wanted in names


def _add_actor(network: nx.MultiDiGraph, graph: Graph, node: URIRef) -> None:
    if node in network:
        return
    country = country_of(graph, node)
    network.add_node(
        node,
        label=_text(graph.value(node, RDFS.label)) or str(node).rsplit("/", 1)[-1],
        cls=actor_class(graph, node),
        country=country,
        country_label=_text(graph.value(country, RDFS.label)) if country is not None else "",
        aliases=sorted(str(a) for a in graph.objects(node, SKOS.altLabel)),
        titles=sorted(str(t) for t in graph.objects(node, DIP.title)),
        statements=[],
    )


def interaction_network(graph: Graph, filters: Filters | None = None) -> nx.MultiDiGraph:
    """The interaction multigraph: actors as nodes, one edge per asserted interaction and target."""
    filters = filters or Filters()
    codes = cameo_codes(graph)
    network = nx.MultiDiGraph()
    for actor in graph.subjects(RDF.type, DIP.Actor):
        _add_actor(network, graph, actor)
    for interaction in sorted(graph.subjects(RDF.type, DIP.Interaction)):
        if graph.value(interaction, DIP.modality) is not None:
            continue  # negated, hypothetical, future or hoped: not a fact
        actor = graph.value(interaction, DIP.actor)
        if actor is None:
            continue
        code = _text(graph.value(interaction, DIP.cameo))
        if not code:
            concept = graph.value(interaction, DIP.actionType)
            code = _text(graph.value(concept, SKOS.notation)) if concept is not None else ""
        if filters.root and not code.startswith(filters.root):
            continue
        document = graph.value(interaction, PROV.wasDerivedFrom)
        date = _date(graph.value(interaction, DIP.date))
        when = date or (_date(graph.value(document, DCTERMS.issued)) if document is not None else None)
        if (filters.since or filters.until) and when is None:
            continue
        if filters.since and when < filters.since or filters.until and when > filters.until:
            continue
        targets = sorted(graph.objects(interaction, DIP.target))
        if filters.country:
            involved = [actor, *targets]
            if not any(_country_matches(graph, country_of(graph, n), filters.country) for n in involved):
                continue
        info = cameo_code(codes, code)
        attrs = {
            "interaction": interaction,
            "code": code,
            "root": code[:2],
            "action": info.label,
            "goldstein": info.goldstein,
            "quad": info.quad,
            "date": date,
            "evidence": _text(graph.value(interaction, DIP.evidence)),
            "document": document,
            "document_title": _text(graph.value(document, DCTERMS.title)) if document is not None else "",
        }
        _add_actor(network, graph, actor)
        if not targets:
            network.nodes[actor]["statements"].append(attrs)
        for target in targets:
            _add_actor(network, graph, target)
            network.add_edge(actor, target, key=f"{interaction}|{target}", **attrs)
    return network


def spoke_with_projection(network: nx.MultiDiGraph) -> nx.Graph:
    """Who spoke to whom in an interaction network: undirected, 04x edges only, weighted by number of contacts."""
    contacts = nx.Graph()
    for actor, target, data in network.edges(data=True):
        if actor == target or data["root"] != "04":
            continue
        if contacts.has_edge(actor, target):
            contacts[actor][target]["weight"] += 1
        else:
            contacts.add_edge(actor, target, weight=1)
    return contacts


def spoke_with_network(graph: Graph) -> nx.Graph:
    """Who spoke to whom: an undirected graph of actors linked by asserted 04x interactions, weighted by count."""
    network = nx.Graph()
    for _interaction, actor, target in graph.query(ASSERTED_CONSULTATIONS):
        if actor == target:
            continue
        if network.has_edge(actor, target):
            network[actor][target]["weight"] += 1
        else:
            network.add_edge(actor, target, weight=1)
    return network


def spoke_with_triples(graph: Graph) -> Graph:
    """The dip:spokeWith triples (both directions, the property is symmetric) derived from a graph."""
    derived = Graph()
    for a, b in spoke_with_network(graph).edges():
        derived.add((URIRef(a), DIP.spokeWith, URIRef(b)))
        derived.add((URIRef(b), DIP.spokeWith, URIRef(a)))
    return derived
