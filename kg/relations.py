"""Relations between actors computed with NetworkX from the interactions in a graph."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Protocol

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.vocab import DIP, DIPR, SPARQL_PREFIXES

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
    # Edge data: interaction, code, root, action, goldstein, quad, date (dip:date), when (date, else the document's),
    # evidence, document, document_title. A country filter keeps the edges with an actor of that state at one end;
    # a time window uses `when`, so undated interactions fall back to their article's date.
    filters = filters or Filters()
    codes = cameo_codes(graph)
    network = nx.MultiDiGraph()
    matches: dict[URIRef, bool] = {}  # actor -> whether it rolls up to the filter's country
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
            def involved(node: URIRef) -> bool:
                if node not in matches:
                    matches[node] = _country_matches(graph, country_of(graph, node), filters.country)
                return matches[node]

            if not involved(actor):
                targets = [t for t in targets if involved(t)]
                if not targets:
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
            "when": when,
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


def _weighted(pairs: Iterable[tuple], nodes: Iterable = ()) -> nx.Graph:
    """An undirected graph of the pairs, each edge weighted by how often its pair occurs; self-loops left out."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for a, b in pairs:
        if a == b:
            continue
        if graph.has_edge(a, b):
            graph[a][b]["weight"] += 1
        else:
            graph.add_edge(a, b, weight=1)
    return graph


def spoke_with_projection(network: nx.MultiDiGraph) -> nx.Graph:
    """Who spoke to whom in an interaction network: undirected, 04x edges only, weighted by number of contacts."""
    return _weighted((a, b) for a, b, data in network.edges(data=True) if data["root"] == "04")


class SparqlSource(Protocol):
    """An rdflib Graph or a kg.store.Store: anything that answers a SPARQL query with rows."""

    def query(self, sparql: str) -> Iterable[tuple]: ...


def spoke_with_network(graph: SparqlSource) -> nx.Graph:
    """Who spoke to whom: an undirected graph of actors linked by asserted 04x interactions, weighted by count."""
    return _weighted((actor, target) for _interaction, actor, target in graph.query(ASSERTED_CONSULTATIONS))


def _spoke_with_graph(contacts: nx.Graph) -> Graph:
    derived = Graph()
    for a, b in contacts.edges():
        derived.add((URIRef(a), DIP.spokeWith, URIRef(b)))
        derived.add((URIRef(b), DIP.spokeWith, URIRef(a)))
    return derived


def spoke_with_triples(graph: SparqlSource) -> Graph:
    """The dip:spokeWith triples (both directions, the property is symmetric) derived from a graph."""
    return _spoke_with_graph(spoke_with_network(graph))


def contact_graph(network: nx.MultiDiGraph) -> nx.Graph:
    """All asserted interactions as an undirected simple graph of actors, weighted by number of interactions."""
    return _weighted(network.edges(), nodes=network)


def _label(network: nx.MultiDiGraph, node) -> str:
    return network.nodes[node]["label"] if node in network else str(node)


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def interaction_rows(network: nx.MultiDiGraph) -> list[dict]:
    """One row per asserted interaction and target, in date order."""
    rows = [
        {
            "date": _iso(d["date"]),
            "actor": _label(network, u),
            "code": d["code"],
            "action": d["action"],
            "target": _label(network, v),
            "quad_class": d["quad"],
            "goldstein": d["goldstein"],
            "evidence": d["evidence"],
            "document": d["document_title"] or (str(d["document"]) if d["document"] is not None else ""),
            "interaction": str(d["interaction"]),
        }
        for u, v, d in network.edges(data=True)
    ]
    return sorted(rows, key=lambda r: (r["date"] or "9999", r["interaction"], r["target"]))


def spoke_with_rows(network: nx.MultiDiGraph) -> list[dict]:
    """Who spoke to whom, one row per pair of actors with their number of contacts, most contacts first."""
    contacts = spoke_with_projection(network)
    rows = []
    for a, b, data in contacts.edges(data=True):
        a, b = sorted((a, b), key=lambda n: _label(network, n))
        rows.append({"actor": _label(network, a), "other": _label(network, b), "contacts": data["weight"],
                     "actor_iri": str(a), "other_iri": str(b)})
    return sorted(rows, key=lambda r: (-r["contacts"], r["actor"], r["other"]))


