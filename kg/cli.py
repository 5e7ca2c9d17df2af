"""The `kg` command line: a thin layer over the dipkg library; data on stdout, progress and errors on stderr."""

from __future__ import annotations

import sys

import click

from kg import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs of diplomatic actors and their CAMEO-coded interactions from news text."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and the store.")
@click.option("--model", default=None, envvar="KG_MODEL",
              help="spaCy model to use (default: the best installed English model; env KG_MODEL).")
def build(inputs: tuple[str, ...], out_dir: str, model: str | None) -> None:
    """Extract actors and interactions from INPUTS (.txt, .json, .jsonl, folders, or - for stdin)."""
    from kg.build import build as run_build
    from kg.documents import count_documents
    from kg.nlp import ModelNotFound
    from kg.store import StoreError

    total = count_documents(inputs)
    bar = click.progressbar(length=total, label="kg: extracting", file=sys.stderr) if total and total > 1 else None

    def on_document(document) -> None:
        if bar is not None:
            bar.update(1)

    def on_problem(problem) -> None:
        click.echo(f"kg: skipped {problem}", err=True)

    try:
        if bar is not None:
            with bar:
                report = run_build(inputs, out_dir, model=model, on_document=on_document, on_problem=on_problem)
        else:
            report = run_build(inputs, out_dir, model=model, on_document=on_document, on_problem=on_problem)
    except (ModelNotFound, StoreError) as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(2)
    if not report.documents:
        click.echo(f"kg: no document could be read; {out_dir} left as it was", err=True)
    else:
        click.echo(
            f"kg: {report.documents} documents"
            + (f" ({report.unchanged} unchanged)" if report.unchanged else "")
            + f", {report.interactions} interactions -> {out_dir}/graph.ttl, {out_dir}/graph.html "
            f"(store: {report.stored} documents)"
            + (f"; {len(report.problems)} inputs skipped" if report.problems else ""),
            err=True,
        )
    if report.problems:
        sys.exit(2)


def _graph_source(command):
    """The --store / --graph options shared by the commands that read a built graph."""
    command = click.option("--graph", "graph_file", default=None, type=click.Path(dir_okay=False),
                           help="A Turtle file written by kg build (default: out/graph.ttl).")(command)
    return click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False),
                        help="A store folder written by kg build.")(command)


def _open_graph(store_dir: str | None, graph_file: str | None, write: bool = False):
    """The graph to analyse and a function that saves derived triples back, from --store or --graph."""
    from pathlib import Path

    from rdflib import Graph

    from kg.vocab import bind_prefixes

    if store_dir and graph_file:
        raise click.UsageError("give --store or --graph, not both")
    if store_dir:
        from kg.store import Store, StoreError

        try:
            store = Store.open(store_dir, read_only=not write)
        except StoreError as exc:
            click.echo(f"kg: {exc}", err=True)
            sys.exit(2)
        try:
            store_graph = store.to_rdflib()
        finally:
            if not write:
                store.close()

        def save_to_store(derived) -> None:
            with store:
                store.add(derived)  # a Graph replaces the store's derived facts

        return store_graph, save_to_store
    path = Path(graph_file or "out/graph.ttl")
    if not path.is_file():
        click.echo(f"kg: {path}: no such graph; run kg build first or give --graph FILE.ttl", err=True)
        sys.exit(2)
    graph = Graph()
    bind_prefixes(graph)
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        click.echo(f"kg: {path}: not a Turtle graph ({exc.__class__.__name__}: {exc})", err=True)
        sys.exit(2)

    def save(_derived) -> None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(graph.serialize(format="turtle"), encoding="utf-8")
        tmp.replace(path)

    return graph, save


@main.command()
@click.argument("name", type=click.Choice(["interactions", "spoke-with", "dyads", "centrality", "brokers",
                                           "communities"]))
@_graph_source
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Only interactions on or after DATE.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Only interactions on or before DATE.")
@click.option("--country", default=None, help="Only interactions involving this state (ISO3 code or name).")
@click.option("--root", default=None, help="Only interactions of this CAMEO root or code prefix, e.g. 04 or 19.")
@click.option("--write", is_flag=True, help="Add the derived relations (ontology/relations.ttl) to the graph.")
def relations(name, store_dir, graph_file, fmt, since, until, country, root, write) -> None:
    """Print one analysis (NAME) of the asserted interactions as a table, CSV or JSON."""
    from kg.relations import Filters, analysis, write_derived
    from kg.tables import format_rows

    filters = Filters(since.date() if since else None, until.date() if until else None, country,
                      root.zfill(2) if root and len(root) == 1 else root)
    if write and filters.active:
        raise click.UsageError("--write derives relations from the whole graph; drop --since/--until/--country/--root")
    graph, save = _open_graph(store_dir, graph_file, write)
    click.echo(format_rows(analysis(name, graph, filters), fmt), nl=False)
    if write:
        derived = write_derived(graph)
        save(derived)
        click.echo(f"kg: wrote {len(derived)} derived triples", err=True)


