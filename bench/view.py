"""Benchmark the HTML view: a synthetic graph of 2,000 actors and 10,000 interactions; time to write the page and
time until it is interactive in headless Chromium. Targets: both under 5 s.

Usage: python bench/view.py [--actors N] [--interactions M] [--keep FILE.html]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kg.relations import interaction_network
from kg.view import write_view
from kg.vocab import CAMEO, DIP, DIPR, bind_prefixes

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
CODES = ["010", "020", "0256", "036", "040", "042", "043", "046", "057", "061", "111", "112", "130", "138", "172",
         "190", "193", "195"]


def synthetic_graph(actors: int, interactions: int, seed: int = 1) -> Graph:
    """Countries, people and bodies affiliated with them, and interactions between random pairs, in 40 documents."""
    rng = random.Random(seed)
    g = Graph()
    bind_prefixes(g)
    docs = []
    for d in range(40):
        doc = DIPR[f"doc/bench-{d}"]
        g.add((doc, RDF.type, DIP.Document))
        g.add((doc, DCTERMS.identifier, Literal(f"bench-{d}")))
        g.add((doc, DCTERMS.title, Literal(f"Synthetic article {d}")))
        g.add((doc, DCTERMS.issued, Literal(dt.date(2025, 1, 1) + dt.timedelta(days=d * 7), datatype=XSD.date)))
        docs.append(doc)
    countries = [DIPR[f"country/C{i:02d}"] for i in range(min(60, actors // 10))]
    nodes = []
    for i in range(actors):
        if i < len(countries):
            node, cls = countries[i], DIP.Country
        else:
            cls = DIP.Person if i % 3 else DIP.Organization
            node = DIPR[f"{'person' if cls == DIP.Person else 'organization'}/actor-{i}"]
            g.add((node, DIP.affiliatedWith, rng.choice(countries)))
        g.add((node, RDF.type, cls))
        g.add((node, RDF.type, DIP.Actor))
        g.add((node, RDFS.label, Literal(f"Actor {i}" if i >= len(countries) else f"Country {i}")))
        g.add((node, PROV.wasDerivedFrom, rng.choice(docs)))
        nodes.append(node)
    # preferential attachment so the network has hubs, like news coverage
    weights = [1 / (r + 1) ** 0.6 for r in range(actors)]
    for k in range(interactions):
        a, b = rng.choices(nodes, weights=weights, k=2)
        if a == b:
            b = nodes[(nodes.index(a) + 1) % actors]
        it = DIPR[f"interaction/bench-{k}"]
        code = rng.choice(CODES)
        doc = rng.choice(docs)
        g.add((it, RDF.type, DIP.Interaction))
        g.add((it, DIP.actor, a))
        g.add((it, DIP.target, b))
        g.add((it, DIP.cameo, Literal(code)))
        g.add((it, DIP.actionType, CAMEO[code]))
        g.add((it, DIP.evidence, Literal(f"Sentence {k}: actor {a[-6:]} did {code} toward {b[-6:]}.")))
        g.add((it, DIP.date, Literal(dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(280)), datatype=XSD.date)))
        g.add((it, PROV.wasDerivedFrom, doc))
    return g


def time_in_browser(path: Path) -> tuple[float, float, int, int]:
    """Seconds from navigation until the page flags itself ready, and until a search answers; rendered counts."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        start = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.kgReady === true", timeout=120000, polling=20)
        ready = time.perf_counter() - start
        t = time.perf_counter()
        page.fill("#kg-search", "Actor 1999")
        page.press("#kg-search", "Enter")
        page.wait_for_function("kgView.network.getSelectedNodes().length === 1", timeout=30000, polling=20)
        search = time.perf_counter() - t
        nodes, edges = page.evaluate("[kgView.network.body.nodeIndices.length, kgView.network.body.edgeIndices.length]")
        browser.close()
    return ready, search, nodes, edges


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--interactions", type=int, default=10000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the page at this path")
    args = parser.parse_args()

    t = time.perf_counter()
    graph = synthetic_graph(args.actors, args.interactions)
    print(f"synthetic graph: {len(graph)} triples in {time.perf_counter() - t:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.html"
        t = time.perf_counter()
        network = interaction_network(graph)
        t_network = time.perf_counter() - t
        t = time.perf_counter()
        write_view(graph, path)
        t_write = time.perf_counter() - t
        print(f"network: {len(network)} actors, {network.number_of_edges()} interactions "
              f"(interaction_network alone {t_network:.2f} s)")
        print(f"write HTML: {t_write:.2f} s ({path.stat().st_size / 1e6:.1f} MB)  target < 5 s")
        ready, search, nodes, edges = time_in_browser(path)
        print(f"interactive in Chromium: {ready:.2f} s  target < 5 s  (rendered {nodes} nodes, {edges} edges)")
        print(f"search 'Actor 1999' to selection: {search * 1000:.0f} ms")
    ok = t_write < 5 and ready < 5 and nodes == len(network) and edges == network.number_of_edges()
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