def country_dyads(network: nx.MultiDiGraph) -> list[dict]:
    """Interactions rolled up to pairs of states: counts per QuadClass and summed Goldstein, most conflictual first."""
    dyads: dict[tuple, dict] = {}
    for u, v, data in network.edges(data=True):
        a, b = network.nodes[u]["country"], network.nodes[v]["country"]
        if a is None or b is None or a == b:
            continue
        a, b = sorted((a, b))
        row = dyads.get((a, b))
        if row is None:
            row = dyads[(a, b)] = {
                "country": _label(network, a), "other": _label(network, b), "interactions": 0,
                "verbal_cooperation": 0, "material_cooperation": 0, "verbal_conflict": 0, "material_conflict": 0,
                "goldstein": 0.0, "country_iri": str(a), "other_iri": str(b),
            }
        row["interactions"] += 1
        if data["quad"] in QUAD_NAMES:
            row[QUAD_NAMES[data["quad"]].replace(" ", "_")] += 1
        if data["goldstein"] is not None:
            row["goldstein"] = round(row["goldstein"] + data["goldstein"], 2)
    return sorted(dyads.values(), key=lambda r: (r["goldstein"], r["country"], r["other"]))


def _betweenness(graph: nx.Graph) -> dict:
    """Normalized betweenness; estimated from 250 sources above 1,000 actors so large graphs stay fast."""
    if len(graph) > 1000:
        return nx.betweenness_centrality(graph, k=250, seed=0)
    return nx.betweenness_centrality(graph)


def centrality(network: nx.MultiDiGraph) -> list[dict]:
    """Degree and betweenness of every actor over all asserted interactions, most central first."""
    simple = contact_graph(network)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    betweenness = _betweenness(simple)
    rows = [
        {
            "actor": _label(network, n),
            "class": network.nodes[n]["cls"],
            "country": network.nodes[n]["country_label"],
            "interactions": network.degree(n),
            "counterparts": simple.degree(n),
            "degree_centrality": round(degree[n], 4),
            "betweenness": round(betweenness[n], 4),
            "actor_iri": str(n),
        }
        for n in network
    ]
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["counterparts"], r["actor"]))


def brokers(network: nx.MultiDiGraph) -> list[dict]:
    """Actors whose contacts (who-spoke-to-whom) would otherwise be disconnected, with the groups they join."""
    contacts = spoke_with_projection(network)
    if not len(contacts):
        return []
    betweenness = _betweenness(contacts)
    # Removing an articulation point splits its contacts into one group per biconnected block that holds it.
    blocks: dict = {}
    for block in nx.biconnected_components(contacts):
        for node in block:
            blocks.setdefault(node, []).append(block)
    rows = []
    for broker in nx.articulation_points(contacts):
        neighbours = set(contacts[broker])
        groups = [sorted(neighbours & block, key=lambda n: _label(network, n)) for block in blocks[broker]]
        groups.sort(key=lambda g: _label(network, g[0]))
        countries = sorted({network.nodes[n]["country"] for g in groups for n in g} - {None})
        rows.append({
            "actor": _label(network, broker),
            "country": network.nodes[broker]["country_label"],
            "betweenness": round(betweenness[broker], 4),
            "groups": [[_label(network, n) for n in g] for g in groups],
            "bridges": [_label(network, c) for c in countries],
            "actor_iri": str(broker),
            "group_iris": [[str(n) for n in g] for g in groups],
            "bridge_iris": [str(c) for c in countries],
        })
    return sorted(rows, key=lambda r: (-r["betweenness"], r["actor"]))


def communities(network: nx.MultiDiGraph) -> list[dict]:
    """Communities of actors (Louvain modularity over all asserted interactions), largest first."""
    simple = contact_graph(network)
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    if not simple.number_of_edges():
        return []
    found = nx.community.louvain_communities(simple, weight="weight", seed=0)
    ordered = sorted((sorted(c, key=lambda n: _label(network, n)) for c in found),
                     key=lambda c: (-len(c), _label(network, c[0])))
    return [
        {
            "community": i + 1,
            "size": len(members),
            "members": [_label(network, n) for n in members],
            "countries": sorted({network.nodes[n]["country_label"] for n in members} - {""}),
            "member_iris": [str(n) for n in members],
        }
        for i, members in enumerate(ordered)
    ]


