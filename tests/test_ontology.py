"""The ontology files implement the data contract: cameo.ttl matches cameo.tsv, terms are declared, shapes judge."""

from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from kg.documents import Document
from kg.extraction import Actor, Extraction, Interaction
from kg.rdf import extraction_graph, mint_interaction_iri
from kg.validate import conforms
from kg.vocab import CAMEO, DIP

REPO = Path(__file__).resolve().parent.parent
ONTOLOGY = REPO / "ontology"
SHARED = REPO.parent / "shared"
CAMEO_TSV = SHARED / "data" / "cameo.tsv"
CONTRACT = SHARED / "CONTRACT.md"
SCHEME = CAMEO["scheme"]
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # open namespace: pytest collection trips rdflib's closed XSD
needs_shared = pytest.mark.skipif(not CAMEO_TSV.exists(), reason=f"shared data not checked out: {CAMEO_TSV} absent")


@pytest.fixture(scope="module")
def onto() -> Graph:
    graph = Graph().parse(ONTOLOGY / "dipkg.ttl", format="turtle")
    if (ONTOLOGY / "relations.ttl").exists():  # the derived relations' terms extend the ontology
        graph.parse(ONTOLOGY / "relations.ttl", format="turtle")
    return graph


@pytest.fixture(scope="module")
def cameo() -> Graph:
    return Graph().parse(ONTOLOGY / "cameo.ttl", format="turtle")


def tsv_rows() -> list[dict[str, str]]:
    with open(CAMEO_TSV, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#") and line.strip()]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# (a) cameo.ttl is generated


def run_generator(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, str(REPO / "scripts" / "generate_cameo.py"), *args], capture_output=True)


@needs_shared
def test_regenerating_cameo_gives_the_committed_file(tmp_path: Path) -> None:
    out = tmp_path / "cameo.ttl"
    assert run_generator(str(CAMEO_TSV), "--out", str(out)).returncode == 0
    assert out.read_bytes() == (ONTOLOGY / "cameo.ttl").read_bytes(), "run scripts/generate_cameo.py and commit"


def test_generator_rejects_a_code_without_parent(tmp_path: Path) -> None:
    tsv = tmp_path / "cameo.tsv"
    header = "code\troot\tlabel\tgoldstein\tquad_class\tplover\tplover_mode\n"
    tsv.write_text(header + "04\t04\tConsult\t1.0\t1\tCONSULT\t\n0411\t04\tOrphan\t1.0\t1\t\t\n", encoding="utf-8")
    done = run_generator(str(tsv), "--out", str(tmp_path / "out.ttl"))
    assert done.returncode == 1 and b"no parent" in done.stderr
    assert not (tmp_path / "out.ttl").exists()


# (b) every dip: term in use is declared


def dip_terms_used_in_code() -> set[str]:
    names: set[str] = set()
    for path in sorted((REPO / "kg").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"\bDIP\.([A-Za-z_]\w*)", text))
        names |= set(re.findall(r"\bDIP\[\s*[\"']([A-Za-z_]\w*)[\"']\s*\]", text))
    return names


def test_code_uses_some_dip_terms() -> None:
    assert {"Interaction", "actor", "cameo", "actionType", "evidence"} <= dip_terms_used_in_code()


@pytest.mark.parametrize("name", sorted(dip_terms_used_in_code()))
def test_dip_term_used_in_code_is_declared_with_label_and_comment(onto: Graph, name: str) -> None:
    term = DIP[name]
    assert set(onto.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, name
    assert onto.value(term, RDFS.label) is not None, f"dip:{name} has no rdfs:label"
    assert onto.value(term, RDFS.comment) is not None, f"dip:{name} has no rdfs:comment"


@pytest.mark.skipif(not CONTRACT.exists(), reason=f"shared contract not checked out: {CONTRACT} absent")
def test_every_dip_term_of_the_contract_is_declared(onto: Graph) -> None:
    names = set(re.findall(r"`dip:([A-Za-z_]\w*)`", CONTRACT.read_text(encoding="utf-8")))
    assert len(names) > 15
    missing = sorted(n for n in names if (DIP[n], RDF.type, None) not in onto)
    assert not missing, f"contract terms not declared in dipkg.ttl: {missing}"


def test_every_defined_term_has_label_and_comment_and_properties_domain_and_range(onto: Graph) -> None:
    terms = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(DIP))}
    assert DIP.plover in terms and DIP.Actor in terms
    for term in terms:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, RDFS.comment) is not None, term
        types = set(onto.objects(term, RDF.type))
        if types & {OWL.ObjectProperty, OWL.DatatypeProperty}:
            assert onto.value(term, RDFS.domain) is not None, term
            assert onto.value(term, RDFS.range) is not None, term
    assert (onto.value(None, RDF.type, OWL.Ontology), OWL.versionInfo, None) in onto


