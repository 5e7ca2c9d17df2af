"""Reading input articles: .txt, .json, .jsonl, folders and stdin, and one clear problem per bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from kg.documents import Document, InputProblem, read_inputs


def read(*inputs: str | Path) -> tuple[list[Document], list[InputProblem]]:
    """The documents and the problems read_inputs yields for the inputs."""
    items = list(read_inputs(inputs))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputProblem)]


def write_json(path: Path, obj: object) -> Path:
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def use_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- good inputs -------------------------------------------------------------------------------------------------


def test_a_text_file_is_one_document_named_after_the_file(tmp_path):
    """A .txt file is one document whose id is the file name and whose text is the file's content."""
    path = tmp_path / "rubio.txt"
    path.write_text("Rubio spoke with Jaishankar.\n", encoding="utf-8")
    (doc,), problems = read(path)
    assert problems == []
    assert doc.id == "rubio.txt"
    assert doc.text == "Rubio spoke with Jaishankar.\n"
    assert (doc.title, doc.published, doc.url) == (None, None, None)
    assert doc.source == str(path)


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path):
    """A UTF-8 file saved with a BOM reads the same as one without."""
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffIndia struck Pakistan.".encode())
    (doc,), _ = read(path)
    assert doc.text == "India struck Pakistan."


def test_a_json_file_keeps_its_id_title_date_and_url(tmp_path):
    """A .json object's id, title, published date and url become the document's metadata."""
    path = write_json(tmp_path / "a.json", {"id": "seed", "title": "Trump urges calm", "published": "2025-05-09",
                                            "url": "https://example.org/a", "text": "Trump urged India."})
    (doc,), problems = read(path)
    assert problems == []
    assert doc == Document(id="seed", text="Trump urged India.", title="Trump urges calm",
                           published=dt.date(2025, 5, 9), url="https://example.org/a", source=str(path))


def test_a_json_file_without_an_id_is_named_after_the_file(tmp_path):
    """Without an id, a .json document's id is the file name."""
    (doc,), _ = read(write_json(tmp_path / "story.json", {"text": "Modi met Sharif."}))
    assert doc.id == "story.json"
    assert doc.title is None and doc.published is None


def test_a_published_timestamp_keeps_its_date(tmp_path):
    """A full ISO timestamp in `published` gives the date part."""
    (doc,), problems = read(write_json(tmp_path / "a.json", {"text": "x y", "published": "2025-05-09T14:30:00Z"}))
    assert problems == []
    assert doc.published == dt.date(2025, 5, 9)


def test_numeric_metadata_is_read_as_text(tmp_path):
    """A number given as id or title is kept as a string, and the document still gets a content hash."""
    (doc,), problems = read(write_json(tmp_path / "a.json", {"text": "x y", "id": 7, "title": 2024}))
    assert problems == []
    assert (doc.id, doc.title) == ("7", "2024")
    assert doc.content_hash


def test_each_line_of_a_jsonl_file_is_a_document_numbered_by_line(tmp_path):
    """A .jsonl file gives one document per line, by default named file:line; blank lines are skipped."""
    path = tmp_path / "feed.jsonl"
    lines = [{"text": "First."}, {"id": "second", "text": "Second.", "published": "2024-01-02"}, {"text": "Third."}]
    path.write_text(f"{json.dumps(lines[0])}\n{json.dumps(lines[1])}\n\n{json.dumps(lines[2])}\n", encoding="utf-8")
    docs, problems = read(path)
    assert problems == []
    assert [d.id for d in docs] == ["feed.jsonl:1", "second", "feed.jsonl:4"]
    assert [d.text for d in docs] == ["First.", "Second.", "Third."]
    assert docs[1].published == dt.date(2024, 1, 2)


def test_a_jsonl_text_holding_a_unicode_line_separator_stays_one_document(tmp_path):
    """A raw U+2028 inside a JSON string does not split the line into two broken records."""
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "One\u2028two"}\n{"text": "Three"}\n', encoding="utf-8")
    docs, problems = read(path)
    assert problems == []
    assert [(d.id, d.text) for d in docs] == [("feed.jsonl:1", "One\u2028two"), ("feed.jsonl:2", "Three")]


