"""RDF under the contract: stable IRIs minted from type and name, no blank nodes, provenance to the document."""

import datetime as dt

from rdflib import BNode, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.documents import Document
from kg.extraction import Actor, Extraction, Interaction
from kg.rdf import extraction_graph, mint_actor_iri, mint_document_iri, mint_interaction_iri, slug
from kg.vocab import CAMEO, DIP, DIPR


def sample() -> Extraction:
    doc = Document(id="seed.json", text="Rubio spoke with Jaishankar.", published=dt.date(2025, 5, 9))
    actors = {
        "c": Actor("c", "Country", "India", {"New Delhi"}, iso3="IND", wikidata="Q668"),
        "u": Actor("u", "Country", "United States", iso3="USA"),
        "r": Actor("r", "Person", "Marco Rubio", {"Rubio"}, ["Secretary of State"], ["u"]),
        "j": Actor("j", "Person", "S Jaishankar", {"Jaishankar"}, affiliations=["c"]),
        "w": Actor("w", "Organization", "White House", wikidata="Q35525", affiliations=["u"]),
    }
    it = Interaction("r", "041", "Rubio spoke with Jaishankar.", ["j"], dt.date(2025, 5, 8), ["We talked."])
    return Extraction(doc, actors, [it])


def test_countries_are_minted_from_iso3_and_bodies_from_wikidata():
    ex = sample()
    assert mint_actor_iri(ex.actors["c"], ex.actors) == DIPR["country/IND"]
    assert mint_actor_iri(ex.actors["w"], ex.actors) == DIPR["organization/Q35525"]


def test_people_are_minted_from_name_and_state():
    ex = sample()
    assert mint_actor_iri(ex.actors["r"], ex.actors) == DIPR["person/marco-rubio--usa"]
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


def test_document_and_interaction_iris_are_stable_and_change_with_the_text():
    ex = sample()
    assert mint_document_iri(ex.document) == DIPR["doc/seed.json"]
    first = mint_interaction_iri(ex.document, 0)
    assert first == mint_interaction_iri(sample().document, 0)
    edited = Document(id="seed.json", text="Rubio met Jaishankar.", published=dt.date(2025, 5, 9))
    assert mint_interaction_iri(edited, 0) != first


def test_graph_states_the_contract_properties_without_blank_nodes():
    graph = extraction_graph(sample())
    assert not any(isinstance(term, BNode) for triple in graph for term in triple)
    rubio, india = DIPR["person/marco-rubio--usa"], DIPR["country/IND"]
    it = mint_interaction_iri(sample().document, 0)
    assert (rubio, RDFS.label, Literal("Marco Rubio")) in graph
    assert (rubio, SKOS.altLabel, Literal("Rubio")) in graph
    assert (rubio, DIP.title, Literal("Secretary of State")) in graph
    assert (india, DIP.iso3, Literal("IND")) in graph
    assert (it, DIP.cameo, Literal("041")) in graph
    assert (it, DIP.actionType, CAMEO["041"]) in graph
    assert (it, DIP.date, Literal(dt.date(2025, 5, 8), datatype=XSD.date)) in graph
    assert (it, DIP.quote, Literal("We talked.")) in graph
    assert (it, PROV.wasDerivedFrom, DIPR["doc/seed.json"]) in graph
    assert (rubio, PROV.wasDerivedFrom, DIPR["doc/seed.json"]) in graph
    assert (DIPR["doc/seed.json"], RDF.type, DIP.Document) in graph


def test_a_non_asserted_act_carries_its_modality():
    ex = sample()
    ex.interactions[0].modality = "future"
    graph = extraction_graph(ex)
    assert (mint_interaction_iri(ex.document, 0), DIP.modality, Literal("future")) in graph
