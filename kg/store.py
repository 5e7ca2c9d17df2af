"""The persistent graph store: an on-disk Oxigraph database with one named graph per document, queried as a union.

Layout of a store directory (``OUT/store/`` by default)::

    dipkg-store.json   marker: what this directory is; a directory without it is never touched
    db/                the Oxigraph (RocksDB) database, written by one process at a time
    writer.lock        held (flock) by the one writer
    pending.json       replacement of a document's graph in progress, replayed after a crash
    ontology.sha256    fingerprint of the ontology files loaded into the ontology graph
    snapshots/CURRENT  name of the latest published snapshot
    snapshots/NAME/    read-only checkpoints of db/ that readers open, so they can read while a writer writes
    snapshots/NAME.lock  readers hold a shared flock on it; the writer deletes only unlocked old snapshots

The named graphs are the truth: one per document version (dipr:graph/HASH), the derived facts (dipr:graph/derived),
the ontology (dipr:graph/ontology), and any graph a user's update writes. The default graph is kept equal to their
union, as a set: an actor named in many documents is one set of triples there, and queries read it alone. (Oxigraph's
own union default graph repeats a triple once per graph holding it, which multiplies query rows, and querying several
graphs at once is several times slower.) A document's graph and its union triples are written in one transaction, so
a killed process leaves whole documents only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import itertools
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, XSD
from rdflib.term import Node

from kg import __version__
from kg.documents import Document
from kg.extraction import Extraction
from kg.rdf import extraction_graph, harmonize_labels, mint_document_graph_iri
from kg.resources import QUERIES_DIR, ontology_file
from kg.vocab import DIPR, PREFIXES, bind_prefixes

MARKER = "dipkg-store.json"
STORE_FORMAT = "dipkg-store"
STORE_VERSION = 1
ONTOLOGY_GRAPH = DIPR["graph/ontology"]
DERIVED_GRAPH = DIPR["graph/derived"]
ONTOLOGY_FILES = ("dipkg.ttl", "cameo.ttl")
EXPORT_FORMATS = ("ttl", "trig", "nq", "nt", "jsonld")
RESULT_FORMATS = ("table", "csv", "tsv", "json", "ttl")
PUBLISH_INTERVAL = 1.0  # least seconds between snapshots published for readers while a writer adds documents
PUBLISH_SHARE = 0.1  # and at most this share of a writer's time goes to publishing them
TABLE_CELL_WIDTH = 80

_XSD_STRING = str(XSD.string)
_OX_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
# For Turtle/TriG output: dipr: local names hold "/", which Turtle must escape; full IRIs read better.
_OUTPUT_PREFIXES = {prefix: ns for prefix, ns in _OX_PREFIXES.items() if prefix != "dipr"}
_ONTOLOGY = ox.NamedNode(str(ONTOLOGY_GRAPH))
_DERIVED = ox.NamedNode(str(DERIVED_GRAPH))
_DEFAULT = ox.DefaultGraph()
_LABEL = ox.NamedNode(str(RDFS.label))
_SPECIAL_GRAPHS = (_ONTOLOGY, _DERIVED)
LOAD_BATCH = 100_000  # quads per bulk write when loading an export
# Drops one named graph and the union triples no other named graph holds, in one update (one transaction).
# Only graph IRIs the store minted or read from itself are put in, as N-Triples terms; no user text ever is.
_DROP_GRAPH = """
DELETE {{ ?s ?p ?o }}
WHERE {{
  GRAPH {graph} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }}
}} ;
DROP SILENT GRAPH {graph}
"""
# Brings the default graph back to the union of the named graphs after an update that may have changed anything.
_SYNC_UNION = """
DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;
INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }
"""
# The data: the union without what only the ontology says.
_DATA_TRIPLES = f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  ?s ?p ?o
  FILTER(NOT EXISTS {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}
         || EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }})
}}"""
_COUNT_DATA_TRIPLES = _DATA_TRIPLES.replace("CONSTRUCT { ?s ?p ?o }", "SELECT (COUNT(*) AS ?n)")
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))
_RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
}
_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}


