"""Benchmark the dipkg store (Oxigraph on disk) against rdflib's memory store on synthetic contract-shaped graphs.

    python bench/store.py                 # 1M triples
    python bench/store.py --triples 100000

Generates documents with actors (countries by ISO code, people and bodies affiliated with them; as in the news, a few
actors are in many articles: popularity falls off as 1/rank) and interactions (04x consultations and other CAMEO
codes, some not asserted), one named graph per document as `kg export --format nq` writes them. Then, each backend in
its own process so peak memory is its own: load time, deriving dip:spokeWith as kg build does, who-spoke-to-whom query
time (the saved query spoke-with; consultations counts them from every interaction), N-Quads export time and peak
memory, side by side with ratios. rdflib loads the Oxigraph export, so both hold the same quads. The store is queried
as `kg query` queries it, from a new process that opens it read-only; rdflib's memory store can only be queried in the
process that loaded it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DIP = "https://w3id.org/dipkg/onto#"
DIPR = "https://w3id.org/dipkg/id/"
CAMEO = "https://w3id.org/dipkg/cameo/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
DCT = "http://purl.org/dc/terms/"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
CONSULT = ["040", "041", "042", "043", "044", "045", "046"]
OTHER = ["010", "012", "020", "036", "051", "057", "061", "071", "080", "111", "112", "120", "130", "138", "160",
         "172", "173", "180", "190", "193"]
MODALITIES = ["negated", "hypothetical", "future", "hoped"]
TARGETS = {"query": 0.2, "load": 30.0, "export": 10.0, "memory": 1024.0}


def _iri(value: str) -> str:
    return f"<{value}>"


def _lit(value: str, datatype: str | None = None) -> str:
    text = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"' + (f"^^<{datatype}>" if datatype else "")


def generate(path: Path, triples: int, seed: int = 7) -> tuple[int, int]:
    """Write a contract-shaped N-Quads file of about `triples` quads; return (quads, documents)."""
    rng = random.Random(seed)
    countries = [f"C{i:02d}" for i in range(60)] + [f"{a}{b}X" for a in "ABCDEFGHIJ" for b in "ABCDEFGHIJKLMN"]
    people = [(f"Person {i}", rng.choice(countries)) for i in range(6000)]
    bodies = [(f"Ministry {i}", rng.choice(countries)) for i in range(1500)]
    people_weights = [1 / (rank + 1) for rank in range(len(people))]
    body_weights = [1 / (rank + 1) for rank in range(len(bodies))]

    def pick(pool, weights, k):
        chosen = []
        while len(chosen) < k:
            item = rng.choices(pool, weights)[0]
            if item not in chosen:
                chosen.append(item)
        return chosen

    quads = documents = 0
    with path.open("w", encoding="utf-8") as out:
        while quads < triples:
            doc_id = f"article-{documents:06d}.txt"
            graph = _iri(DIPR + "graph/" + hashlib.sha256(doc_id.encode()).hexdigest()[:24])
            doc = _iri(DIPR + "doc/" + doc_id)
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            lines = [
                (doc, _iri(RDF_TYPE), _iri(DIP + "Document")),
                (doc, _iri(DCT + "identifier"), _lit(doc_id)),
                (doc, _iri(DCT + "title"), _lit(f"Talks and tensions, part {documents}")),
                (doc, _iri(DCT + "issued"), _lit(day, XSD_DATE)),
            ]
            actors = []
            for name, state in pick(people, people_weights, 4) + pick(bodies, body_weights, 2):
                kind = "person" if name.startswith("Person") else "organization"
                iri = _iri(f"{DIPR}{kind}/{name.lower().replace(' ', '-')}--{state.lower()}")
                country = _iri(f"{DIPR}country/{state}")
                a = _iri(RDF_TYPE)
                lines += [(iri, a, _iri(DIP + kind.capitalize())), (iri, a, _iri(DIP + "Actor")),
                          (iri, _iri(RDFS_LABEL), _lit(name)), (iri, _iri(ALT_LABEL), _lit(name.split()[-1])),
                          (iri, _iri(DIP + "affiliatedWith"), country), (iri, _iri(PROV_DERIVED), doc),
                          (country, a, _iri(DIP + "Country")), (country, a, _iri(DIP + "Actor")),
                          (country, _iri(RDFS_LABEL), _lit(f"Country {state}")),
                          (country, _iri(DIP + "iso3"), _lit(state)), (country, _iri(PROV_DERIVED), doc)]
                actors += [iri, country]
            for n in range(10):
                it = _iri(f"{DIPR}interaction/{graph[-25:-1]}-{n}")
                code = rng.choice(CONSULT) if rng.random() < 0.35 else rng.choice(OTHER)
                actor, target = rng.sample(actors, 2)
                lines += [(it, _iri(RDF_TYPE), _iri(DIP + "Interaction")), (it, _iri(DIP + "actor"), actor),
                          (it, _iri(DIP + "target"), target), (it, _iri(DIP + "cameo"), _lit(code)),
                          (it, _iri(DIP + "actionType"), _iri(CAMEO + code)),
                          (it, _iri(DIP + "evidence"), _lit(f"Sentence {n} of {doc_id}: someone did \"{code}\".")),
                          (it, _iri(DIP + "date"), _lit(day, XSD_DATE)), (it, _iri(PROV_DERIVED), doc)]
                if rng.random() < 0.1:
                    lines.append((it, _iri(DIP + "modality"), _lit(rng.choice(MODALITIES))))
            out.writelines(f"{s} {p} {o} {graph} .\n" for s, p, o in lines)
            quads += len(lines)
            documents += 1
    return quads, documents


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def run_oxigraph(data: Path, work: Path) -> dict:
    """Load, derive and export with the dipkg Store (Oxigraph on disk); in its own process."""
    from kg.build import update_derived
    from kg.store import Store

    with Store.open(work / "store", create=True) as store:
        load, documents = _timed(lambda: store.load(data, "nq"))
        derive, _ = _timed(lambda: update_derived(store))
        export, _ = _timed(lambda: store.export("nq", work / "export.nq"))
        triples = store.triple_count()
    return {"load": load, "derive": derive, "export": export, "memory": _peak_mib(), "documents": documents,
            "triples": triples}


def run_oxigraph_queries(work: Path) -> dict:
    """Query the store built by run_oxigraph as `kg query` does: a new process opening it read-only."""
    from kg.store import Store, saved_queries

    queries = saved_queries()
    with Store.open(work / "store", read_only=True) as store:
        first, rows = _timed(lambda: len(list(store.query(queries["spoke-with"].text))))
        again = min(_timed(lambda: len(list(store.query(queries["spoke-with"].text))))[0] for _ in range(3))
        csv = min(_timed(lambda: store.query(queries["spoke-with"].text).serialize("csv"))[0] for _ in range(3))
        counted, _ = _timed(lambda: len(list(store.query(queries["consultations"].text))))
    return {"query": first, "query_warm": again, "query_csv": csv, "consultations": counted, "rows": rows,
            "memory": _peak_mib()}


def run_rdflib(data: Path, work: Path, limit: int = 600) -> dict:
    """Load, derive, query and export with rdflib's in-memory Dataset (union default graph); in its own process."""
    import signal

    from rdflib import Dataset

    from kg.relations import spoke_with_triples
    from kg.store import saved_queries
    from kg.vocab import PREFIXES

    def too_slow(*_args):
        raise TimeoutError

    signal.signal(signal.SIGALRM, too_slow)

    def bounded(function):
        signal.alarm(limit)
        try:
            return _timed(function)
        except TimeoutError:
            return None, None
        finally:
            signal.alarm(0)

    queries = saved_queries()
    dataset = Dataset(default_union=True)
    load, _ = _timed(lambda: dataset.parse(work / "export.nq", format="nquads"))
    derive, _ = bounded(lambda: spoke_with_triples(dataset))
    first, rows = bounded(lambda: len(list(dataset.query(queries["spoke-with"].text, initNs=PREFIXES))))
    counted, _ = bounded(lambda: len(list(dataset.query(queries["consultations"].text, initNs=PREFIXES))))
    export, _ = _timed(lambda: dataset.serialize(work / "export-rdflib.nq", format="nquads"))
    return {"load": load, "derive": derive, "query": first, "query_warm": None, "query_csv": None,
            "consultations": counted, "export": export, "memory": _peak_mib(), "rows": rows}


