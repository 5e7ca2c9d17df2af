"""Relations between actors computed with NetworkX from the interactions in a graph."""

from __future__ import annotations

import networkx as nx
from rdflib import Graph, URIRef

from kg.vocab import DIP, SPARQL_PREFIXES

ASSERTED_CONSULTATIONS = SPARQL_PREFIXES + """
SELECT ?interaction ?actor ?target WHERE {
  ?interaction a dip:Interaction ; dip:actor ?actor ; dip:target ?target ; dip:cameo ?code .
  FILTER NOT EXISTS { ?interaction dip:modality ?m }
  FILTER(STRSTARTS(STR(?code), "04"))
}"""


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
