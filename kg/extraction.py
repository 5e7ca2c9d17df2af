"""Extraction results: the actors and interactions one document asserts, as plain dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.documents import Document

ACTOR_KINDS = ("Person", "Country", "Organization", "Location")
MODALITIES = ("negated", "hypothetical", "future", "hoped")


@dataclass
class Actor:
    """A person, country, organization or place, with every name the document uses for it."""

    key: str  # unique within one Extraction; used by Interaction.actor/targets and Actor.affiliations
    kind: str  # one of ACTOR_KINDS
    name: str  # canonical name
    aliases: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # keys of the states or bodies it acts for
    iso3: str | None = None
    wikidata: str | None = None
    mentioned: bool = True  # False for a state added only because an actor is affiliated with it
    document_scoped: bool = False  # known only by office here ("the Prime Minister"): not the same node elsewhere


@dataclass
class Interaction:
    """One directed action of one actor toward zero or more targets, as a sentence asserts it."""

    actor: str
    cameo: str
    evidence: str
    targets: list[str] = field(default_factory=list)
    date: dt.date | None = None
    quotes: list[str] = field(default_factory=list)
    modality: str | None = None  # one of MODALITIES, or None when asserted
    start: int = 0  # character offset of the evidence in the document, for stable ordering


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: dict[str, Actor] = field(default_factory=dict)
    interactions: list[Interaction] = field(default_factory=list)
