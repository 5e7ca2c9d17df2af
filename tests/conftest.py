"""Shared fixtures: one loaded pipeline per test session for the model-marked tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.documents import Document


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