ANALYSES = {
    "interactions": interaction_rows,
    "spoke-with": spoke_with_rows,
    "dyads": country_dyads,
    "centrality": centrality,
    "brokers": brokers,
    "communities": communities,
}


def analysis(name: str, graph: Graph, filters: Filters | None = None) -> list[dict]:
    """Rows of one named analysis (see ANALYSES) over the asserted interactions of a graph."""
    if name not in ANALYSES:
        raise ValueError(f"unknown analysis {name!r}; choose from {', '.join(ANALYSES)}")
    return ANALYSES[name](interaction_network(graph, filters))


# Terms of ontology/relations.ttl: what `kg relations --write` derives; removed and recomputed on every write.
DERIVED_CLASSES = (DIP.Broker, DIP.Dyad, DIP.Community)
DERIVED_PROPERTIES = (DIP.spokeWith, DIP.betweenness, DIP.degreeCentrality, DIP.counterparts, DIP.bridges,
                      DIP.inCommunity)
QUAD_PROPERTIES = {1: DIP.verbalCooperationCount, 2: DIP.materialCooperationCount, 3: DIP.verbalConflictCount,
                   4: DIP.materialConflictCount}


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 4))), datatype=XSD.decimal)


def _segment(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def derived_triples(graph: Graph) -> Graph:
    """The relations derived from all asserted interactions of a graph, as triples under ontology/relations.ttl."""
    network = interaction_network(graph)
    derived = _spoke_with_graph(spoke_with_projection(network))
    for row in centrality(network):
        if row["counterparts"] == 0:
            continue
        actor = URIRef(row["actor_iri"])
        derived.add((actor, DIP.counterparts, Literal(row["counterparts"], datatype=XSD.integer)))
        derived.add((actor, DIP.degreeCentrality, _decimal(row["degree_centrality"])))
        derived.add((actor, DIP.betweenness, _decimal(row["betweenness"])))
    for row in brokers(network):
        actor = URIRef(row["actor_iri"])
        derived.add((actor, RDF.type, DIP.Broker))
        for country in row["bridge_iris"]:
            derived.add((actor, DIP.bridges, URIRef(country)))
    for row in country_dyads(network):
        dyad = DIPR[f"dyad/{_segment(row['country_iri'])}--{_segment(row['other_iri'])}"]
        derived.add((dyad, RDF.type, DIP.Dyad))
        derived.add((dyad, RDFS.label, Literal(f"{row['country']} \u2013 {row['other']}")))
        derived.add((dyad, DIP.dyadMember, URIRef(row["country_iri"])))
        derived.add((dyad, DIP.dyadMember, URIRef(row["other_iri"])))
        derived.add((dyad, DIP.interactionCount, Literal(row["interactions"], datatype=XSD.integer)))
        for quad, prop in QUAD_PROPERTIES.items():
            count = row[QUAD_NAMES[quad].replace(" ", "_")]
            derived.add((dyad, prop, Literal(count, datatype=XSD.integer)))
        derived.add((dyad, DIP.goldsteinSum, _decimal(row["goldstein"])))
    for row in communities(network):
        digest = hashlib.sha256("\n".join(sorted(row["member_iris"])).encode()).hexdigest()[:16]
        community = DIPR[f"community/{digest}"]
        derived.add((community, RDF.type, DIP.Community))
        derived.add((community, RDFS.label, Literal(f"Community of {', '.join(row['members'][:3])}"
                                                    + (" and others" if row["size"] > 3 else ""))))
        for member in row["member_iris"]:
            derived.add((URIRef(member), DIP.inCommunity, community))
    return derived


def remove_derived(graph: Graph) -> None:
    """Remove from a graph everything a previous `kg relations --write` derived."""
    for cls in DERIVED_CLASSES:
        for node in list(graph.subjects(RDF.type, cls)):
            if cls == DIP.Broker:
                graph.remove((node, RDF.type, cls))
            else:
                graph.remove((node, None, None))
    for prop in DERIVED_PROPERTIES:
        graph.remove((None, prop, None))


def write_derived(graph: Graph) -> Graph:
    """Replace a graph's derived relations by freshly computed ones; return what was added."""
    remove_derived(graph)
    derived = derived_triples(graph)
    graph += derived
    return derived
