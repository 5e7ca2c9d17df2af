"""spaCy component `dip_actors`: find actor mentions, read titles and affiliations, and resolve who is who."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from kg.extraction import Actor
from kg.gazetteer import Gazetteer, load_gazetteer

PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
PLURAL_PRONOUNS = {"they", "them", "their"}
FIRST_PERSON_SINGULAR = {"i", "me", "my"}
MILITARY_NAME_ENDINGS = ("army", "armed forces", "military", "defence force", "defense force", "defence forces",
                         "defense forces")
READOUT_VOICES = ("spokesperson", "spokesman", "spokeswoman", "downing street", "no 10", "no. 10", "readout")
FORCE_MODIFIERS = {"armed", "security"}  # "Kenyan security forces": one force noun of two words
INITIAL = re.compile(r"^[A-Z]\.?$")
BYLINE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)+), ([A-Z][A-Z ]+[A-Z])$"  # "NED PRICE, SPOKESPERSON"
                    r"|^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)+), ([A-Z]\w+(?: (?:[A-Z]\w+|of|for|the|and))*)$", re.M)
DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'/-]{1,40}(,[^\n]{0,40}?)?\s*\([A-Za-z][\w .]{0,30}\)\s*[-–—]+\s"
                      r"|^[ \t]*[A-Z][A-Z .'/-]{1,40},[^\n]{0,40}?\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                      r"[a-z]*\.? \d{1,2}(?:, \d{4})?\s*[-–—]+\s"  # "BEIRUT, Feb 12 - ", no agency named
                      r"|^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\((?:AFP|AP|Reuters|Xinhua|Anadolu|dpa|UPI)\)"
                      r"\s*[-–—]+\s", re.M)  # "Dubai (AFP) - "


def known_as(phrase: Token) -> list[Token]:
    """The name a phrase says it goes by: "the U.N. peacekeeping force in southern Lebanon, known as UNIFIL"."""
    return [o for a in phrase.children if a.dep_ == "acl" and a.lower_ == "known"
            for p in a.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]


def find_dateline(doc: Doc) -> tuple[int, int] | None:
    """Where a wire dateline ("KYIV, Sept 6 (Reuters) -") is, at the start of a line under the headline and byline:
    found once per document, in its opening tokens (joining the whole text is costly)."""
    if "dip_dateline" not in doc.user_data:
        m = DATELINE.search(doc[:400].text[:800])
        doc.user_data["dip_dateline"] = (m.start(), m.end()) if m else None
    return doc.user_data["dip_dateline"]


QUOTES_OPEN = {'"', "“"}
QUOTES_CLOSE = {'"', "”"}
QUOTE_HASHES = np.array([hash_string(q) for q in QUOTES_OPEN | QUOTES_CLOSE], dtype=np.uint64)


def _read_out(doc: Doc, start: int) -> bool:
    """Whether a quotation starting at `start` is introduced by a spokesperson or an office ("A Downing Street
    spokesperson said:"), who reads out what others did, rather than by someone speaking for themselves."""
    intro = doc[max(0, start - 25) : start].text.lower()
    return any(word in intro for word in READOUT_VOICES)


def quoted_tokens(doc: Doc) -> set[int]:
    """Indices of tokens inside direct quotations (a quotation never runs past its paragraph).

    A statement quoted over several paragraphs, each opening with a quotation mark, that a spokesperson reads out in
    the third person ("A Downing Street spokesperson said: “The Prime Minister spoke to ..."), is the readout itself:
    not a quotation. One in the first person ("“I urge both sides ...") or from someone speaking for themselves
    ("Foreign Secretary David Lammy said: “Rwanda must withdraw ...") stays the speaker's words."""
    inside, quoted, paragraph, block, opened, begun, continued = False, set(), [], [], 0, 0, False
    if not len(doc):
        return quoted
    marks, spaces = doc.to_array([ORTH, IS_SPACE]).T
    events = np.flatnonzero(np.isin(marks, QUOTE_HASHES) | (spaces == 1)).tolist()  # quotation marks, line breaks
    for i in [*events, len(doc) - 1] if not events or events[-1] != len(doc) - 1 else events:
        t = doc[i]
        if block and not inside and not paragraph and t.text in QUOTES_CLOSE and (
                i + 1 == len(doc) or "\n" in t.text_with_ws or "\n" in doc[i + 1].text):
            paragraph.extend(range(begun, i))  # a quotation's last paragraph, its opening mark left out
            continued = True
        elif t.text in QUOTES_OPEN and not inside:
            inside, opened = True, i + 1
        elif t.text in QUOTES_CLOSE and inside:
            inside = False
            paragraph.extend(range(opened, i))
        if "\n" in t.text_with_ws or t.i == len(doc) - 1:
            if inside:
                paragraph.extend(range(opened, i + 1))
            start = next((x for x in doc[paragraph[0] - 1 : t.i + 1] if not x.is_space), None) if paragraph else None
            opens_paragraph = start is not None and start.text in QUOTES_OPEN and (
                start.i == 0 or "\n" in doc[start.i - 1].text_with_ws or doc[start.i - 1].is_space)
            runs_on = opens_paragraph and inside  # the paragraph ends before the quotation does
            if runs_on or (block and (opens_paragraph or continued)):
                block.extend(paragraph)
            else:
                quoted.update(paragraph)
            if block and not runs_on:  # the multi-paragraph quotation ended here
                if any(doc[i].lower_ in FIRST_PERSON_SINGULAR for i in block) or not _read_out(doc, block[0]):
                    quoted.update(block)
                block = []
            inside, paragraph, begun, continued = False, [], i + 1, False
    return quoted


@dataclass
class Mention:
    """A stretch of tokens that refers to one or more actors."""

    start: int
    end: int
    keys: list[str]
    kind: str  # name, title, pronoun, group, demonym, capital
    text: str = ""


@dataclass
class ActorIndex:
    """The document's actors and the mentions that point at them."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    quoted: set[int] = field(default_factory=set)  # tokens inside direct quotations
    titled_forms: set[str] = field(default_factory=set)  # aliases that include a title: never a canonical name
    named_counterparts: dict[int, list[str]] = field(default_factory=dict)  # "counterparts, A and B": A and B
    author: str | None = None  # the official a statement's byline names: its "I"
    furniture: set[int] = field(default_factory=set)  # starts of page-furniture sentences ("Get breaking news")

    def mention_at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)


if not Doc.has_extension("actor_index"):
    Doc.set_extension("actor_index", default=None)


NUMERIC_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}
GROUP_SIZES = {"three": 3, "four": 4, "five": 5}  # "the three countries": the last three named
REGIME = "regime"  # "the Ortega-Murillo regime", and then "the regime"


class ActorRecognizer:
    """Finds actors in a Doc with the gazetteer, the title lexicon and spaCy's entities."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms: dict[str, list[str]] = {
            "name": list(gazetteer.names),
            "demonym": list(gazetteer.demonyms),
            "capital": list(gazetteer.capitals),
            "place": list(gazetteer.places),
        }
        for label, items in forms.items():
            self.matcher.add(label, [nlp.make_doc(f) for f in items if f])

        def hashes(words) -> np.ndarray:
            return np.array(sorted({nlp.vocab.strings.add(w) for w in words}), dtype=np.uint64)

        # the words each pass looks for, to find them without walking every token in Python
        self.office_words = hashes(["office"])
        # word sets the passes test against again and again, joined once
        self.title_vocabulary = gazetteer.title_heads | gazetteer.title_modifiers
        self.inner_title_modifiers = gazetteer.title_modifiers - {"the", "of", "and"}  # "Deputy" of "Deputy Minister"
        self.plural_title_vocabulary = self.title_vocabulary | gazetteer.title_plurals
        self.name_context_titles = self.title_vocabulary | gazetteer.honorifics
        self.body_name_heads = gazetteer.org_heads | gazetteer.body_head_words
        self.regime_words = hashes([REGIME])
        self.police_words = hashes(["police"])
        self.state_words = hashes(w for w in {*gazetteer.demonyms, *gazetteer.first_words, *(
            n for n, k in gazetteer.names.items() if k.startswith(("country:", "person:")))} if " " not in w)
        self.title_words = hashes(gazetteer.title_heads)
        self.place_words = hashes(gazetteer.place_nouns)
        self.counterpart_words = hashes(gazetteer.counterpart_nouns)
        self.first_words = hashes(gazetteer.first_words)
        self.title_openers = hashes(["the", "and", "'s", "’s"])  # what can open a bare title: "the Secretary"
        self.army_words = hashes(["army", "military"])  # "the army" of a state at war with an armed group at home
        self.reference_words = hashes(w for w in {  # what can refer back to actors: "both", "the two sides", "it"
            *(k[0] for k in gazetteer.group_phrases if len(k) == 1), "both", "two", "who", "which", "that", "it",
            "its", "we", *FIRST_PERSON_SINGULAR, *PRONOUNS, *PLURAL_PRONOUNS, *gazetteer.body_heads,
            *gazetteer.force_nouns, *gazetteer.government_nouns, *gazetteer.group_nouns, *gazetteer.state_nouns}
            if " " not in w)

    @staticmethod
    def _where(doc: Doc, attr: int, words: np.ndarray) -> list[int]:
        """Indices of the tokens whose attribute (LOWER, ORTH) is one of the words."""
        values = doc.to_array(attr)
        at = np.minimum(np.searchsorted(words, values), len(words) - 1)  # words is sorted: no sort per document
        return np.flatnonzero(words[at] == values).tolist()

    # -- mentions ---------------------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        index = ActorIndex()
        sents = list(doc.sents)
        furniture = [sents[n] for n in self.gaz.furniture([(s.start_char, s.end_char) for s in sents], doc.text)]
        index.furniture = {sent.start for sent in furniture}
        taken: set[int] = {i for sent in furniture for i in range(sent.start, sent.end)}
        taken |= self._dateline(doc)
        index.quoted = quoted_tokens(doc)
        self._byline(doc, index, taken)
        self._national_parties(doc, index, taken)
        self._office_mentions(doc, index, taken)
        self._state_bodies(doc, index, taken)
        self._regimes(doc, index, taken)
        self._gazetteer_mentions(doc, index, taken)
        self._titled_people(doc, index, taken)
        self._short_state_names(doc, index, taken)
        self._entity_mentions(doc, index, taken)
        self._surnames_of_named_people(doc, index, taken)
        self._region_mentions(doc, index, taken)
        self._army_in_a_civil_war(doc, index, taken)
        self._coordinated_forces(doc, index)
        for mention in sorted(index.mentions, key=lambda m: m.start):
            if mention.kind == "name" and index.actors[mention.keys[0]].kind == "Person":
                self._read_title(doc, index, mention)
        self._merge_people(index)
        self._one_military_per_state(index)
        self._states_from_titles(index)
        self._name_suffixes(doc, index, taken)
        self._title_only_mentions(doc, index, taken)
        self._national_office_mentions(doc, index, taken)
        self._officials_of_the_issuer(doc, index)
        home = self._dateline_state(doc)
        self._local_places(doc, index, home)
        self._officials_of_the_story(doc, index, home)
        self._police_of_the_story(doc, index, home)
        self._bodies_of_bodies(doc, index)
        self._states_of_regimes(index)
        self._office_holders_of_the_day(doc, index)
        self._counterparts(doc, index)  # before pronouns: "... counterparts, A and B. They agreed"
        self._groups_and_pronouns(doc, index)
        index.mentions.sort(key=lambda m: m.start)
        mentioned = {k for m in index.mentions for k in m.keys}
        for actor in index.actors.values():
            actor.mentioned = actor.key in mentioned
        for m in index.mentions:
            for i in range(m.start, m.end):
                index.by_token[i] = m
        self._states_through_bodies(index)
        doc._.actor_index = index
        return doc

    @staticmethod
    def _states_through_bodies(index: ActorIndex) -> None:
        """A spokesperson of the National Security Council acts for the state the council serves."""
        for actor in index.actors.values():
            if actor.kind not in ("Person", "Organization") or any(
                    index.actors[k].kind == "Country" for k in actor.affiliations if k in index.actors):
                continue
            states = [a for k in actor.affiliations if k in index.actors and index.actors[k].kind == "Organization"
                      for a in index.actors[k].affiliations if a in index.actors and index.actors[a].kind == "Country"]
            actor.affiliations.extend(dict.fromkeys(states))

    def _counterparts(self, doc: Doc, index: ActorIndex) -> None:
        """ "Egyptian President al-Sisi and his Somali counterpart Hassan Sheikh Mohamud": the counterpart holds the
        same office, for the state its modifier names ("his Somali and Ethiopian counterparts, A and B": in order)."""
        for i in self._where(doc, LOWER, self.counterpart_words):
            noun = doc[i]
            people, at = [], i + 1  # "counterpart Hassan Sheikh Mohamud", "counterparts, A and B"
            while at < len(doc) and (doc[at].text == "," or (people and doc[at].lower_ == "and")):
                at += 1
            while (m := index.mention_at(doc[at]) if at < len(doc) else None) is not None and m.start == at \
                    and m.kind == "name" and index.actors[m.keys[0]].kind == "Person" and m not in people:
                people.append(m)
                at = m.end + (m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "and")
                at += at < len(doc) and doc[at].lower_ in ("and", ",")
            if not people:
                continue
            index.named_counterparts[i] = [m.keys[0] for m in people]
            states = [k for c in noun.children if c.dep_ in ("amod", "compound") for cc in (c, *c.conjuncts)
                      for k in (index.mention_at(cc).keys if index.mention_at(cc) else [])
                      if index.actors[k].kind == "Country"]
            if len(states) == len(people):
                for m, state in zip(people, states, strict=True):
                    actor = index.actors[m.keys[0]]
                    if state not in actor.affiliations:
                        actor.affiliations.insert(0, state)
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            owners = index.mention_at(owner).keys if owner is not None and index.mention_at(owner) else []
            if not owners or owner.pos_ == "PRON":  # "his": the titled person the sentence sets them against
                named = {m.keys[0] for m in people}
                titled = [k for m in index.mentions if noun.sent.start <= m.start < noun.sent.end
                          and m.kind != "pronoun" for k in m.keys[:1]
                          if k not in named and index.actors[k].kind == "Person" and index.actors[k].titles]
                owners = titled[:1] or owners
            titles = [t for k in owners[:1] for t in index.actors[k].titles
                      if t.lower() not in self.gaz.title_states][:1]
            for m in people:
                actor = index.actors[m.keys[0]]
                if titles and not actor.titles:
                    actor.titles.append(titles[0])

    def _add(self, index: ActorIndex, taken: set[int], span: Span, keys: list[str], kind: str) -> Mention:
        m = Mention(span.start, span.end, keys, kind, span.text)
        index.mentions.append(m)
        taken.update(range(span.start, span.end))
        index.by_token.update(dict.fromkeys(range(span.start, span.end), m))
        return m

    def _known(self, index: ActorIndex, key: str, alias: str | None = None) -> Actor:
        """The document's actor for a gazetteer entry (made on first mention, with the state or body it serves)."""
        known = self.gaz.actors[key]
        actor = index.actors.get(key)
        if actor is None:
            actor = Actor(key=key, kind=known.kind, name=known.name, iso3=known.iso3, wikidata=known.wikidata)
            index.actors[key] = actor
            if known.gender:
                index.genders[key] = known.gender
            country_key = self.gaz.country_key(known.country)
            if country_key:
                self._known(index, country_key)
                actor.affiliations.append(country_key)
            if known.body and known.body in self.gaz.by_body_name:
                body = self._known(index, self.gaz.by_body_name[known.body])
                actor.affiliations.append(body.key)
        if alias:
            actor.aliases.add(alias)
        return actor

    def _office_mentions(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "the Turkish president's office", "Netanyahu's office": an office named after its holder is an organization
        of that state."""
        for t in (doc[i] for i in self._where(doc, LOWER, self.office_words)):
            if t.i < 2 or doc[t.i - 1].lower_ not in ("'s", "’s"):
                continue
            head = doc[t.i - 2]
            holder = next((self.gaz.names[doc[k : t.i - 1].text] for k in range(max(0, t.i - 5), t.i - 1)
                           if self.gaz.names.get(doc[k : t.i - 1].text, "").startswith("person:")), None)
            if holder is not None and self.gaz.actors[holder].country:
                country = self.gaz.country_key(self.gaz.actors[holder].country)
                start = next(k for k in range(max(0, t.i - 5), t.i - 1)
                             if self.gaz.names.get(doc[k : t.i - 1].text) == holder)
                key = f"org:office:{holder}"
                actor = index.actors.setdefault(key, Actor(key=key, kind="Organization", name=doc[start : t.i + 1].text,
                                                           affiliations=[country]))
                self._known(index, country)
                while start > 0 and (doc[start - 1].lower_ in self.title_vocabulary
                                     or doc[start - 1].text in self.gaz.demonyms) and doc[start - 1].lower_ != "the":
                    start -= 1  # "Israeli Prime Minister Benjamin Netanyahu's office"
                actor.aliases.add(doc[start : t.i + 1].text)
                self._add(index, taken, doc[start : t.i + 1], [key], "name")
                continue
            if head.lower_ not in self.gaz.title_heads:
                continue
            start = head.i
            while start > 0 and (doc[start - 1].lower_ in self.inner_title_modifiers
                                 or doc[start - 1].text in self.gaz.demonyms or doc[start - 1].text in self.gaz.names):
                start -= 1
            span = doc[start : t.i + 1]
            country = next((self._country_word(w.text) for w in span if self._country_word(w.text)), None)
            key = "org:" + span.text.lower()
            actor = index.actors.setdefault(key, Actor(key=key, kind="Organization", name=span.text))
            if country and country not in actor.affiliations:
                self._known(index, country)
                actor.affiliations.append(country)
            actor.aliases.add(f"the {span.text}" if start > 0 and doc[start - 1].lower_ == "the" else span.text)
            self._add(index, taken, span, [key], "name")

    def _dateline(self, doc: Doc) -> set[int]:
        """Tokens of a wire dateline ("KYIV, Sept 6 (Reuters) -"): the place of filing and the agency, not actors."""
        where = find_dateline(doc)
        if where is None:
            return set()
        span = doc.char_span(where[0], where[1], alignment_mode="expand")
        return set(range(span.start, span.end)) if span is not None else set()

    def _byline(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """A statement's byline under its header ("MARCO RUBIO, SECRETARY OF STATE"): the official who speaks as
        "I" in it, with that title."""
        if not BYLINE.search(doc[:120].text):  # a statement's header comes first
            return
        for sent in itertools.islice(doc.sents, 6):
            line = BYLINE.match(sent.text.strip())
            who, office = (line.group(1) or line.group(3), line.group(2) or line.group(4)) if line else ("", "")
            if line is None or not self.gaz.title_heads.intersection(office.lower().split()):
                continue
            start = sent.start_char + sent.text.index(who)
            name = doc.char_span(start, start + len(who), alignment_mode="expand")
            if name is None or taken.intersection(range(name.start, sent.end)):
                return
            proper = " ".join(w.capitalize() for w in who.split()) if who.isupper() else who
            key = self.gaz.names.get(proper, "")
            actor = self._known(index, key) if key.startswith("person:") else index.actors.setdefault(
                "name:" + proper, Actor(key="name:" + proper, kind="Person", name=proper))
            actor.aliases.add(name.text)
            title = " ".join(w if w in ("of", "for", "the", "and") else w.capitalize()
                             for w in office.lower().split())
            if title.lower() not in (t.lower() for t in actor.titles):
                actor.titles.append(title)
            self._add(index, taken, name, [actor.key], "byline")  # its title is read above, not around it
            taken.update(range(name.start, sent.end))
            index.author = actor.key
            return

    def _national_parties(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "the ruling Georgian Dream party": a party of that state, under its name wherever the text repeats it
        (before the demonym is read as the state)."""
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 3 or ent[-1].lower_ != "party" or not ent[-1].is_lower:
                continue
            span = ent[1:] if ent[0].lower_ == "the" else ent
            country = self._country_word(span[0].text)
            if country is None or taken.intersection(range(span.start, span.end)) or ent.root.dep_ == "appos":
                continue  # not "Srpska Lista, the largest Kosovo Serb party": a description of a named party
            name = span[:-1].text
            key = "org:" + name.lower()
            self._known(index, country)
            actor = index.actors.setdefault(key, Actor(key=key, kind="Organization", name=name,
                                                       affiliations=[country]))
            actor.aliases.add(span.text)
            self._add(index, taken, span, [key], "name")
            words = [t.text for t in span[:-1]]
            for i in (t.i for t in doc if t.text == words[0]):  # a party is rare: a plain walk is cheap enough
                if [t.text for t in doc[i : i + len(words)]] == words \
                        and not taken.intersection(range(i, i + len(words))):
                    self._add(index, taken, doc[i : i + len(words)], [key], "name")  # "Georgian Dream has chosen"

    def _state_bodies(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "Iran's foreign ministry", "the Indian government": a state's institution, an organization of that state."""
        for t in (doc[i] for i in self._where(doc, ORTH, self.state_words)):
            if t.i in taken or not (t.is_title or t.is_upper) or self._regional(doc, t.i):
                continue  # states and leaders are capitalised
            country, k = self._country_word(t.text) or self._leader_state(doc, t), t.i + 1
            for n in (4, 3, 2) if t.text in self.gaz.first_words else ():  # "South Korea's foreign ministry"
                named = self.gaz.names.get(doc[t.i : t.i + n].text, "") if t.i + n <= len(doc) else ""
                if named.startswith("country:"):
                    country, k = named, t.i + n
                    break
            if country is None:
                continue
            if k < len(doc) and doc[k].lower_ in ("'s", "’s") and t.text not in self.gaz.demonyms:
                k += 1
            start_rest, words = k, []
            head_words = self.gaz.body_head_words
            while k < len(doc) and len(words) < 4 and (doc[k].lower_ in self.gaz.body_modifiers
                                                       or doc[k].lower_ in head_words):
                words.append(doc[k].lower_)
                k += 1
            while words and words[-1] not in self.gaz.body_heads and " ".join(words[-2:]) not in self.gaz.body_heads:
                words.pop()
                k -= 1
            if words and k < len(doc) and words[-1] in self.gaz.title_modifiers \
                    and doc[k].lower_ in self.gaz.title_heads:
                continue  # "Kenyan Prime Cabinet Secretary": a title, not the cabinet
            if not words or k == start_rest or any(doc[start_rest:e].text in self.gaz.names
                                                   for e in range(k, min(k + 3, len(doc)) + 1)):
                continue  # "Iran's Islamic Revolutionary Guard Corps": a body the gazetteer knows
            if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].is_title:
                k += 1  # "Lebanon's Ministry of Public Health"
                while k < len(doc) and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
                    words.append(doc[k].lower_)
                    k += 1
            post = k
            if words[-1] in self.gaz.posted_bodies and k + 1 < len(doc) and doc[k].lower_ == "in" \
                    and doc[k + 1].ent_type_ == "GPE":
                post += 1  # "the Russian Embassy in London": one of the state's missions, named by its post, which
                while post < len(doc) and doc[post].ent_type_ == "GPE" and doc[post].ent_iob_ != "O":
                    words.append(doc[post].lower_)  # stays a place ("stormed the Swedish embassy in Baghdad")
                    post += 1
            span = doc[t.i : k]
            if span.text in self.gaz.names or taken.intersection(range(span.start, span.end)):
                continue
            if words in (["government"], ["authorities"]) and not self.gaz.names.get(t.text, "").startswith("person:"):
                self._known(index, country)  # "the Rwandan government", "Venezuela's authorities": the state itself;
                self._add(index, taken, span, [country], "demonym")  # not "the Maduro government"
                continue
            phrase = doc[k - 1] if doc[k - 1].dep_ != "compound" else doc[k - 1].head
            named = next((self.gaz.names[n] for a in phrase.children if a.dep_ == "appos" or (
                a.dep_ == "conj" and phrase.i >= k and doc[a.left_edge.i - 1].text == ",")  # parsed as a list
                          for n in [doc[a.left_edge.i + (a.left_edge.lower_ == "the") : a.i + 1].text]
                          if self.gaz.names.get(n, "").startswith("org:")), None)
            if named:  # "Russia's military intelligence service, the GRU": the body the gazetteer knows
                self._known(index, named).aliases.add(span.text)
                self._add(index, taken, span, [named], "name")
                continue
            key = f"org:{country}:{' '.join(words)}"
            actor = index.actors.get(key)
            if actor is None:
                actor = index.actors[key] = Actor(key=key, kind="Organization", name=doc[t.i : post].text,
                                                  affiliations=[country])
                self._known(index, country)
            article = t.i > 0 and doc[t.i - 1].lower_ == "the"
            actor.aliases.update(f"the {s.text}" if article else s.text for s in {span, doc[t.i : post]})
            self._add(index, taken, span, [key], "name")

    def _regimes(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "the Ortega-Murillo regime": the government of leaders the gazetteer does not know, an organization."""
        for head in (doc[i] for i in self._where(doc, LOWER, self.regime_words)):
            start = head.i
            while start > 0 and start - 1 not in taken and (doc[start - 1].is_title or doc[start - 1].text == "-") \
                    and doc[start - 1].pos_ in ("PROPN", "PUNCT") and not self._country_word(doc[start - 1].text):
                start -= 1
            if start == head.i or doc[start].text == "-":
                continue
            name = doc[start : head.i + 1].text
            key = "org:" + name.lower()
            actor = index.actors.setdefault(key, Actor(key=key, kind="Organization", name=name))
            actor.aliases.add(f"the {name}")
            self._add(index, taken, doc[start : head.i + 1], [key], "name")

    def _states_of_regimes(self, index: ActorIndex) -> None:
        """A regime the text names by its leaders serves the state the text names most, not the author's own."""
        author = index.actors.get(index.author) if index.author else None
        own = set(author.affiliations) if author else set()
        for actor in index.actors.values():
            if actor.kind == "Organization" and not actor.affiliations and actor.name.endswith(" " + REGIME):
                state = self._most_named(index, "Country", 10**9, excluding=own)
                actor.affiliations.extend(state)

    def _leader_state(self, doc: Doc, token: Token) -> str | None:
        """ "the Assad regime", "the Biden administration": a leader's name before a word for their government."""
        key = self.gaz.names.get(token.text)
        if not key or not key.startswith("person:") or token.i + 1 >= len(doc) \
                or doc[token.i + 1].lower_ not in self.gaz.leader_government_heads:
            return None
        return self.gaz.country_key(self.gaz.actors[key].country)

    def _regional(self, doc: Doc, start: int) -> bool:
        """A state's word inside a region's name or a compound: "Latin American", "Inter-American", "pro-Iran"."""
        if start == 0:
            return False
        before = doc[start - 1]
        if before.text in self.gaz.regional_prefixes:
            return True
        return before.text == "-" and start > 1 and not before.whitespace_ \
            and doc[start - 2].text in self.gaz.regional_prefixes

    def _country_word(self, word: str) -> str | None:
        """The country key a single word names as a demonym or a name ("Turkish", "Turkey")."""
        key = self.gaz.demonyms.get(word) or self.gaz.names.get(word)
        return key if key and key.startswith("country:") else None

    def _gazetteer_mentions(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        spans = []
        for match_id, start, end in self.matcher(doc):
            spans.append((doc.vocab.strings[match_id], doc[start:end]))
        spans.sort(key=lambda s: (-(s[1].end - s[1].start), s[1].start))
        ents = doc.ents
        for label, span in spans:
            if taken.intersection(range(span.start, span.end)):
                continue
            if len(span) > 1 and self._military_adjective(span[-1]):
                continue
            if label in ("demonym", "name") and self._regional(doc, span.start):
                continue  # "Latin American countries", "Latin America", "the Inter-American Commission"
            if label == "capital" and any(e.label_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT")
                                          and e.start <= span.start and span.end <= e.end and len(e) > len(span)
                                          for e in ents):
                continue  # "The Washington Post", "Moscow State University": part of another name
            if label == "capital" and any(e.label_ == "PERSON" and e.start == span.start and len(e) > len(span)
                                          for e in ents):
                continue  # "Foreign Minister Santiago Morales Ibarra": a given name
            body = self._body_named_after(doc, span)
            if body is not None:  # "the Republika Srpska National Assembly", "the Court of Bosnia and Herzegovina"
                self._org_mention(doc, index, taken, self._full_body_name(doc, body, taken))
                continue
            if label == "place":
                name, country = self.gaz.places[span.text]
                self._place_mention(index, taken, span, name, country)
                continue
            if label == "name":
                key = self.gaz.names[span.text]
                if key.startswith("person:") and len(span) == 1 and self._inside_longer_name(doc, span):
                    continue  # "Seyoum" of "Billene Seyoum" is not Seyoum Mesfin
            elif label == "demonym":
                key = self.gaz.demonyms[span.text]
            else:
                key = self.gaz.capitals[span.text]
                if span[0].is_title and span.start > 0 and doc[span.start - 1].lower_ in self.gaz.locative_preps \
                        and not (span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")):
                    self._place_mention(index, taken, span, span.text, key)  # "talks in Doha": the city
                    continue
            if (label != "name" or key.startswith("country:")) and self._followed_by_force(doc, span):
                self._force_mention(doc, index, taken, span, key)
                continue
            alias = span.text
            if span.start > 0 and doc[span.start - 1].lower_ == "the" and label == "name":
                alias = f"the {span.text}"
            self._known(index, key, alias)
            self._add(index, taken, span, [key], label)

    def _body_named_after(self, doc: Doc, span: Span) -> Span | None:
        """The institution whose name holds a state or place: "Court of Bosnia and Herzegovina"."""
        heads = self.body_name_heads
        start = span.start
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and doc[start - 2].lower_ in heads:
            start -= 2  # "the Court of Bosnia and Herzegovina", "the Supreme Court of Israel"
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ"):
                start -= 1
            return doc[start : span.end]
        end = span.end
        while end < len(doc) and end - span.end < 3 and doc[end].is_title \
                and doc[end].pos_ in ("PROPN", "ADJ", "NOUN") and doc[end].lower_ not in self.gaz.title_heads:
            end += 1
        if end > span.end and doc[end - 1].lower_ in self.gaz.org_heads and any(
                e.label_ == "ORG" and e.start <= span.start and end <= e.end for e in doc.ents):
            return doc[span.start : end]  # "the Republika Srpska National Assembly", as the model found it
        return None

    def _inside_longer_name(self, doc: Doc, span: Span) -> bool:
        """Whether a one-word name is part of a longer capitalised name the gazetteer does not know."""
        titles = self.name_context_titles
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        return any(t is not None and t.pos_ == "PROPN" and t.is_title and t.lower_ not in titles
                   and t.text not in self.gaz.demonyms and t.text not in self.gaz.names for t in (before, after))

    def _force_start(self, doc: Doc, span: Span) -> int:
        """Where the force noun would start after a state's name: "Indian troops", "Pakistan's army"."""
        if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
            return span.end + 1
        return span.end

    def _military_adjective(self, token: Token, possessed: bool = False) -> bool:
        """ "military" before a noun that is not the military's own strike: "UK military support", "Russia's military
        offensive", not "a Myanmar military airstrike"."""
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        return token.lower_ == "military" and nxt is not None and nxt.pos_ == "NOUN" \
            and (possessed or nxt.lower_ not in self.gaz.force_acts)

    def _followed_by_force(self, doc: Doc, span: Span) -> bool:
        nxt = doc[self._force_start(doc, span) : self._force_start(doc, span) + 2]
        if len(nxt) == 2 and self._military_adjective(nxt[0], possessed=nxt.start > span.end):
            return False  # "UK military support", "Russia's military offensive": an adjective, not the armed forces
        if len(nxt) == 2 and nxt[1].text == "-":
            return False  # "Sudan's army-aligned government": the government, aligned with the army
        return any(t.lower_ in self.gaz.force_nouns for t in nxt[:1]) or (
            len(nxt) == 2 and nxt[0].lower_ in FORCE_MODIFIERS and nxt[1].lower_ == "forces"
        )

    def _force_mention(self, doc: Doc, index: ActorIndex, taken: set[int], span: Span, country_key: str) -> None:
        force = self._force_start(doc, span)
        end = force + (2 if doc[force].lower_ in FORCE_MODIFIERS else 1)
        key = self._military_of(index, country_key, doc[span.start : span.end].text, doc[span.start : end].text)
        self._add(index, taken, doc[span.start : end], [key], "name")

    def _military_of(self, index: ActorIndex, country_key: str, demonym: str, text: str) -> str:
        """The key of a state's armed forces, named as the text names them ("Indian troops")."""
        country = self._known(index, country_key)
        demonyms = [demonym] + [d for d, k in self.gaz.demonyms.items() if k == country_key]
        known = next((self.gaz.names[f"{d} armed forces"] for d in demonyms if f"{d} armed forces" in self.gaz.names),
                     None)
        if known:
            self._known(index, known, text)
            return known
        key = f"org:military:{country.iso3 or country.name}"
        actor = index.actors.get(key)
        if actor is None:
            actor = Actor(key=key, kind="Organization", name=text, affiliations=[country_key])
            index.actors[key] = actor
        if "armed forces" in text.lower():
            actor.name = text
        actor.aliases.add(text)
        return key

    def _coordinated_forces(self, doc: Doc, index: ActorIndex) -> None:
        """ "Chinese and Indian troops": the first demonym shares the force noun of the second."""
        by_start = {m.start: m for m in index.mentions}
        for m in list(index.mentions):
            if m.kind != "name" or m.start < 2 or not (doc[m.start].text in self.gaz.demonyms
                                                       or doc[m.start : m.start + 2].text in self.gaz.demonyms):
                continue  # "Philippine troops", "South Korean forces"
            if doc[m.start - 1].lower_ not in ("and", ",") or not any(
                    doc[k].lower_ in self.gaz.force_nouns for k in range(m.start + 1, m.end)):
                continue
            first = by_start.get(m.start - 2)  # "Chinese and ...", "U.S. and ..."
            if first is None or not (first.kind == "demonym" or first.keys[0].startswith("country:")):
                continue
            noun = doc[m.start + 1 : m.end].text
            first.keys = [self._military_of(index, first.keys[0], doc[first.start].text,
                                            f"{doc[first.start].text} {noun}")]

    # -- people -------------------------------------------------------------------------------------------------

    def _title_run_before(self, doc: Doc, index: ActorIndex, end: int) -> tuple[int, int] | None:
        """Token range of an office title ending right before `end`, if there is one."""
        i = end - 1
        start = None
        while i >= 0:
            t = doc[i]
            low = t.lower_
            if i in index.by_token:
                break
            if low in self.gaz.title_heads or (low in self.gaz.title_modifiers and low not in ("the",)):
                start = i
                i -= 1
                continue
            if t.text == "-" or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ") and start is not None
                                 and i not in index.by_token and low not in ("the",)):
                start = i
                i -= 1
                continue
            break
        if start is None:
            return None
        of = next((k for k in range(start, end) if doc[k].lower_ == "of"), None)
        if of is not None and not any(doc[k].lower_ in self.title_vocabulary for k in range(start, of)):
            start = of + 1  # "Readout of President Joe Biden": the title is "President"
        while start < end and doc[start].lower_ in ("of", "and", "for", "-"):
            start += 1
        if not any(doc[k].lower_ in self.gaz.title_heads for k in range(start, end)):
            return None
        # "The Prime Minister and President Zelenskyy": only the title next to the name
        for k in range(end - 1, start, -1):
            if doc[k].lower_ == "and" and any(doc[j].lower_ in self.gaz.title_heads for j in range(start, k)) \
                    and any(doc[j].lower_ in self.gaz.title_heads for j in range(k + 1, end)):
                start = k + 1
                break
        return start, end

    def _name_run_after(self, doc: Doc, start: int) -> int:
        """End of a run of capitalized name tokens (and initials) starting at `start`."""
        i = start
        while i < len(doc):
            t = doc[i]
            if t.lower_ in self.gaz.title_heads or t.lower_ in ("of", "and", "the"):
                break
            if INITIAL.match(t.text) or (t.text[:1].isupper() and t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ")):
                i += 1
                continue
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if i > start and nxt is not None and (t.lower_ in self.gaz.name_particles or t.text == "-") and (
                    nxt.text[:1].isupper() or nxt.text == "-"):
                i += 1  # "Abdel Fattah al-Burhan", "Luiz Inacio Lula da Silva"
                continue
            if i > start and t.text == "-" and nxt is not None and nxt.is_lower and nxt.is_alpha \
                    and not doc[i - 1].whitespace_ and not t.whitespace_:
                i += 2  # "Han Seung-woo": a hyphenated given name
                continue
            break
        if i < len(doc) and i > start and doc[i].lower_ in self.gaz.title_heads:
            return start  # "Chief Cabinet Secretary ...": the words are part of a longer title, not a name
        if i > start and (doc[i - 1].lower_ in self.gaz.body_head_words or doc[i - 1].lower_ in self.gaz.org_heads):
            return start  # "the General Staff of the Armed Forces", "Central Command": a body, not a person
        return i

    def _titled_people(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """Names that follow an office title ("Secretary of State Antony J. Blinken") are people."""
        i = 0
        for head in self._where(doc, LOWER, self.title_words):
            if head < i or head in taken:
                continue
            i = head
            name_start = i + 1
            # "Secretary of State X": extend over "of State"
            while name_start + 1 < len(doc) and doc[name_start].lower_ == "of" and doc[name_start + 1].is_title \
                    and doc[name_start + 1].lower_ in self.gaz.title_modifiers:
                name_start += 2  # "... of Foreign Affairs X": every capitalised word of the office
                while name_start < len(doc) and doc[name_start].is_title \
                        and doc[name_start].lower_ in self.inner_title_modifiers:
                    name_start += 1
            name_start = self._after_portfolio(doc, name_start)
            name_end = self._name_run_after(doc, name_start)
            if name_end > name_start and not taken.intersection(range(name_start, name_end)):
                span = doc[name_start:name_end]
                if span.text in self.gaz.names and not self.gaz.names[span.text].startswith("person:"):
                    i = name_end
                    continue
                self._person_mention(doc, index, taken, span)
                i = name_end
                continue
            i += 1

    def _after_portfolio(self, doc: Doc, start: int) -> int:
        """Where the name starts after an office's brief: "Minister for the Middle East Hamish Falconer", "Envoy
        for Sudan Tom Perriello" (the brief is what the gazetteer knows, else all but the name's last two words)."""
        if start + 2 >= len(doc) or doc[start].lower_ != "for":
            return start
        brief = start + 1 + (doc[start + 1].lower_ == "the")
        end = self._name_run_after(doc, brief)
        if end - brief < 3:
            return start
        known = (self.gaz.names, self.gaz.places, self.gaz.demonyms)
        return next((k for k in range(end - 2, brief, -1) if any(doc[brief:k].text in d for d in known)), end - 2)

    def _entity_mentions(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        surnames = {e[-1].text: e.start for e in reversed(doc.ents) if e.label_ == "PERSON" and len(e) > 1}
        initials: set[str] = set()
        for ent in doc.ents:
            span = ent
            while len(span) and (span[0].lower_ in ("the", "a", "an", "two", "both") or span[0].lower_ in GROUP_SIZES):
                span = span[1:]  # "the two Secretaries" is a group, found later
            opened = next((t.i for t in span if t.text == "("), None)
            if opened is not None and not any(t.text == ")" for t in span):
                span = doc[span.start : opened]  # "Office of Foreign Assets Control (OFAC": the name before it
            while len(span) and (span[-1].is_punct or span[-1].is_space
                                 or span[-1].lower_ in ("'s", "’s", "of", "and", "for")):
                span = span[:-1]  # "the Special Tasks Department of" Georgia's ministry
            if len(span.text.strip(".")) < 2 or taken.intersection(range(span.start, span.end)):
                continue  # a lone letter: "wrote on X."
            if ent.label_ == "ORG" and span[-1].lower_ in self.gaz.title_heads and span.end < len(doc) \
                    and (doc[span.end].ent_type_ == "PERSON" or doc[span.end].lower_ in self.gaz.title_heads):
                continue  # "National Police Commissioner General Horacio Salinas Rivas": an office
            titles = self.title_vocabulary
            if all(t.lower_ in titles or t.lemma_.lower() in self.gaz.title_heads or t.lower_ in self.gaz.title_plurals
                   for t in span):
                continue  # "State" of "Secretary of State", "National Security", "the two Secretaries"
            if span.text in self.gaz.weapon_names or span[0].text in self.gaz.weapon_names:
                continue  # "more Patriot air defence systems"
            if span.start > 0 and doc[span.start - 1].lower_ in self.gaz.vessel_nouns:
                continue  # "the bulk carrier Eternal Star": a ship
            if span.text in initials or span.start > 1 and doc[span.start - 1].text == "(" \
                    and doc[span.start - 2].is_lower and span.text.isupper() and span.text not in self.gaz.names:
                initials.add(span.text)
                continue  # "illegal, unreported, and unregulated (IUU) fishing": a common noun's initials
            label = ent.label_
            if label in ("GPE", "LOC") and len(span) == 1 and surnames.get(span.text, len(doc)) < span.start \
                    and span.text not in self.gaz.places:
                label = "PERSON"  # "Krasniqi rejected ...", after "Arben Krasniqi": his surname, not a place
            if label != "ORG" and span.start > 0 and doc[span.start - 1].lower_ in self.gaz.organization_nouns \
                    and doc[span.start - 1].is_lower:
                label = "ORG"  # "Finnish energy company Fortum", whatever the model took it for
            if label == "PERSON":
                if span.end < len(doc) and doc[span.end].lower_ in self.gaz.place_nouns:
                    continue  # "Zamzam camp": a place, read as one by _region_mentions
                if span.end < len(doc) and doc[span.end].lower_ in self.gaz.force_nouns:
                    self._org_mention(doc, index, taken, doc[span.start : span.end + 1])
                elif len(span) == 1 and self._looks_like_place(span):
                    self._place_mention(index, taken, span)
                else:
                    # a title inside the entity: "Spokesperson Ned Price"
                    k = 0
                    while k < len(span) - 1 and span[k].lower_ in self.plural_title_vocabulary:
                        k += 1  # "Deputy Prime Ministers Mher Grigoryan and ..."
                    self._person_mention(doc, index, taken, span[k:])
            elif label == "ORG" and (self._names_person(index, span.text) or self._named_after_office(span)):
                self._person_mention(doc, index, taken, span)
            elif label == "ORG" and len(span) == 1 and span[0].dep_ in ("amod", "compound") and not span[0].is_upper:
                continue  # "a united Transatlantic response"
            elif label == "ORG":
                k = 0
                while k < len(span) - 1 and span[k].lower_ in self.gaz.title_heads:
                    k += 1
                if k and span[k].lower_ == "of":
                    continue  # "Minister of Industry and Trade": an office with its brief
                if k:
                    self._person_mention(doc, index, taken, span[k:])
                elif span[-1].lower_ not in self.gaz.non_actor_heads and span[0].lower_ != "operation":
                    self._org_mention(doc, index, taken, self._full_body_name(doc, span, taken))
            elif label in ("GPE", "LOC", "FAC"):
                if span[-1].lower_ in self.gaz.non_actor_heads or span[0].lower_ == "operation":
                    continue
                self._place_mention(index, taken, self._occupied_prefix(doc, span))

    @staticmethod
    def _full_body_name(doc: Doc, span: Span, taken: set[int]) -> Span:
        """ "Philippine Bureau" + "of Fisheries and Aquatic Resources": a body's name the model cut before its "of"."""
        end = span.end
        if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end + 1].is_title:
            return span
        k = end + 1
        while k < len(doc) and k not in taken and (doc[k].is_title or (
                doc[k].lower_ in ("and", "&") and k + 1 < len(doc) and doc[k + 1].is_title)):
            k += 1
        return doc[span.start : k] if k > end + 1 else span  # not "the Special Tasks Department of" Georgia's

    def _surnames_of_named_people(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """A lone surname the model did not take for a person ("Gonsalves, who mediated") after the full name."""
        first_named: dict[str, dict[str, int]] = {}  # surname -> full name -> where it was first named
        for m in sorted(index.mentions, key=lambda m: m.start):
            actor = index.actors[m.keys[0]]
            if m.kind == "name" and actor.kind == "Person" and len(actor.name.split()) > 1:
                first_named.setdefault(self._name_words(actor.name)[-1], {}).setdefault(actor.name, m.start)
        surnames = np.array(sorted(hash_string(w) for w in first_named), dtype=np.uint64)
        for t in (doc[i] for i in self._where(doc, LOWER, surnames)) if len(surnames) else ():
            if t.i in taken or t.pos_ not in ("PROPN", "NOUN") or not t.is_title or t.ent_type_ in NUMERIC_ENTITIES:
                continue  # "Gonsalves" tagged a plural noun at the start of a sentence; not "May 5"
            names = first_named.get(t.lower_, {})
            neighbours = [doc[j] for j in (t.i - 1, t.i + 1) if 0 <= j < len(doc)]
            if len(names) == 1 and min(names.values()) < t.i and not any(  # but "Mr Fok" is he
                    n.pos_ == "PROPN" and not (n.i < t.i and n.lower_ in self.gaz.honorifics) for n in neighbours):
                self._person_mention(doc, index, taken, doc[t.i : t.i + 1])

    def _names_person(self, index: ActorIndex, text: str) -> bool:
        return any(a.kind == "Person" and (text in a.aliases or text in a.name.split()) for a in index.actors.values())

    def _named_after_office(self, span: Span) -> bool:
        """ "the Prime Minister of Mauritius, Vikash Ramdoyal": a name set beside an office is its holder's."""
        head = span.root
        return head.dep_ == "appos" and head.head.lemma_.lower() in self.gaz.title_heads and 2 <= len(span) <= 4 \
            and all(t.is_alpha and t.is_title and t.lower_ not in self.gaz.body_head_words for t in span) \
            and span.text not in self.gaz.names

    def _occupied_prefix(self, doc: Doc, span: Span) -> Span:
        """Extend "Kashmir" to "Pakistan-occupied Kashmir" when the text says so."""
        s = span.start
        if s >= 3 and doc[s - 1].lower_ in ("occupied", "administered", "controlled") and doc[s - 2].text == "-":
            return doc[s - 3 : span.end]
        return span

    def _looks_like_place(self, span: Span) -> bool:
        head = span.root
        return head.dep_ == "pobj" and head.head.lower_ in ("in", "into", "from", "over", "across", "of", "near")

    def _person_mention(self, doc: Doc, index: ActorIndex, taken: set[int], span: Span) -> None:
        if not len(span):
            return
        key = self.gaz.names.get(span.text)
        if key and key.startswith("person:"):
            self._known(index, key, span.text)
        elif "loc:" + span.text.lower() in index.actors:  # "the coastal town of Cabaret ... the Cabaret attack"
            key = "loc:" + span.text.lower()
        else:
            key = "name:" + span.text
            if key not in index.actors:
                index.actors[key] = Actor(key=key, kind="Person", name=span.text)
            index.actors[key].aliases.add(span.text)
        self._add(index, taken, span, [key], "name")

    def _org_mention(self, doc: Doc, index: ActorIndex, taken: set[int], span: Span) -> None:
        name = span.text
        words = name.lower().split()
        if words[:2] in (["government", "of"], ["authorities", "of"]):  # "the Government of Rwanda": the state itself
            state = self.gaz.names.get(" ".join(name.split()[2:]).removeprefix("the "), "")
            if state.startswith("country:"):
                self._known(index, state)
                self._add(index, taken, span, [state], "name")
                return
        body = " ".join(w for w in words if w not in ("the", "of"))
        earlier = max((m for m in index.mentions if m.start < span.start and len(m.keys) == 1
                       and m.keys[0].startswith("org:") and m.keys[0].endswith(":" + body)), default=None,
                      key=lambda m: m.start)
        if earlier is not None:  # "Cambodia's defence ministry said ... Defence ministry
            self._add(index, taken, span, list(earlier.keys), "name")  # spokeswoman Maly Socheata": that ministry
            return
        key = self._expanded_acronym(index, name) or "org:" + name.lower()
        if key not in index.actors:
            index.actors[key] = Actor(key=key, kind="Organization", name=name)
            country = next((self._country_word(t.text) for t in span
                            if self._country_word(t.text) and not self._regional(doc, t.i)), None)
            country = country or self._state_inside(span)
            country = country or self._possessor_state(doc, index, span) or self._context_state(index, span)
            if country:
                if country in self.gaz.actors:  # else a body the document already knows: "the Ministry's unit"
                    self._known(index, country)
                index.actors[key].affiliations.append(country)
        alias = f"the {name}" if span.start > 0 and doc[span.start - 1].lower_ == "the" else name
        index.actors[key].aliases.add(alias)
        self._add(index, taken, span, [key], "name")

    def _expanded_acronym(self, index: ActorIndex, name: str) -> str | None:
        """ "SAF" after "Sudanese Armed Forces": the body the document already named in full."""
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
            return None
        for actor in index.actors.values():
            words = [w for w in actor.name.split() if w[:1].isupper()]
            if actor.kind == "Organization" and len(words) == len(name) and "".join(w[0] for w in words) == name:
                return actor.key
        return None

    def _state_inside(self, span: Span) -> str | None:
        """The state a body's name holds as a multi-word name or a place: "Court of Bosnia and Herzegovina"."""
        for n in range(min(4, len(span)), 1, -1):
            for i in range(len(span) - n + 1):
                text = span[i : i + n].text
                key = self.gaz.names.get(text, "")
                if key.startswith("country:"):
                    return key
                if text in self.gaz.places and self.gaz.places[text][1]:
                    return self.gaz.places[text][1]
        return None

    def _context_state(self, index: ActorIndex, span: Span) -> str | None:
        """ "Turkish warplanes struck ..., the defence ministry said": a generic body is the latest state's."""
        words = [t.lower_ for t in span]
        generic = words[-1] in self.gaz.body_heads and all(
            w in self.gaz.body_modifiers or w in self.gaz.body_heads for w in words)
        if not generic:
            return None
        before = [m for m in index.mentions if m.end <= span.start and any(k.startswith("country:") for k in m.keys)
                  and m.start not in index.quoted]  # not a state someone's quoted words are about
        if not before:
            return None

        def acting(m: Mention) -> bool:
            token = span.doc[m.start : m.end].root
            while token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.i != token.i:
                token = token.head
            return token.dep_ in ("nsubj", "nsubjpass")

        latest = max(before, key=lambda m: (acting(m), m.start))  # the state that acted last, else the last named
        return next(k for k in latest.keys if k.startswith("country:"))

    def _possessor_state(self, doc: Doc, index: ActorIndex, span: Span) -> str | None:
        """ "South Korea's Joint Chiefs of Staff", "the Sudanese Armed Forces": the state right before a body."""
        before = span.start - (2 if span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s") else 1)
        while before > 0 and before >= span.start - 4 and doc[before].pos_ == "NOUN" and doc[before].is_lower:
            before -= 1  # "Finnish energy company Fortum", "US oil giant ExxonMobil"
        mention = index.by_token.get(before) if before >= 0 else None
        if mention is None or mention.end != before + 1:
            return None
        # "the Taliban's defence ministry": a body of the organization that runs it, else of the state
        owned = doc[before + 1].lower_ in ("'s", "’s")
        return next((k for k in mention.keys if k.startswith("country:")), None) or next(
            (k for k in mention.keys if owned and index.actors[k].kind == "Organization"), None)

    def _place_mention(self, index: ActorIndex, taken: set[int], span: Span, name: str | None = None,
                       country: str | None = None) -> None:
        """A place that is not a state actor, with the state it belongs to when known or stated."""
        if name is None and span.text in self.gaz.places:
            name, country = self.gaz.places[span.text]
        name = name or span.text
        if re.fullmatch(r"[A-Z][a-z]+", name) is None and not any(c.isupper() for c in name):
            return
        country = country or self._stated_country(span)
        key = "loc:" + name.lower()
        actor = index.actors.get(key)
        if actor is None:
            actor = index.actors[key] = Actor(key=key, kind="Location", name=name)
            doc = span.doc
            if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                actor.aliases.add(doc[span.end + 1].text)
                taken.add(span.end + 1)
        if country and country in self.gaz.actors and country not in actor.affiliations:
            self._known(index, country)
            actor.affiliations.append(country)
        actor.aliases.add(span.text)
        self._add(index, taken, span, [key], "name")

    def _short_state_names(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "the North", "the South": the one state the text names whose name begins with that word (North Korea)."""
        for t in (doc[i] for i in self._where(doc, ORTH, self.first_words)):
            if t.i in taken or t.i == 0 or doc[t.i - 1].lower_ != "the" \
                    or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("PROPN", "NOUN")):
                continue
            named = {k for m in index.mentions for k in m.keys
                     if index.actors[k].kind == "Country" and index.actors[k].name.startswith(t.text + " ")}
            if len(named) == 1:
                self._add(index, taken, doc[t.i : t.i + 1], list(named), "name")

    def _army_in_a_civil_war(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "The army and the RSF have been at war": in a story of an armed group fighting at home, "the army" is
        that state's armed forces."""
        homes = {a.affiliations[0] for a in index.actors.values() if a.affiliations
                 and getattr(self.gaz.actors.get(a.key), "category", None) == "armed_group"
                 and index.actors.get(a.affiliations[0]) is not None
                 and index.actors[a.affiliations[0]].kind == "Country"}
        if len(homes) != 1:
            return
        home = homes.pop()
        demonyms = [d for d, k in self.gaz.demonyms.items() if k == home]
        known = next((key for d in demonyms for form in (f"{d} Armed Forces", f"{d} army", f"{d} military")
                      for key in [self.gaz.names.get(form, "")] if key.startswith("org:")), None)
        for t in (doc[i] for i in self._where(doc, LOWER, self.army_words)):
            if t.i not in taken and t.i > 0 and doc[t.i - 1].lower_ == "the" \
                    and not any(c.dep_ in ("amod", "compound", "poss") for c in t.children) and t.pos_ == "NOUN":
                if known:  # "the Sudanese Armed Forces"
                    self._known(index, known, f"the {t.text}")
                key = known or self._military_of(index, home, "", f"the {t.text}")
                self._add(index, taken, doc[t.i : t.i + 1], [key], "name")

    def _region_mentions(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "Ethiopia's Tigray region", "the Donetsk oblast": a capitalised name before a word for a place."""
        for t in (doc[i] for i in self._where(doc, LOWER, self.place_words)):
            if t.i == 0 or t.i in taken:
                continue
            start = t.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and (start - 1) not in taken:
                start -= 1
            if start < t.i:
                self._place_mention(index, taken, doc[start : t.i])

    def _stated_country(self, span: Span) -> str | None:
        """The state a place is said to be in: "Pakistan-occupied Kashmir", "Kherson, Ukraine", "the Ukrainian city of
        Kherson", "Ethiopia's Tigray region"."""
        doc = span.doc
        before = [t for t in doc[max(0, span.start - 4) : span.start]]
        if len(span) >= 3 and span[1].text == "-" and self._country_word(span[0].text):
            return self._country_word(span[0].text)  # "Pakistan-occupied Kashmir"
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            after = self._country_word(doc[span.end + 1].text)
            if after:
                return after
        words = [t.lower_ for t in before]
        if len(before) >= 2 and words[-1] == "of" and words[-2] in self.gaz.place_nouns:
            for t in before[:-2]:
                if self._country_word(t.text):
                    return self._country_word(t.text)
        if len(before) >= 2 and words[-1] in ("'s", "’s"):
            return self._country_word(before[-2].text)
        return None

    def _read_title(self, doc: Doc, index: ActorIndex, mention: Mention) -> None:
        """Titles and the state or body a person acts for, from the words around the name."""
        actor = index.actors[mention.keys[0]]
        run = self._title_run_before(doc, index, mention.start)
        context_end = mention.start
        if run:
            self._add_title(index, actor, doc[run[0] : run[1]])
            context_end = run[0]
        if not run or (run[0] > 0 and doc[run[0] - 1].text == ","):  # "Cambodia's defence ministry spokeswoman,
            head = doc[mention.start : mention.end].root  # Lieutenant General Maly Socheata": the office too
            title_tok = None
            if head.dep_ == "appos" and head.head.lower_ in self.gaz.title_heads:
                title_tok = head.head
            elif head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.head.lower_ in ("of", "for") \
                    and head.head.head.head.lower_ in self.gaz.title_heads:
                title_tok = head.head.head.head  # "the President of Ukraine, Volodymyr Zelenskyy"
            if title_tok is not None:
                left = self._title_start(doc, title_tok.i)
                self._add_title(index, actor, doc[left : title_tok.i + 1])
                self._affiliate_by_office(index, actor, title_tok)
                context_end = left
            else:
                self._title_in_apposition(index, actor, head)
        elif all(doc[k].lower_ in self.gaz.ranks for k in range(*run)):  # "Maj. Gen. Than Htike, a military
            name = doc[mention.start : mention.end]  # spokesperson"
            self._title_in_apposition(index, actor, next(
                (t for t in name if any(c.dep_ == "appos" for c in t.children)), name.root))
        if not run and not actor.titles and mention.start > 2 and doc[mention.start - 1].text == ",":
            self._office_with_brief_before(index, actor, doc[mention.start - 1])
        brief = context_end - 1
        while not run and brief > context_end - 5 and brief > 0 and doc[brief].is_title:
            brief -= 1
        brief -= brief > 0 and doc[brief].lower_ == "the"
        if not run and brief < context_end - 1 and doc[brief].lower_ == "for":
            run = self._title_run_before(doc, index, brief)  # "Minister for the Middle East Hamish Falconer"
            if run:
                self._add_title(index, actor, doc[run[0] : context_end])
                context_end = run[0]
        if context_end > 0:
            prev = doc[context_end - 1]
            if prev.lower_ in ("'s", "’s") and context_end > 1:
                prev = doc[context_end - 2]
            if not actor.affiliations:  # "Swedish climate activist Greta Thunberg": the state of what they are
                k = context_end - 1
                while k > context_end - 4 and k > 0 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
                    k -= 1
                if k < context_end - 1 and index.mention_at(doc[k]) is not None:
                    prev = doc[k]  # "Kharkiv regional governor Oleh Syniehubov"
            if self._affiliate(index, actor, prev) and run:
                context_end = index.mention_at(prev).start
        if run and not actor.affiliations and mention.end + 1 < len(doc) and doc[mention.end].lower_ == "of":
            self._affiliate(index, actor, doc[mention.end + 1 + (doc[mention.end + 1].lower_ == "the")])
            # "President Han Seung-woo of the Republic of Korea"
        head = doc[mention.start : mention.end].root
        if not actor.affiliations:  # "Daniel Whitaker, a U.S. citizen", "X, a British aid worker": that state's
            for what in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
                for mod in (c for c in what.children if c.dep_ in ("amod", "compound", "nmod")):
                    m = index.mention_at(mod)
                    if m is not None and len(m.keys) == 1 and index.actors[m.keys[0]].kind == "Country":
                        self._affiliate(index, actor, mod)
        if not actor.affiliations and head.dep_ == "pobj" and head.head.lower_ == "including":
            # "six senior officials of the Korean People's Army, including Defence Minister No Kwang Chol"
            for prep in (c for c in head.head.head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    self._affiliate(index, actor, obj)
        if run:  # the titled form is a surface form too: "India's External Affairs Minister S Jaishankar"
            titled = doc[context_end : mention.end].text
            actor.aliases.add(titled)
            index.titled_forms.add(titled)
        if mention.start > 0 and doc[mention.start - 1].lower_ in self.gaz.honorific_gender:
            index.genders[actor.key] = self.gaz.honorific_gender[doc[mention.start - 1].lower_]
        if run:
            for k in range(*run):
                g = self.gaz.honorific_gender.get(doc[k].lower_)
                if g:
                    index.genders[actor.key] = g

    def _office_with_brief_before(self, index: ActorIndex, actor: Actor, comma: Token) -> None:
        """ "Vietnam's Minister of Industry and Trade, Nguyen Thi Lan": an office named with its brief before the
        comma, whatever the parser hung the name on."""
        doc = comma.doc
        k = comma.i - 1
        while k > comma.i - 8 and k > 0 and (doc[k].is_title or doc[k].lower_ in ("and", "&")) \
                and doc[k].lower_ not in self.gaz.title_heads:
            k -= 1
        if doc[k].lower_ == "of" and k > 0 and doc[k - 1].lower_ in self.gaz.title_heads and k < comma.i - 1:
            left = self._title_start(doc, k - 1)
            self._add_title(index, actor, doc[left : comma.i])
            self._affiliate_by_office(index, actor, doc[k - 1])

    def _title_start(self, doc: Doc, head: int) -> int:
        """Where the office whose head word is at `head` starts: "Deputy Foreign Minister" before "Minister"."""
        left = head
        while left > 0 and doc[left - 1].lower_ in self.inner_title_modifiers:
            left -= 1
        return left

    def _title_in_apposition(self, index: ActorIndex, actor: Actor, name: Token) -> None:
        """ "Billene Seyoum, spokesperson for the Ethiopian Prime Minister's Office", "X, the Houthis' negotiator"."""
        doc = name.doc
        title_tok = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i
                          and c.lower_ in self.gaz.title_heads and c.lower_ not in self.gaz.descriptors), None)
        if title_tok is None:
            return
        left = self._title_start(doc, title_tok.i)
        self._add_title(index, actor, doc[left : title_tok.i + 1])
        self._affiliate_by_office(index, actor, title_tok)

    def _affiliate_by_office(self, index: ActorIndex, actor: Actor, title: Token) -> None:
        """The state or body an office named around a person serves: "Islamabad's special representative",
        "spokesperson for the Prime Minister's Office", not the brief of "the special envoy for Sudan"."""
        brief = title.lower_ in self.gaz.portfolio_heads
        for child in title.children:
            if child.dep_ == "poss":
                self._affiliate(index, actor, child)
            if child.dep_ == "prep" and (child.lower_ in ("of", "to") or (child.lower_ == "for" and not brief)):
                for obj in child.children:
                    if obj.dep_ == "pobj" and not self._affiliate(index, actor, obj):
                        # "Secretary of the Security Council of the Republic of Armenia": the body's state
                        for inner in (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                      for o in p.children if o.dep_ == "pobj"):
                            self._affiliate(index, actor, inner)

    def _affiliate(self, index: ActorIndex, actor: Actor, token: Token) -> bool:
        """Affiliate the actor with the state or body mentioned at token, or with the state of a place there
        ("Kharkiv regional governor"); whether there was one."""
        m = index.mention_at(token)
        if m is None:
            return False
        for key in m.keys:
            other = index.actors.get(key)
            if other is not None and other.kind == "Location":
                states = [k for k in other.affiliations if index.actors[k].kind == "Country"]
                actor.affiliations.extend(k for k in states if k not in actor.affiliations)
                if states:
                    return True
            if other is None or other.kind not in ("Country", "Organization"):
                continue
            if key not in actor.affiliations:
                actor.affiliations.append(key)
            for parent in other.affiliations:
                if parent not in actor.affiliations and index.actors[parent].kind == "Country":
                    actor.affiliations.append(parent)
        return any(index.actors[k].kind in ("Country", "Organization") for k in m.keys if k in index.actors)

    def _add_title(self, index: ActorIndex, actor: Actor, span: Span) -> None:
        words = [t for t in span if t.lower_ != "the"]
        while words and words[0].lower_ in self.gaz.honorifics:
            words.pop(0)
        while words and words[-1].lower_ in self.gaz.honorifics:
            words.pop()  # "External Affairs Minister Dr. S. Jaishankar"
        if not words or all(t.lower_ in self.gaz.descriptors - self.gaz.role_descriptors
                            for t in words if t.lower_ in self.gaz.title_heads):
            return
        title = span.doc[words[0].i : words[-1].i + 1].text
        same = [i for i, t in enumerate(actor.titles) if t.lower() == title.lower()]
        if not same:
            actor.titles.append(title)
        elif actor.titles[same[0]].islower():  # keep the capitalised form of a title seen both ways
            actor.titles[same[0]] = title

    def _merge_people(self, index: ActorIndex) -> None:
        """One actor per person: "Rubio" and "Marco Rubio", "Antony J. Blinken" and "Antony Blinken"."""
        people = [a for a in index.actors.values() if a.kind == "Person"]
        full = [a for a in people if len(a.name.split()) > 1]
        target_of: dict[str, str] = {}
        for a in people:
            words = self._name_words(a.name)
            candidates = []
            for b in full:
                if b is a:
                    continue
                bw = self._name_words(b.name)
                if len(words) == 1 and (words[0] == bw[-1] or words[0] == bw[0]):
                    candidates.append(b)
                elif len(words) > 1 and (words == bw or (len(bw) > len(words) and (
                        words[0] == bw[0] and words[-1] == bw[-1] or words == bw[-len(words):]))):
                    candidates.append(b)  # "Morales Ibarra" of Santiago Morales Ibarra: a two-part surname
                elif len(words) == 1 and words[0] in bw[1:-1]:
                    candidates.append(b)  # "Bihi" of Muse Bihi Abdi
            known = [b for b in candidates if not b.key.startswith("name:")]
            pick = known or candidates
            if len({b.key for b in pick}) == 1 and a.key.startswith("name:"):
                target_of[a.key] = pick[0].key
        for src, dst in target_of.items():
            while dst in target_of:
                dst = target_of[dst]
            self._merge(index, src, dst)
        for a in index.actors.values():
            if a.kind == "Person" and a.key.startswith("name:"):
                names = (a.aliases | {a.name}) - index.titled_forms or {a.name}
                longest = max(names, key=lambda n: (len(n.split()), len(n)))
                a.name = longest

    @staticmethod
    def _merge(index: ActorIndex, src: str, dst: str) -> None:
        """Make actor `src` one with `dst`: its names, titles, affiliations and mentions become dst's."""
        a, b = index.actors.pop(src), index.actors[dst]
        b.aliases |= a.aliases | {a.name}
        b.titles += [t for t in a.titles if t not in b.titles]
        b.affiliations += [k for k in a.affiliations if k not in b.affiliations and k != dst]
        if src in index.genders:
            index.genders.setdefault(dst, index.genders[src])
        for m in index.mentions:
            m.keys = list(dict.fromkeys(dst if k == src else k for k in m.keys))
        for other in index.actors.values():
            other.affiliations = list(dict.fromkeys(dst if k == src else k for k in other.affiliations))

    def _one_military_per_state(self, index: ActorIndex) -> None:
        """ "Thai troops" in a story that names the Royal Thai Army: the army it named."""
        for key in [k for k in index.actors if k.startswith("org:military:")]:
            generic = index.actors[key]
            named = [a.key for a in index.actors.values() if a.kind == "Organization" and a.key != key
                     and set(a.affiliations) & set(generic.affiliations)
                     and any(n.lower().endswith(MILITARY_NAME_ENDINGS) for n in (a.name, *a.aliases))  # "the Myanmar
                     # military" of the Tatmadaw
                     and getattr(self.gaz.actors.get(a.key), "category", None) != "armed_group"]  # not the Arakan Army
            if len(named) == 1:
                self._merge(index, key, named[0])

    @staticmethod
    def _name_words(name: str) -> list[str]:
        """A name's words, Arabic articles dropped alike: "Al Sisi", "al-Sisi" and "el-Sisi" all end in "sisi"."""
        words = [w for w in re.sub(r"\b(?:al|el|ad|as|ash|at)[-\s]+(?=[A-Z])", "", name, flags=re.I).split()]
        return [w.casefold() for w in words] or [name.casefold()]

    def _states_from_titles(self, index: ActorIndex) -> None:
        """A person with no stated state but a title only one state uses ("Secretary of State") acts for it."""
        for actor in list(index.actors.values()):
            if actor.kind != "Person" or any(index.actors[k].kind == "Country" for k in actor.affiliations):
                continue
            for title in actor.titles:
                country = self.gaz.country_key(self.gaz.title_states.get(title.lower()))
                if country:
                    self._known(index, country)
                    actor.affiliations.append(country)
                    break

    def _officials_of_the_issuer(self, doc: Doc, index: ActorIndex) -> None:
        """In a government's own readout or statement (its lead says what was done "today"), an official no phrase
        ties to a state serves the state the lead's subject acts for: "The FCDO today summoned ...", then "Minister
        for the Middle East Hamish Falconer"."""
        lead = next((s for s in itertools.islice(doc.sents, 6) if any(t.lower_ == "today" for t in s)), None)
        if lead is None:  # the lead, after any header lines of the statement
            return
        subject = next((c for c in lead.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        mention = index.by_token.get(subject.i) if subject is not None else None
        issuer = next((k for k in (mention.keys if mention else []) if k in index.actors), None)
        if issuer is None:
            return
        actor = index.actors[issuer]
        state = issuer if actor.kind == "Country" else next(
            (k for k in actor.affiliations if index.actors[k].kind == "Country"), None)
        if state is None:
            return
        for person in index.actors.values():
            if person.kind == "Person" and person.titles and not person.affiliations:
                start = min(m.start for m in index.mentions if person.key in m.keys)
                if self._measured(doc[start : start + 1].root):  # "OFAC is designating Deputy Commissioner X": a
                    foreign = self._state_in_view(doc, index, start)  # foreign official, of the state in view
                    person.affiliations.extend([foreign] if foreign and foreign != state else [])
                else:
                    person.affiliations.append(state)

    def _measured(self, token: Token) -> bool:
        """Whether the person at token is the object of a measure: "designating X", "sanctioned X and Y"."""
        while token.dep_ in ("compound", "conj", "appos") and token.head is not token:
            token = token.head
        return token.dep_ == "dobj" and token.head.lemma_ in self.gaz.measure_verbs

    def _local_places(self, doc: Doc, index: ActorIndex, home: str | None) -> None:
        """ "the coastal town of Cabaret", "Kurram district", in a story filed from the state `home`: in that state
        (not a sea, nor a capital or region the gazetteer lacks)."""
        for place in list(index.actors.values()) if home else ():
            if place.kind != "Location" or place.affiliations or place.name in self.gaz.places \
                    or self.gaz.waters & set(place.name.lower().split()):
                continue
            starts = [m.start for m in index.mentions if m.start > 1 and place.key in m.keys and (
                (doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in self.gaz.local_place_nouns)
                or (m.end < len(doc) and doc[m.end].lower_ in self.gaz.local_place_nouns))]
            if starts:
                state = self._state_of_places_before(doc, index, starts[0]) or home
                self._known(index, state)
                place.affiliations.append(state)

    @staticmethod
    def _state_of_places_before(doc: Doc, index: ActorIndex, position: int) -> str | None:
        """The state of the last place with one named in the sentence before `position` or in its own: "an airstrike
        in the Sagaing region ... bombed Let Pan Taw village" is in Myanmar, whatever the dateline."""
        sent = doc[position].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        places = [index.actors[m.keys[0]] for m in sorted(index.mentions, key=lambda m: m.start)
                  if first <= m.start < position and len(m.keys) == 1 and index.actors[m.keys[0]].kind == "Location"]
        return next((a for p in reversed(places) for a in p.affiliations if index.actors[a].kind == "Country"), None)

    def _officials_of_the_story(self, doc: Doc, index: ActorIndex, home: str | None) -> None:
        """ "government spokesman Patrick Muyaya", "Army spokesman General Sylvain Ekenge" in a story filed from
        Kinshasa: the government or army of the state the narrative names around them, else of the dateline's state
        `home`, else of the state the story has named most."""
        for person in list(index.actors.values()):
            if person.kind != "Person" or person.affiliations or not person.titles:
                continue
            words = {w for t in person.titles for w in t.lower().split()}
            start = min((m.start for m in index.mentions if person.key in m.keys), default=len(doc))
            before = start - 1
            while before > 0 and doc[before].lower_ in words:
                before -= 1
            words.add(doc[before].lower_)  # "government spokesman Patrick Muyaya"
            bodies = [k for w in words & self.gaz.body_heads for k in self._recent_body(index, w, start)]
            if bodies:  # "ministry spokesman Enayatullah Khowarazmi",
                body = index.actors[bodies[0]]  # after "the Taliban's defence ministry": that ministry's
                person.affiliations.extend(dict.fromkeys([body.key, *body.affiliations]))
                continue
            if not words & (self.gaz.government_nouns | self.gaz.force_nouns):
                if home is not None and not any(m.start in index.quoted for m in index.mentions
                                                if person.key in m.keys) and not self._of_stateless_body(
                                                    index, before):
                    self._known(index, home)  # "Interior Minister Rafael Cordero said", in a story filed from
                    person.affiliations.append(home)  # Quito: Ecuador's
                continue
            state = self._state_in_view(doc, index, start) or home or next(
                iter(self._most_named(index, "Country", start, excluding=set())), None)
            if state is None:
                continue
            self._known(index, state)
            forces = [k for w in words & self.gaz.force_nouns for k in self._recent_body(index, w, start)
                      if state in index.actors[k].affiliations]
            person.affiliations.extend([*forces[:1], state])

    @staticmethod
    def _of_stateless_body(index: ActorIndex, end: int) -> bool:
        """Whether a body of no state is named just before an office ("Southern African Development Community
        (SADC) Executive Secretary"): its official serves no state."""
        return any(m.start <= end < m.end + 3 and all(
            index.actors[k].kind == "Organization" and not index.actors[k].affiliations for k in m.keys)
            for m in index.mentions if m.end <= end + 1)

    def _police_of_the_story(self, doc: Doc, index: ActorIndex, home: str | None) -> None:
        """ "Police had arrested 14 suspected gang members", in a story filed from Quito and naming no police: the
        police of the dateline's state."""
        named = [m for m in index.mentions if m.keys[0].endswith(":police")]
        for t in (doc[i] for i in self._where(doc, LOWER, self.police_words)) if home else ():
            if index.mention_at(t) is not None or t.dep_ not in ("nsubj", "nsubjpass", "pobj") \
                    or t.head.lemma_ in self.gaz.telling_verbs \
                    or any(c.dep_ in ("compound", "amod", "poss") for c in t.children):
                continue  # what police did, not what "police said"
            earlier = [m for m in named if m.start < t.i]
            keys = earlier[-1].keys if earlier else [f"org:{home}:police"]
            if keys[0] not in index.actors:
                self._known(index, home)
                index.actors[keys[0]] = Actor(key=keys[0], kind="Organization", name=t.text.lower(),
                                              affiliations=[home])
            index.actors[keys[0]].aliases.add(t.text)
            index.mentions.append(Mention(t.i, t.i + 1, list(keys), "title", t.text))

    @staticmethod
    def _bodies_of_bodies(doc: Doc, index: ActorIndex) -> None:
        """ "the Special Tasks Department of Georgia's Ministry of Internal Affairs": a body of that ministry, and of
        its state."""
        for m in index.mentions:
            body = index.actors[m.keys[0]] if len(m.keys) == 1 else None
            if body is None or body.kind != "Organization" or body.affiliations or m.end + 1 >= len(doc) \
                    or doc[m.end].lower_ != "of":
                continue
            owner = max((n for n in index.mentions if n.start == m.end + 1 and len(n.keys) == 1
                         and index.actors[n.keys[0]].kind in ("Organization", "Country")),
                        key=lambda n: n.end, default=None)  # the longest: the ministry, not its state's name
            if owner is not None and owner.keys[0] != body.key:
                parent = index.actors[owner.keys[0]]
                body.affiliations.extend([parent.key, *(a for a in parent.affiliations if a != parent.key)])

    @staticmethod
    def _state_in_view(doc: Doc, index: ActorIndex, position: int) -> str | None:
        """The state the narrative (not a quotation) named most in the sentence before `position` and in its own:
        "Rwanda rejected the accusation. '...,' government spokeswoman Yolande Makolo said" is Rwanda's."""
        sent = doc[position].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        counts: dict[str, tuple[int, int]] = {}
        for m in index.mentions:
            if first <= m.start < position and m.start not in index.quoted and len(m.keys) == 1:
                actor = index.actors[m.keys[0]]
                state = actor.key if actor.kind == "Country" else next(
                    (a for a in actor.affiliations if index.actors[a].kind == "Country"), None)
                if state:
                    counts[state] = (counts.get(state, (0, 0))[0] + 1, m.start)
        return max(counts, key=lambda k: counts[k], default=None)

    def _dateline_state(self, doc: Doc) -> str | None:
        """The state a wire story was filed from ("KINSHASA, Feb 17 (Reuters) -": the DRC)."""
        where = find_dateline(doc)
        if where is None:
            return None
        return next((key for part in re.split(r"[,(]", doc.text[where[0] : where[1]])[:2]  # "PORT-AU-PRINCE,
                     for key in [self.gaz.state_of_place(part.strip())] if key), None)  # Haiti (AP) —"

    def _office_holders_of_the_day(self, doc: Doc, index: ActorIndex) -> None:
        """ "The Prime Minister spoke to President Zelenskyy", leading a Downing Street readout that never names him,
        "Iran's foreign minister on Wednesday rejected ...", leading a story that names him only later: the one holder
        of that office on the publication day among the states the text names, other than those of the people it
        names, if there is only one."""
        published = doc._.published
        offices = [k for k in index.actors if k.startswith("office:")]
        if published is None or not offices:
            return
        counterparts = {a for k, actor in index.actors.items() if actor.kind == "Person" and not k.startswith("office:")
                        for a in actor.affiliations}  # the states of the people it talks to are not its own
        states = {k for m in index.mentions for k in m.keys if index.actors[k].kind == "Country"} - counterparts
        lead = next((s for s in doc.sents if s.root.pos_ in ("VERB", "AUX")  # after any headline
                     and s.text.rstrip().endswith((".", '"', "”"))), None)
        leads = {t.i for t in lead if t.dep_ in ("nsubj", "nsubjpass") and t.head == lead.root} if lead else set()
        for key in offices:
            office = index.actors[key]
            start = min(m.start for m in index.mentions if key in m.keys)
            if not any(t in leads for t in range(start, max(m.end for m in index.mentions if m.start == start))):
                continue  # only a readout's principal, the subject of its lead: not "the Prime Minister" of a story
            if any(index.actors[a].kind == "Country" for a in office.affiliations):
                states_here = {a for a in office.affiliations if index.actors[a].kind == "Country"}
            else:
                states_here = states
            wanted = self.gaz.office(office.titles[0]) if office.titles else None
            holders = [p for p in self.gaz.actors.values() if p.kind == "Person"  # named later, or never
                       and self.gaz.country_key(p.country) in states_here and any(
                           self.gaz.office(title) == wanted and first <= published <= (last or published)
                           for title, first, last in p.terms)]
            if wanted is None or len(holders) != 1:
                continue
            person = self._known(index, holders[0].key)
            person.titles = list(dict.fromkeys([*person.titles, *office.titles]))
            person.aliases |= office.aliases
            for m in index.mentions:
                m.keys = [person.key if k == key else k for k in m.keys]
            del index.actors[key]

    def _title_only_mentions(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "the Secretary", "The Prime Minister", "the Foreign Minister's": the person holding that title."""
        resolved: dict[str, str] = {}  # a bare title keeps meaning the person it first meant (a readout's own leader)
        title_tokens: set[int] = set()
        for i in self._where(doc, LOWER, self.title_openers):
            t = doc[i]
            shared = t.lower_ == "and" and (i - 1) in title_tokens  # "The Secretary and Foreign Minister"
            owner = self._possessor_of_office(doc, index, i) if t.lower_ in ("'s", "’s") else None  # "the ICC's ..."
            if (t.lower_ != "the" and not shared and owner is None) or i + 1 >= len(doc) or (i + 1) in taken:
                continue
            run_end = i + 1
            while run_end < len(doc) and run_end not in taken and (
                doc[run_end].lower_ in self.gaz.title_heads
                or (doc[run_end].lower_ in self.gaz.title_modifiers and doc[run_end].lower_ not in ("the", "and"))
            ):
                run_end += 1
            while run_end > i + 1 and doc[run_end - 1].lower_ in ("of", "for"):
                run_end -= 1
            if run_end == i + 1 or doc[run_end - 1].lower_ not in self.gaz.title_heads:
                continue
            if doc[run_end - 1].lower_ in self.gaz.descriptors:
                continue
            title = " ".join(doc[k].lower_ for k in range(i + 1, run_end))
            span = doc[i + 1 : run_end]
            in_apposition = self._named_in_apposition(index, span)
            holder = in_apposition or resolved.get(title) or self._holder_of(index, title, i, doc[i].sent)
            named_next = index.by_token.get(run_end)
            if owner is not None and not in_apposition and (holder is not None or (named_next is not None and any(
                    index.actors[k].kind == "Person" for k in named_next.keys))):
                continue  # "Iran's Foreign Minister Abbas Araghchi": the title of a named person; but "with
                # Afghanistan's acting foreign minister, Amir Khan Muttaqi" is he
            if holder is None and (span[0].is_title or owner) and span.root.dep_ in ("nsubj", "nsubjpass"):
                holder = self._unnamed_office_holder(index, span, owner)  # "The Prime Minister spoke to ..."
            if holder is None:
                continue
            if not (span.end < len(doc) and doc[span.end].lower_ == "of"):
                resolved.setdefault(title, holder)  # not "the Prime Minister of Israel": the readout's own stays
            index.actors[holder].aliases.add(f"the {span.text}")
            if in_apposition and not index.actors[holder].titles:
                index.actors[holder].titles.append(span.text)  # "Afghanistan's acting foreign minister, Amir Khan"
            self._add(index, taken, span, [holder], "title")
            title_tokens.update(range(span.start, span.end))

    def _name_suffixes(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "Joseph R. Biden, Jr.": the suffix is part of the person's mention, never a place or a second subject."""
        for m in [m for m in index.mentions if m.kind == "name" and index.actors[m.keys[0]].kind == "Person"]:
            end = m.end + (1 if m.end < len(doc) and doc[m.end].text == "," else 0)
            if end < len(doc) and doc[end].lower_ in self.gaz.name_suffixes:
                for other in [o for o in index.mentions if o is not m and o.start <= end < o.end]:
                    index.mentions.remove(other)  # "Jr." taken for a place
                m.end = end + 1
                taken.update(range(m.start, m.end))
                index.by_token.update(dict.fromkeys(range(m.start, m.end), m))

    def _national_office_mentions(self, doc: Doc, index: ActorIndex, taken: set[int]) -> None:
        """ "the Cambodian leader", "the Thai prime minister": that state's office holder the text named before."""
        for m in [m for m in index.mentions if m.kind == "demonym" and doc[max(0, m.start - 1)].lower_ == "the"]:
            end = m.end
            while end < len(doc) and end not in taken and (doc[end].lower_ in self.gaz.title_heads
                                                          or doc[end].lower_ in self.gaz.title_modifiers):
                end += 1
            if end == m.end or doc[end - 1].lower_ not in self.gaz.title_heads:
                continue
            title = " ".join(t.lower_ for t in doc[m.end : end])
            words = set(self.gaz.office(title).split())
            holders = [k for n in index.mentions if n.end <= m.start and n.kind in ("name", "title") for k in n.keys
                       if index.actors[k].kind == "Person" and m.keys[0] in index.actors[k].affiliations
                       and any(words <= set(self.gaz.office(t).split()) or (
                           title == "leader" and (self.gaz.office(t).lower() in self.gaz.leader_titles
                                                  or t.lower().endswith("leader")))  # Kim Jong Un, "Supreme Leader"
                               for t in [*index.actors[k].titles, *getattr(self.gaz.actors.get(k), "titles", ())])]
            if not holders:
                continue
            index.mentions.remove(m)
            self._add(index, taken, doc[m.start : end], [holders[-1]], "title")

    def _named_in_apposition(self, index: ActorIndex, span: Span) -> str | None:
        """ "the Foreign Secretary, Boris Johnson, ...", "the Prime Minister of Israel, Benjamin Netanyahu", "The
        Minister for Europe, Stephen Doughty": the person named right after the title."""
        doc = span.doc
        end = span.end
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "for"):  # "of Israel", "for the Middle East"
            brief = end + 1 + (doc[end + 1].lower_ == "the")
            named = index.by_token.get(brief)
            end = named.end if named is not None and named.start == brief else max(
                self._name_run_after(doc, brief), end)
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        start = end + 1
        while start < min(end + 3, len(doc) - 1) and start not in index.by_token and doc[start].pos_ == "PROPN":
            start += 1  # "Dr Mohamed Irfaan Ali": an honorific or forename the name's mention left out
        mention = index.by_token.get(start)
        if mention is None or mention.start != start:
            return None
        return next((k for k in mention.keys if index.actors[k].kind == "Person"), None)

    def _possessor_of_office(self, doc: Doc, index: ActorIndex, i: int) -> str | None:
        """The state or body before the possessive at token i ("the ICC's prosecutor"), if there is one."""
        mention = index.by_token.get(i - 1) if i > 0 else None
        if mention is None or len(mention.keys) != 1:
            return None
        owner = index.actors.get(mention.keys[0])
        return owner.key if owner is not None and owner.kind in ("Country", "Organization") else None

    def _unnamed_office_holder(self, index: ActorIndex, span: Span, owner: str | None = None) -> str:
        """A person known only by office in this document: one actor per document, never merged with others."""
        key = f"office:{owner + ':' if owner else ''}{span.text.lower()}"
        if key not in index.actors:
            name = f"{index.actors[owner].name} {span.text}" if owner else span.text
            actor = index.actors[key] = Actor(key=key, kind="Person", name=name, titles=[span.text],
                                             document_scoped=True, affiliations=[owner] if owner else [])
            country = self.gaz.country_key(self.gaz.title_states.get(span.text.lower()))
            if country:
                self._known(index, country)
                actor.affiliations.append(country)
        return key

    def _holder_of(self, index: ActorIndex, title: str, position: int, sent: Span) -> str | None:
        """Who "the <title>" at `position` is: the nearest earlier holder of that title, else the first one named in
        the next sentence ("Guyana's president on Monday accused ... President Irfaan Ali said").

        A holder named later in the same sentence is someone else ("The Prime Minister spoke to Prime Minister Modi");
        one named before it is not ("President Biden spoke ... about the plan the President outlined").
        """
        words = set(self.gaz.office(title).split())
        best, best_pos = None, (False, 0, -1)
        here = {k for m in index.mentions if position < m.start < sent.end for k in m.keys}
        horizon = sent.doc[sent.end].sent.end if sent.end < len(sent.doc) else sent.end
        for m in index.mentions:
            if m.kind not in ("name", "title"):
                continue
            if any(k in here for k in m.keys) or m.start >= horizon:
                continue
            for key in m.keys:
                a = index.actors.get(key)
                if a is None or a.kind != "Person":
                    continue
                if any(words <= set(self.gaz.office(t).split()) for t in a.titles):
                    # the title's words in theirs ("Secretary Rubio", "Secretary of State Blinken"): first named as
                    # the one acting (a readout's own principal, not the counterpart its headline names); else an
                    # office of the same meaning, nearest earlier, then the first after
                    if any(set(title.split()) <= set(t.lower().split()) for t in a.titles):
                        acting = sent.doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")
                        pos = (2, int(acting), -m.start)
                    else:
                        pos = (0, 0, m.start if m.start < position else -m.start)
                    if best is None or pos > best_pos:
                        best, best_pos = key, pos
        return best

    def _groups_and_pronouns(self, doc: Doc, index: ActorIndex) -> None:
        """Resolve "the two leaders", "both countries", he/she/they to the actors they stand for."""
        named = sorted(index.mentions, key=lambda m: m.start)
        subjects: list[tuple[int, list[str]]] = []  # (token index, keys) of subject mentions so far
        for m in named:
            head = doc[m.start : m.end].root
            if head.dep_ == "compound" and head.head.i <= m.end + 1:
                head = head.head  # "President Ferdinand Marcos Jr. said": the subject is "Jr."
            elif head.dep_ in ("poss", "appos") and head.head.dep_ in ("nsubj", "nsubjpass") \
                    and not index.mention_at(head.head):
                head = head.head  # "Sudan's army-aligned government said", "The mediator, Faure Gnassingbe, said"
            if head.dep_ in ("nsubj", "nsubjpass"):
                subjects.append((m.start, m.keys))
        covered = {k for m in index.mentions for k in range(m.start, m.end)}
        for t in (doc[i] for i in self._where(doc, LOWER, self.reference_words)):
            if t.i in covered:
                continue
            low = t.lower_
            if t.pos_ in ("NOUN", "PROPN") and (low,) in self.gaz.group_phrases and not (
                    t.is_title and t.dep_ in ("poss", "compound") and t.i > t.sent.start):  # "the two Secretaries",
                # not "the G20 Leaders' Summit"
                left = [w.lower_ for w in t.lefts if w.dep_ in ("nummod", "det", "amod", "predet")]
                count = next((GROUP_SIZES[w] for w in left if w in GROUP_SIZES), 2)  # "the three countries"
                key = ("two",) * (count > 2) + tuple(w for w in left if w in ("two", "both")) + (low,)
                kind, how = self.gaz.group_phrases.get(key, (None, None))
                if count > 2 and how != "recent":
                    continue
                if kind is None or not ({"the", "both"} & set(left) or (kind == "Party" and "all" in left)):
                    continue  # "the leaders", "both sides", "all sides"
                # "the leaders of both countries" counts as the countries
                of_countries = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
                if of_countries and kind == "Person":
                    continue
                # "We call on both parties": not the ones calling
                # "The Foreign Secretary urged both leaders to re-engage": not the one urging
                sent_start = t.sent.start
                callers = {a for pos, ks in subjects if sent_start <= pos < t.i and (
                    t.dep_ not in ("nsubj", "nsubjpass") or (kind == "Party" and self._tells_of(
                        self._clause_head(doc[pos]), t))) for k in ks
                    for a in (k, *index.actors[k].affiliations)}  # nor the state they speak for; but "Thailand
                # launched strikes ..., and both sides accused each other": Thailand is one
                speakers = {a for pos, ks in subjects if sent_start <= pos < t.i for k in ks
                            for a in (k, *index.actors[k].affiliations)
                            if t.dep_ not in ("nsubj", "nsubjpass")}  # "Nigeria's Tinubu urged the three"
                here: list[str] = []
                if how == "recent":
                    keys = self._recent(index, kind, t.i, count, speakers)
                    if count == 2 and not set(keys) <= set(self._named_in_sentence(index, kind, t)):
                        # "both neighbours" sentences after the two were named: the two the story is about
                        keys = self._salient(index, kind, t.i, speakers) or keys
                else:
                    keys = self._salient(index, kind, t.i, callers)
                    here = self._named_in_sentence(index, kind, t, callers)
                    here = next((list(pair) for pair in itertools.combinations(here, 2)  # two, as "recent" takes
                                 if self._paired(doc, index, list(pair))), [])  # any more
                    if kind == "Party" and not here:
                        here = self._pair_between_before(doc, index, t)
                    if kind == "Party" and here and "all" not in left:
                        keys = here  # "hosted talks between Kinshasa and the M23, urged both sides": those two
                    delegated = self._delegations_before(index, t) if kind in ("Party", "Country") and not here \
                        and any(w.lemma_ == "delegation" for w in t.sent) else []
                    keys = delegated or keys  # "delegations from Kinshasa and the rebel alliance resumed talks ...
                    # met both delegations separately before the two sides sat down": those two
                    if low == "leaders" and t.dep_ not in ("nsubj", "nsubjpass"):
                        # "X spoke to both leaders": heads of state or government, not a spokeswoman; but "the two
                        # leaders discussed" after the Secretary's meeting are the two who met
                        leaders = self._salient(index, kind, t.i, callers | {
                            k for k, a in index.actors.items() if a.kind == "Person" and not any(
                                self.gaz.office(x).lower() in self.gaz.leader_titles for x in a.titles)})
                        keys = leaders if len(leaders) == count else keys
                    elif low in ("ministers", "presidents") and kind == "Person":
                        holders = self._salient(index, kind, t.i, callers | {  # "Both ministers thanked President
                            k for k, a in index.actors.items() if a.kind == "Person"  # Trump": not the Secretary
                            and not any(low[:-1] in x.lower() for x in a.titles)})
                        keys = holders if len(holders) == count else keys
                met = self._opening_meeting(doc, index, t.i) if low == "sides" and t.dep_ == "nsubj" else []
                if {"two", "both"} & set(left) and len(met) == 2 and not (keys == here and kind == "Party"):
                    keys = met  # "Rubio met with Prince Faisal. ... both sides agreed to deepen cooperation"
                elif low == "sides" and {"two", "both"} & set(left) and len(self._salient(index, kind, t.i)) < count:
                    # "the two sides agreed", after a call between two people and in a text naming no two parties
                    keys = self._salient(index, "Person", t.i, callers)
                if kind == "Person" and len(keys) == 2 and not met:
                    met = self._opening_meeting(doc, index, t.i)
                    keys = met if set(met) == set(keys) else keys  # "The leaders welcomed": first who spoke first
                if "all" in left and low == "parties" and all(index.actors[k].kind == "Country" for k in keys):
                    continue  # "stressed that all parties should engage": the sides of an armed conflict, if any
                same = [g.keys for g in index.mentions if g.kind == "group" and len(g.keys) == count
                        and t.sent.start <= g.start < t.i and {index.actors[k].kind for k in g.keys} == {kind}]
                keys = list(same[-1]) if same and kind == "Country" else keys  # "help the two neighbours settle
                # the dispute and urged both governments to ...": the same two
                if len(keys) == count:
                    m = Mention(t.left_edge.i if {"both", "two", *GROUP_SIZES} & set(left) else t.i, t.i + 1, keys,
                                "group", t.text)
                    index.mentions.append(m)
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        subjects.append((t.i, keys))
                        subjects.sort()
            elif (low == "both" or (low == "two" and any(c.lower_ == "the" for c in t.children))) \
                    and t.dep_ in ("nsubj", "nsubjpass"):
                here = self._named_in_sentence(index, "Person", t)  # "spoke by phone with Hun Manet and the two
                if len(here) > 2 and t.head.dep_ == "relcl":  # agreed", "Both reaffirmed"; "Trump's call with
                    last = {k: m.start for m in index.mentions if t.sent.start <= m.start < t.i for k in m.keys}
                    here = sorted(here, key=lambda k: last[k])[-2:]  # Lukashenko and Coale's meeting with him in
                    # Minsk, where the two discussed": the last two named
                keys = here if len(here) == 2 else self._salient(index, "Person", t.i)
                if len(keys) == 2:
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "group", t.text))
                    subjects.append((t.i, keys))
                    subjects.sort()
            elif low in PRONOUNS and t.pos_ == "PRON":
                gender = PRONOUNS[low]
                keys = None
                if t.dep_ == "poss":  # "commended him for his message": his is him
                    keys = next((list(m.keys) for m in reversed(index.mentions) if m.kind == "pronoun"
                                 and t.sent.start <= m.start < t.i and doc[m.start].lower_ in ("him", "her")
                                 and doc[m.start].dep_ in ("dobj", "dative")), None)
                    partner = self._covering(index, t.head.head) if t.head.dep_ == "conj" else None
                    if partner and len(partner) == 1 and index.actors[partner[0]].kind == "Person":
                        keys = partner  # "the detention of President Bazoum and his family": Bazoum's
                # "Biden commended him": not Biden
                verbs, v = {t.head.i}, t.head
                while v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:  # "Biden congratulated X and
                    v = v.head  # commended him": the subject of the first verb too
                    verbs.add(v.i)
                clause_subjects = set() if t.dep_ in ("nsubj", "nsubjpass", "poss") else {
                    k for pos, ks in subjects if t.sent.start <= pos < t.i and self._clause_head(doc[pos]).i in verbs
                    for k in ks}
                if not keys and t.dep_ in ("dobj", "dative"):  # "lashed out at his counterpart, Daniel Noboa,
                    keys = next((list(m.keys) for m in sorted(index.mentions, key=lambda m: -m.start)  # accusing him"
                                 if t.sent.start <= m.start < t.i and m.kind == "name" and len(m.keys) == 1
                                 and index.actors[m.keys[0]].kind == "Person" and m.keys[0] not in clause_subjects
                                 and index.genders.get(m.keys[0], gender) == gender), None)
                keys = keys or self._antecedent(index, subjects, t, gender, clause_subjects)
                if keys:
                    index.genders.setdefault(keys[0], gender)  # "he" once, "he" after: not "she"
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "pronoun", t.text))
                    ministry = self._ministry_of(index, keys[0]) if t.dep_ == "poss" and t.head.lemma_ == "ministry" \
                        else None
                    if ministry:  # "Her ministry summoned the Russian ambassador": the foreign minister's ministry
                        index.mentions.append(Mention(t.head.i, t.head.i + 1, [ministry], "title", t.head.text))
                        if t.head.dep_ in ("nsubj", "nsubjpass"):
                            subjects.append((t.head.i, [ministry]))
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        subjects.append((t.i, keys))
                        subjects.sort()
            elif t.pos_ == "NOUN" and low in self.gaz.government_nouns and index.mention_at(t) is None and (
                    leader := next((m for c in t.children if c.dep_ == "poss" for m in [index.mention_at(c)]
                                    if m is not None and len(m.keys) == 1
                                    and index.actors[m.keys[0]].kind == "Person"), None)) is not None:
                states = [k for k in index.actors[leader.keys[0]].affiliations if index.actors[k].kind == "Country"]
                if states:  # "Ali's government has consistently refused bilateral talks": Guyana's
                    index.mentions.append(Mention(t.i, t.i + 1, states[:1], "title", t.text))
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        subjects.append((t.i, states[:1]))
                        subjects.sort()
            elif t.pos_ == "NOUN" and (low in self.gaz.body_heads or low in self.gaz.force_nouns) and (any(
                    c.lower_ == "the" for c in t.children) or (  # "shelled army positions": the army's
                    t.dep_ == "compound" and low in self.gaz.force_nouns and t.is_lower
                    and t.head.lower_ in self.gaz.installation_nouns)) and not any(
                    c.dep_ in ("amod", "compound", "poss") for c in t.children):
                keys = self._recent_body(index, low, t.i)  # "the ministry said", "the army denied"
                if not keys and low == REGIME:  # "the regime stripped ...", before "the Ortega-Murillo regime"
                    regimes = [k for k, a in index.actors.items() if a.kind == "Organization"
                               and a.name.endswith(" " + REGIME)]
                    keys = regimes if len(regimes) == 1 else []
                if not keys and low in self.gaz.government_nouns and t.is_lower and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in t.children):  # not "the government of X"
                    keys = self._government_named_before(doc, index, t) or self._government_of_story(index, subjects, t)
                if keys:
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "title", t.text))
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        subjects.append((t.i, keys))
                        subjects.sort()
            elif t.pos_ == "NOUN" and low in self.gaz.group_nouns and any(c.lower_ == "the" for c in t.children) \
                    and not any(c.dep_ in ("compound", "poss") and c.lower_ + "s" not in self.gaz.group_nouns
                                for c in t.children):
                kinds = next((self.gaz.group_nouns[c.lower_ + "s"] for c in t.children  # "the rebel alliance"
                              if c.dep_ in ("compound", "amod") and c.lower_ + "s" in self.gaz.group_nouns),
                             self.gaz.group_nouns[low])
                keys = self._recent_group(doc, index, kinds, t.i)  # "the Iranian-backed rebels"
                if keys:
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "title", t.text))
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        subjects.append((t.i, keys))
                        subjects.sort()
            elif low in ("who", "which", "that") and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl":
                keys = self._relative_antecedent(index, t)  # "the Amir of Kuwait, who began mediating"
                if keys:  # not a subject a later "he" goes back to: "met X, who ... . He said"
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "pronoun", t.text))
            elif (low == "it" or (low in self.gaz.state_nouns and any(c.lower_ == "the" for c in t.children)
                                  and not any(c.dep_ == "poss" or c.lower_ in ("two", "both") for c in t.children))) \
                    and t.dep_ == "dobj" and t.head.lemma_ in self.gaz.actor_object_verbs:
                own = {k for m in index.mentions if t.sent.start <= m.start < t.i and len(m.keys) == 1
                       and doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass") for k in m.keys}
                keys = self._nearest_body(doc, index, t, excluding=own)  # "cut ties with Doha, accusing it of"
                if keys and (low == "it" or index.actors[keys[0]].kind == "Country"):  # "accusing the Gulf state of"
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "pronoun", t.text))
            elif (low == "it" and t.dep_ in ("nsubj", "nsubjpass")
                  and (t.head.lemma_ not in ("be", "seem", "appear", "take", "remain") or self._standing(t.head))) \
                    or (low == "its" and t.dep_ == "poss"):
                # "Iran said it had seized a tanker"; "its": the nearest state or body before it
                keys = self._state_antecedent(doc, index, subjects, t) if low == "it" else self._owner(doc, index, t)
                if keys:
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "pronoun", t.text))
                    if low == "it":
                        subjects.append((t.i, keys))
                        subjects.sort()
            elif low in FIRST_PERSON_SINGULAR and t.pos_ == "PRON" and index.author and t.i not in index.quoted:
                index.mentions.append(Mention(t.i, t.i + 1, [index.author], "pronoun", t.text))  # the byline's "I"
                if t.dep_ == "nsubj":
                    subjects.append((t.i, [index.author]))
                    subjects.sort()
            elif low == "we" and t.dep_ == "nsubj" and t.i not in index.quoted and (
                    voice := self._authors_state(index)):  # "We urge both the SAF and the RSF": the byline's government
                index.mentions.append(Mention(t.i, t.i + 1, voice, "pronoun", t.text))
                subjects.append((t.i, voice))
                subjects.sort()
            elif low == "we" and t.dep_ == "nsubj" and t.i not in index.quoted and subjects:
                bodies = [(pos, keys) for pos, keys in subjects if pos < t.i and len(keys) == 1
                          and index.actors[keys[0]].kind in ("Country", "Organization") and doc[pos].dep_ != "poss"]
                # the author speaks in the present ("The United States condemns"), else comes first
                speaking = [keys for pos, keys in bodies if self._clause_head(doc[pos]).tag_ == "VBZ"]
                voice = speaking[-1] if speaking else (bodies[0][1] if bodies else None)
                if voice:  # "The United States condemns ... We call on the regime": the statement's author
                    index.mentions.append(Mention(t.i, t.i + 1, voice, "pronoun", t.text))
                    subjects.append((t.i, voice))
                    subjects.sort()
            elif low in PLURAL_PRONOUNS and t.pos_ == "PRON":
                keys = self._clause_subject(index, t) if t.dep_ == "poss" else None
                keys = keys or self._plural_antecedent(doc, index, subjects, t)
                if keys:
                    index.mentions.append(Mention(t.i, t.i + 1, keys, "pronoun", t.text))
                    if t.dep_ in ("nsubj", "nsubjpass"):
                        subjects.append((t.i, keys))
                        subjects.sort()

    @staticmethod
    def _authors_state(index: ActorIndex) -> list[str] | None:
        states = [k for k in (index.actors[index.author].affiliations if index.author else [])
                  if index.actors[k].kind == "Country"]
        return states[:1] or None

    def _ministry_of(self, index: ActorIndex, minister: str) -> str | None:
        """The ministry a minister heads ("Romanian Foreign Minister Oana Toiu": the Romanian foreign ministry)."""
        actor = index.actors[minister]
        state = next((k for k in actor.affiliations if index.actors[k].kind == "Country"), None)
        office = next((self.gaz.office(t) for t in actor.titles if self.gaz.office(t).endswith(" minister")), None)
        if state is None or office is None or office.startswith(("prime", "deputy prime")):
            return None
        words = office.removesuffix("minister") + "ministry"
        key = f"org:{state}:{words}"
        if key not in index.actors:
            demonym = next((w for w, k in self.gaz.demonyms.items() if k == state), index.actors[state].name)
            index.actors[key] = Actor(key=key, kind="Organization", name=f"{demonym} {words}", affiliations=[state])
        return key

    def _standing(self, verb: Token) -> bool:
        """ "it was in contact with", "it remained in talks": being in touch, so "it" is a state or body."""
        return any(c.dep_ == "prep" and c.lower_ == "in"
                   and any(g.lemma_ in self.gaz.standing_nouns for g in c.children) for c in verb.children)

    def _tells_of(self, verb: Token, token: Token) -> bool:
        """Whether a clause is what a verb of telling says: "Qatar said [both sides agreed]"."""
        if verb.lemma_ not in self.gaz.telling_verbs or not verb.left_edge.i <= token.i <= verb.right_edge.i:
            return False
        node = token
        while node.head.i != node.i and node.head.i != verb.i:
            node = node.head
        return node.head.i == verb.i and node.dep_ in ("ccomp", "xcomp")  # not "..., as fighting spread and both
        # sides accused each other", hung on "said" as an adverbial clause

    @staticmethod
    def _clause_head(token: Token) -> Token:
        """The verb a name's phrase is the subject or object of: "condemns" for "United" of "The United States"."""
        while token.dep_ in ("compound", "amod", "det", "poss") and token.head.i != token.i:
            token = token.head
        return token.head

    @staticmethod
    def _clause_subject(index: ActorIndex, token: Token) -> list[str] | None:
        """ "until the Houthis end their attacks": the subject of the clause a possessive "their" is in."""
        verb = token.head.head if token.head.dep_ in ("dobj", "pobj", "nsubj", "attr") else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None) \
            if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        mention = index.mention_at(subject) if subject is not None else None
        return list(mention.keys) if mention is not None and all(
            index.actors[k].kind in ("Country", "Organization") for k in mention.keys) else None

    def _plural_antecedent(self, doc: Doc, index: ActorIndex, subjects: list, token: Token) -> list[str] | None:
        """ "They": the group that was a subject within the last two sentences, else who met whom just before."""
        if token.dep_ in ("dobj", "dative") and token.head.lemma_ in self.gaz.telling_verbs:
            # "spoke with both leaders and urged them to halt hostilities"; not "describing them as a threat"
            named = [m for m in index.mentions if token.sent.start <= m.start < token.i and m.kind == "group"
                     and len(m.keys) > 1 and doc[m.start : m.end].root.dep_ in ("pobj", "dobj")]
            if named:
                return list(max(named, key=lambda m: m.start).keys)
        here = token.sent
        prev = doc[here.start - 1].sent if here.start > 0 else None
        window_start = (doc[prev.start - 1].sent.start if prev.start > 0 else prev.start) if prev else here.start
        groups = [(pos, keys) for pos, keys in subjects if window_start <= pos < token.i and len(keys) > 1]
        for m in index.mentions:  # "Secretary Blinken and Foreign Minister Tuggar expressed ..., and they called"
            if not window_start <= m.start < token.i:
                continue
            root = doc[m.start : m.end].root
            if root.dep_ in ("nsubj", "nsubjpass") and root.conjuncts:
                keys = list(m.keys) + [k for c in root.conjuncts if index.mention_at(c)
                                       for k in index.mention_at(c).keys if k not in m.keys]
                if len(keys) > 1:
                    groups.append((m.start, keys))
        if groups:  # the latest group that was a main clause's subject: not "the deal both countries wanted"
            main = [g for g in groups if self._clause_head(doc[g[0]]).dep_ in ("ROOT", "conj")]
            return max(main or groups, key=lambda g: g[0])[1]
        if prev is None:
            return None
        people = []
        for m in sorted((m for m in index.mentions if prev.start <= m.start < prev.end), key=lambda m: m.start):
            if len(m.keys) == 1 and m.kind in ("name", "title"):
                head = doc[m.start : m.end].root
                if head.dep_ in ("nsubj", "dobj", "pobj") and m.keys[0] not in people:
                    people.append(m.keys[0])
        named = [k for i, keys in index.named_counterparts.items() if prev.start <= i < prev.end
                 and doc[i].dep_ in ("dobj", "pobj") for k in keys if k not in people]
        if people and named:  # "spoke with his Japanese and ROK counterparts, A and B. They agreed ..."
            return people[:1] + named
        kinds = {index.actors[k].kind for k in people if k in index.actors}
        if len(people) != 2 or len(kinds) != 1:
            return None
        met = self._opening_meeting(doc, index, prev.start) if kinds == {"Country"} else []
        if met and {c for k in met for c in index.actors[k].affiliations} == set(people):
            return met  # "... stood ready to deploy troops to Ukraine. They agreed to speak again": the two who spoke
        return people

    def _state_antecedent(self, doc: Doc, index: ActorIndex, subjects: list, token: Token) -> list[str] | None:
        """ "It": the state or body that was the subject in this sentence or the one before."""
        window = max(0, token.sent.start - 1)
        window_start = doc[window].sent.start
        for pos, keys in reversed(subjects):
            if pos >= token.i:
                continue
            if pos < window_start:
                break
            if len(keys) == 1 and index.actors[keys[0]].kind in ("Country", "Organization"):
                return keys
        return None

    def _nearest_body(self, doc: Doc, index: ActorIndex, token: Token,
                      excluding: set[str] = frozenset()) -> list[str] | None:
        """ "ASEAN's statement and its efforts": the state or body named last before, in this sentence or the last."""
        start = doc[max(0, token.sent.start - 1)].sent.start
        before = [m for m in index.mentions if start <= m.start < token.i and len(m.keys) == 1
                  and m.kind != "pronoun" and index.actors[m.keys[0]].kind in ("Country", "Organization")
                  and m.keys[0] not in excluding]
        return list(max(before, key=lambda m: m.start).keys) if before else None

    def _owner(self, doc: Doc, index: ActorIndex, token: Token) -> list[str] | None:
        """ "its": the subject of its clause ("Russia pounded Kyiv in its deadliest attack"), but not when it is in
        what that subject intruded on ("Azerbaijani forces attacked its territory"): then the body named last."""
        node, acted_on = token.head, token.head.dep_ in ("dobj", "pobj")
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.pos_ == "VERB":
            obj = next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
            keys = self._covering(index, obj) if obj is not None else None
            if keys and len(keys) == 1 and index.actors[keys[0]].kind in ("Country", "Organization"):
                return keys  # "We commend the Sultanate of Oman for its continued efforts": Oman's
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
            acted_on = acted_on and node.pos_ not in ("NOUN", "PROPN")  # "in its attack", not "attacked its land"
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        keys = self._covering(index, subject) if subject is not None else None
        while keys is None and node.head.i != node.i and (node.dep_ in ("conj", "advcl", "xcomp") or (
                node.dep_ == "ccomp" and subject is not None and token.i in {t.i for t in subject.subtree})):
            # "it was cutting ties and recalling its ambassador": the subject of the first verb; "the US reaffirmed
            # that its defense obligations extend": of the clause whose words these are
            node = node.head
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            keys = self._covering(index, subject) if subject is not None else None
        if keys and len(keys) == 1 and index.actors[keys[0]].kind in ("Country", "Organization"):
            if not (acted_on and token.head.dep_ == "dobj" and node.lemma_ in self.gaz.intrusion_verbs):
                return keys  # "recalled its ambassador": its own
            return self._nearest_body(doc, index, token, excluding=set(keys))
        if keys is None and node.dep_ == "ccomp" and token.i > node.i:  # "UNIFIL said an Israeli drone dropped a
            speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)  # grenade near its
            said = self._covering(index, (known_as(speaker) or [speaker])[0]) if speaker is not None else None
            # peacekeepers": the speaker's
            if said and len(said) == 1 and index.actors[said[0]].kind in ("Country", "Organization"):
                return said
        return self._nearest_body(doc, index, token)

    @staticmethod
    def _covering(index: ActorIndex, token: Token) -> list[str] | None:
        """The keys of the mention a token is in, pronouns resolved so far included (by_token is filled later)."""
        return next((list(m.keys) for m in index.mentions if m.start <= token.i < m.end), None)

    def _relative_antecedent(self, index: ActorIndex, pronoun: Token) -> list[str] | None:
        """The actor a relative clause is about: "Amir Sabah of Kuwait, who ..." is the Amir, not Kuwait."""
        noun = pronoun.head.head
        keys = self._covering(index, noun)
        if pronoun.lower_ == "who" and noun.head.dep_ == "prep" and noun.head.lower_ == "of" and (
                not keys or index.actors[keys[0]].kind != "Person"):
            owner = self._covering(index, noun.head.head)  # "the Amir of Kuwait, who"
            if owner and index.actors[owner[0]].kind == "Person":
                return owner
        if keys and (pronoun.lower_ == "who") == (index.actors[keys[0]].kind == "Person"):
            partners = [k for c in noun.conjuncts if c.i < pronoun.i for k in self._covering(index, c) or []
                        if index.actors[k].kind == index.actors[keys[0]].kind and k not in keys]
            return keys + partners  # "Turkey and Qatar, which brokered a ceasefire": both
        return None

    @staticmethod
    def _government_named_before(doc: Doc, index: ActorIndex, token: Token) -> list[str] | None:
        """ "Sudan's army-led government ... the government's decision": the state whose government was named."""
        return next((list(m.keys) for g in reversed(doc[max(0, token.i - 400) : token.i]) if g.lower_ == token.lower_
                     for c in g.children if c.dep_ in ("poss", "amod", "compound")
                     for m in [index.mention_at(c)] if m is not None and len(m.keys) == 1
                     and index.actors[m.keys[0]].kind == "Country"), None)

    def _government_of_story(self, index: ActorIndex, subjects: list, token: Token) -> list[str] | None:
        """ "We urge the authorities to investigate": the state the story is about, not the speaker's; "Hezbollah
        rejected the government's plan to disarm it": an armed group's own state."""
        own = {k for pos, ks in subjects if token.sent.start <= pos < token.i for k in ks}
        homes = {a for k in own if self.gaz.actors.get(k) is not None
                 and self.gaz.actors[k].category == "armed_group" for a in index.actors[k].affiliations}
        return list(homes) if len(homes) == 1 else self._most_named(index, "Country", token.i, excluding=own)

    def _recent_body(self, index: ActorIndex, word: str, position: int) -> list[str]:
        """The organization "the <word>" refers to: the last one named before with that word in its name, or for "the
        government" a word of the same meaning ("the Georgian authorities")."""
        governing = word in self.gaz.government_nouns
        for m in sorted(index.mentions, key=lambda m: -m.start):
            if m.start >= position or m.kind != "name" or len(m.keys) != 1:
                continue
            actor = index.actors.get(m.keys[0])
            if actor is None or actor.kind != "Organization":
                continue
            words = actor.name.lower().split()
            if governing and words[: words.index("of") if "of" in words else None][-1] in self.gaz.government_nouns:
                return [actor.key]  # "the Georgian authorities", "the Government of Haiti"; not "the Government Palace"
            if not governing and (word in words or m.text.lower().split()[-1:] == [word]):
                return [actor.key]  # "the military" after "a Myanmar military airstrike" (the Tatmadaw)
        return []

    def _recent_group(self, doc: Doc, index: ActorIndex, categories: frozenset[str], position: int) -> list[str]:
        """The body "the rebels" or "the group" refers to: the last one named before of a fitting category, or
        one the text introduced as such ("the Comandos de la Frontera armed group"); first one named with that very
        noun ("M23 rebels clashed with allied Wazalendo militias. ... the rebels": the M23)."""
        noun = doc[position].lemma_
        before = sorted((m for m in index.mentions if m.start < position and len(m.keys) == 1), key=lambda m: -m.start)
        called = next((m.keys for m in before if m.end < len(doc) and doc[m.end].lemma_ == noun
                       and self.gaz.actors.get(m.keys[0]) is not None
                       and self.gaz.actors[m.keys[0]].category in categories), None)
        if called:
            return list(called)
        for m in sorted(index.mentions, key=lambda m: -m.start):
            if m.start >= position or len(m.keys) != 1:
                continue
            known = self.gaz.actors.get(m.keys[0])
            if known is not None and known.category in categories:
                return [m.keys[0]]
            actor = index.actors[m.keys[0]]
            if known is None and actor.kind == "Organization" and not actor.affiliations and "armed_group" in \
                    categories and any(t.lower_ in self.gaz.group_nouns for t in [
                        *doc[m.end - 1 : m.end + 2], *(c for c in doc[m.end - 1].children if c.dep_ == "appos")]):
                return [m.keys[0]]  # "the M23 rebels", "the Kalay People's Defense Force, an armed group"
        return []

    def _named_in_sentence(self, index: ActorIndex, kind: str, token: Token,
                           excluding: set[str] = frozenset()) -> list[str]:
        """The actors of a kind named before `token` in its sentence, in the order named."""
        start = token.sent.start
        named: list[str] = []
        for m in sorted((m for m in index.mentions if start <= m.start < token.i), key=lambda m: m.start):
            if len(m.keys) == 1 and m.keys[0] not in named and m.keys[0] not in excluding and m.kind != "group":
                a = index.actors[m.keys[0]]
                if a.kind == kind or (kind == "Party" and self._party(a)):
                    named.append(m.keys[0])
        return named

    def _opening_meeting(self, doc: Doc, index: ActorIndex, position: int) -> list[str]:
        """The two people the text first tells met or spoke ("Secretary Rubio met today with Prince Faisal")."""
        for verb in (t for t in doc[:position] if t.lemma_ in self.gaz.meeting_verbs and t.pos_ == "VERB"):
            people = []
            for c in verb.children:
                objects = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in (
                    "with", "to") else (
                    [c] if c.dep_ in ("nsubj", "dobj") else [])
                for o in objects:  # "with Saudi Minister of Foreign Affairs Prince Faisal": the person in the phrase
                    people.extend(next((m.keys for x in o.subtree for m in [index.mention_at(x)] if m is not None
                                        and len(m.keys) == 1 and index.actors[m.keys[0]].kind == "Person"), []))
            if len(set(people)) == 2:
                return list(dict.fromkeys(people))
        return []

    def _pair_between_before(self, doc: Doc, index: ActorIndex, token: Token) -> list[str]:
        """ "the agreement between the Syrian government and the SDF. The Secretary urged both sides": the two sides
        the sentence before names with "between"."""
        if token.sent.start == 0:
            return []
        before = doc[token.sent.start - 1].sent
        for between in (t for t in before if t.lower_ == "between"):
            sides = [index.mention_at(o) for o in between.children if o.dep_ == "pobj" for o in (o, *o.conjuncts)]
            keys = list(dict.fromkeys(m.keys[0] for m in sides if m is not None and len(m.keys) == 1))
            if len(keys) == 2 and all(self._party(index.actors[k]) for k in keys):
                return keys
        return []

    def _delegations_before(self, index: ActorIndex, token: Token) -> list[str]:
        """The two sides last named as "delegations from A and B" before `token`."""
        pairs = [[k for y in [*(x for o in d.children if o.dep_ == "prep" and o.lower_ == "from" for x in o.children
                                if x.dep_ == "pobj" for x in (x, *x.conjuncts)), *d.conjuncts]
                  for keys in [self._covering(index, y)] if keys and len(keys) == 1 for k in keys]
                 for d in token.doc[: token.i] if d.lemma_ == "delegation" and d.i != token.i]  # "delegations from
        # Kinshasa and the rebel alliance", the alliance parsed as another subject
        pairs = [list(dict.fromkeys(p)) for p in pairs]
        return next((p for p in reversed(pairs) if len(p) == 2 and all(self._party(index.actors[k]) for k in p)), [])

    @staticmethod
    def _paired(doc: Doc, index: ActorIndex, keys: list[str]) -> bool:
        """Whether the sentence names the actors together, coordinated or "between" them ("talks between Kinshasa and
        the M23"), not only each in its own role ("Iran's transfers of missiles to the Houthis")."""
        heads = [doc[m.start : m.end].root for m in index.mentions if len(m.keys) == 1 and m.keys[0] in keys]
        return any(a.i != b.i and (b in a.conjuncts or any(
            p.lower_ == "between" and a in p.subtree and b in p.subtree for p in a.ancestors))
            for a in heads for b in heads)

    def _salient(self, index: ActorIndex, kind: str, position: int, excluding: set[str] = frozenset()) -> list[str]:
        """The two actors of a kind the text has named most often before `position` ("the two leaders")."""
        counts: dict[str, list[int]] = {}
        for m in index.mentions:
            if m.start < position and m.kind in ("name", "title", "demonym", "capital") and len(m.keys) == 1 \
                    and m.keys[0] not in excluding:
                a = index.actors.get(m.keys[0])
                if a is not None and (a.kind == kind or (kind == "Party" and self._party(a))):
                    entry = counts.setdefault(m.keys[0], [0, m.start])
                    entry[0] += 1
                    entry[1] = min(entry[1], m.start)
        ranked = sorted(counts, key=lambda k: (-counts[k][0], counts[k][1]))[:2]
        if kind == "Party" and len(ranked) == 2:  # "both warring parties" of the RSF and Sudan: Sudan's army, if named
            for state, group in (ranked, ranked[::-1]):
                army = next((k for k in counts if k != group and state in index.actors[k].affiliations
                             and self.gaz.names_a_force(index.actors[k].name)), None)
                if index.actors[state].kind == "Country" and state in index.actors[group].affiliations and army:
                    ranked = [army if k == state else k for k in ranked]
                    break
        return sorted(ranked, key=lambda k: counts[k][1])

    def _most_named(self, index: ActorIndex, kind: str, position: int, excluding: set[str]) -> list[str]:
        """The actor of a kind the text has named most often before `position`, the later named on a tie."""
        counts: dict[str, tuple[int, int]] = {}
        for m in index.mentions:
            if m.start < position and m.kind in ("name", "demonym", "capital") and len(m.keys) == 1 \
                    and m.keys[0] not in excluding and index.actors[m.keys[0]].kind == kind:
                counts[m.keys[0]] = (counts.get(m.keys[0], (0, 0))[0] + 1, m.start)
        return sorted(counts, key=lambda k: counts[k])[-1:]

    def _party(self, actor: Actor) -> bool:
        """A side in a conflict: a state, an armed group, or a state's armed forces ("both parties" in Sudan)."""
        known = self.gaz.actors.get(actor.key)
        return actor.kind == "Country" or (actor.kind == "Organization" and (
            (known is not None and known.category == "armed_group")
            or any(self.gaz.names_a_force(n) for n in (actor.name, *actor.aliases))))

    def _recent(self, index: ActorIndex, kind: str, position: int, n: int,
                excluding: set[str] = frozenset()) -> list[str]:
        keys: list[str] = []
        for m in sorted(index.mentions, key=lambda m: -m.start):
            if m.start >= position or m.kind not in ("name", "title", "demonym", "capital"):
                continue
            for key in m.keys:
                a = index.actors.get(key)
                if a is not None and a.kind == kind and key not in keys and key not in excluding:
                    keys.append(key)
            if len(keys) >= n:
                break
        return list(reversed(keys[:n]))

    def _antecedent(self, index: ActorIndex, subjects: list, token: Token, gender: str,
                    excluding: set[str] = frozenset()) -> list[str] | None:
        def compatible(key: str) -> bool:
            a = index.actors.get(key)
            if a is None or a.kind != "Person" or key in excluding:
                return False
            g = index.genders.get(key)
            return g is None or g == gender

        outside = token.i not in index.quoted
        for pos, keys in reversed(subjects):
            if pos < token.i and len(keys) == 1 and compatible(keys[0]) and not (outside and pos in index.quoted):
                return keys
        for m in sorted(index.mentions, key=lambda m: -m.start):
            if m.start < token.i and len(m.keys) == 1 and compatible(m.keys[0]) and not (
                    outside and m.start in index.quoted):
                return m.keys
        return None


@Language.factory("dip_actors", assigns=["doc._.actor_index"], requires=["token.dep", "token.pos", "doc.ents"])
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    """The actor recognizer over the packaged gazetteer."""
    return ActorRecognizer(nlp, load_gazetteer())
