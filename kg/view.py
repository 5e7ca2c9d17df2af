"""The interactive HTML view of a graph: vis-network inlined from pyvis's bundled files, working with no network."""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF

from kg.relations import QUAD_NAMES, CameoCode, cameo_code, cameo_codes, contact_graph, interaction_network
from kg.resources import PACKAGE_DIR
from kg.vocab import DIP

TEMPLATE = PACKAGE_DIR / "templates" / "view.html"
VIS_VERSION = "vis-9.1.2"
# Above this many actors the layout is computed in Python and physics is off, so the page is usable at once.
PHYSICS_LIMIT = 300

CLASS_COLORS = {
    "Person": "#4e79a7",
    "Country": "#b07aa1",
    "Organization": "#e8b100",
    "Location": "#9c755f",
    "Actor": "#8c8c8c",
}
# From cooperation to conflict: material cooperation, verbal cooperation, verbal conflict, material conflict.
QUAD_COLORS = {2: "#1a9850", 1: "#7fbf4d", 3: "#f08a3c", 4: "#d73027", None: "#9e9e9e"}


def vis_assets() -> tuple[str, str]:
    """The vis-network JavaScript and CSS shipped inside the pyvis package."""
    import pyvis

    folder = Path(pyvis.__file__).resolve().parent / "lib" / VIS_VERSION
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), (
        folder / "vis-network.css"
    ).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON safe to place inside a <script> element: no '<', '>', '&' or line separators appear literally."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _inline_safe(code: str, tag: str) -> str:
    """Code to inline in a <script> or <style> element, with any closing tag of that element broken up."""
    return re.sub(rf"</(?={tag})", r"<\\/", code, flags=re.IGNORECASE)


def _component_layout(graph: nx.Graph, rng) -> dict:
    """Fruchterman-Reingold positions of one connected graph; repulsion sampled when it is large."""
    import numpy as np

    nodes = list(graph)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    pos = rng.uniform(-1, 1, size=(n, 2)) * math.sqrt(n)
    sample = min(n, 200)
    iterations = 80
    temperature = math.sqrt(n) / 2
    for step in range(iterations):
        if sample == n:
            others = pos
            scale = 1.0
        else:
            others = pos[rng.choice(n, size=sample, replace=False)]
            scale = n / sample
        dx = pos[:, 0, None] - others[None, :, 0]
        dy = pos[:, 1, None] - others[None, :, 1]
        inverse = scale / np.maximum(dx * dx + dy * dy, 1e-4)
        disp = np.stack(((dx * inverse).sum(axis=1), (dy * inverse).sum(axis=1)), axis=1)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((d**2).sum(axis=1)), 1e-3)
            pull = d * dist[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(edges[:, 1], pull[:, axis], n) - np.bincount(edges[:, 0], pull[:, axis], n)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        t = temperature * (1 - step / iterations) + 0.01
        pos += disp / length[:, None] * np.minimum(length, t)[:, None]
    pos -= pos.mean(axis=0)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos, strict=True)}


def python_layout(network: nx.Graph, spacing: float = 70.0, seed: int = 7) -> dict:
    """Positions for a large network: each component laid out on its own, components packed in rows."""
    import numpy as np

    rng = np.random.default_rng(seed)
    simple = contact_graph(network) if network.is_multigraph() or network.is_directed() else network
    components = sorted(nx.connected_components(simple), key=len, reverse=True)
    positions = {}
    row_width = max(10.0, math.sqrt(len(simple)) * 3.0)
    x = y = row_height = 0.0
    for component in components:
        local = _component_layout(simple.subgraph(component), rng)
        radius = max(max(math.hypot(px, py) for px, py in local.values()), 0.5) + 1.0
        if x + 2 * radius > row_width and x > 0:
            x, y = 0.0, y + row_height
            row_height = 0.0
        for node, (px, py) in local.items():
            positions[node] = ((x + radius + px) * spacing, (y + radius + py) * spacing)
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    return positions


