"""Namespaces and ontology terms of the data contract, as rdflib constants matching ontology/dipkg.ttl."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

DIP = Namespace("https://w3id.org/dipkg/onto#")
CAMEO = Namespace("https://w3id.org/dipkg/cameo/")
DIPR = Namespace("https://w3id.org/dipkg/id/")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES = {
    "dip": DIP,
    "cameo": CAMEO,
    "dipr": DIPR,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "xsd": XSD,
    "prov": PROV,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "schema": SCHEMA,
    "org": ORG,
}

ACTOR_CLASSES = {
    "Person": DIP.Person,
    "Country": DIP.Country,
    "Organization": DIP.Organization,
    "Location": DIP.Location,
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def bind_prefixes(graph) -> None:
    """Bind the contract's prefixes on an rdflib graph so Turtle output reads as the contract does."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
