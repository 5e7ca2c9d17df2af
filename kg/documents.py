"""Read input articles (.txt, .json, .jsonl, folders, stdin) into Documents, reporting bad inputs without stopping."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".json", ".jsonl")


@dataclass(frozen=True)
class Document:
    """One input article with its metadata."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str = ""
    pipeline: str = ""  # the version of the extraction pipeline that reads it (kg.nlp.pipeline_version)

    @property
    def content_hash(self) -> str:
        """Hash of all that shapes the document's graph: a changed text, metadata or pipeline is a new version."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.title or "", str(self.published or ""), self.url or "", self.pipeline):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()[:24]


@dataclass(frozen=True)
class InputProblem:
    """A skipped input: where it came from and what is wrong with it, in one line."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def _parse_date(value: object) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"'published' is not an ISO date: {value!r}")


def document_from_object(obj: object, default_id: str, source: str) -> Document:
    """Build a Document from a JSON object with `text` and optional `id`, `title`, `published`, `url`."""
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("JSON object has no 'text' string")
    if not text.strip():
        raise ValueError("'text' is empty")
    published = obj.get("published")
    for key in ("id", "title", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str | int):
            raise ValueError(f"'{key}' must be a string")
    return Document(
        id=str(obj.get("id") or default_id),
        text=text,
        title=str(obj["title"]) if obj.get("title") else None,
        published=_parse_date(published) if published else None,
        url=str(obj["url"]) if obj.get("url") else None,
        source=source,
    )


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (invalid byte at offset {exc.start})") from None


def _read_file(path: Path) -> Iterator[Document | InputProblem]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputProblem(source, f"unsupported file type '{path.suffix or '(none)'}' (use .txt, .json or .jsonl)")
        return
    try:
        text = _read_text(path)
    except ValueError as exc:
        yield InputProblem(source, str(exc))
        return
    if not text.strip():
        yield InputProblem(source, "file is empty")
        return
    if suffix == ".txt":
        yield Document(id=path.name, text=text, source=source)
        return
    if suffix == ".json":
        try:
            yield document_from_object(json.loads(text), path.name, source)
        except json.JSONDecodeError as exc:
            yield InputProblem(source, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        except ValueError as exc:
            yield InputProblem(source, str(exc))
        return
    yield from _read_lines(_lines(text), path.name, source)


def _lines(text: str) -> list[str]:
    # Only \n ends a JSON Lines record: str.splitlines() would also split at U+2028, U+0085 etc., which JSON strings
    # may hold raw (news text often does).
    return text.split("\n")


def _read_lines(lines: Iterable[str], name: str, source: str) -> Iterator[Document | InputProblem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield document_from_object(json.loads(line), f"{name}:{number}", where)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"invalid JSON at column {exc.colno}: {exc.msg}")
        except ValueError as exc:
            yield InputProblem(where, str(exc))


def _read_stdin() -> Iterator[Document | InputProblem]:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputProblem("<stdin>", f"not UTF-8 text (invalid byte at offset {exc.start})")
        return
    stripped = text.strip()
    if not stripped:
        yield InputProblem("<stdin>", "input is empty")
        return
    if stripped.startswith("{"):
        try:
            yield document_from_object(json.loads(stripped), "stdin", "<stdin>")
            return
        except json.JSONDecodeError:
            yield from _read_lines(_lines(text), "stdin", "<stdin>")
            return
        except ValueError as exc:
            yield InputProblem("<stdin>", str(exc))
            return
    yield Document(id="stdin", text=text, source="<stdin>")


def count_documents(inputs: Iterable[str | Path]) -> int | None:
    """How many documents the inputs hold, counted cheaply for a progress bar; None when stdin is among them."""
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                try:
                    total += sum(1 for line in file.read_bytes().split(b"\n") if line.strip())
                except OSError:
                    total += 1
            elif file.suffix.lower() in SUPPORTED_SUFFIXES:
                total += 1
    return total


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Document | InputProblem]:
    """Yield a Document for every readable article under the inputs and an InputProblem for every bad one."""
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin()
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not files:
                yield InputProblem(str(path), "folder holds no .txt, .json or .jsonl files")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputProblem(str(path), "no such file or folder")