def view_data(network: nx.MultiDiGraph, codes: dict[str, CameoCode] | None = None, title: str = "") -> dict:
    """The page's data: vis nodes and edges plus what the hover card, legend, search and filters show."""
    codes = codes or {}
    ids = {node: i for i, node in enumerate(network.nodes)}
    degree = dict(contact_graph(network).degree())
    large = len(network) > PHYSICS_LIMIT
    positions = python_layout(network) if large else {}
    nodes = []
    for node, attrs in network.nodes(data=True):
        item = {
            "id": ids[node],
            "label": attrs["label"],
            "cls": attrs["cls"],
            "color": CLASS_COLORS.get(attrs["cls"], CLASS_COLORS["Actor"]),
            "size": round(8 + 4 * math.sqrt(degree.get(node, 0)), 1),
            "country": attrs["country_label"],
            "aliases": attrs["aliases"],
            "titles": attrs["titles"],
            "iri": str(node),
            "degree": degree.get(node, 0),
            "statements": len(attrs["statements"]),
        }
        if node in positions:
            item["x"], item["y"] = round(positions[node][0], 1), round(positions[node][1], 1)
        nodes.append(item)
    pairs = Counter(frozenset((u, v)) for u, v in network.edges())
    seen: dict[tuple, int] = defaultdict(int)
    edges = []
    for i, (u, v, attrs) in enumerate(network.edges(data=True)):
        k = seen[(u, v)]
        seen[(u, v)] += 1
        edges.append({
            "id": i,
            "from": ids[u],
            "to": ids[v],
            "label": attrs["action"],
            "code": attrs["code"],
            "root": attrs["root"],
            "quad": attrs["quad"],
            "color": QUAD_COLORS.get(attrs["quad"], QUAD_COLORS[None]),
            "goldstein": attrs["goldstein"],
            "date": attrs["date"].isoformat() if attrs["date"] else "",
            "when": attrs["when"].isoformat() if attrs["when"] else "",
            "evidence": attrs["evidence"],
            "doc": attrs["document_title"] or (str(attrs["document"]) if attrs["document"] is not None else ""),
            "curve": round(0.15 * (k + 1), 2) if pairs[frozenset((u, v))] > 1 and u != v else 0,
        })
    roots = sorted({e["root"] for e in edges})
    return {
        "title": title,
        "physics": not large,
        "nodes": nodes,
        "edges": edges,
        "classes": [{"name": c, "color": CLASS_COLORS[c]} for c in CLASS_COLORS
                    if any(n["cls"] == c for n in nodes)],
        "quads": [{"quad": q, "name": QUAD_NAMES[q], "color": QUAD_COLORS[q]} for q in (2, 1, 3, 4)],
        "roots": [{"root": r, "label": cameo_code(codes, r).label} for r in roots],
        "countries": sorted({n["country"] for n in nodes if n["country"]}),
    }


def render_html(data: dict) -> str:
    """The complete self-contained HTML page for view data."""
    js, css = vis_assets()
    parts = {
        "TITLE": html.escape(data.get("title") or "dipkg graph"),
        "VIS_CSS": _inline_safe(css, "style"),
        "VIS_JS": _inline_safe(js, "script"),
        "DATA": script_json(data),
    }
    template = TEMPLATE.read_text(encoding="utf-8")
    return re.sub(r"/\*@(TITLE|VIS_CSS|VIS_JS|DATA)@\*/", lambda m: parts[m.group(1)], template)


def write_network_view(network: nx.MultiDiGraph, path: Path, codes: dict[str, CameoCode] | None = None,
                       title: str = "") -> None:
    """Write the HTML view of an interaction network to path, in UTF-8."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render_html(view_data(network, codes, title)), encoding="utf-8")
    tmp.replace(path)


def default_title(graph: Graph) -> str:
    """The page title: the article's title for one document, else how many documents the graph holds."""
    documents = set(graph.subjects(RDF.type, DIP.Document))
    if len(documents) == 1:
        title = graph.value(next(iter(documents)), DCTERMS.title)
        if title is not None:
            return str(title)
    return f"dipkg graph of {len(documents)} documents" if documents else "dipkg graph"


def write_view(graph: Graph, path: Path, title: str = "") -> None:
    """Write the interactive HTML view of the asserted interactions in an RDF graph to path."""
    write_network_view(interaction_network(graph), path, cameo_codes(graph), title or default_title(graph))