def test_a_folder_is_read_recursively_in_sorted_order_keeping_only_articles(tmp_path):
    """A folder gives every .txt, .json and .jsonl below it, sorted by path; other files are ignored."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    write_json(tmp_path / "b" / "c.json", {"text": "Cee."})
    (tmp_path / "d.jsonl").write_text('{"text": "Dee."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    docs, problems = read(tmp_path)
    assert problems == []
    assert [d.text for d in docs] == ["Ay.", "Cee.", "Zed.", "Dee."]
    assert [d.id for d in docs] == ["a.txt", "c.json", "z.txt", "d.jsonl:1"]


def test_upper_case_extensions_are_read(tmp_path):
    """FILE.TXT is read like file.txt."""
    (tmp_path / "NOTE.TXT").write_text("Hello there.", encoding="utf-8")
    (doc,), problems = read(tmp_path / "NOTE.TXT")
    assert problems == [] and doc.id == "NOTE.TXT"


def test_plain_text_on_stdin_is_one_document(monkeypatch):
    """`-` reads standard input as one text document called stdin."""
    use_stdin(monkeypatch, b"Rubio called Sharif on Thursday.\n")
    (doc,), problems = read("-")
    assert problems == []
    assert (doc.id, doc.text, doc.source) == ("stdin", "Rubio called Sharif on Thursday.\n", "<stdin>")


def test_a_json_object_on_stdin_keeps_its_metadata(monkeypatch):
    """A JSON object on standard input is read like a .json file."""
    use_stdin(monkeypatch, json.dumps({"id": "piped", "published": "2025-05-09", "text": "Trump urged calm."}).encode())
    (doc,), problems = read("-")
    assert problems == []
    assert (doc.id, doc.published, doc.text) == ("piped", dt.date(2025, 5, 9), "Trump urged calm.")


def test_json_lines_on_stdin_are_one_document_each(monkeypatch):
    """JSON Lines on standard input give one document per line, named stdin:LINE."""
    use_stdin(monkeypatch, b'{"text": "One."}\n{"text": "Two."}\n')
    docs, problems = read("-")
    assert problems == []
    assert [(d.id, d.text) for d in docs] == [("stdin:1", "One."), ("stdin:2", "Two.")]


def test_stdin_can_be_mixed_with_files(monkeypatch, tmp_path):
    """`-` among other inputs is read in its place."""
    use_stdin(monkeypatch, b"From the pipe.")
    (tmp_path / "a.txt").write_text("From a file.", encoding="utf-8")
    docs, _ = read(tmp_path / "a.txt", "-")
    assert [d.id for d in docs] == ["a.txt", "stdin"]


# --- bad inputs --------------------------------------------------------------------------------------------------


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """One of each kind of bad input, with a word its problem must contain."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 diplomacy".encode("latin-1"))
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    write_json(folder / "notext.json", {"title": "No body"})
    (folder / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    write_json(folder / "baddate.json", {"text": "Fine text.", "published": "9 May 2025"})
    (folder / "nothing-here").mkdir()
    return {
        "empty file": (folder / "empty.txt", "empty"),
        "non-UTF-8 bytes": (folder / "latin1.txt", "UTF-8"),
        "unsupported extension": (folder / "scan.pdf", ".pdf"),
        "JSON without text": (folder / "notext.json", "text"),
        "invalid JSON": (folder / "broken.json", "invalid JSON"),
        "bad published date": (folder / "baddate.json", "published"),
        "missing path": (folder / "missing.txt", "no such file"),
        "empty folder": (folder / "nothing-here", "folder"),
    }


@pytest.mark.parametrize("kind", ["empty file", "non-UTF-8 bytes", "unsupported extension", "JSON without text",
                                  "invalid JSON", "bad published date", "missing path", "empty folder"])
def test_a_bad_input_gives_one_problem_naming_the_file_and_the_rest_still_comes_through(tmp_path, kind):
    """Each bad input yields exactly one problem naming it, and good inputs around it are still read."""
    path, word = bad_inputs(tmp_path)[kind]
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text("Before.", encoding="utf-8")
    after.write_text("After.", encoding="utf-8")
    docs, problems = read(before, path, after)
    assert [d.id for d in docs] == ["before.txt", "after.txt"]
    assert len(problems) == 1
    (problem,) = problems
    assert problem.source == str(path)
    assert word.lower() in problem.problem.lower()
    assert str(problem) == f"{path}: {problem.problem}"
    assert "\n" not in str(problem)


def test_a_bad_line_in_a_jsonl_file_is_reported_with_its_line_number(tmp_path):
    """A broken .jsonl line is one problem at file:line; the other lines are still documents."""
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "One."}\nnot json\n{"title": "no text"}\n{"text": "Four."}\n', encoding="utf-8")
    docs, problems = read(path)
    assert [d.id for d in docs] == ["feed.jsonl:1", "feed.jsonl:4"]
    assert [p.source for p in problems] == [f"{path}:2", f"{path}:3"]
    assert "invalid JSON" in problems[0].problem and "text" in problems[1].problem


