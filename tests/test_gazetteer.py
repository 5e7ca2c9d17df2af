"""Checks on the actor lexicons in kg/data (states, bodies, people): fast, no spaCy.

The actor recognizer maps a surface form to exactly one actor, so besides shape and
cross-references these tests insist that no surface form is claimed twice.
"""

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import load_lexicon

from kg.gazetteer import term_day

DATA_DIR = Path(__file__).resolve().parents[1] / "kg" / "data"
FILES = ("states.jsonl", "bodies.jsonl", "people.jsonl")

ISO3_RE = re.compile(r"^[A-Z]{3}$")
QID_RE = re.compile(r"^Q[0-9]+$")
BODY_CATEGORIES = {"international", "armed_group", "political", "media", "ngo", "government"}
GENDERS = {"male", "female"}

STATE_KEYS = {"name", "kind", "iso3", "wikidata", "aliases", "demonyms", "capitals"}
BODY_KEYS = {"name", "kind", "wikidata", "aliases", "category", "country", "body"}
PERSON_KEYS = {"name", "kind", "country", "body", "wikidata", "aliases", "gender", "offices"}

# The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = set(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
    BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
    CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
    FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
    IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
    LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
    NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
    MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
    ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
    UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split()
)
# Observer states (Holy See, Palestine) plus Kosovo and Taiwan.
NON_MEMBERS = {"VAT", "PSE", "XKX", "TWN"}


def check_strings(values, where: str) -> None:
    assert isinstance(values, list), f"{where}: not a list"
    for value in values:
        assert isinstance(value, str) and value, f"{where}: empty or non-string {value!r}"
        assert value == value.strip() and "  " not in value, f"{where}: stray whitespace in {value!r}"
    assert len(values) == len(set(values)), f"{where}: repeated entries"


def surface_forms(row: dict) -> list[str]:
    forms = [row["name"], *row.get("aliases", []), *row.get("demonyms", []), *row.get("capitals", [])]
    return list(dict.fromkeys(forms))


@pytest.mark.parametrize("name", FILES)
def test_every_line_parses_and_is_utf8(name):
    raw = (DATA_DIR / name).read_bytes()
    raw.decode("utf-8")
    assert raw.endswith(b"\n")
    assert load_lexicon(name)


def test_states_shape(states):
    for row in states:
        where = f"states: {row.get('name')}"
        assert set(row) <= STATE_KEYS, f"{where}: unknown keys {set(row) - STATE_KEYS}"
        assert {"name", "kind", "iso3", "aliases", "demonyms", "capitals"} <= set(row), where
        assert row["kind"] == "Country", where
        assert isinstance(row["name"], str) and row["name"], where
        assert ISO3_RE.match(row["iso3"]), where
        for key in ("aliases", "demonyms", "capitals"):
            check_strings(row[key], f"{where} {key}")


def test_iso3_unique_and_un_members_present(states):
    codes = [row["iso3"] for row in states]
    assert len(codes) == len(set(codes)), "duplicate iso3"
    assert set(codes) == UN_MEMBERS | NON_MEMBERS
    assert len(UN_MEMBERS) == 193
    assert len(set(codes) & UN_MEMBERS) == 193
    for code in ("IND", "PAK", "USA", "GBR", "RUS", "UKR", "ETH", "ERI", "TUR", "CHN", "PSE", "VAT"):
        assert code in codes, code


def test_state_spot_checks(states):
    by_iso = {row["iso3"]: row for row in states}
    assert by_iso["USA"]["name"] == "United States"
    assert {"US", "U.S.", "USA", "United States of America"} <= set(by_iso["USA"]["aliases"])
    assert "Washington" in by_iso["USA"]["capitals"]
    assert "Britain" in by_iso["GBR"]["aliases"]
    assert "Russian Federation" in by_iso["RUS"]["aliases"]
    assert {"Kyiv", "Kiev"} <= set(by_iso["UKR"]["capitals"])
    assert "Türkiye" in by_iso["TUR"]["aliases"]
    assert "Indian" in by_iso["IND"]["demonyms"]
    assert "Addis Ababa" in by_iso["ETH"]["capitals"]
    assert by_iso["IND"]["wikidata"] == "Q668"
    assert by_iso["USA"]["wikidata"] == "Q30"
    assert by_iso["XKX"]["name"] == "Kosovo"
    for row in states:
        assert "Brussels" not in row["capitals"]