@pytest.mark.parametrize(
    ("name", "kind", "range_"),
    [
        ("affiliatedWith", OWL.ObjectProperty, None),
        ("title", OWL.DatatypeProperty, XSD.string),
        ("iso3", OWL.DatatypeProperty, XSD.string),
        ("actor", OWL.ObjectProperty, DIP.Actor),
        ("target", OWL.ObjectProperty, None),
        ("cameo", OWL.DatatypeProperty, XSD.string),
        ("actionType", OWL.ObjectProperty, SKOS.Concept),
        ("date", OWL.DatatypeProperty, XSD.date),
        ("evidence", OWL.DatatypeProperty, XSD.string),
        ("quote", OWL.DatatypeProperty, XSD.string),
        ("modality", OWL.DatatypeProperty, XSD.string),
        ("spokeWith", OWL.SymmetricProperty, DIP.Actor),
        ("goldstein", OWL.DatatypeProperty, XSD.decimal),
        ("quadClass", OWL.DatatypeProperty, XSD.integer),
        ("plover", OWL.DatatypeProperty, XSD.string),
    ],
)
def test_property_kind_and_range(onto: Graph, name: str, kind: URIRef, range_: URIRef | None) -> None:
    assert (DIP[name], RDF.type, kind) in onto
    if range_ is not None:
        assert onto.value(DIP[name], RDFS.range) == range_


def test_targets_are_actors_or_places_under_attack(onto: Graph) -> None:
    union = onto.value(onto.value(DIP.target, RDFS.range), OWL.unionOf)
    assert set(Collection(onto, union)) == {DIP.Actor, DIP.Location}


def test_class_hierarchy_aligns_with_reused_vocabularies(onto: Graph) -> None:
    foaf, schema, org = "http://xmlns.com/foaf/0.1/", "http://schema.org/", "http://www.w3.org/ns/org#"
    expected = {
        DIP.Person: {DIP.Actor, URIRef(foaf + "Person")},
        DIP.Country: {DIP.Actor, URIRef(schema + "Country")},
        DIP.Organization: {DIP.Actor, URIRef(org + "Organization")},
        DIP.Location: {URIRef(schema + "Place")},
        DIP.Interaction: {PROV.Activity},
        DIP.Document: {PROV.Entity},
    }
    for cls, supers in expected.items():
        assert supers <= set(onto.objects(cls, RDFS.subClassOf)), cls


# (c) cameo.ttl has every code


@needs_shared
def test_every_cameo_code_is_a_concept_with_its_values(cameo: Graph) -> None:
    rows = tsv_rows()
    assert len(rows) > 300
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in cameo
    assert len(set(cameo.subjects(RDF.type, SKOS.Concept))) == len(rows)
    for row in rows:
        code = row["code"]
        concept = CAMEO[code]
        assert (concept, RDF.type, SKOS.Concept) in cameo, code
        assert (concept, SKOS.inScheme, SCHEME) in cameo, code
        assert list(cameo.objects(concept, SKOS.notation)) == [Literal(code)], code
        assert list(cameo.objects(concept, SKOS.prefLabel)) == [Literal(row["label"], lang="en")], code
        (goldstein,) = cameo.objects(concept, DIP.goldstein)
        assert goldstein.datatype == XSD.decimal and float(goldstein) == float(row["goldstein"]), code
        (quad,) = cameo.objects(concept, DIP.quadClass)
        assert quad.datatype == XSD.integer and int(quad) == int(row["quad_class"]) and 1 <= int(quad) <= 4, code
        plover = [str(p) for p in cameo.objects(concept, DIP.plover)]
        assert plover == ([row["plover"]] if row["plover"] else []), code
        broader = list(cameo.objects(concept, SKOS.broader))
        if len(code) == 2:
            assert broader == [] and (concept, SKOS.topConceptOf, SCHEME) in cameo, code
        else:
            parent = code[:2] if len(code) == 3 else code[:3]
            assert broader == [CAMEO[parent]], code
            assert (concept, SKOS.topConceptOf, None) not in cameo, code


# (d), (e) SHACL shapes