@pytest.mark.parametrize("obj, word", [
    ([{"text": "a list"}], "object"),
    ({"text": 42}, "text"),
    ({"text": "   "}, "empty"),
    ({"text": "ok", "published": 20250509}, "published"),
    ({"text": "ok", "published": "2025-02-30"}, "published"),
    ({"text": "ok", "title": ["a", "b"]}, "title"),
])
def test_malformed_json_objects_are_reported_not_read(tmp_path, obj, word):
    """A JSON value that is not an object with usable text and metadata is one problem saying what is wrong."""
    path = write_json(tmp_path / "a.json", obj)
    docs, (problem,) = read(path)
    assert docs == []
    assert problem.source == str(path) and word in problem.problem


def test_a_folder_of_only_unsupported_files_is_reported(tmp_path):
    """A folder holding no article files is one problem naming the folder."""
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    docs, (problem,) = read(tmp_path)
    assert docs == [] and problem.source == str(tmp_path)


def test_problems_in_a_folder_name_the_bad_file(tmp_path):
    """A bad file inside a folder is reported under its own path, and the folder's good files are read."""
    (tmp_path / "good.txt").write_text("Good.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    docs, (problem,) = read(tmp_path)
    assert [d.id for d in docs] == ["good.txt"]
    assert problem.source == str(tmp_path / "empty.txt")


@pytest.mark.parametrize("data, word", [(b"", "empty"), (b"  \n\t", "empty"), (b"caf\xe9", "UTF-8"),
                                        (b'{"title": "no text"}', "text")])
def test_bad_stdin_is_one_problem(monkeypatch, data, word):
    """Empty, non-UTF-8 or text-less standard input is one problem reported as <stdin>."""
    use_stdin(monkeypatch, data)
    docs, (problem,) = read("-")
    assert docs == []
    assert problem.source == "<stdin>" and word in problem.problem


# --- versions ----------------------------------------------------------------------------------------------------


def test_the_content_hash_changes_when_text_or_metadata_change():
    """Editing the text, id, title, date or url gives a new content hash; the same content gives the same one."""
    doc = Document(id="a", text="Rubio met Sharif.", title="T", published=dt.date(2025, 5, 9), url="https://x/a")
    assert doc.content_hash == replace(doc).content_hash
    assert doc.content_hash == replace(doc, source="elsewhere.json").content_hash
    edits = [replace(doc, text="Rubio met Modi."), replace(doc, id="b"), replace(doc, title="U"),
             replace(doc, title=None), replace(doc, published=dt.date(2025, 5, 10)), replace(doc, published=None),
             replace(doc, url="https://x/b")]
    hashes = {doc.content_hash, *(e.content_hash for e in edits)}
    assert len(hashes) == len(edits) + 1


def test_the_content_hash_is_stable_across_reads(tmp_path):
    """Reading the same file twice gives the same hash; rewriting its text gives a different one."""
    path = tmp_path / "a.txt"
    path.write_text("India struck Pakistan.", encoding="utf-8")
    (first,), _ = read(path)
    (again,), _ = read(path)
    path.write_text("India struck Pakistan on Wednesday.", encoding="utf-8")
    (edited,), _ = read(path)
    assert first.content_hash == again.content_hash != edited.content_hash


def test_count_documents_counts_files_and_jsonl_lines_for_the_progress_bar(tmp_path):
    from kg.documents import count_documents

    (tmp_path / "a.txt").write_text("India and Pakistan.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n\n', encoding="utf-8")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    assert count_documents([tmp_path]) == 3
    assert count_documents([tmp_path, "-"]) is None
