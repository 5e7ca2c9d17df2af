"""Benchmark extraction throughput: dipkg's pipeline against bare spaCy on the same corpus. Target: ratio >= 0.85.

The corpus is the texts of DEV_DIR/*.txt (default ../shared/eval/dev beside the repository; just the seed when it is
absent) and seeds/seed.json, repeated to about --docs documents. Both runs use the same model and batch size: bare
`nlp.pipe` of the model (kg.nlp.choose_model + spacy.load), and dipkg's extraction (kg.nlp.load_pipeline +
kg.nlp.extract, consuming every Extraction). Each is warmed up first; then both are timed in one process, alternating
every few batches so that both see the same machine load, summed over the rounds. The verdict uses CPU time (wall
time is printed too): on a shared machine it is the steadier measure.

Usage: python bench/throughput.py [DEV_DIR] [--docs N] [--batch-size B] [--rounds R] [--model NAME] [--profile N]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from kg.documents import Document
from kg.nlp import choose_model, extract, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev"
SEED = ROOT / "seeds" / "seed.json"
TARGET = 0.85
DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


def base_documents(dev_dir: Path) -> list[Document]:
    """The seed article and every dev text, each with its date (from the seed's metadata or the file name)."""
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    docs = [Document(id="seed", text=seed["text"], title=seed.get("title"),
                     published=dt.date.fromisoformat(seed["published"]) if seed.get("published") else None)]
    if dev_dir.is_dir():
        for path in sorted(dev_dir.glob("*.txt")):
            if path.name == "seed.txt":  # the same article as seeds/seed.json
                continue
            match = DATE_IN_NAME.search(path.stem)
            docs.append(Document(id=path.name, text=path.read_text(encoding="utf-8"),
                                 published=dt.date.fromisoformat(match.group(1)) if match else None))
    else:
        print(f"note: {dev_dir} not found; the corpus is the seed article alone", file=sys.stderr)
    return docs


def corpus(dev_dir: Path, size: int) -> list[Document]:
    """The base documents repeated to `size` documents, each copy with its own id."""
    base = base_documents(dev_dir)
    return [Document(id=f"{d.id}#{i}", text=d.text, title=d.title, published=d.published)
            for i in range(size) for d in [base[i % len(base)]]]


def run_bare(nlp, docs: list[Document], batch_size: int) -> int:
    """Bare spaCy: every text through nlp.pipe; the number of tokens processed."""
    return sum(len(doc) for doc in nlp.pipe((d.text for d in docs), batch_size=batch_size))


def run_dipkg(nlp, docs: list[Document], batch_size: int) -> int:
    """dipkg's extraction: every document through kg.nlp.extract, consuming each Extraction; the interactions found."""
    found = 0
    for extraction in extract(docs, nlp, batch_size=batch_size):
        found += len(extraction.interactions) + len(extraction.actors)
    return found


def timed(run: Callable[..., int], *args: object) -> tuple[float, float]:
    """Wall-clock and CPU seconds that run(*args) takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    run(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV,
                        help=f"folder of dev .txt articles (default: {DEFAULT_DEV})")
    parser.add_argument("--docs", type=int, default=500, help="corpus size in documents (default 500)")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size for both runs (default 32)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of each, alternating (default 3)")
    parser.add_argument("--model", default=None, help="spaCy model (default: as kg chooses it)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="after timing, profile one dipkg pass and print its N hottest functions")
    args = parser.parse_args(argv)

    docs = corpus(args.dev_dir, args.docs)
    model = choose_model(args.model)
    bare = spacy.load(model)
    dip = load_pipeline(model)
    tokens = sum(len(bare.make_doc(d.text)) for d in docs)
    print(f"model {model}; {len(docs)} documents, {tokens} tokens, batch size {args.batch_size}")
    print(f"bare pipeline:  {', '.join(bare.pipe_names)}")
    print(f"dipkg pipeline: {', '.join(dip.pipe_names)}")

    warm = docs[: max(args.batch_size, 20)]
    run_bare(bare, warm, args.batch_size)
    run_dipkg(dip, warm, args.batch_size)

    # The machine may be shared: time the two in alternating chunks of a few batches (which goes first alternates too)
    # so that both see the same load, sum over the rounds, and judge by CPU time, which other processes disturb least.
    chunk = args.batch_size * 4
    totals = {"bare": [0.0, 0.0], "dipkg": [0.0, 0.0]}  # wall, cpu
    runs = {"bare": (run_bare, bare), "dipkg": (run_dipkg, dip)}
    for r in range(1, args.rounds + 1):
        this = {"bare": [0.0, 0.0], "dipkg": [0.0, 0.0]}
        for n, i in enumerate(range(0, len(docs), chunk)):
            for name in ("bare", "dipkg") if (n + r) % 2 else ("dipkg", "bare"):
                run, nlp = runs[name]
                wall, cpu = timed(run, nlp, docs[i : i + chunk], args.batch_size)
                this[name][0] += wall
                this[name][1] += cpu
        for name in totals:
            totals[name] = [totals[name][0] + this[name][0], totals[name][1] + this[name][1]]
        print(f"round {r}: bare {tokens / this['bare'][0]:,.0f}, dipkg {tokens / this['dipkg'][0]:,.0f} tokens/s "
              f"wall (ratio {this['bare'][0] / this['dipkg'][0]:.3f}); bare {tokens / this['bare'][1]:,.0f}, "
              f"dipkg {tokens / this['dipkg'][1]:,.0f} tokens/s CPU (ratio {this['bare'][1] / this['dipkg'][1]:.3f})")

    done = tokens * args.rounds
    (bare_wall, bare_cpu), (dip_wall, dip_cpu) = totals["bare"], totals["dipkg"]
    print(f"bare spaCy nlp.pipe: {done / bare_wall:,.0f} tokens/s wall, {done / bare_cpu:,.0f} tokens/s CPU")
    print(f"dipkg extraction:    {done / dip_wall:,.0f} tokens/s wall, {done / dip_cpu:,.0f} tokens/s CPU")
    ratio = bare_cpu / dip_cpu
    print(f"ratio (dipkg / bare): {ratio:.3f} by CPU time, {bare_wall / dip_wall:.3f} by wall time; "
          f"target >= {TARGET} -> {'OK' if ratio >= TARGET else 'BELOW TARGET'}")

    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        run_dipkg(dip, docs, args.batch_size)
        profile.disable()
        stats = pstats.Stats(profile, stream=sys.stdout)
        print(f"\nhottest {args.profile} functions of one dipkg pass (by own time):")
        stats.sort_stats("tottime").print_stats(args.profile)
        print(f"dipkg's own functions ({args.profile} by cumulative time):")
        stats.sort_stats("cumulative").print_stats(r"/kg/", args.profile)
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