@main.command()
@_graph_source
@click.option("-o", "--output", default="out/graph.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--title", default="", help="Title shown on the page.")
def view(store_dir, graph_file, output, title) -> None:
    """Write the interactive HTML view of a built graph: works offline, one self-contained file."""
    from pathlib import Path

    from kg.view import write_view

    graph, _save = _open_graph(store_dir, graph_file)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    write_view(graph, Path(output), title=title)
    click.echo(f"kg: wrote {output}", err=True)


def _saved_names() -> str:
    from kg.resources import QUERIES_DIR

    return ", ".join(sorted(p.stem for p in QUERIES_DIR.glob("*.rq")))


@main.command()
@click.argument("query_text", metavar="[QUERY]", required=False)
@click.option("-f", "--file", "query_file", default=None, type=click.Path(dir_okay=False),
              help="Read the SPARQL query from FILE.rq.")
@click.option("--saved", default=None, metavar="NAME", help=f"Run a saved query: {_saved_names()}.")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE",
              help="Bind ?NAME to VALUE safely (a string; <IRI> or dipr:... for an IRI). Repeatable.")
@click.option("--store", "store_dir", default="out/store", show_default=True, type=click.Path(file_okay=False),
              help="The store folder written by kg build.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "ttl"]), default=None,
              help="Output: table (default), csv, tsv, json (SPARQL results JSON); ttl for CONSTRUCT/DESCRIBE.")
@click.option("--update", is_flag=True, help="Run a SPARQL update; without it the store is opened read-only.")
def query(query_text, query_file, saved, params, store_dir, fmt, update) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store; dip:, dipr:, cameo:, rdfs: etc. are
    predeclared."""
    from pathlib import Path

    from kg.store import Store, StoreError, parse_value, saved_query

    try:
        if sum(x is not None for x in (query_text, query_file, saved)) != 1:
            raise click.UsageError("give exactly one of QUERY, -f FILE.rq or --saved NAME")
        if saved is not None:
            definition = saved_query(saved)
            missing = [name for name in definition.params if name not in dict(params)]
            if missing:
                name = missing[0]
                raise click.UsageError(f"saved query {saved} needs -p {name} VALUE ({definition.params[name]})")
            text = definition.text
        elif query_file is not None:
            try:
                text = Path(query_file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise StoreError(f"cannot read {query_file}: {getattr(exc, 'strerror', None) or exc}") from None
        else:
            text = query_text
        if update:
            if params:
                raise click.UsageError("-p cannot be used with --update (updates take no bindings)")
            with Store.open(store_dir) as store:
                store.update(text)
            click.echo(f"kg: update applied to {store_dir}", err=True)
            return
        bindings = {name: parse_value(value) for name, value in params}
        with Store.open(store_dir, read_only=True) as store:
            output = store.query(text, bindings).serialize(fmt)
    except StoreError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(2)
    click.echo(output, nl=False)


@main.command()
@click.option("--store", "store_dir", default="out/store", show_default=True, type=click.Path(file_okay=False),
              help="The store folder written by kg build.")
@click.option("--format", "fmt", type=click.Choice(["ttl", "trig", "nq", "nt", "jsonld"]), required=True,
              help="Turtle, TriG (one named graph per document), N-Quads, N-Triples or JSON-LD.")
@click.option("--doc", "doc_id", default=None, help="Export only this document's graph (its id).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="The file to write, or - for standard output.")
def export(store_dir, fmt, doc_id, output) -> None:
    """Export the whole store (or one document) as RDF; every format parses back to the same triples."""
    from pathlib import Path

    from kg.store import Store, StoreError

    try:
        with Store.open(store_dir, read_only=True) as store:
            if output == "-":
                store.export(fmt, sys.stdout.buffer, doc_id=doc_id)
                sys.stdout.flush()
                return
            target = Path(output)
            tmp = target.with_name(target.name + ".tmp")
            try:
                store.export(fmt, tmp, doc_id=doc_id)
                tmp.replace(target)
            except OSError as exc:
                raise StoreError(f"cannot write {output}: {exc.strerror or exc}") from None
            finally:
                tmp.unlink(missing_ok=True)
    except StoreError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(2)
    click.echo(f"kg: wrote {output}", err=True)


@main.command()
@click.argument("doc_id")
@click.option("--store", "store_dir", default="out/store", show_default=True, type=click.Path(file_okay=False),
              help="The store folder written by kg build; graph.ttl and graph.html beside it are rewritten.")
def remove(doc_id, store_dir) -> None:
    """Remove the document DOC_ID from the store and rewrite graph.ttl and graph.html from what remains."""
    from pathlib import Path

    from kg.build import remove as remove_document
    from kg.store import StoreError

    try:
        removed = remove_document(doc_id, store_dir)
    except StoreError as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(2)
    if not removed:
        click.echo(f"kg: no document '{doc_id}' in store {store_dir}", err=True)
        sys.exit(2)
    out = Path(store_dir).parent
    click.echo(f"kg: removed {doc_id}; rewrote {out / 'graph.ttl'} and {out / 'graph.html'}", err=True)