class StoreError(Exception):
    """A store that cannot be opened or used as asked; the message is one line for the user."""


# --- terms: rdflib <-> pyoxigraph -------------------------------------------------------------------------------


def to_oxigraph(term: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A pyoxigraph term for an rdflib term, a pyoxigraph term, or a plain Python value (str, int, date, ...)."""
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, str):
        return ox.Literal(term)
    if isinstance(term, bool | int | float | dt.date):  # datetime is a date
        return to_oxigraph(Literal(term))
    raise TypeError(f"cannot use {type(term).__name__} {term!r} as an RDF term")


def parse_value(text: str) -> ox.NamedNode | ox.Literal:
    """A command-line value as an RDF term: <IRI> or prefix:name (contract prefixes) is an IRI, else a string."""
    if text.startswith("<") and text.endswith(">"):
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError as exc:
            raise StoreError(f"{text} is not a valid IRI: {_first_line(exc)}") from None
    prefix, colon, local = text.partition(":")
    if colon and prefix in _OX_PREFIXES and local and not any(c.isspace() for c in text):
        return ox.NamedNode(_OX_PREFIXES[prefix] + local)
    return ox.Literal(text)


def to_rdflib(term: Any) -> Node | None:
    """The rdflib term of a pyoxigraph term (None stays None); xsd:string literals become plain literals."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    raise TypeError(f"unsupported RDF term {term!r}")


def _quads(graph: Graph, graph_name: ox.NamedNode) -> list[ox.Quad]:
    return [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph_name) for s, p, o in graph]


