"""Score country-level CAMEO codings of single news sentences, as event datasets count them.

Each line of the TSV (default bench/eval/sentences.tsv) is: CAMEO code, source, target (may be empty), sentence.
Sources and targets are ISO 3166 alpha-3 codes, or a body's short name (NATO, UN, Hamas, ...). A sentence counts as
coded when dipkg asserts an interaction whose source, rolled up to its state, is the source, whose target set holds
the target, and whose root (first two digits) is the root; "exact" also needs the full code.

    .venv/bin/python bench/sentences.py [TSV] [--verbose]
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import defaultdict
from pathlib import Path

from kg.documents import Document
from kg.extraction import Extraction
from kg.gazetteer import load_gazetteer
from kg.nlp import extract, load_pipeline

DEFAULT = Path(__file__).parent / "eval" / "sentences.tsv"


def fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold().replace(".", "")


def known_names() -> dict[str, set[str]]:
    """Every name the gazetteer knows for each actor key ("UN", "U.N.", "United Nations")."""
    names: dict[str, set[str]] = defaultdict(set)
    for form, key in load_gazetteer().names.items():
        names[key].add(fold(form))
    return names


def labels(extraction: Extraction, key: str, known: dict[str, set[str]]) -> set[str]:
    """Every name a coder could use for an actor at country level: its state's ISO code, and the names of a body
    on the way there (coders write "Houthis" or "YEM" for the Houthis, "RSF" or "SDN" for the RSF)."""
    def names_of(actor) -> set[str]:
        return {fold(n) for n in (actor.name, *actor.aliases)} | known.get(actor.key, set())

    actor, seen, names = extraction.actors[key], set(), set()
    while actor.kind != "Country" and actor.key not in seen:
        seen.add(actor.key)
        if actor.kind == "Organization" or not actor.affiliations:
            names |= names_of(actor)
        if not actor.affiliations:
            return names
        actor = extraction.actors[actor.affiliations[0]]
    return names | ({actor.iso3.casefold()} if actor.iso3 else names_of(actor))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", "-v", action="store_true", help="print every sentence that was not coded")
    args = parser.parse_args()
    rows = [line.rstrip("\n").split("\t") for line in args.tsv.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    documents = [Document(id=f"s{n}", text=row[3]) for n, row in enumerate(rows)]
    nlp, known = load_pipeline(), known_names()
    root_hits = exact_hits = 0
    for (code, source, target, text), extraction in zip(rows, extract(documents, nlp), strict=True):
        coded = [(labels(extraction, i.actor, known), i.cameo, [labels(extraction, t, known) for t in i.targets])
                 for i in extraction.interactions if i.modality is None]
        matches = [cameo for sources, cameo, targets in coded if fold(source) in sources
                   and (not target or any(fold(target) in t for t in targets)) and cameo[:2] == code[:2]]
        root_hits += bool(matches)
        exact_hits += code in matches
        if args.verbose and not matches:
            print(f"missed {code} {source} -> {target or '-'}: {text}")
    n = len(rows)
    print(f"{n} sentences: source, target and root right {root_hits / n:.2f}; exact code too {exact_hits / n:.2f}")


if __name__ == "__main__":
    main()
