"""The persistent store: incremental ingest, one node per actor, safe bindings, exports, crash and concurrent use."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.build import graph_of, update_derived, write_outputs
from kg.cli import main
from kg.documents import Document
from kg.extraction import Actor, Extraction, Interaction
from kg.rdf import extraction_graph, mint_document_graph_iri
from kg.store import EXPORT_FORMATS, MARKER, ONTOLOGY_GRAPH, Store, StoreError, saved_queries
from kg.vocab import DIP, DIPR

TESTS_DIR = Path(__file__).resolve().parent
COUNTRIES = {"IND": "India", "PAK": "Pakistan", "USA": "United States"}
RUBIO = DIPR["person/marco-rubio--usa"]


def extraction(doc_id: str, text: str = "", partner: str = "IND", alias: str = "Rubio", visits: int = 2) -> Extraction:
    """A hand-built Extraction: Rubio (of the US) visits a partner state, which criticises the US; one hypothetical."""
    document = Document(id=doc_id, text=text or f"Text of {doc_id}.", title=f"Title of {doc_id}",
                        published=dt.date(2025, 5, 9), url=f"https://example.org/{doc_id}")
    actors = {
        "us": Actor("us", "Country", "United States", {"US", "Washington"}, iso3="USA"),
        "rubio": Actor("rubio", "Person", "Marco Rubio", {alias}, titles=["Secretary of State"], affiliations=["us"]),
        "p": Actor("p", "Country", COUNTRIES[partner], {f"{COUNTRIES[partner]} government"}, iso3=partner),
    }
    interactions = [
        Interaction("rubio", "042", f"Rubio visited {COUNTRIES[partner]} ({doc_id}, visit {i}).", ["p"],
                    date=dt.date(2025, 5, 1 + i))
        for i in range(visits)
    ]
    interactions.append(Interaction("p", "111", f'{doc_id}: "They said \\"no\\"",\nthen left \\ quietly.', ["us"],
                                    quotes=['They said "no"']))
    interactions.append(Interaction("us", "173", f"The US might arrest someone ({doc_id}).", ["p"],
                                    modality="hypothetical"))
    return Extraction(document, actors, interactions)


def triples_of(graph: Graph) -> set:
    return set(graph.triples((None, None, None)))


def data_quads(store: Store) -> list[str]:
    """The store's named graphs but the ontology (whose blank nodes differ from store to store) and its data triples."""
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    named = [str(q) for q in store.db if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != ontology]
    return sorted(named) + sorted(str(t) for t in store.triples())


def document_graph(store: Store, doc_id: str) -> set:
    return set(store.to_rdflib(doc_id))