def _with_union(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The quads and their copies in the default graph, which holds the union of the named graphs."""
    return quads + [ox.Quad(q.subject, q.predicate, q.object, _DEFAULT) for q in quads]


def short_name(term: Any) -> str:
    """A compact display form of a term: prefixed IRIs (dipr:country/USA), lexical literals, '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        best = max((ns for ns in _OX_PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
        if best is not None:
            prefix = next(p for p, ns in _OX_PREFIXES.items() if ns == best)
            return f"{prefix}:{iri[len(best):]}"
        return f"<{iri}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


# --- query results --------------------------------------------------------------------------------------------


class QueryResult:
    """The result of one SPARQL query, read once: iterate rows (rdflib terms), or serialize it in one format."""

    def __init__(self, raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> None:
        self._raw = raw
        if isinstance(raw, ox.QuerySolutions):
            self.kind = "select"
            self.variables = [v.value for v in raw.variables]
        elif isinstance(raw, ox.QueryBoolean):
            self.kind = "ask"
            self.variables = []
        else:
            self.kind = "graph"
            self.variables = ["subject", "predicate", "object"]

        self.boolean = bool(raw) if self.kind == "ask" else None

    def __bool__(self) -> bool:
        """For ASK: the answer; for others: always True (use the rows)."""
        return self.boolean if self.kind == "ask" else True

    def _take(self) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """The raw result, handed out once: dropping it afterwards lets a closed store release its files."""
        raw, self._raw = self._raw, None
        if raw is None:
            raise StoreError("a query result can be read only once: run the query again")
        return raw

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        """Rows of rdflib terms (None where unbound) for SELECT, triples for CONSTRUCT/DESCRIBE."""
        if self.kind == "ask":
            raise StoreError("an ASK query has no rows: use bool(result)")
        raw = self._take()
        terms: dict = {None: None}  # the same actors come back row after row: convert each term once

        def term(value: Any) -> Node | None:
            converted = terms.get(value, terms)
            if converted is terms:
                converted = terms[value] = to_rdflib(value)
            return converted

        if self.kind == "select":
            for solution in raw:
                yield tuple(term(value) for value in solution)
        else:
            for triple in raw:
                yield (term(triple.subject), term(triple.predicate), term(triple.object))

    def graph(self) -> Graph:
        """The rdflib Graph of a CONSTRUCT or DESCRIBE result."""
        if self.kind != "graph":
            raise StoreError("only CONSTRUCT and DESCRIBE queries give a graph")
        graph = Graph()
        bind_prefixes(graph)
        for triple in self:
            graph.add(triple)
        return graph

    def serialize(self, fmt: str | None = None) -> str:
        """Text of the result as table, csv, tsv, json (SPARQL results JSON) or ttl (graph results only)."""
        fmt = fmt or ("ttl" if self.kind == "graph" else "table")
        if fmt not in RESULT_FORMATS:
            raise StoreError(f"unknown result format '{fmt}' (use one of {', '.join(RESULT_FORMATS)})")
        if self.kind == "graph":
            if fmt != "ttl":
                raise StoreError("CONSTRUCT and DESCRIBE give RDF: use --format ttl")
            return ox.serialize(self._take(), format=ox.RdfFormat.TURTLE, prefixes=_OUTPUT_PREFIXES).decode("utf-8")
        if fmt == "ttl":
            raise StoreError("SELECT and ASK give a table, not RDF: use --format table, csv, tsv or json")
        if fmt == "table":
            return self._table()
        return self._take().serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")

    def _table(self) -> str:
        if self.kind == "ask":
            return "true\n" if self.boolean else "false\n"
        rows = [[_cell(short_name(solution[v])) for v in self.variables] for solution in self._take()]
        widths = [max([len(v)] + [len(row[i]) for row in rows]) for i, v in enumerate(self.variables)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
        lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
        return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TABLE_CELL_WIDTH else text[: TABLE_CELL_WIDTH - 1] + "…"


# --- saved queries --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedQuery:
    """A SPARQL query shipped in kg/queries/NAME.rq: its text, what it does and the variables it wants bound."""

    name: str
    text: str
    description: str
    params: dict[str, str]  # variable name -> what to give, from '# @param NAME what' lines


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped with dipkg, by name."""
    return {path.stem: _read_saved(path) for path in sorted(QUERIES_DIR.glob("*.rq"))}


def saved_query(name: str) -> SavedQuery:
    """The saved query called name (a StoreError naming the available ones when there is none)."""
    path = QUERIES_DIR / f"{name}.rq"
    if not name.replace("-", "").replace("_", "").isalnum() or not path.is_file():
        raise StoreError(f"no saved query '{name}' (available: {', '.join(saved_queries())})")
    return _read_saved(path)


def _read_saved(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    description, params = [], {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comment = line.lstrip("#").strip()
        if comment.startswith("@param"):
            name, _, what = comment.removeprefix("@param").strip().partition(" ")
            params[name.lstrip("?$")] = what.strip()
        else:
            description.append(comment)
    return SavedQuery(path.stem, text, " ".join(description), params)


# --- the store ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredDocument:
    """One document held in the store: its id and the named graph of its current version."""

    id: str
    graph: URIRef


class Store:
    """A dipkg graph store on disk; open it with Store.open(path) and use it as a context manager."""

    def __init__(self, path: str | Path, create: bool = False, read_only: bool = False) -> None:
        """Open the store at path (creating it if create is true); read_only opens the latest published snapshot."""
        self.path = Path(path)
        self.read_only = read_only
        self._db: ox.Store | None = None
        self._lock_fd: int | None = None
        self._dirty = False
        self._last_publish = time.monotonic()
        self._publish_seconds = 0.0
        self._pause_publishing = False
        if read_only:
            if create:
                raise StoreError("a store cannot be both created and opened read-only")
            _check_marker(self.path)
            self._db, self._lock_fd = _open_snapshot(self.path)
            return
        _prepare_directory(self.path, create)
        self._lock_fd = _lock(self.path / "writer.lock", exclusive=True, wait=False)
        if self._lock_fd is None:
            raise StoreError(f"store {path} is being written by another process (a running kg build?); try again later")
        try:
            self._db = ox.Store(str(self.path / "db"))
        except (OSError, RuntimeError) as exc:
            self.close()
            if "current process" in str(exc):
                raise StoreError(f"store {path} is still open in this process: close it (and drop its unread query "
                                 "results) first") from None
            raise StoreError(f"store {path} cannot be opened (corrupt?): {_first_line(exc)}") from None
        try:
            self._recover()
            self._load_ontology()
            if not (self.path / "snapshots" / "CURRENT").exists():
                self.publish()
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, path: str | Path, create: bool = False, read_only: bool = False) -> Store:
        """Open the store at path (creating it if create is true); read_only opens the latest published snapshot."""
        return cls(path, create=create, read_only=read_only)

    def close(self) -> None:
        """Publish what was written for readers, then release the database and the locks."""
        try:
            if self._db is not None and self._dirty and not self.read_only:
                self.publish()
        finally:
            self._db = None
            _unlock(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def db(self) -> ox.Store:
        """The underlying pyoxigraph Store, for what this class does not wrap."""
        if self._db is None:
            raise StoreError(f"store {self.path} is closed")
        return self._db

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        return self.db

    # documents

    def documents(self) -> list[StoredDocument]:
        """Every document in the store, sorted by id."""
        found = {}
        for quad in self.db.quads_for_pattern(None, _IDENTIFIER, None, None):
            if _is_document_graph(quad.graph_name) and isinstance(quad.object, ox.Literal):
                found[quad.object.value] = StoredDocument(quad.object.value, URIRef(quad.graph_name.value))
        return [found[key] for key in sorted(found)]

    def _graphs_of(self, doc_id: str) -> list[ox.NamedNode]:
        quads = self.db.quads_for_pattern(None, _IDENTIFIER, ox.Literal(doc_id), None)
        return sorted({q.graph_name for q in quads if _is_document_graph(q.graph_name)}, key=lambda g: g.value)

    def has_version(self, document: Document) -> bool:
        """True when this exact version of the document (same id and content hash) is in the store."""
        return self.db.contains_named_graph(ox.NamedNode(str(mint_document_graph_iri(document))))

    def add(self, extraction: Extraction | Graph) -> str:
        """Store one document's extraction: 'added', 'replaced' (an older version dropped) or 'unchanged'.

        Given an rdflib Graph instead (what `kg relations --write` derives), it replaces the derived facts: 'derived'.
        """
        if isinstance(extraction, Graph):
            self.replace_derived(extraction)
            return "derived"
        document = extraction.document
        if self.has_version(document) and len(self._graphs_of(document.id)) == 1:
            return "unchanged"
        return self.add_graph(document, harmonize_labels(extraction_graph(extraction), self._label_of))

    def _label_of(self, node: URIRef) -> Literal | None:
        """The rdfs:label the store already gives a node (from any document), if any."""
        for quad in self.db.quads_for_pattern(to_oxigraph(node), _LABEL, None, _DEFAULT):
            return to_rdflib(quad.object)
        return None

    def add_graph(self, document: Document, graph: Graph) -> str:
        """Store a document's RDF graph as its current version in one transaction; older versions are dropped."""
        name = ox.NamedNode(str(mint_document_graph_iri(document)))
        return self._put(name, document.id, lambda: _quads(graph, name))

    def _put(self, name: ox.NamedNode, doc_id: str | None, quads: Callable[[], list[ox.Quad]]) -> str:
        """Store one document graph and its union triples in one transaction, then drop its older versions."""
        db = self._writable()
        old = [g for g in self._graphs_of(doc_id) if g != name] if doc_id is not None else []
        status = "replaced" if old else "added"
        if db.contains_named_graph(name):
            if not old:
                return "unchanged"
        else:
            if old:
                _write_json(self.path / "pending.json", {"keep": name.value, "drop": [g.value for g in old]})
            db.extend(_with_union(quads()))
        for g in old:
            self._drop(g)
        with contextlib.suppress(FileNotFoundError):
            (self.path / "pending.json").unlink()
        self._changed()
        return status

    def load(self, source: str | Path | bytes | IO[bytes], fmt: str = "nq") -> int:
        """Add the documents of a TriG or N-Quads export (kg export); returns how many were new.

        New documents are written in bulk, whole documents at a time; a document that replaces an older version of
        itself goes through the same transaction as add(). Loading the same export twice changes nothing.
        """
        if fmt not in ("nq", "trig"):
            raise StoreError("only nq and trig keep one graph per document: load those")
        db = self._writable()
        where = {"path": str(source)} if isinstance(source, str | Path) else {"input": source}
        batch: list[ox.Quad] = []
        batch_ids: set[str] = set()
        count = 0

        def flush() -> None:
            if batch:
                db.bulk_extend(_with_union(batch))
                batch.clear()
                batch_ids.clear()
                self._changed()

        self._pause_publishing = True  # readers see the load once it is done
        try:
            for name, group in itertools.groupby(ox.parse(format=_RDF_FORMATS[fmt], **where), lambda q: q.graph_name):
                quads = list(group)
                if not isinstance(name, ox.NamedNode):
                    raise StoreError("the input holds triples outside named graphs: load a kg export --format nq/trig")
                if name == _ONTOLOGY:
                    continue  # the store keeps its own
                doc_id = next((q.object.value for q in quads if q.predicate == _IDENTIFIER), None)
                if db.contains_named_graph(name) or name == _DERIVED or doc_id is None:
                    flush()
                    db.extend(_with_union(quads))  # more of a graph already there, derived or user facts
                elif doc_id in batch_ids or self._graphs_of(doc_id):
                    flush()
                    count += self._put(name, doc_id, lambda quads=quads: quads) != "unchanged"
                else:
                    batch += quads
                    batch_ids.add(doc_id)
                    count += 1
                    if len(batch) >= LOAD_BATCH:
                        flush()
            flush()
            db.optimize()  # compact what the bulk writes left behind, so the first queries are fast too
        except SyntaxError as exc:
            raise StoreError(f"cannot load {source if isinstance(source, str | Path) else 'input'}: "
                             f"{_first_line(exc)}") from None
        finally:
            self._pause_publishing = False
        if self._dirty:
            self.publish()
        return count

    def remove(self, doc_id: str) -> bool:
        """Drop a document's graph(s) by document id; False when the store holds no such document."""
        self._writable()
        graphs = self._graphs_of(doc_id)
        for g in graphs:
            self._drop(g)
        if graphs:
            self._changed()
        return bool(graphs)

    def _drop(self, graph_name: ox.NamedNode) -> None:
        """Drop a named graph and the union triples that no other named graph holds, in one transaction."""
        self._writable().update(_DROP_GRAPH.format(graph=str(graph_name)))

    def replace_derived(self, graph: Graph) -> None:
        """Make the derived named graph (facts computed over the whole store, like dip:spokeWith) equal to graph."""
        db = self._writable()
        wanted = set(_quads(graph, _DERIVED))
        current = set(db.quads_for_pattern(None, None, None, _DERIVED))
        if wanted == current:
            return
        if wanted - current:
            db.extend(_with_union(list(wanted - current)))  # add first: a crash in between leaves stale facts only
        for quad in current - wanted:
            db.remove(quad)
            holders = db.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
            if not any(isinstance(q.graph_name, ox.NamedNode) for q in holders):
                db.remove(ox.Quad(quad.subject, quad.predicate, quad.object, _DEFAULT))
        self._changed()

    # reading

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL SELECT/ASK/CONSTRUCT/DESCRIBE over the whole store; bindings substitute variables safely."""
        substitutions = {ox.Variable(name.lstrip("?$")): to_oxigraph(value) for name, value in (bindings or {}).items()}
        try:
            raw = self.db.query(sparql, prefixes=_OX_PREFIXES, substitutions=substitutions or None)
        except SyntaxError as exc:
            if _looks_like_update(sparql):
                raise StoreError("this is a SPARQL update, not a query (kg query needs --update for it)") from None
            raise StoreError(f"SPARQL syntax error: {_short(_first_line(exc))}") from None
        except (RuntimeError, OSError, ValueError) as exc:
            raise StoreError(f"query failed: {_binding_hint(_first_line(exc))}") from None
        return QueryResult(raw)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update, then bring the default graph (the union queries read) up to date.

        The named graphs hold the data: write into a graph of your own (INSERT DATA { GRAPH <urn:my:notes> { ... } })
        and queries see it; whatever is written straight into the default graph is dropped as it is no named graph's.
        """
        db = self._writable()
        try:
            db.update(sparql, prefixes=_OX_PREFIXES)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL update syntax error: {_short(_first_line(exc))}") from None
        except (RuntimeError, OSError, ValueError) as exc:
            raise StoreError(f"update failed: {_first_line(exc)}") from None
        db.update(_SYNC_UNION)
        self._changed()

    def data_graphs(self) -> list[ox.NamedNode]:
        """The named graphs holding data: documents, user graphs, then the derived graph (not the ontology)."""
        named = sorted((g for g in self.db.named_graphs() if g not in _SPECIAL_GRAPHS), key=lambda g: g.value)
        return [*named, _DERIVED]

    def _selected(self, doc_id: str | None) -> list[ox.NamedNode]:
        if doc_id is None:
            return self.data_graphs()
        graphs = self._graphs_of(doc_id)
        if not graphs:
            raise StoreError(f"no document '{doc_id}' in store {self.path}")
        return graphs

    def _data(self, doc_id: str | None) -> ox.QueryTriples:
        """The triples of the data (the union without what only the ontology says) or of one document's graph."""
        if doc_id is not None:
            return self.db.query("CONSTRUCT WHERE { ?s ?p ?o }", default_graph=self._selected(doc_id)[-1])
        return self.db.query(_DATA_TRIPLES)

    def triples(self, doc_id: str | None = None) -> Iterator[ox.Triple]:
        """Distinct triples of the data (documents, derived facts, user graphs), or of one document's graph."""
        yield from self._data(doc_id)

    def triple_count(self, doc_id: str | None = None) -> int:
        """Number of distinct triples in the data (documents, derived facts, user graphs), or in one document."""
        if doc_id is not None:
            query, graph = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", self._selected(doc_id)[-1]
        else:
            query, graph = _COUNT_DATA_TRIPLES, None
        (row,) = self.db.query(query, default_graph=graph)
        return int(row["n"].value)

    def to_rdflib(self, doc_id: str | None = None) -> Graph:
        """An rdflib Graph (a copy) of the union of the data graphs, or of one document's graph."""
        graph = Graph()
        bind_prefixes(graph)
        for t in self.triples(doc_id):
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return graph

    graph = to_rdflib

    def to_dataset(self, include_ontology: bool = False) -> Dataset:
        """An rdflib Dataset (a copy): one named graph per document, the derived graph, optionally the ontology."""
        dataset = Dataset()
        bind_prefixes(dataset)
        graphs = self.data_graphs() + ([_ONTOLOGY] if include_ontology else [])
        for g in graphs:
            target = dataset.graph(URIRef(g.value))
            for quad in self.db.quads_for_pattern(None, None, None, g):
                target.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        return dataset

    def export(self, fmt: str, output: str | Path | IO[bytes] | None = None, doc_id: str | None = None) -> bytes | None:
        """Write the data (or one document) as ttl, trig, nq, nt or jsonld to output; bytes when output is None."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format '{fmt}' (use one of {', '.join(EXPORT_FORMATS)})")
        target = str(output) if isinstance(output, str | Path) else output
        if fmt == "jsonld":
            data = self.to_rdflib(doc_id).serialize(
                format="json-ld", context={p: str(ns) for p, ns in PREFIXES.items()}, auto_compact=True
            ).encode("utf-8")
            if target is None:
                return data
            if isinstance(target, str):
                Path(target).write_bytes(data)
            else:
                target.write(data)
            return None
        if fmt in ("trig", "nq"):
            quads = (q for g in self._selected(doc_id) for q in self.db.quads_for_pattern(None, None, None, g))
            return ox.serialize(quads, target, format=_RDF_FORMATS[fmt], prefixes=_OUTPUT_PREFIXES)
        if fmt == "nt":
            return self._data(doc_id).serialize(target, format=ox.RdfFormat.N_TRIPLES)
        return ox.serialize(self._data(doc_id), target, format=ox.RdfFormat.TURTLE, prefixes=_OUTPUT_PREFIXES)

    # keeping the store healthy

    def publish(self) -> None:
        """Make what was written so far visible to readers as a new snapshot, and delete unused old snapshots."""
        db = self._writable()
        start = time.monotonic()
        snapshots = self.path / "snapshots"
        snapshots.mkdir(exist_ok=True)
        name = f"{time.time_ns():020d}"
        db.backup(str(snapshots / name))
        _write_text(snapshots / "CURRENT", name + "\n")
        self._dirty = False
        self._last_publish = time.monotonic()
        for entry in snapshots.iterdir():
            if entry.is_dir() and entry.name != name:
                lock_fd = _lock(snapshots / f"{entry.name}.lock", exclusive=True, wait=False)
                if lock_fd is None:
                    continue  # a reader still has it open
                shutil.rmtree(entry, ignore_errors=True)
                with contextlib.suppress(FileNotFoundError):
                    (snapshots / f"{entry.name}.lock").unlink()
                _unlock(lock_fd)
        self._publish_seconds = time.monotonic() - start

    def _changed(self) -> None:
        self._dirty = True
        interval = max(PUBLISH_INTERVAL, self._publish_seconds / PUBLISH_SHARE)
        if not self._pause_publishing and time.monotonic() - self._last_publish >= interval:
            self.publish()

    def _recover(self) -> None:
        """Finish a document replacement that a crash interrupted: drop the old versions if the new one is stored."""
        pending = self.path / "pending.json"
        if not pending.exists():
            return
        try:
            record = json.loads(pending.read_text(encoding="utf-8"))
            keep, drop = ox.NamedNode(record["keep"]), [ox.NamedNode(g) for g in record["drop"]]
        except (ValueError, KeyError, TypeError):
            raise StoreError(f"store {self.path}: pending.json is unreadable; remove it to open the store") from None
        if self.db.contains_named_graph(keep):
            for g in drop:
                self._drop(g)
            self._dirty = True
        pending.unlink()

    def _load_ontology(self) -> None:
        """Keep the ontology named graph equal to the shipped ontology files (skipped when they are not installed)."""
        paths = []
        for name in ONTOLOGY_FILES:
            try:
                paths.append(ontology_file(name))
            except FileNotFoundError:
                continue
        digest = hashlib.sha256()
        for path in paths:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        fingerprint = self.path / "ontology.sha256"
        if fingerprint.is_file() and fingerprint.read_text(encoding="utf-8").strip() == digest.hexdigest():
            return
        quads = []
        for path in paths:
            try:
                quads += [ox.Quad(t.subject, t.predicate, t.object, _ONTOLOGY)
                          for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
            except SyntaxError as exc:
                raise StoreError(f"ontology file {path} does not parse: {_first_line(exc)}") from None
        self._drop(_ONTOLOGY)
        if quads:
            self.db.extend(_with_union(quads))
        _write_text(fingerprint, digest.hexdigest() + "\n")  # after the graph: a crash in between reloads it
        self._dirty = True


# --- helpers --------------------------------------------------------------------------------------------------


def _open_snapshot(path: Path) -> tuple[ox.Store, int | None]:
    """The latest published snapshot opened read-only, with a shared lock that keeps the writer from deleting it."""
    snapshots = path / "snapshots"
    deadline = time.monotonic() + 10
    while True:
        try:
            name = (snapshots / "CURRENT").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            name = ""
        if name:
            lock_fd = _lock(snapshots / f"{name}.lock", exclusive=False, wait=True)
            if (snapshots / name).is_dir():
                try:
                    return ox.Store.read_only(str(snapshots / name)), lock_fd
                except (OSError, RuntimeError) as exc:
                    _unlock(lock_fd)
                    raise StoreError(f"store {path} cannot be read (corrupt?): {_first_line(exc)}") from None
            _unlock(lock_fd)  # deleted after a newer one was published: read CURRENT again
        elif not (path / "db").exists():
            raise StoreError(f"store {path} holds no data yet (run kg build first)")
        else:  # never published (a first write that crashed): publishing needs the writer's lock
            with contextlib.suppress(StoreError):
                Store(path).close()
        if time.monotonic() > deadline:
            raise StoreError(f"store {path} has no readable snapshot; run kg build to repair it")
        time.sleep(0.1)


def _is_document_graph(name: object) -> bool:
    return isinstance(name, ox.NamedNode) and name not in _SPECIAL_GRAPHS


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _short(message: str, width: int = 160) -> str:
    return message if len(message) <= width else message[: width - 1] + "…"


def _binding_hint(message: str) -> str:
    if "SELECT projection" in message:
        return message + " (a bound variable must be selected)"
    return message


def _looks_like_update(sparql: str) -> bool:
    words = {w.upper() for w in sparql.replace("{", " ").split()}
    return bool(words & {"INSERT", "DELETE", "DROP", "CLEAR", "LOAD", "CREATE", "COPY", "MOVE", "ADD"}) and not (
        words & {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
    )


def _check_marker(path: Path) -> None:
    if not path.exists():
        raise StoreError(f"no store at {path} (run kg build first)")
    if not path.is_dir():
        raise StoreError(f"{path} is not a directory, so not a dipkg store")
    marker = path / MARKER
    if not marker.is_file():
        raise StoreError(f"{path} is not a dipkg store (no {MARKER}); refusing to use it")
    try:
        record = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{path}/{MARKER} is unreadable or corrupt; refusing to use the store") from None
    if not isinstance(record, dict) or record.get("format") != STORE_FORMAT:
        raise StoreError(f"{path}/{MARKER} does not describe a dipkg store; refusing to use it")
    if not isinstance(record.get("version"), int) or record["version"] > STORE_VERSION:
        raise StoreError(f"store {path} has format version {record.get('version')!r}; this dipkg reads "
                         f"version {STORE_VERSION} (upgrade dipkg)")


def _prepare_directory(path: Path, create: bool) -> None:
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is not a directory, so not a dipkg store")
    if path.is_dir() and (path / MARKER).exists():
        _check_marker(path)
        return
    if path.is_dir() and any(path.iterdir()):
        raise StoreError(f"{path} is not a dipkg store (no {MARKER}) and is not empty; refusing to touch it")
    if not create:
        raise StoreError(f"no store at {path} (run kg build first)")
    path.mkdir(parents=True, exist_ok=True)
    _write_json(path / MARKER, {"format": STORE_FORMAT, "version": STORE_VERSION, "created_by": f"dipkg {__version__}"})


def _write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _write_json(path: Path, value: object) -> None:
    _write_text(path, json.dumps(value, indent=1) + "\n")


def _lock(path: Path, exclusive: bool, wait: bool) -> int | None:
    """An flock on path (created if missing); None when not waiting and someone else holds it."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        if exclusive:
            raise StoreError(f"cannot write in {path.parent} (read-only?)") from None
        return None  # a read-only store directory: nobody can write it, so reading needs no lock
    flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB)
    try:
        fcntl.flock(fd, flags)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)

