"""The gazetteer of known actors (states, bodies, office holders) and office titles, loaded from kg/data."""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kg.resources import DATA_DIR


def term_day(when: int | str, last: bool = False) -> dt.date:
    """A term's first or last day: a date as given ("2024-07-05"), else the first or last day of the year given."""
    if isinstance(when, str):
        return dt.date.fromisoformat(when)
    return dt.date(when, 12, 31) if last else dt.date(when, 1, 1)


@dataclass(frozen=True)
class KnownActor:
    """An actor the gazetteer knows: a state, an international or government body, or an office holder."""

    key: str
    kind: str
    name: str
    iso3: str | None = None
    wikidata: str | None = None
    country: str | None = None  # iso3 of the state a body or person acts for
    body: str | None = None  # name of the international body a person serves
    gender: str | None = None
    titles: tuple[str, ...] = ()
    terms: tuple[tuple[str, dt.date, dt.date | None], ...] = ()  # (title, first day, last day or None) per office
    category: str | None = None  # of a body: international, government, armed_group, political, ngo, media


@dataclass
class Gazetteer:
    """Surface forms mapped to known actors, and the office-title lexicon."""

    actors: dict[str, KnownActor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # surface form (as written) -> actor key
    demonyms: dict[str, str] = field(default_factory=dict)  # "Indian" -> country key
    capitals: dict[str, str] = field(default_factory=dict)  # "New Delhi" -> country key
    places: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # "Kharkov" -> ("Kharkiv", country key)
    by_iso3: dict[str, str] = field(default_factory=dict)
    by_body_name: dict[str, str] = field(default_factory=dict)
    title_heads: frozenset[str] = frozenset()
    title_plurals: frozenset[str] = frozenset()  # "Secretaries", "Ministers"
    title_modifiers: frozenset[str] = frozenset()
    descriptors: frozenset[str] = frozenset()
    counterpart_nouns: frozenset[str] = frozenset()  # "his Somali counterpart": the same office in another state
    portfolio_heads: frozenset[str] = frozenset()  # "special envoy for Sudan": the brief, not the state served
    honorific_gender: dict[str, str] = field(default_factory=dict)
    boilerplate: re.Pattern = re.compile("(?!)")  # any phrase of page furniture, in one search
    section_headers: frozenset[str] = frozenset()  # "Background": a line of its own, never a place
    places_by_lower: dict[str, str] = field(default_factory=dict)  # "port-au-prince" -> country key
    title_states: dict[str, str] = field(default_factory=dict)  # lower-cased title -> iso3
    honorifics: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()  # "al", "bin", "da": lower-case words inside names
    name_suffixes: frozenset[str] = frozenset()  # "Jr.": part of the name before it
    leader_titles: frozenset[str] = frozenset()  # what "the Cambodian leader" can be
    state_nouns: frozenset[str] = frozenset()  # "the Gulf state": a state named before
    office_synonyms: dict[str, str] = field(default_factory=dict)
    office_qualifiers: frozenset[str] = frozenset()

    def office(self, title: str) -> str:
        """One lower-case form for titles that name the same office ("External Affairs Minister": foreign minister)."""
        words = title.lower().split()
        while len(words) > 1 and words[0] in self.office_qualifiers:  # "Caretaker Prime Minister": a prime minister
            words = words[1:]
        low = " ".join(words)
        return self.office_synonyms.get(low, low)

    def names_a_force(self, name: str) -> bool:
        """Whether an organization's name makes it a state's armed force ("the Royal Thai Army", "Pakistani troops")."""
        return name.lower().split()[-1] in self.force_nouns
    force_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # "the Ukrainian city of Kherson"
    local_place_nouns: frozenset[str] = frozenset()  # "the town of Cabaret", "Kurram district": not a region
    installation_nouns: frozenset[str] = frozenset()  # "army positions": the army's
    regional_prefixes: frozenset[str] = frozenset()  # "Latin" American, "pro"-Iran: a region or a stance, not a state
    non_actor_heads: frozenset[str] = frozenset()
    group_phrases: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    group_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "the rebels": which bodies they can be
    partner_nouns: frozenset[str] = frozenset()  # "Ukraine's partners" are not Ukraine
    actor_object_verbs: frozenset[str] = frozenset()  # "accusing it of": "it" is a state or body
    bystander_nouns: frozenset[str] = frozenset()  # "analysts in Islamabad" do not speak for Pakistan
    posted_bodies: frozenset[str] = frozenset()  # "embassy": a state's body named by the city it is in
    vessel_nouns: frozenset[str] = frozenset()  # "the bulk carrier Eternal Star": a ship's name follows, not an actor
    weapon_names: frozenset[str] = frozenset()  # "Patriot", "HIMARS": systems, never actors
    intrusion_verbs: frozenset[str] = frozenset()  # "attacked its territory": "its" is the victim's
    locative_preps: frozenset[str] = frozenset()  # "in Doha": the city, not Qatar's government
    standing_nouns: frozenset[str] = frozenset()  # "it was in contact with": "it" is a state or body
    meeting_verbs: frozenset[str] = frozenset()  # "met with", "spoke with": two people meeting
    telling_verbs: frozenset[str] = frozenset()  # "Qatar said both sides agreed": who tells is no side
    org_heads: frozenset[str] = frozenset()  # "Staff", "Command": words that end a body's name, never a person's
    organization_nouns: frozenset[str] = frozenset()  # "energy company" of "energy company Fortum"
    first_words: frozenset[str] = frozenset()  # of state names longer than a word: "South" of "South Korea"
    waters: frozenset[str] = frozenset()  # "Red Sea", "Gulf of Aden": where ships are, never a party to an act
    force_acts: frozenset[str] = frozenset()  # "a Myanmar military airstrike": the military's act
    role_descriptors: frozenset[str] = frozenset()  # "Opposition leader X": a describing word that is a role
    ranks: frozenset[str] = frozenset()  # "Maj. Gen. Than Htike, a military spokesperson": a rank, and an office
    measure_verbs: frozenset[str] = frozenset()  # "designating" an official: the measure's object, not its author
    leader_government_heads: frozenset[str] = frozenset()  # "regime" of "the Assad regime"
    government_nouns: frozenset[str] = frozenset()  # "the government" can mean "the Georgian authorities"
    body_heads: frozenset[str] = frozenset()  # "ministry", "government": what a state's institutions are called
    body_head_words: frozenset[str] = frozenset()  # "coast" and "guard" of "coast guard"
    body_modifiers: frozenset[str] = frozenset()

    def furniture(self, sentences: list[tuple[int, int]], text: str) -> list[int]:
        """Which of the sentences (character bounds in text) are page furniture ("Get breaking news ...", a
        "Background" header) rather than reporting, by one search of the whole text."""
        low = text.lower()
        hits = [m.start() for m in self.boilerplate.finditer(low)]
        return [n for n, (start, end) in enumerate(sentences)
                if bisect.bisect_left(hits, start) < bisect.bisect_left(hits, end)
                or (end - start < 40 and low[start:end].strip() in self.section_headers)]

    def state_of_place(self, name: str) -> str | None:
        """The state a place name stands in or for, whatever its case ("KINSHASA", "Haiti", "Port-au-Prince")."""
        return self.places_by_lower.get(name.lower())

    def country_key(self, iso3: str | None) -> str | None:
        return self.by_iso3.get(iso3.upper()) if iso3 else None


def any_of(words: Iterable[str]) -> re.Pattern:
    """One search for any of the words, as substrings (none: a pattern that never matches)."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _jsonl(name: str) -> list[dict]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _strip_article(form: str) -> str:
    return form[4:] if form.lower().startswith("the ") else form


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the gazetteer data files once per process."""
    gaz = Gazetteer()
    for row in _jsonl("states.jsonl"):
        key = f"country:{row['iso3']}"
        gaz.actors[key] = KnownActor(key, "Country", row["name"], iso3=row["iso3"], wikidata=row.get("wikidata"))
        gaz.by_iso3[row["iso3"]] = key
        for form in [row["name"], *row.get("aliases", [])]:
            gaz.names.setdefault(_strip_article(form), key)
        for form in row.get("demonyms", []):
            gaz.demonyms.setdefault(form, key)
        for form in row.get("capitals", []):
            gaz.capitals.setdefault(form, key)
    for row in _jsonl("bodies.jsonl"):
        key = f"org:{row.get('wikidata') or row['name']}"
        gaz.actors[key] = KnownActor(
            key, row.get("kind", "Organization"), row["name"], wikidata=row.get("wikidata"), country=row.get("country"),
            category=row.get("category"), body=row.get("body"),
        )
        gaz.by_body_name[row["name"]] = key
        for form in [row["name"], *row.get("aliases", [])]:
            gaz.names.setdefault(_strip_article(form), key)
    for row in _jsonl("places.jsonl"):
        country = f"country:{row['country']}" if row.get("country") else None  # a region: "the Indo-Pacific"
        for form in [row["name"], *row.get("aliases", [])]:
            gaz.places.setdefault(form, (row["name"], country))
    for row in _jsonl("people.jsonl"):
        key = f"person:{row.get('wikidata') or row['name']}"
        titles = tuple(dict.fromkeys(o["title"] for o in row.get("offices", [])))
        gaz.actors[key] = KnownActor(
            key, "Person", row["name"], wikidata=row.get("wikidata"), country=row.get("country"),
            body=row.get("body"), gender=row.get("gender"), titles=titles,
            terms=tuple((o["title"], term_day(o["from"]), term_day(o["to"], last=True) if o["to"] else None)
                        for o in row.get("offices", [])),
        )
        for form in [row["name"], *row.get("aliases", [])]:
            gaz.names.setdefault(form, key)
    gaz.first_words = frozenset(f.split()[0] for f, k in gaz.names.items() if " " in f and k.startswith("country:"))
    for table in (gaz.names, gaz.demonyms, gaz.capitals, gaz.places):
        for form in [f for f in table if "'" in f]:  # "People’s Republic of China" as typeset
            table.setdefault(form.replace("'", "’"), table[form])
    for table in (gaz.places, gaz.names, gaz.capitals):  # capitals last: they win
        for form, value in table.items():
            key = value[1] if isinstance(value, tuple) else value
            if key and key.startswith("country:"):
                gaz.places_by_lower[form.lower()] = key
    lexicon = json.loads((DATA_DIR / "titles.json").read_text(encoding="utf-8"))
    gaz.title_heads = frozenset(lexicon["heads"])
    gaz.title_plurals = frozenset(h[:-1] + "ies" if h.endswith("y") else h + "s" for h in gaz.title_heads)
    gaz.title_modifiers = frozenset(lexicon["modifiers"])
    gaz.descriptors = frozenset(lexicon["descriptors"])
    gaz.counterpart_nouns = frozenset(lexicon["counterpart_nouns"])
    gaz.portfolio_heads = frozenset(lexicon["portfolio_heads"])
    gaz.honorific_gender = lexicon["honorific_gender"]
    gaz.body_heads = frozenset(lexicon["body_heads"])
    gaz.leader_government_heads = frozenset(lexicon["leader_government_heads"])
    gaz.measure_verbs = frozenset(lexicon["measure_verbs"])
    gaz.ranks = frozenset(lexicon["ranks"])
    gaz.role_descriptors = frozenset(lexicon["role_descriptors"])
    gaz.government_nouns = frozenset(lexicon["government_nouns"])
    gaz.body_head_words = frozenset(w for h in gaz.body_heads for w in h.split())
    gaz.body_modifiers = frozenset(lexicon["body_modifiers"])
    gaz.honorifics = frozenset(lexicon["honorifics"])
    gaz.name_particles = frozenset(lexicon["name_particles"])
    gaz.name_suffixes = frozenset(lexicon["name_suffixes"])
    gaz.leader_titles = frozenset(lexicon["leader_titles"])
    gaz.office_qualifiers = frozenset(lexicon["office_qualifiers"])
    gaz.office_synonyms = {k: v for k, v in lexicon["office_synonyms"].items() if not k.startswith("_")}
    gaz.title_states = {k: v for k, v in lexicon["title_states"].items() if not k.startswith("_")}
    references = json.loads((DATA_DIR / "references.json").read_text(encoding="utf-8"))
    gaz.force_nouns = frozenset(references["force_nouns"])
    gaz.regional_prefixes = frozenset(references["regional_prefixes"])
    gaz.force_acts = frozenset(references["force_acts"])
    gaz.place_nouns = frozenset(references["place_nouns"])
    gaz.local_place_nouns = frozenset(references["local_place_nouns"])
    gaz.installation_nouns = frozenset(references["installation_nouns"])
    gaz.waters = frozenset(references["waters"])
    gaz.organization_nouns = frozenset(references["organization_nouns"])
    gaz.org_heads = frozenset(references["org_heads"])
    gaz.partner_nouns = frozenset(references["partner_nouns"])
    gaz.actor_object_verbs = frozenset(references["actor_object_verbs"])
    gaz.bystander_nouns = frozenset(references["bystander_nouns"])
    gaz.vessel_nouns = frozenset(references["vessel_nouns"])
    gaz.posted_bodies = frozenset(references["posted_bodies"])
    for prefix, shorts in references["name_abbreviations"].items():  # "U.N. Assistance Mission in Afghanistan"
        for form, key in [(f, k) for f, k in gaz.names.items() if f.startswith(prefix) and k.startswith("org:")]:
            for short in shorts:
                gaz.names.setdefault(short + form[len(prefix):], key)
    gaz.weapon_names = frozenset(references["weapon_names"])
    gaz.intrusion_verbs = frozenset(references["intrusion_verbs"])
    gaz.standing_nouns = frozenset(references["standing_nouns"])
    gaz.meeting_verbs = frozenset(references["meeting_verbs"])
    gaz.telling_verbs = frozenset(references["telling_verbs"])
    gaz.locative_preps = frozenset(references["locative_preps"])
    gaz.state_nouns = frozenset(references["state_nouns"])
    gaz.group_nouns = {k: frozenset(v) for k, v in references["group_nouns"].items() if not k.startswith("_")}
    gaz.non_actor_heads = frozenset(references["non_actor_heads"])
    gaz.group_phrases = {tuple(k.split()): (v[0], v[1]) for k, v in references["group_phrases"].items()}
    lines = (DATA_DIR / "boilerplate.txt").read_text(encoding="utf-8").splitlines()
    entries = [x.strip().lower() for x in lines if x.strip() and not x.startswith("#")]
    gaz.boilerplate = any_of(x for x in entries if not x.startswith("= "))
    gaz.section_headers = frozenset(x[2:] for x in entries if x.startswith("= "))
    return gaz