def make_extraction(**interaction_changes: object) -> Extraction:
    document = Document(
        id="wire-2025-03-04.txt",
        text="US Secretary of State Marco Rubio spoke by phone with Indian External Affairs Minister S. Jaishankar.",
        title="Rubio calls Jaishankar",
        published=dt.date(2025, 3, 4),
        url="https://example.org/news/rubio-jaishankar",
    )
    actors = {
        "rubio": Actor(
            "rubio",
            "Person",
            "Marco Rubio",
            aliases={"Rubio", "Secretary of State Marco Rubio"},
            titles=["Secretary of State"],
            affiliations=["us"],
        ),
        "jaishankar": Actor(
            "jaishankar",
            "Person",
            "S. Jaishankar",
            aliases={"Jaishankar"},
            titles=["External Affairs Minister"],
            affiliations=["in"],
        ),
        "us": Actor("us", "Country", "United States", {"US"}, iso3="USA", mentioned=False),
        "in": Actor("in", "Country", "India", {"New Delhi"}, iso3="IND", wikidata="Q668"),
        "mea": Actor("mea", "Organization", "Ministry of External Affairs", affiliations=["in"]),
        "delhi": Actor("delhi", "Location", "New Delhi"),
    }
    fields: dict[str, object] = {
        "actor": "rubio",
        "cameo": "041",
        "evidence": document.text,
        "targets": ["jaishankar"],
        "date": dt.date(2025, 3, 3),
        "quotes": ["We discussed trade and security."],
    }
    fields.update(interaction_changes)
    return Extraction(document, actors, [Interaction(**fields)])  # type: ignore[arg-type]


def interaction_iri(extraction: Extraction) -> URIRef:
    return mint_interaction_iri(extraction.document, 0)


def test_graph_built_from_an_extraction_conforms() -> None:
    graph = extraction_graph(make_extraction())
    ok, report = conforms(graph)
    assert ok, report


def test_negated_interaction_with_root_code_and_no_target_conforms() -> None:
    graph = extraction_graph(make_extraction(cameo="04", targets=[], date=None, quotes=[], modality="negated"))
    ok, report = conforms(graph)
    assert ok, report


def test_conforms_does_not_change_the_graph() -> None:
    graph = extraction_graph(make_extraction())
    before = len(graph)
    conforms(graph)
    assert len(graph) == before


def _second_actor(graph: Graph, it: URIRef) -> None:
    graph.add((it, DIP.actor, next(graph.subjects(DIP.iso3, Literal("IND")))))


def _no_evidence(graph: Graph, it: URIRef) -> None:
    graph.remove((it, DIP.evidence, None))


def _no_provenance(graph: Graph, it: URIRef) -> None:
    graph.remove((it, PROV.wasDerivedFrom, None))


def _mismatched_action_type(graph: Graph, it: URIRef) -> None:
    graph.set((it, DIP.actionType, CAMEO["042"]))


def _unknown_code(graph: Graph, it: URIRef) -> None:
    graph.set((it, DIP.cameo, Literal("0499")))
    graph.set((it, DIP.actionType, CAMEO["0499"]))


def _bad_modality(graph: Graph, it: URIRef) -> None:
    graph.add((it, DIP.modality, Literal("rumoured")))


def _two_dates(graph: Graph, it: URIRef) -> None:
    graph.add((it, DIP.date, Literal(dt.date(2025, 3, 2))))


def _lower_case_iso3(graph: Graph, it: URIRef) -> None:
    country = next(graph.subjects(DIP.iso3, Literal("IND")))
    graph.set((country, DIP.iso3, Literal("ind")))


def _second_label(graph: Graph, it: URIRef) -> None:
    person = graph.value(it, DIP.actor)
    graph.add((person, RDFS.label, Literal("Secretary Rubio")))


def _affiliated_with_a_person(graph: Graph, it: URIRef) -> None:
    graph.add((graph.value(it, DIP.actor), DIP.affiliatedWith, graph.value(it, DIP.target)))


def _document_without_identifier(graph: Graph, it: URIRef) -> None:
    graph.remove((graph.value(it, PROV.wasDerivedFrom), URIRef("http://purl.org/dc/terms/identifier"), None))


BREAKAGES = [  # a change that breaks the contract, and a fragment of the message that must report it
    (_second_actor, "exactly one dip:actor"),
    (_no_evidence, "exactly one dip:evidence"),
    (_no_provenance, "prov:wasDerivedFrom"),
    (_mismatched_action_type, "dip:actionType is the cameo: concept"),
    (_unknown_code, "concept of the cameo: scheme"),
    (_bad_modality, "dip:modality"),
    (_two_dates, "at most one dip:date"),
    (_lower_case_iso3, "dip:iso3"),
    (_second_label, "exactly one rdfs:label"),
    (_affiliated_with_a_person, "dip:affiliatedWith"),
    (_document_without_identifier, "dcterms:identifier"),
]


@pytest.mark.parametrize(("breakage", "message"), BREAKAGES, ids=[b.__name__.strip("_") for b, _ in BREAKAGES])
def test_graph_breaking_the_contract_does_not_conform(breakage: Callable[[Graph, URIRef], None], message: str) -> None:
    extraction = make_extraction()
    graph = extraction_graph(extraction)
    breakage(graph, interaction_iri(extraction))
    ok, report = conforms(graph)
    assert not ok, f"{breakage.__name__} was not caught"
    assert message in report, report