def assert_whole(store: Store, interactions_per_document: int | None = None) -> None:
    """Every document graph is whole, each document id has one graph, and the union graph is their exact union."""
    ids = []
    for doc in store.documents():
        ids.append(doc.id)
        graph = store.to_rdflib(doc.id)
        docs = list(graph.subjects(DCTERMS.identifier, Literal(doc.id)))
        assert len(docs) == 1, doc.id
        assert (docs[0], RDF.type, DIP.Document) in graph
        interactions = list(graph.subjects(RDF.type, DIP.Interaction))
        if interactions_per_document is not None:
            assert len(interactions) == interactions_per_document, doc.id
        for it in interactions:
            for prop in (DIP.actor, DIP.evidence, DIP.cameo, DIP.actionType):
                assert len(list(graph.objects(it, prop))) == 1, (doc.id, it, prop)
            assert (it, PROV.wasDerivedFrom, docs[0]) in graph
    assert len(ids) == len(set(ids))
    named = {q.triple for q in store.db if isinstance(q.graph_name, ox.NamedNode)}
    default = {q.triple for q in store.db.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert default == named  # the default graph queries read is exactly the union of the named graphs


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "out" / "store"


@pytest.fixture
def store(store_path):
    with Store.open(store_path, create=True) as store:
        yield store


# --- incremental ingest -------------------------------------------------------------------------------------------


def test_reingesting_the_same_document_is_a_no_op(store):
    assert store.add(extraction("a")) == "added"
    quads, triples = len(store.db), store.triple_count()
    assert store.add(extraction("a")) == "unchanged"
    assert (len(store.db), store.triple_count()) == (quads, triples)


def test_reingest_in_a_new_session_is_a_no_op(store_path):
    with Store.open(store_path, create=True) as store:
        store.add(extraction("a"))
        quads = len(store.db)
    with Store.open(store_path) as store:
        assert store.has_version(extraction("a").document)
        assert store.add(extraction("a")) == "unchanged"
        assert len(store.db) == quads


def test_an_edited_document_replaces_only_its_own_graph(store):
    store.add(extraction("a", partner="IND"))
    store.add(extraction("b", partner="PAK"))
    b_before = document_graph(store, "b")
    old_graph = URIRef(str(mint_document_graph_iri(extraction("a").document)))

    assert store.add(extraction("a", text="Edited text.", partner="PAK")) == "replaced"

    assert document_graph(store, "b") == b_before
    assert [d.id for d in store.documents()] == ["a", "b"]
    assert not store.db.contains_named_graph(ox.NamedNode(str(old_graph)))
    union = store.to_rdflib()
    assert (DIPR["country/IND"], RDFS.label, Literal("India")) not in union  # only the old version named India
    assert (DIPR["country/PAK"], RDFS.label, Literal("Pakistan")) in union
    assert_whole(store, interactions_per_document=4)


def test_remove_drops_one_document_and_keeps_what_others_share(store):
    store.add(extraction("a", partner="IND"))
    store.add(extraction("b", partner="PAK"))
    assert store.remove("a") is True
    assert store.remove("a") is False
    assert [d.id for d in store.documents()] == ["b"]
    union = store.to_rdflib()
    assert set(union) == document_graph(store, "b")
    assert (RUBIO, RDFS.label, Literal("Marco Rubio")) in union
    assert (DIPR["country/IND"], None, None) not in union


def test_one_by_one_ingest_equals_all_at_once_and_the_in_memory_build(tmp_path):
    docs = [extraction("a", partner="IND"), extraction("b", partner="PAK", alias="Secretary Rubio"),
            extraction("c", partner="PAK", visits=3)]
    for doc in docs:
        with Store.open(tmp_path / "one", create=True) as store:
            store.add(doc)
            update_derived(store)
    with Store.open(tmp_path / "all", create=True) as store:
        for doc in docs:
            store.add(doc)
        update_derived(store)

    def dump(name):
        with Store.open(tmp_path / name, read_only=True) as store:
            return data_quads(store), store.to_rdflib()

    one, one_graph = dump("one")
    everything, all_graph = dump("all")
    assert one == everything
    assert triples_of(all_graph) == triples_of(graph_of(docs))
    assert (RUBIO, DIP.spokeWith, DIPR["country/PAK"]) in all_graph


def test_the_same_actor_in_two_documents_is_one_node_with_the_aliases_of_both(store):
    store.add(extraction("a", alias="Rubio"))
    store.add(extraction("b", alias="Secretary Rubio"))
    rows = list(store.query("SELECT ?actor ?name WHERE { ?actor rdfs:label ?name }", {"name": "Marco Rubio"}))
    assert rows == [(RUBIO, Literal("Marco Rubio"))]  # one row: the union holds a triple once, however many documents
    aliases = {row[1] for row in store.query("SELECT ?p ?a WHERE { ?p skos:altLabel ?a }", {"p": RUBIO})}
    assert {Literal("Rubio"), Literal("Secretary Rubio")} <= aliases
    usa = list(store.query("SELECT ?c ?iso WHERE { ?c dip:iso3 ?iso }", {"iso": "USA"}))
    assert usa == [(DIPR["country/USA"], Literal("USA"))]
    sources = set(store.to_rdflib().objects(RUBIO, PROV.wasDerivedFrom))
    assert sources == {DIPR["doc/a"], DIPR["doc/b"]}


# --- queries --------------------------------------------------------------------------------------------------------


def test_bound_values_are_literals_never_query_text(store):
    store.add(extraction("a"))
    quads = len(store.db)
    nasty = '" } ; DROP ALL ; INSERT DATA { <x:a> <x:b> "c" } #'
    rows = list(store.query("SELECT ?actor ?name WHERE { ?actor rdfs:label ?name }", {"name": nasty}))
    assert rows == []
    assert len(store.db) == quads
    rows = list(store.query("SELECT ?name WHERE { ?actor rdfs:label ?name }", {"?name": "Marco Rubio"}))
    assert rows == [(Literal("Marco Rubio"),)]


def test_bindings_take_typed_values_and_iris(store):
    store.add(extraction("a"))
    rows = list(store.query("SELECT ?i ?d WHERE { ?i dip:date ?d }", {"d": dt.date(2025, 5, 1)}))
    assert len(rows) == 1
    rows = list(store.query("SELECT ?a ?l WHERE { ?a rdfs:label ?l }", {"a": RUBIO}))
    assert rows == [(RUBIO, Literal("Marco Rubio"))]


def test_ask_construct_and_result_formats(store):
    store.add(extraction("a"))
    assert bool(store.query("ASK { ?a dip:iso3 'USA' }")) is True
    assert bool(store.query("ASK { ?a dip:iso3 'FRA' }")) is False
    graph = store.query("CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a dip:Country ; rdfs:label ?l }").graph()
    assert set(graph.objects(None, RDFS.label)) == {Literal("India"), Literal("United States")}
    select = "SELECT ?name WHERE { ?a a dip:Country ; rdfs:label ?name } ORDER BY ?name"
    assert store.query(select).serialize("csv").splitlines() == ["name", "India", "United States"]
    assert store.query(select).serialize("tsv").splitlines() == ["?name", '"India"', '"United States"']
    data = json.loads(store.query(select).serialize("json"))
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["India", "United States"]
    table = store.query(select).serialize("table")
    assert table.splitlines()[0] == "name" and "(2 rows)" in table
    with pytest.raises(StoreError, match="ttl"):
        store.query("CONSTRUCT WHERE { ?a dip:iso3 ?c }").serialize("csv")


def test_query_errors_are_one_line(store):
    with pytest.raises(StoreError) as error:
        store.query("SELECT ?x WHERE {")
    assert "\n" not in str(error.value)
    with pytest.raises(StoreError, match="update"):
        store.query("INSERT DATA { <x:a> <x:b> <x:c> }")


def test_saved_queries_run_and_read_cameo_from_the_ontology(store):
    store.add(extraction("a", partner="IND"))
    store.add(extraction("b", partner="PAK"))
    update_derived(store)
    assert set(saved_queries()) >= {"spoke-with", "consultations", "interactions-of", "dyads", "timeline"}
    spoke = list(store.query(saved_queries()["spoke-with"].text))
    assert {frozenset((r[1].value, r[3].value)) for r in spoke} == {frozenset(("Marco Rubio", "India")),
                                                                    frozenset(("Marco Rubio", "Pakistan"))}
    counted = list(store.query(saved_queries()["consultations"].text))
    assert {(r[1].value, r[3].value, r[4].value) for r in counted} == {("Marco Rubio", "India", 2),
                                                                       ("Marco Rubio", "Pakistan", 2)}
    rows = list(store.query(saved_queries()["interactions-of"].text, {"actor": "secretary of state marco rubio"}))
    assert rows == []  # not an alias
    rows = list(store.query(saved_queries()["interactions-of"].text, {"actor": "RUBIO"}))
    assert len(rows) == 4 and {r[1].value for r in rows} == {"actor"}  # the hypothetical act is no fact
    dyads = {(r[1].value, r[3].value): r for r in store.query(saved_queries()["dyads"].text)}
    assert dyads[("United States", "India")][4].value == 2
    assert dyads[("India", "United States")][4].value == 1
    timeline = list(store.query(saved_queries()["timeline"].text))
    assert len(timeline) == 6 and timeline[0][0] <= timeline[-1][0]  # asserted only
    try:
        from kg.resources import ontology_file

        ontology_file("cameo.ttl")
    except FileNotFoundError:
        pytest.skip("ontology/cameo.ttl is not there yet")
    assert float(dyads[("United States", "India")][5].value) == pytest.approx(2 * 1.9)  # 042 Make a visit: 1.9
    label = list(store.query("SELECT ?label WHERE { cameo:042 skos:prefLabel ?label }"))
    assert label and label[0][0].value == "Make a visit"


# --- exports --------------------------------------------------------------------------------------------------------


def _parse(data: bytes, fmt: str) -> set:
    if fmt in ("trig", "nq"):
        dataset = Dataset()
        dataset.parse(data=data, format={"trig": "trig", "nq": "nquads"}[fmt])
        return {(s, p, o) for s, p, o, _g in dataset.quads((None, None, None, None))}
    graph = Graph()
    graph.parse(data=data, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    return set(graph)


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_every_export_format_parses_back_to_the_same_triples(store, fmt):
    store.add(extraction("a", partner="IND"))
    store.add(extraction("b", partner="PAK"))
    update_derived(store)
    expected = _parse(store.export("ttl"), "ttl")
    assert expected == set(store.to_rdflib()) and any(p == DIP.spokeWith for _s, p, _o in expected)
    assert _parse(store.export(fmt), fmt) == expected
    assert _parse(store.export(fmt, doc_id="b"), fmt) == document_graph(store, "b")


def test_jsonld_export_has_a_local_context(store):
    store.add(extraction("a"))
    data = json.loads(store.export("jsonld"))
    assert isinstance(data["@context"], dict)  # inline: nothing to fetch
    assert data["@context"]["dip"] == str(DIP)


def test_trig_export_keeps_one_named_graph_per_document(store):
    store.add(extraction("a"))
    store.add(extraction("b"))
    dataset = Dataset()
    dataset.parse(data=store.export("trig"), format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {str(d.graph) for d in store.documents()} <= names
    assert str(ONTOLOGY_GRAPH) not in names


def test_to_rdflib_and_to_dataset(store):
    store.add(extraction("a"))
    graph = store.to_rdflib()
    assert (RUBIO, RDF.type, DIP.Person) in graph
    dataset = store.to_dataset()
    assert set(dataset.graph(URIRef(str(store.documents()[0].graph)))) == set(extraction_graph(extraction("a")))


def test_outputs_stay_intact_when_writing_them_fails(store, monkeypatch):
    store.add(extraction("a"))
    out = store.path.parent
    write_outputs(store, out)
    before = (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()
    store.add(extraction("b"))

    def broken(*_args, **_kwargs):
        raise RuntimeError("view failed")

    monkeypatch.setattr("kg.view.write_view", broken)
    with pytest.raises(RuntimeError):
        write_outputs(store, out)
    assert ((out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()) == before
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl", "store"]


# --- safety ---------------------------------------------------------------------------------------------------------


def _listing(path: Path) -> dict:
    return {str(p.relative_to(path)): p.read_bytes() if p.is_file() else None for p in sorted(path.rglob("*"))}


def test_a_foreign_directory_is_refused_and_left_untouched(tmp_path):
    foreign = tmp_path / "foreign"
    (foreign / "sub").mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine")
    (foreign / "sub" / "CURRENT").write_text("MANIFEST-000001\n")
    before = _listing(foreign)
    for kwargs in ({}, {"create": True}, {"read_only": True}):
        with pytest.raises(StoreError, match="not a dipkg store"):
            Store.open(foreign, **kwargs)
    assert _listing(foreign) == before


def test_another_oxigraph_database_is_refused(tmp_path):
    other = tmp_path / "other"
    db = ox.Store(str(other))
    db.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("c")))
    del db
    before = _listing(other)
    with pytest.raises(StoreError, match="not a dipkg store"):
        Store.open(other, create=True)
    assert _listing(other) == before


def test_a_file_or_a_bad_marker_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        Store.open(tmp_path / "file", create=True)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / MARKER).write_text("{not json")
    with pytest.raises(StoreError, match="corrupt"):
        Store.open(bad, create=True)
    (bad / MARKER).write_text(json.dumps({"format": "something-else", "version": 1}))
    with pytest.raises(StoreError, match="does not describe"):
        Store.open(bad)
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "missing")


def test_a_corrupt_database_is_a_clear_error_and_is_not_rewritten(store_path):
    with Store.open(store_path, create=True) as store:
        store.add(extraction("a"))
    for path in (store_path / "db").iterdir():
        if path.name.startswith("MANIFEST") or path.name == "CURRENT":
            path.write_bytes(b"garbage")
    with pytest.raises(StoreError, match="corrupt"):
        Store.open(store_path)
    assert (store_path / "db" / "CURRENT").read_bytes() == b"garbage"


def test_a_second_writer_is_refused_while_one_writes(store, store_path):
    with pytest.raises(StoreError, match="another process"):
        Store.open(store_path)


def test_a_reader_sees_published_snapshots_and_keeps_its_own(store, store_path):
    store.add(extraction("a"))
    store.publish()
    with Store.open(store_path, read_only=True) as reader:
        for name in ("b", "c", "d"):
            store.add(extraction(name))
            store.publish()
        assert [d.id for d in reader.documents()] == ["a"]  # its snapshot stays, and stays readable
        assert reader.triple_count() == len(set(reader.to_rdflib()))
        with pytest.raises(StoreError, match="read-only"):
            reader.add(extraction("e"))
    with Store.open(store_path, read_only=True) as reader:
        assert [d.id for d in reader.documents()] == ["a", "b", "c", "d"]
    store.publish()
    snapshots = [p for p in (store_path / "snapshots").iterdir() if p.is_dir()]
    assert len(snapshots) == 1  # old ones are deleted once no reader holds them


def test_an_interrupted_replacement_is_finished_on_the_next_open(store_path):
    old, new = extraction("a"), extraction("a", text="Edited.", partner="PAK")
    with Store.open(store_path, create=True) as store:
        store.add(old)
        # what add() does up to a crash: journal written, new version stored, old one not yet dropped
        name = ox.NamedNode(str(mint_document_graph_iri(new.document)))
        old_name = ox.NamedNode(str(mint_document_graph_iri(old.document)))
        (store_path / "pending.json").write_text(json.dumps({"keep": name.value, "drop": [old_name.value]}))
        quads = [ox.Quad(*(ox.NamedNode(str(t)) if isinstance(t, URIRef) else ox.Literal(str(t)) for t in triple), name)
                 for triple in extraction_graph(new)]
        store.db.extend(quads + [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads])
    with Store.open(store_path) as store:
        assert [d.graph for d in store.documents()] == [URIRef(name.value)]
        assert not (store_path / "pending.json").exists()
        assert_whole(store)


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_store import extraction
    from kg.store import Store
    with Store.open({path!r}, create=True) as store:
        for i in range({count}):
            store.add(extraction(f"doc-{{i}}", visits=20))
            if i % 4 == 3:
                store.add(extraction(f"doc-{{i - 2}}", text="Edited.", partner="PAK", visits=20))
            print(i, flush=True)
""")

READER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_store import assert_whole
    from kg.store import Store
    seen = reads = 0
    deadline = time.monotonic() + {seconds}
    while time.monotonic() < deadline:
        with Store.open({path!r}, read_only=True) as store:
            assert_whole(store, interactions_per_document=22)
            seen = max(seen, len(store.documents()))
            reads += 1
    print(reads, seen)
""")