def _child(run: str, *paths: Path) -> dict:
    arguments = ", ".join(f"__import__('pathlib').Path({str(path)!r})" for path in paths)
    code = f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import store as bench; " \
           f"print(json.dumps(bench.run_{run}({arguments})))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{run} run failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    return f"{value:.0f} MiB" if unit == "MiB" else f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic corpus (quads)")
    parser.add_argument("--skip-rdflib", action="store_true", help="measure the Oxigraph store only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dipkg-bench-") as tmp:
        work = Path(tmp)
        data = work / "corpus.nq"
        seconds, (quads, documents) = _timed(lambda: generate(data, args.triples))
        print(f"corpus: {quads:,} quads in {documents:,} document graphs ({data.stat().st_size / 2**20:.0f} MiB "
              f"N-Quads), generated in {seconds:.1f} s", flush=True)
        ox = _child("oxigraph", data, work)
        queried = _child("oxigraph_queries", work)
        ox.update(queried, memory=max(ox["memory"], queried["memory"]))
        print(f"store: {ox['triples']:,} distinct triples in the union; spoke-with gives {ox['rows']:,} rows "
              "(rows of rdflib terms, like rdflib's)",
              flush=True)
        rd = None if args.skip_rdflib else _child("rdflib", data, work)
        if rd is not None and rd["rows"] != ox["rows"]:
            print(f"warning: rdflib gave {rd['rows']} rows, Oxigraph {ox['rows']}")
    rows = [("load N-Quads", "load", "s"), ("derive dip:spokeWith (as kg build)", "derive", "s"),
            ("who spoke to whom: saved spoke-with (first run in a new process, as kg query)", "query", "s"),
            ("who spoke to whom: saved spoke-with (warm)", "query_warm", "s"),
            ("who spoke to whom: as CSV text (kg query --format csv)", "query_csv", "s"),
            ("consultations counted from interactions", "consultations", "s"), ("N-Quads export", "export", "s"),
            ("peak memory", "memory", "MiB")]
    print(f"\n| {quads:,} quads | dipkg store (Oxigraph) | rdflib memory store | rdflib / Oxigraph | target |")
    print("| --- | --- | --- | --- | --- |")
    for label, key, unit in rows:
        o, r = ox[key], (rd or {}).get(key)
        ratio = f"{r / o:.1f}x" if r is not None and o else "-"
        rdflib_cell = _fmt(r, unit)
        if rd is not None and r is None and key in ("derive", "query", "consultations"):
            rdflib_cell, ratio = "> 600 s (stopped)", f"> {600 / o:.0f}x"
        target = TARGETS.get(key.split("_")[0])
        check = "-" if target is None or key in ("query_warm", "query_csv") else (
            f"< {target:g} {'MiB' if unit == 'MiB' else 's'} {'ok' if o < target else 'MISSED'}")
        print(f"| {label} | {_fmt(o, unit)} | {rdflib_cell} | {ratio} | {check} |")


if __name__ == "__main__":
    main()