def test_bodies_shape(bodies, states):
    isos = {row["iso3"] for row in states}
    names = [row["name"] for row in bodies]
    assert len(names) == len(set(names)), "duplicate body name"
    for row in bodies:
        where = f"bodies: {row.get('name')}"
        assert set(row) <= BODY_KEYS, f"{where}: unknown keys {set(row) - BODY_KEYS}"
        assert {"name", "kind", "aliases", "category"} <= set(row), where
        assert row["kind"] == "Organization", where
        assert row["category"] in BODY_CATEGORIES, where
        check_strings(row["aliases"], f"{where} aliases")
        if row["category"] == "government":
            assert "country" in row, f"{where}: a government body needs a country"
        if "country" in row:
            assert row["country"] in isos, f"{where}: unknown country {row['country']}"


def test_people_shape(people, bodies, states):
    isos = {row["iso3"] for row in states}
    body_names = {row["name"] for row in bodies}
    names = [row["name"] for row in people]
    assert len(names) == len(set(names)), "duplicate person name"
    for row in people:
        where = f"people: {row.get('name')}"
        assert set(row) <= PERSON_KEYS, f"{where}: unknown keys {set(row) - PERSON_KEYS}"
        assert {"name", "kind", "aliases", "offices"} <= set(row), where
        assert row["kind"] == "Person", where
        assert "country" in row or "body" in row, f"{where}: needs a country or a body"
        if "country" in row:
            assert row["country"] in isos, f"{where}: unknown country {row['country']}"
        if "body" in row:
            assert row["body"] in body_names, f"{where}: unknown body {row['body']}"
        if "gender" in row:
            assert row["gender"] in GENDERS, where
        check_strings(row["aliases"], f"{where} aliases")
        assert row["offices"], f"{where}: no offices"
        for office in row["offices"]:
            assert set(office) == {"title", "from", "to"}, where
            assert isinstance(office["title"], str) and office["title"], where
            start = term_day(office["from"])  # a year, or the day the term began
            assert dt.date(1950, 1, 1) <= start <= dt.date(2026, 12, 31), where
            end = office["to"]
            assert end is None or start <= term_day(end, last=True) <= dt.date(2026, 12, 31), where


@pytest.mark.parametrize("name", FILES)
def test_qids_well_formed_and_unique(name):
    qids = [row["wikidata"] for row in load_lexicon(name) if "wikidata" in row]
    for qid in qids:
        assert QID_RE.match(qid), f"{name}: bad QID {qid!r}"
    duplicates = {qid for qid in qids if qids.count(qid) > 1}
    assert not duplicates, f"{name}: QIDs used twice: {sorted(duplicates)}"


def test_no_surface_form_claimed_twice_in_states_and_bodies(states, bodies):
    owners = defaultdict(set)
    for row in states:
        for form in surface_forms(row):
            owners[form].add(("state", row["iso3"]))
    for row in bodies:
        for form in surface_forms(row):
            owners[form].add(("body", row["name"]))
    clashes = {form: sorted(who) for form, who in owners.items() if len(who) > 1}
    assert not clashes, clashes


def test_no_person_form_claimed_twice(people, states, bodies):
    owners = defaultdict(set)
    for row in people:
        for form in surface_forms(row):
            owners[form].add(row["name"])
    clashes = {form: sorted(who) for form, who in owners.items() if len(who) > 1}
    assert not clashes, clashes
    actor_forms = set()
    for row in [*states, *bodies]:
        actor_forms.update(surface_forms(row))
    overlap = sorted(set(owners) & actor_forms)
    assert not overlap, f"person forms that also name a state or body: {overlap}"


def test_person_aliases_are_names_not_titles(people):
    titles = ("President ", "Prime Minister ", "King ", "Queen ", "Sheikh ", "Mr ", "Mr. ", "Dr ", "Dr. ", "Minister ")
    for row in people:
        for alias in row["aliases"]:
            assert not alias.startswith(titles), f"people: {row['name']}: title in alias {alias!r}"


def test_a_body_inside_another_names_its_parent(bodies):
    names = {row["name"] for row in bodies}
    for row in bodies:
        if "body" in row:
            assert row["body"] in names, f"bodies: {row['name']}: unknown parent {row['body']}"