def _writer(path: Path, count: int) -> subprocess.Popen:
    code = WRITER.format(tests=str(TESTS_DIR), path=str(path), count=count)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_writer_killed_midway_leaves_whole_documents_only(store_path):
    writer = _writer(store_path, 400)
    for line in writer.stdout:
        if int(line) >= 30:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL, writer.stderr.read()
    with Store.open(store_path, read_only=True) as store:
        assert_whole(store, interactions_per_document=22)
    with Store.open(store_path) as store:
        assert len(store.documents()) >= 30
        assert_whole(store, interactions_per_document=22)


def test_two_readers_read_while_a_writer_writes(store_path):
    with Store.open(store_path, create=True) as store:
        store.add(extraction("first", visits=20))
    writer = _writer(store_path, 120)
    readers = [subprocess.Popen([sys.executable, "-c", READER.format(tests=str(TESTS_DIR), path=str(store_path),
                                                                      seconds=4)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [reader.communicate(timeout=120) for reader in readers]
    out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    for reader, (stdout, stderr) in zip(readers, results, strict=True):
        assert reader.returncode == 0, stderr
        reads, seen = map(int, stdout.split())
        assert reads >= 1 and seen >= 1
    with Store.open(store_path, read_only=True) as store:
        assert len(store.documents()) == 121
        assert_whole(store, interactions_per_document=22)


@pytest.mark.model
def test_kg_build_killed_midway_leaves_a_store_of_whole_documents(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    leaders = [("Marco Rubio", "India"), ("Antony Blinken", "Pakistan"), ("Emmanuel Macron", "Germany"),
               ("Olaf Scholz", "France")]
    for i in range(40):
        who, where = leaders[i % len(leaders)]
        (inputs / f"doc-{i:02d}.txt").write_text(
            f"{who} met officials of {where} in the capital on Tuesday. {who} also spoke with the Prime Minister of "
            f"{where} by phone about trade, number {i}. {where} criticised the plan on Wednesday.\n"
        )
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "build", str(inputs),
                                "--out", str(out)], stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        if "documents" in line:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    with Store.open(out / "store") as store:
        documents = store.documents()
        assert documents, "the build was killed before it stored anything"
        assert_whole(store)
    assert not (out / "graph.ttl.tmp").exists() or process.returncode == -signal.SIGKILL


@pytest.mark.model
def test_dev_articles_one_by_one_and_all_at_once_give_the_same_store(tmp_path):
    from kg.build import build

    dev = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
    if not dev.is_dir():
        dev = Path(os.environ.get("KG_SHARED", "../shared")) / "eval" / "dev"
    articles = sorted(dev.glob("*.txt"))
    if not articles:
        pytest.skip("the dev articles are not at hand")
    for article in articles:
        build([article], tmp_path / "one")
    report = build(articles, tmp_path / "all")
    assert report.stored == len(articles)
    again = build(articles, tmp_path / "all")
    assert again.unchanged == len(articles) and again.interactions == 0

    def quads(name):
        with Store.open(tmp_path / name / "store", read_only=True) as store:
            return data_quads(store)

    assert quads("one") == quads("all")
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "all" / "graph.ttl").read_bytes()


# --- the command line -----------------------------------------------------------------------------------------------


@pytest.fixture
def built(tmp_path):
    """A store at OUT/store with two documents and derived facts, as kg build leaves it."""
    out = tmp_path / "out"
    with Store.open(out / "store", create=True) as store:
        store.add(extraction("a", partner="IND"))
        store.add(extraction("b", partner="PAK"))
        update_derived(store)
        write_outputs(store, out)
    return out


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_cli_query_runs_sparql_saved_queries_and_formats(built):
    store = str(built / "store")
    result = run("query", "--store", store, "SELECT ?name WHERE { ?c a dip:Country ; rdfs:label ?name } ORDER BY ?name")
    assert result.exit_code == 0, result.output
    assert "India" in result.output and "(3 rows)" in result.output
    result = run("query", "--store", store, "--saved", "spoke-with", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "actor,actorLabel,other,otherLabel"
    assert len(result.output.splitlines()) == 3
    result = run("query", "--store", store, "--saved", "interactions-of", "-p", "actor", "Marco Rubio",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["results"]["bindings"]) == 4
    result = run("query", "--store", store, "CONSTRUCT WHERE { ?c dip:iso3 ?iso }")
    assert result.exit_code == 0 and "dip:iso3" in result.output
    Graph().parse(data=result.output, format="turtle")
    query_file = built / "q.rq"
    query_file.write_text("ASK { ?c dip:iso3 ?iso }")
    result = run("query", "--store", store, "-f", str(query_file), "-p", "iso", "PAK", "--format", "tsv")
    assert result.exit_code == 0 and result.output.strip() == "true"


def test_cli_query_binds_parameters_safely(built):
    store = str(built / "store")
    result = run("query", "--store", store, "SELECT ?c ?name WHERE { ?c rdfs:label ?name }",
                 "-p", "name", '" } ; DROP ALL')
    assert result.exit_code == 0, result.output
    assert "(0 rows)" in result.output
    result = run("query", "--store", store, "SELECT ?c ?name WHERE { ?c rdfs:label ?name }", "-p", "c",
                 "dipr:country/IND")
    assert "India" in result.output and "(1 row)" in result.output


def test_cli_query_errors_are_one_line_without_traceback(built, tmp_path):
    store = str(built / "store")
    cases = [
        (["query", "--store", store, "SELECT ?x WHERE {"], "syntax error"),
        (["query", "--store", store, "INSERT DATA { <x:a> <x:b> <x:c> }"], "--update"),
        (["query", "--store", str(tmp_path / "none"), "ASK {}"], "no store"),
        (["query", "--store", store, "--saved", "nope"], "no saved query"),
        (["query", "--store", store, "--saved", "interactions-of"], "needs -p actor"),
        (["query", "--store", store], "exactly one"),
        (["query", "--store", store, "SELECT ?a WHERE { ?a ?b ?c }", "--format", "ttl"], "give a table"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code != 0, args
        assert message in result.output, (args, result.output)
        assert "Traceback" not in result.output
        assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_cli_query_update_changes_the_store_only_when_asked(built):
    store = str(built / "store")
    update = 'INSERT DATA { GRAPH <urn:x:notes> { <https://w3id.org/dipkg/id/country/IND> rdfs:comment "checked" } }'
    assert run("query", "--store", store, update).exit_code != 0
    result = run("query", "--store", store, "--update", update)
    assert result.exit_code == 0, result.output
    result = run("query", "--store", store, "SELECT ?c ?note WHERE { ?c rdfs:comment ?note }", "-p", "c",
                 "dipr:country/IND", "--format", "csv")
    assert result.output.splitlines()[1:] == ["https://w3id.org/dipkg/id/country/IND,checked"]
    result = run("export", "--store", store, "--format", "nt", "-o", "-")
    assert '<https://w3id.org/dipkg/id/country/IND> <http://www.w3.org/2000/01/rdf-schema#comment> "checked"' in (
        result.output)


def test_cli_export_writes_each_format_and_one_document(built, tmp_path):
    store = str(built / "store")
    expected = _parse((built / "graph.ttl").read_bytes(), "ttl")
    for fmt in EXPORT_FORMATS:
        target = tmp_path / f"export.{fmt}"
        result = run("export", "--store", store, "--format", fmt, "-o", str(target))
        assert result.exit_code == 0, result.output
        assert _parse(target.read_bytes(), fmt) == expected
    result = run("export", "--store", store, "--format", "nt", "--doc", "a", "-o", str(tmp_path / "a.nt"))
    assert result.exit_code == 0
    assert (DIPR["doc/a"], DCTERMS.identifier, Literal("a")) in _parse((tmp_path / "a.nt").read_bytes(), "nt")
    result = run("export", "--store", store, "--format", "nt", "--doc", "zzz", "-o", str(tmp_path / "z.nt"))
    assert result.exit_code == 2 and "no document 'zzz'" in result.output
    assert not (tmp_path / "z.nt").exists()


def test_cli_remove_drops_a_document_and_rewrites_the_outputs(built):
    store = str(built / "store")
    result = run("remove", "a", "--store", store)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(built / "graph.ttl", format="turtle")
    assert (DIPR["doc/a"], None, None) not in graph and (DIPR["doc/b"], RDF.type, DIP.Document) in graph
    assert (RUBIO, DIP.spokeWith, DIPR["country/IND"]) not in graph  # derived facts recomputed
    assert (RUBIO, DIP.spokeWith, DIPR["country/PAK"]) in graph
    assert "doc/a" not in (built / "graph.html").read_text(encoding="utf-8")
    result = run("remove", "a", "--store", store)
    assert result.exit_code == 2 and "no document 'a'" in result.output


def test_kg_query_reads_while_a_writer_holds_the_store(built):
    with Store.open(built / "store") as writer:
        writer.add(extraction("c"))
        result = run("query", "--store", str(built / "store"), "SELECT (COUNT(*) AS ?n) WHERE { ?d a dip:Document }",
                     "--format", "csv")
        assert result.exit_code == 0, result.output
        assert result.output.splitlines()[1] in {"2", "3"}
    start = time.monotonic()
    assert run("query", "--store", str(built / "store"), "ASK { ?d dcterms:identifier 'c' }").output.strip() == "true"
    assert time.monotonic() - start < 5


def test_loading_an_export_gives_the_same_store_and_loading_it_again_changes_nothing(store, tmp_path):
    store.add(extraction("a", partner="IND"))
    store.add(extraction("b", partner="PAK"))
    update_derived(store)
    for fmt in ("nq", "trig"):
        exported = store.export(fmt)
        with Store.open(tmp_path / f"copy-{fmt}", create=True) as copy:
            assert copy.load(exported, fmt) == 2
            assert data_quads(copy) == data_quads(store)
            assert copy.load(exported, fmt) == 0
            assert data_quads(copy) == data_quads(store)
            assert_whole(copy, interactions_per_document=4)


def test_loading_a_newer_version_of_a_document_replaces_it(store, tmp_path):
    store.add(extraction("a", partner="IND"))
    with Store.open(tmp_path / "newer", create=True) as newer:
        newer.add(extraction("a", text="Edited.", partner="PAK"))
        exported = newer.export("nq")
    assert store.load(exported) == 1
    assert [d.graph for d in store.documents()] == [
        URIRef(str(mint_document_graph_iri(extraction("a", text="Edited.").document)))]
    assert (DIPR["country/IND"], None, None) not in store.to_rdflib()
    assert_whole(store, interactions_per_document=4)


@pytest.mark.model
def test_kg_build_into_a_foreign_store_directory_is_one_clear_error(tmp_path):
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    (out / "store" / "mine.txt").write_text("not a store")
    article = tmp_path / "a.txt"
    article.write_text("Marco Rubio met Shehbaz Sharif in Islamabad on Tuesday.")
    result = run("build", str(article), "--out", str(out))
    assert result.exit_code == 2
    assert "not a dipkg store" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["store"]
    assert [p.name for p in (out / "store").iterdir()] == ["mine.txt"]


@pytest.mark.model
def test_relations_written_once_stay_fresh_after_later_builds(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    runner = CliRunner()
    seed = Path(__file__).resolve().parent.parent / "seeds"
    assert runner.invoke(main, ["build", str(seed), "--out", str(tmp_path / "out")]).exit_code == 0
    store = str(tmp_path / "out" / "store")
    assert runner.invoke(main, ["relations", "brokers", "--store", store, "--write"]).exit_code == 0
    extra = tmp_path / "extra.json"
    extra.write_text('{"id": "extra", "published": "2024-03-15", "text": "Russian President Vladimir Putin met '
                     'Chinese President Xi Jinping in Moscow on Tuesday."}', encoding="utf-8")
    assert runner.invoke(main, ["build", str(extra), "--out", str(tmp_path / "out")]).exit_code == 0
    with Store.open(store, read_only=True) as opened:
        rows = list(opened.query('SELECT ?n WHERE { ?a rdfs:label "Xi Jinping" ; dip:counterparts ?n }'))
    assert rows, "the new actor's counterparts were derived by the second build"


def test_one_label_per_actor_when_articles_spell_a_name_differently(tmp_path):
    def spelled(doc_id: str, name: str) -> Extraction:
        document = Document(id=doc_id, text=f"{name} spoke.", published=dt.date(2025, 5, 9))
        return Extraction(document, {"n": Actor("n", "Person", name)}, [Interaction("n", "010", f"{name} spoke.")])

    with Store.open(tmp_path / "store", create=True) as store:
        store.add(spelled("a", "Jan K. Novak"))
        store.add(spelled("b", "Jan K Novak"))
        labels = {str(row[0]) for row in store.query("SELECT ?l WHERE { ?p a dip:Person ; rdfs:label ?l }")}
        aliases = {str(row[0]) for row in store.query("SELECT ?l WHERE { ?p a dip:Person ; skos:altLabel ?l }")}
    assert labels == {"Jan K. Novak"}
    assert "Jan K Novak" in aliases
    in_memory = graph_of([spelled("a", "Jan K. Novak"), spelled("b", "Jan K Novak")])
    assert len(set(in_memory.objects(None, RDFS.label))) == 1
