"""Relations computed from hand-built graphs: spoke-with, dyads, centrality, brokers, communities, filters."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from kg_graphs import GraphMaker, mediation_graph
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.cli import main
from kg.relations import (
    Filters,
    analysis,
    brokers,
    cameo_code,
    centrality,
    communities,
    country_dyads,
    derived_triples,
    interaction_network,
    spoke_with_network,
    spoke_with_projection,
    spoke_with_rows,
    write_derived,
)
from kg.resources import ontology_file
from kg.tables import format_rows
from kg.vocab import DIP


def labels(network, nodes) -> set[str]:
    return {network.nodes[n]["label"] for n in nodes}


def test_interaction_network_has_one_edge_per_asserted_interaction_and_target():
    m, a = mediation_graph()
    network = interaction_network(m.graph)
    # 2 consultations, Trump's appeal to two targets, a strike, a condemnation; the hypothetical meeting is left out
    assert network.number_of_edges() == 6
    assert len(network) == 8
    strike = next(d for u, v, d in network.edges(data=True) if d["code"] == "190")
    assert (strike["root"], strike["quad"], strike["goldstein"]) == ("19", 4, -10.0)
    assert strike["action"] == "Use conventional military force"
    assert strike["evidence"] == "India struck nine sites in Pakistan."
    assert strike["date"] == dt.date(2025, 5, 7)
    assert strike["document_title"] == "Trump urges India and Pakistan to de-escalate"


def test_modal_interactions_are_not_facts():
    m, a = mediation_graph()
    network = interaction_network(m.graph)
    assert not network.has_edge(a["jaishankar"], a["sharif"])
    assert not spoke_with_network(m.graph).has_edge(a["jaishankar"], a["sharif"])
    m2 = GraphMaker()
    ind, pak = m2.country("IND", "India"), m2.country("PAK", "Pakistan")
    for modality in ("negated", "hypothetical", "future", "hoped"):
        m2.act(ind, "190", pak, modality=modality)
    assert interaction_network(m2.graph).number_of_edges() == 0
    assert country_dyads(interaction_network(m2.graph)) == []


def test_actors_carry_class_country_and_names():
    m, a = mediation_graph()
    node = interaction_network(m.graph).nodes[a["jaishankar"]]
    assert node["cls"] == "Person"
    assert node["country"] == a["IND"]  # through the ministry
    assert node["country_label"] == "India"
    assert node["aliases"] == ["Jaishankar"]


def test_spoke_with_is_undirected_and_counts_contacts():
    m = GraphMaker()
    x, y = m.person("Ann Example"), m.person("Bo Example")
    m.act(x, "040", y)
    m.act(y, "042", x)
    m.act(x, "190", y)  # not a consultation
    contacts = spoke_with_projection(interaction_network(m.graph))
    assert contacts[x][y]["weight"] == 2
    assert spoke_with_rows(interaction_network(m.graph))[0]["contacts"] == 2


def test_spoke_with_projection_matches_the_network_build_materializes():
    m, _ = mediation_graph()
    projected = spoke_with_projection(interaction_network(m.graph))
    built = spoke_with_network(m.graph)
    assert {frozenset(e) for e in projected.edges()} == {frozenset(e) for e in built.edges()}


def test_broker_joins_contacts_that_never_spoke_to_each_other():
    m, a = mediation_graph()
    network = interaction_network(m.graph)
    rows = brokers(network)
    assert [r["actor"] for r in rows] == ["Marco Rubio"]
    assert rows[0]["groups"] == [["S Jaishankar"], ["Shehbaz Sharif"]]
    assert rows[0]["bridges"] == ["India", "Pakistan"]
    assert rows[0]["betweenness"] == 1.0


def test_no_broker_when_the_sides_also_spoke_directly():
    m, a = mediation_graph()
    m.act(a["jaishankar"], "040", a["sharif"], evidence="Jaishankar called Sharif.")
    assert brokers(interaction_network(m.graph)) == []


def test_dyads_roll_people_and_bodies_up_to_their_states():
    m, a = mediation_graph()
    dyads = {(r["country"], r["other"]): r for r in country_dyads(interaction_network(m.graph))}
    assert set(dyads) == {("India", "Pakistan"), ("India", "United States"), ("Pakistan", "United States")}
    ind_pak = dyads[("India", "Pakistan")]
    assert ind_pak["interactions"] == 2
    assert (ind_pak["verbal_conflict"], ind_pak["material_conflict"]) == (1, 1)
    assert ind_pak["goldstein"] == -12.0  # strike -10, condemnation -2
    usa_ind = dyads[("India", "United States")]
    assert usa_ind["interactions"] == 2  # Rubio-Jaishankar (via the ministry) and Trump's appeal
    assert usa_ind["verbal_cooperation"] == 2
    assert usa_ind["goldstein"] > 0


def test_dyads_are_sorted_most_conflictual_first_and_skip_stateless_or_domestic_pairs():
    m, a = mediation_graph()
    loner = m.person("Nobody Known")
    m.act(loner, "111", a["IND"])
    m.act(a["jaishankar"], "010", a["IND"])  # domestic
    rows = country_dyads(interaction_network(m.graph))
    assert (rows[0]["country"], rows[0]["other"]) == ("India", "Pakistan")
    assert all(r["country"] != r["other"] for r in rows)
    assert sum(r["interactions"] for r in rows) == 6


def test_centrality_ranks_the_go_between_first():
    m = GraphMaker()
    hub = m.person("Hub Person")
    spokes = [m.person(f"Spoke {i}") for i in range(4)]
    for s in spokes:
        m.act(hub, "040", s)
    rows = centrality(interaction_network(m.graph))
    assert rows[0]["actor"] == "Hub Person"
    assert rows[0]["counterparts"] == 4
    assert rows[0]["degree_centrality"] == 1.0
    assert rows[0]["betweenness"] == 1.0


def test_communities_separate_two_groups_joined_by_one_tie():
    m = GraphMaker()
    left = [m.person(f"Left {i}") for i in range(4)]
    right = [m.person(f"Right {i}") for i in range(4)]
    for group in (left, right):
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                m.act(x, "040", y)
    m.act(left[0], "111", right[0])
    found = [set(c["members"]) for c in communities(interaction_network(m.graph))]
    assert {f"Left {i}" for i in range(4)} in found
    assert {f"Right {i}" for i in range(4)} in found


def test_time_window_keeps_interactions_inside_it_and_falls_back_to_the_document_date():
    m, a = mediation_graph()
    m.act(a["trump"], "010", a["IND"], evidence="Undated statement.")  # document issued 2025-05-09
    window = interaction_network(m.graph, Filters(since=dt.date(2025, 5, 8), until=dt.date(2025, 5, 9)))
    assert sorted(d["code"] for _, _, d in window.edges(data=True)) == ["010", "0256", "0256", "040", "040"]
    assert interaction_network(m.graph, Filters(until=dt.date(2025, 5, 7))).number_of_edges() == 2


def test_country_filter_keeps_statements_of_that_states_actors():
    m, a = mediation_graph()
    m.act(a["sharif"], "010", evidence="Sharif said Pakistan would respond.")
    m.act(a["jaishankar"], "010", evidence="Jaishankar said India had acted.")
    network = interaction_network(m.graph, Filters(country="Pakistan"))
    assert [s["evidence"] for s in network.nodes[a["sharif"]]["statements"]] == ["Sharif said Pakistan would respond."]
    assert network.nodes[a["jaishankar"]]["statements"] == []


def test_interactions_without_any_date_are_left_out_of_a_time_window():
    m = GraphMaker(published=None)
    x, y = m.person("Ann Example"), m.person("Bo Example")
    m.act(x, "040", y)
    assert interaction_network(m.graph, Filters(since=dt.date(2000, 1, 1))).number_of_edges() == 0
    assert interaction_network(m.graph).number_of_edges() == 1


@pytest.mark.parametrize("country", ["PAK", "pak", "Pakistan", "https://w3id.org/dipkg/id/country/PAK"])
def test_country_filter_keeps_interactions_involving_that_state(country):
    m, a = mediation_graph()
    network = interaction_network(m.graph, Filters(country=country))
    # Rubio-Sharif, Trump's appeal to Pakistan (not the same appeal's edge to India), strike, condemnation
    assert network.number_of_edges() == 4
    assert network.has_edge(a["trump"], a["PAK"]) and not network.has_edge(a["trump"], a["IND"])
    assert not network.has_edge(a["rubio"], a["jaishankar"])


def test_root_filter_keeps_one_action_root():
    m, a = mediation_graph()
    network = interaction_network(m.graph, Filters(root="04"))
    assert {d["code"] for _, _, d in network.edges(data=True)} == {"040"}
    assert brokers(network)[0]["actor"] == "Marco Rubio"


def test_unknown_codes_fall_back_to_their_parent_then_their_root():
    from kg.relations import cameo_codes

    codes = cameo_codes(Graph())
    assert cameo_code(codes, "0409").label == codes["040"].label
    assert cameo_code({}, "1999").quad == 4
    assert cameo_code({}, "0999").goldstein is None


def test_derived_triples_are_idempotent_and_conform_to_the_relations_shapes():
    pyshacl = pytest.importorskip("pyshacl")
    m, a = mediation_graph()
    write_derived(m.graph)
    once = len(m.graph)
    write_derived(m.graph)
    assert len(m.graph) == once
    assert (a["rubio"], RDF.type, DIP.Broker) in m.graph
    assert set(m.graph.objects(a["rubio"], DIP.bridges)) == {a["IND"], a["PAK"]}
    dyad = next(d for d in m.graph.subjects(RDF.type, DIP.Dyad) if set(m.graph.objects(d, DIP.dyadMember))
                == {a["IND"], a["PAK"]})
    assert float(m.graph.value(dyad, DIP.goldsteinSum)) == -12.0
    data = Graph()
    for triple in m.graph:
        data.add(triple)
    for name in ("dipkg.ttl", "cameo.ttl", "relations.ttl"):
        data.parse(ontology_file(name), format="turtle")
    shapes = Graph().parse(ontology_file("relations-shapes.ttl"), format="turtle")
    ok, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert ok, text


def test_every_derived_term_is_declared_in_the_relations_ontology():
    m, _ = mediation_graph()
    ontology = Graph().parse(ontology_file("relations.ttl"), format="turtle")
    dipkg = Graph().parse(ontology_file("dipkg.ttl"), format="turtle")
    from rdflib.namespace import RDFS

    terms = {p for _, p, _ in derived_triples(m.graph) if str(p).startswith(str(DIP))}
    terms |= {o for _, p, o in derived_triples(m.graph) if p == RDF.type}
    for term in terms:
        declared = ontology if (term, RDFS.label, None) in ontology else dipkg
        assert (term, RDFS.label, None) in declared, term
        assert (term, RDFS.comment, None) in declared, term


def test_analysis_rejects_unknown_names():
    with pytest.raises(ValueError, match="unknown analysis"):
        analysis("nonsense", Graph())


def test_table_csv_and_json_print_the_same_rows():
    rows = [{"actor": "Marco Rubio", "groups": [["A", "B"], ["C"]], "actor_iri": "https://x/1"}]
    table = format_rows(rows, "table")
    assert "A; B | C" in table and "https://x/1" not in table
    assert format_rows(rows, "csv").splitlines()[0] == "actor,groups,actor_iri"
    assert json.loads(format_rows(rows, "json")) == rows
    assert format_rows([], "table") == "(no rows)\n"


@pytest.fixture
def graph_file(tmp_path):
    m, _ = mediation_graph()
    path = tmp_path / "graph.ttl"
    m.graph.serialize(path, format="turtle")
    return path


def test_cli_relations_prints_brokers_as_json(graph_file):
    result = CliRunner().invoke(main, ["relations", "brokers", "--graph", str(graph_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["actor"] == "Marco Rubio"


def test_cli_relations_filters_by_country_and_root(graph_file):
    result = CliRunner().invoke(main, ["relations", "interactions", "--graph", str(graph_file), "--format", "csv",
                                       "--country", "PAK", "--root", "19"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2 and "India struck nine sites" in lines[1]


def test_cli_relations_write_adds_derived_relations_to_the_graph_file(graph_file):
    result = CliRunner().invoke(main, ["relations", "dyads", "--graph", str(graph_file), "--write"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(graph_file, format="turtle")
    assert any(graph.subjects(RDF.type, DIP.Broker))
    assert len(list(graph.subjects(RDF.type, DIP.Dyad))) == 3


def test_cli_relations_write_refuses_filters(graph_file):
    result = CliRunner().invoke(main, ["relations", "dyads", "--graph", str(graph_file), "--write", "--root", "04"])
    assert result.exit_code == 2
    assert "whole graph" in result.output


def test_cli_relations_on_a_missing_graph_is_one_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["relations", "dyads", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2
    assert "no such graph" in result.output


@pytest.fixture
def store_dir(tmp_path):
    from kg.documents import Document
    from kg.store import Store

    m, _ = mediation_graph()
    with Store.open(tmp_path / "store", create=True) as store:
        store.add_graph(Document(id="doc-1", text="test"), m.graph)
    return tmp_path / "store"


def test_cli_relations_reads_and_writes_a_store(store_dir):
    from kg.store import Store

    result = CliRunner().invoke(main, ["relations", "brokers", "--store", str(store_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["actor"] == "Marco Rubio"
    result = CliRunner().invoke(main, ["relations", "dyads", "--store", str(store_dir), "--write"])
    assert result.exit_code == 0, result.output
    with Store.open(store_dir, read_only=True) as store:
        graph = store.to_rdflib()
    assert any(graph.subjects(RDF.type, DIP.Broker))
    assert len(list(graph.subjects(RDF.type, DIP.Dyad))) == 3


# ---------------------------------------------------------------- known facts of the seed article


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    from pathlib import Path

    from kg.build import build

    out = tmp_path_factory.mktemp("seed")
    build([Path(__file__).resolve().parent.parent / "seeds"], out)
    return Graph().parse(out / "graph.ttl", format="turtle")


@pytest.mark.model
def test_seed_rubio_is_a_broker_between_the_indian_and_pakistani_officials(seed_graph):
    network = interaction_network(seed_graph)
    rubio = next((r for r in brokers(network) if "Rubio" in r["actor"]), None)
    assert rubio is not None, [r["actor"] for r in brokers(network)]
    officials = [{network.nodes[URIRef(i)]["country_label"] for i in group
                  if network.nodes[URIRef(i)]["cls"] == "Person"} for group in rubio["group_iris"]]
    india = [i for i, countries in enumerate(officials) if "India" in countries]
    pakistan = [i for i, countries in enumerate(officials) if "Pakistan" in countries]
    assert india and pakistan and set(india).isdisjoint(pakistan), rubio["groups"]


@pytest.mark.model
def test_seed_india_pakistan_dyad_is_conflictual(seed_graph):
    dyads = {frozenset((r["country"], r["other"])): r for r in country_dyads(interaction_network(seed_graph))}
    india_pakistan = dyads[frozenset(("India", "Pakistan"))]
    assert india_pakistan["goldstein"] < 0
    assert india_pakistan["material_conflict"] >= 1
