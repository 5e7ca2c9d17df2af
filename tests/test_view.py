"""The HTML view: escaping and offline assets (fast), and the page itself in Debian's Chromium (browser)."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from kg_graphs import GraphMaker, mediation_graph

from kg.cli import main
from kg.relations import interaction_network
from kg.view import PHYSICS_LIMIT, render_html, script_json, view_data, write_view

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def xss_graph() -> GraphMaker:
    """An article whose names, evidence and title carry markup that must render as text."""
    m, a = mediation_graph()
    doc = m.document("xss", f"Title {SCRIPT}", dt.date(2025, 5, 10))
    evil = m.person(f"Evil {IMG}", a["PAK"], aliases=(SCRIPT,))
    m.act(evil, "130", a["rubio"], evidence=f"He said {SCRIPT} and {IMG} &amp; </script><!--", doc=doc,
          date=dt.date(2025, 5, 10))
    return m


def test_script_json_never_closes_the_script_element():
    text = script_json({"a": "</script><!-- \u2028 & <img>"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028 & <img>"}


class Elements(HTMLParser):
    """The elements of a page and the text of its script elements, as a browser's parser would split them."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        if tag == "script":
            self.scripts.append("")

    def handle_data(self, data) -> None:
        if self.tags and self.tags[-1] == "script":
            self.scripts[-1] += data


def test_page_holds_article_markup_only_as_escaped_json():
    data = view_data(interaction_network(xss_graph().graph), title=f"T {SCRIPT}")
    page = render_html(data)
    assert SCRIPT not in page and IMG not in page
    assert "<title>T &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    elements = Elements(page)
    assert elements.tags.count("script") == 3 and "img" not in elements.tags
    assert json.loads(elements.scripts[0]) == json.loads(json.dumps(data))


def test_page_loads_nothing_from_the_network():
    page = render_html(view_data(interaction_network(mediation_graph()[0].graph)))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.IGNORECASE)
    assert "<link" not in page.lower()
    assert "@import" not in page and "@font-face" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "vis.Network" in page and "DataSet" in page  # vis-network is inlined


def test_view_data_has_one_node_per_actor_and_one_edge_per_interaction():
    network = interaction_network(mediation_graph()[0].graph)
    data = view_data(network)
    assert len(data["nodes"]) == len(network) and len(data["edges"]) == network.number_of_edges()
    strike = next(e for e in data["edges"] if e["code"] == "190")
    assert strike["label"] == "Use conventional military force"
    assert strike["color"] != next(e for e in data["edges"] if e["code"] == "040")["color"]
    assert {c["name"] for c in data["classes"]} == {"Person", "Country", "Organization"}
    assert data["physics"] and "x" not in data["nodes"][0]


def test_undated_interactions_are_filtered_by_their_article_date():
    m = GraphMaker(published=dt.date(2025, 5, 9))
    m.act(m.person("Ann Example"), "040", m.person("Bo Example"))
    (edge,) = view_data(interaction_network(m.graph))["edges"]
    assert (edge["date"], edge["when"]) == ("", "2025-05-09")


def test_node_size_grows_with_degree():
    data = view_data(interaction_network(mediation_graph()[0].graph))
    size = {n["label"]: n["size"] for n in data["nodes"]}
    assert size["Marco Rubio"] > size["Shehbaz Sharif"] > size["Ministry of External Affairs"]


def large_graph(actors: int = PHYSICS_LIMIT + 50) -> GraphMaker:
    m = GraphMaker()
    people = [m.person(f"Person {i}") for i in range(actors)]
    for i, p in enumerate(people):
        m.act(p, "040", people[(i * 7 + 1) % actors], date=dt.date(2025, 1, 1 + i % 28))
    return m


def test_large_graphs_are_laid_out_in_python_with_physics_off():
    data = view_data(interaction_network(large_graph().graph))
    assert not data["physics"]
    xs = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xs) == len(data["nodes"])  # every actor placed, no two on the same spot


