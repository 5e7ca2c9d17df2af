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
    from kg.nlp import ModelNotFound

    count = 0

    def on_document(document) -> None:
        nonlocal count
        count += 1
        if count % 10 == 0:
            click.echo(f"  {count} documents", err=True)

    def on_problem(problem) -> None:
        click.echo(f"kg: skipped {problem}", err=True)

    try:
        report = run_build(inputs, out_dir, model=model, on_document=on_document, on_problem=on_problem)
    except ModelNotFound as exc:
        click.echo(f"kg: {exc}", err=True)
        sys.exit(2)
    click.echo(
        f"kg: {report.documents} documents, {report.interactions} interactions -> {out_dir}/graph.ttl, "
        f"{out_dir}/graph.html" + (f"; {len(report.problems)} inputs skipped" if report.problems else ""),
        err=True,
    )
    if report.problems:
        sys.exit(2)
