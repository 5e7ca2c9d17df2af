"""Checks on kg/data/places.jsonl, the places that are not state actors: fast, no spaCy.

A place maps a surface form to the state it belongs to, so besides shape these tests insist
that no form is claimed by two places, nor by a state (name, alias, demonym, capital) or a body.
"""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "kg" / "data"
PLACE_KEYS = {"name", "country", "aliases"}

# Capitals (and seats of government) of UN members that states.jsonl leaves out or that act as
# metonyms for a state or a court; a capital is the state's, never a place of its own.
OTHER_CAPITALS = {
    "Brussels", "Nassau", "San José", "San Jose", "Kingston", "Georgetown", "Panama City", "Victoria",
    "St. John's", "St John's", "St. George's", "St George's", "Yaren", "Cape Town", "Bloemfontein",
    "The Hague", "Delhi", "Djibouti City", "Kuwait City", "Singapore City", "Luxembourg City",
}

# Names shared by places in different states, disputed outright, or common English words.
AMBIGUOUS = {
    "Georgia", "Punjab", "Kashmir", "Macedonia", "Azerbaijan", "Hyderabad", "Poonch", "Tripoli",
    "Alexandria", "Valencia", "Cartagena", "Guadalajara", "Santa Cruz", "Perth", "Birmingham",
    "Cambridge", "Portland", "Brest", "Granada", "Badakhshan", "Papua", "Karelia", "Zangezur",
    "Western Sahara", "Falkland Islands", "Chagos Islands", "Abyei", "Aksai Chin", "Kurdistan",
    "Senkaku Islands", "Spratly Islands", "Paracel Islands", "Scarborough Shoal", "Shebaa Farms",
    "Nice", "Split", "Reading", "Bath", "Mobile", "Tyre", "Shire", "Van", "Batman", "Hue", "Plateau",
    "Bar", "Orange", "Jersey", "Swat", "Washington",
}


def forms(row: dict) -> list[str]:
    return [row["name"], *row["aliases"]]


def fold(form: str) -> str:
    form = " ".join(form.split()).casefold()
    return form[4:] if form.startswith("the ") else form


def test_file_is_utf8_and_every_line_parses(places):
    raw = (DATA_DIR / "places.jsonl").read_bytes()
    raw.decode("utf-8")
    assert raw.endswith(b"\n")
    assert len(places) == len(raw.splitlines())


def test_shape(places, states):
    isos = {row["iso3"] for row in states}
    for row in places:
        where = f"places: {row.get('name')}"
        assert set(row) == PLACE_KEYS, f"{where}: keys {sorted(row)}"
        assert isinstance(row["name"], str) and row["name"], where
        assert isinstance(row["aliases"], list), where
        for form in forms(row):
            assert isinstance(form, str) and form, f"{where}: empty or non-string {form!r}"
            assert form == form.strip() and "  " not in form, f"{where}: stray whitespace in {form!r}"
            assert any(c.isupper() for c in form), f"{where}: {form!r} is not a proper name"
        assert len(forms(row)) == len(set(forms(row))), f"{where}: repeated form"
        assert row["country"] is None or row["country"] in isos, f"{where}: unknown country {row['country']!r}"


def test_at_least_300_places(places):
    assert len(places) >= 300


def test_no_form_claimed_by_two_places(places):
    owner: dict[str, str] = {}
    clashes = []
    for row in places:
        for form in set(map(fold, forms(row))):
            if form in owner:
                clashes.append((form, owner[form], row["name"]))
            owner[form] = row["name"]
    assert not clashes, clashes


def test_no_form_is_a_state_or_body_form(places, states, bodies):
    taken: dict[str, str] = {}
    for row in states:
        for form in [row["name"], *row["aliases"], *row["demonyms"], *row["capitals"]]:
            taken[fold(form)] = f"state {row['iso3']}"
    for row in bodies:
        for form in [row["name"], *row.get("aliases", [])]:
            taken[fold(form)] = f"body {row['name']}"
    for form in OTHER_CAPITALS:
        taken[fold(form)] = "capital"
    for form in AMBIGUOUS:
        taken[fold(form)] = "ambiguous"
    clashes = [(form, taken[fold(form)]) for row in places for form in forms(row) if fold(form) in taken]
    assert not clashes, clashes


def test_spot_checks(places):
    country = {form: row["country"] for row in places for form in forms(row)}
    expected = {
        "Kharkiv": "UKR", "Kharkov": "UKR", "Odesa": "UKR", "Kherson": "UKR", "Crimea": "UKR", "Sevastopol": "UKR",
        "Gaza": "PSE", "Gaza Strip": "PSE", "East Jerusalem": "PSE", "West Bank": "PSE",
        "Golan Heights": "SYR", "Idlib": "SYR", "Tel Aviv": "ISR",
        "Tigray": "ETH", "Darfur": "SDN", "El Fasher": "SDN",
        "Pahalgam": "IND", "Jammu and Kashmir": "IND", "Pakistan-occupied Kashmir": "PAK", "PoK": "PAK",
        "Nagorno-Karabakh": "AZE", "Abkhazia": "GEO", "South Ossetia": "GEO", "Transnistria": "MDA",
        "Belgorod": "RUS", "Hong Kong": "CHN", "Kaohsiung": "TWN", "Northern Ireland": "GBR",
    }
    wrong = {form: country.get(form) for form, iso in expected.items() if country.get(form) != iso}
    assert not wrong, wrong