def test_write_view_writes_utf8(tmp_path):
    m = GraphMaker()
    m.act(m.person("Recep Tayyip Erdoğan"), "040", m.person("Владимир Путин"))
    write_view(m.graph, tmp_path / "g.html")
    assert "Erdoğan" in (tmp_path / "g.html").read_text(encoding="utf-8")


def test_cli_view_writes_the_page(tmp_path):
    graph = tmp_path / "graph.ttl"
    mediation_graph()[0].graph.serialize(graph, format="turtle")
    result = CliRunner().invoke(main, ["view", "--graph", str(graph), "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    assert "vis.Network" in (tmp_path / "v.html").read_text(encoding="utf-8")


# ---------------------------------------------------------------- in the browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A view opened from a file URL with every non-file request blocked, recording what happened."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgReady === true", timeout=30000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def edge_point(self, edge_id: int) -> tuple[float, float]:
        """Page coordinates of the middle of an edge."""
        return tuple(self.js(f"""() => {{
            const net = kgView.network, p = net.body.edges[{edge_id}].edgeType.getPoint(0.5);
            const d = net.canvasToDOM(p), box = document.getElementById('kg-network').getBoundingClientRect();
            return [box.left + d.x, box.top + d.y]; }}"""))

    def node_point(self, node_id: int) -> tuple[float, float]:
        """Page coordinates of the centre of a node."""
        return tuple(self.js(f"""() => {{
            const net = kgView.network, p = net.getPositions([{node_id}])[{node_id}];
            const d = net.canvasToDOM(p), box = document.getElementById('kg-network').getBoundingClientRect();
            return [box.left + d.x, box.top + d.y]; }}"""))

    def hover_edge(self, edge_id: int) -> str:
        """Move the mouse onto an edge and return the hover card's text."""
        self.page.mouse.move(5, 5)
        self.page.mouse.move(*self.edge_point(edge_id), steps=4)
        self.page.wait_for_selector("#kg-card", state="visible", timeout=5000)
        return self.page.inner_text("#kg-card")


def open_view(browser, tmp_path, graph, name="view.html") -> Page:
    path = tmp_path / name
    write_view(graph, path)
    return Page(browser, path)


def edge_id_of(page: Page, code: str) -> int:
    return page.js(f"kgView.data.edges.find(e => e.code === '{code}').id")


@pytest.mark.browser
def test_browser_renders_every_actor_and_interaction_offline(browser, tmp_path):
    graph = mediation_graph()[0].graph
    network = interaction_network(graph)
    page = open_view(browser, tmp_path, graph)
    counts = page.js("[kgView.nodes.length, kgView.edges.length, kgView.network.body.nodeIndices.length, "
                     "kgView.network.body.edgeIndices.length]")
    assert counts == [len(network), network.number_of_edges(), len(network), network.number_of_edges()]
    assert page.errors == []
    assert page.blocked == []
    assert all(url.startswith(("file:", "data:")) for url in page.requests), page.requests
    assert page.js("document.querySelectorAll('#kg-legend-classes .kg-legend-row').length") == 3


@pytest.mark.browser
def test_browser_hovering_an_edge_shows_evidence_date_and_document(browser, tmp_path):
    page = open_view(browser, tmp_path, mediation_graph()[0].graph)
    card = page.hover_edge(edge_id_of(page, "190"))
    assert "India struck nine sites in Pakistan." in card
    assert "2025-05-07" in card
    assert "Trump urges India and Pakistan to de-escalate" in card
    assert "Use conventional military force" in card


@pytest.mark.browser
def test_browser_search_box_finds_rubio(browser, tmp_path):
    page = open_view(browser, tmp_path, mediation_graph()[0].graph)
    page.page.fill("#kg-search", "Rubio")
    assert page.page.inner_text("#kg-results li") .startswith("Marco Rubio")
    page.page.press("#kg-search", "Enter")
    rubio = page.js("kgView.data.nodes.find(n => n.label === 'Marco Rubio').id")
    assert page.js("kgView.network.getSelectedNodes()") == [rubio]


@pytest.mark.browser
def test_browser_click_isolates_an_actors_neighbourhood(browser, tmp_path):
    page = open_view(browser, tmp_path, mediation_graph()[0].graph)
    rubio = page.js("kgView.data.nodes.find(n => n.label === 'Marco Rubio').id")
    page.page.mouse.click(*page.node_point(rubio))
    shown = page.js("kgView.nodeView.get().map(n => kgView.data.nodes[n.id].label).sort()")
    assert shown == ["Marco Rubio", "S Jaishankar", "Shehbaz Sharif"]
    assert page.js("kgView.edgeView.length") == 2
    page.page.click("#kg-reset")
    assert page.js("kgView.nodeView.length") == page.js("kgView.nodes.length")


@pytest.mark.browser
def test_browser_filters_by_country_action_root_and_date(browser, tmp_path):
    page = open_view(browser, tmp_path, mediation_graph()[0].graph)
    page.page.select_option("#kg-country", "Pakistan")
    assert page.js("kgView.edgeView.length") == 4  # Rubio-Sharif, appeal to Pakistan, strike, condemnation
    page.page.select_option("#kg-root", "19")
    assert page.js("kgView.edgeView.get().map(e => kgView.data.edges[e.id].code)") == ["190"]
    page.page.select_option("#kg-country", "")
    page.page.select_option("#kg-root", "")
    page.page.fill("#kg-since", "2025-05-08")
    page.page.dispatch_event("#kg-since", "change")
    assert sorted(page.js("kgView.edgeView.get().map(e => kgView.data.edges[e.id].code)")) == [
        "0256", "0256", "040", "040"]


@pytest.mark.browser
def test_browser_article_markup_renders_as_text_and_runs_nothing(browser, tmp_path):
    page = open_view(browser, tmp_path, xss_graph().graph)
    card = page.hover_edge(edge_id_of(page, "130"))
    assert SCRIPT in card and IMG in card
    page.page.fill("#kg-search", "<img")
    assert IMG in page.page.inner_text("#kg-results")
    evil = page.js("kgView.data.nodes.find(n => n.label.startsWith('Evil')).id")
    page.page.mouse.move(5, 5)
    page.page.mouse.move(*page.node_point(evil), steps=4)
    page.page.wait_for_selector("#kg-card", state="visible")
    assert IMG in page.page.inner_text("#kg-card")
    page.page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.js("document.querySelectorAll('img, #kg-card script, #kg-results script').length") == 0
    assert page.errors == [] and page.blocked == []


@pytest.mark.browser
def test_browser_large_graph_is_usable_at_once_with_physics_off(browser, tmp_path):
    graph = large_graph().graph
    network = interaction_network(graph)
    page = open_view(browser, tmp_path, graph)
    assert page.js("kgView.network.physics.physicsEnabled") is False
    assert page.js("[kgView.nodes.length, kgView.edges.length]") == [len(network), network.number_of_edges()]
    assert page.errors == []


@pytest.mark.model
@pytest.mark.browser
def test_browser_seed_page_from_kg_build_finds_rubio_and_shows_evidence(browser, tmp_path):
    from rdflib import Graph

    from kg.build import build

    build([Path(__file__).resolve().parent.parent / "seeds"], tmp_path)
    network = interaction_network(Graph().parse(tmp_path / "graph.ttl", format="turtle"))
    page = Page(browser, tmp_path / "graph.html")
    assert page.js("[kgView.nodes.length, kgView.edges.length]") == [len(network), network.number_of_edges()]
    page.page.fill("#kg-search", "Rubio")
    assert "Marco Rubio" in page.page.inner_text("#kg-results")
    consult = page.js("kgView.data.edges.find(e => e.root === '04').id")
    assert "Rubio" in page.hover_edge(consult)
    assert page.errors == [] and page.blocked == [] and page.dialogs == []
