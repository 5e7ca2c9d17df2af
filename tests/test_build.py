"""End to end on the seed article: `kg build seeds` gives the facts a reader of the article knows."""

from pathlib import Path

import pytest
from rdflib import Graph

from kg.vocab import SPARQL_PREFIXES

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> Graph:
    from kg.build import build

    out = tmp_path_factory.mktemp("out")
    report = build([SEEDS], out)
    assert report.documents == 1 and not report.problems
    assert (out / "graph.html").read_text(encoding="utf-8").strip()
    return Graph().parse(out / "graph.ttl", format="turtle")


def ask(graph: Graph, where: str) -> bool:
    return bool(graph.query(SPARQL_PREFIXES + "ASK { " + where + " }").askAnswer)


def test_rubio_spoke_with_jaishankar_and_with_sharif(seed_graph):
    for other in ("S Jaishankar", "Shehbaz Sharif"):
        assert ask(seed_graph, f'?r rdfs:label "Marco Rubio" ; dip:spokeWith ?o . ?o rdfs:label "{other}" .')


def test_trump_urged_india_and_pakistan(seed_graph):
    for target in ("India", "Pakistan"):
        assert ask(seed_graph, f"""?i dip:actor ?t ; dip:target ?c ; dip:cameo ?code .
                   ?t rdfs:label "Donald Trump" . ?c rdfs:label "{target}" .
                   FILTER(STRSTARTS(?code, "02")) FILTER NOT EXISTS {{ ?i dip:modality ?m }}""")


def test_india_struck_pakistan(seed_graph):
    assert ask(seed_graph, """?i dip:actor ?a ; dip:target ?b ; dip:cameo ?code .
               ?a rdfs:label "India" . ?b rdfs:label "Pakistan" . FILTER(STRSTARTS(?code, "19"))""")


def test_jaishankar_acts_for_india_and_rubio_is_secretary_of_state(seed_graph):
    assert ask(seed_graph, '?p rdfs:label "S Jaishankar" ; dip:affiliatedWith ?c . ?c dip:iso3 "IND" .')
    assert ask(seed_graph, '?p rdfs:label "Marco Rubio" ; dip:title "Secretary of State" .')


def test_every_interaction_keeps_its_evidence_and_document(seed_graph):
    assert ask(seed_graph, "?i a dip:Interaction")
    unsupported = "?i a dip:Interaction . FILTER NOT EXISTS { ?i dip:evidence ?e ; prov:wasDerivedFrom ?d }"
    assert not ask(seed_graph, unsupported)


def test_output_conforms_to_the_shapes(seed_graph):
    pytest.importorskip("pyshacl")
    from kg.validate import conforms

    ok, report = conforms(seed_graph)
    assert ok, report


def test_an_upgraded_pipeline_reads_stored_articles_again(tmp_path, monkeypatch):
    from kg import nlp as nlp_module
    from kg.build import build

    first = build([SEEDS], tmp_path)
    again = build([SEEDS], tmp_path)
    assert first.documents == 1 and again.unchanged == 1
    monkeypatch.setattr(nlp_module, "pipeline_version", lambda nlp: "an-upgrade")
    upgraded = build([SEEDS], tmp_path)
    assert upgraded.replaced == 1 and upgraded.stored == 1


def test_a_document_the_pipeline_fails_on_is_reported_and_the_others_go_through(tmp_path, monkeypatch):
    from kg.actors import ActorRecognizer
    from kg.build import build

    recognize = ActorRecognizer.__call__

    def failing_on_one(self, doc):
        if "Ruritania" in doc.text:
            raise KeyError("org:ruritania")
        return recognize(self, doc)

    monkeypatch.setattr(ActorRecognizer, "__call__", failing_on_one)
    (tmp_path / "bad.txt").write_text("Ruritania protested to Grand Fenwick.", encoding="utf-8")
    report = build([SEEDS, tmp_path / "bad.txt"], tmp_path / "out")
    assert report.documents == 1 and report.stored == 1
    assert [p.source for p in report.problems] == [str(tmp_path / "bad.txt")]
    assert "could not be analysed (KeyError" in report.problems[0].problem
