"""Shared fixtures: one loaded pipeline per test session for the model-marked tests."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.documents import Document
from kg.resources import DATA_DIR


def load_lexicon(name: str) -> list[dict]:
    """The rows of one JSON Lines lexicon in kg/data, failing on a blank line or a row that is not an object."""
    rows = []
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            assert line.strip(), f"{name}:{number}: blank line"
            row = json.loads(line)
            assert isinstance(row, dict), f"{name}:{number}: not an object"
            rows.append(row)
    return rows


@pytest.fixture(scope="session")
def states() -> list[dict]:
    return load_lexicon("states.jsonl")


@pytest.fixture(scope="session")
def bodies() -> list[dict]:
    return load_lexicon("bodies.jsonl")


@pytest.fixture(scope="session")
def people() -> list[dict]:
    return load_lexicon("people.jsonl")


@pytest.fixture(scope="session")
def places() -> list[dict]:
    return load_lexicon("places.jsonl")


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract one text (with an optional published date) and return its Extraction."""
    from kg.nlp import extract

    def run(text: str, published: str | None = "2025-05-09", title: str | None = None):
        doc = Document(id="t", text=text, title=title,
                       published=dt.date.fromisoformat(published) if published else None)
        return next(extract([doc], nlp))

    return run
