"""spaCy component `dip_interactions`: CAMEO-coded interactions from verbal and nominal patterns over the parse."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from kg.actors import QUOTES_OPEN, ActorIndex, find_dateline, known_as
from kg.dates import WEEKDAYS, DateResolver, parse_date_expression
from kg.extraction import Actor, Interaction
from kg.gazetteer import Gazetteer, any_of, load_gazetteer
from kg.resources import DATA_DIR

HYPHEN = hash_string("-")

SUBJECT_DEPS = ("nsubj", "nsubjpass")
MODALS_FUTURE = {"will", "shall", "'ll"}
FINITE_TAGS = ("VBD", "VBZ", "VBP")
OTHER_OCCASION_PREPS = ("following", "after", "before", "since", "ahead")
MODALS_HYPOTHETICAL = {"would", "could", "might", "may", "should", "can", "must"}
OBLIGATION = {"must", "should"}
HELP = (" help", " assist")
THIRD_PARTY_CODES = ("043", "045")  # hosting and mediating: the host or mediator is not one of those who met
COOPERATIVE_ROOTS = ("03", "04", "05", "06", "07", "08")
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
UP_FOR = ("up for",)  # "not up for discussion"
# "the attack", "yesterday's strike": words before an attack that point back to one already reported
REFERRING_DETERMINERS = {"the", "this", "these", "that", "those", "yesterday", "today", "weekend", *WEEKDAYS}
FIRST_PERSON = {"i", "we"}
DEED_PRONOUNS = {"this", "that", "it"}  # "This is an unlawful act": the deed the text reported before
# what a clause predicates of whom: the dependents `_clause_core` follows down from its verb
CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "xcomp", "ccomp", "advmod", "amod", "poss", "compound",
             "det", "neg", "aux", "auxpass", "prt", "pobj", "oprd", "npadvmod"}

# what the component reads (the article's date and title, set by kg.nlp) and what it writes
for _name in ("interactions", "published", "title"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@lru_cache(maxsize=1)
def load_lexicon() -> dict:
    """The CAMEO trigger lexicon (kg/data/interactions.json)."""
    return json.loads((DATA_DIR / "interactions.json").read_text(encoding="utf-8"))


def _previous_sentence_start(token: Token) -> int:
    """Where the sentence before the token's begins (its own, for the first sentence)."""
    return token.doc[max(token.sent.start - 1, 0)].sent.start


@dataclass
class Found:
    """An interaction found in one sentence, before dates are resolved."""

    sources: list[str]
    code: str
    targets: list[str]
    trigger: Token
    modality: str | None = None
    quotes: list[str] = field(default_factory=list)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)  # token ranges of those quotations
    specific_speech: bool = False  # a speech act whose content carries its own code


@dataclass
class Meeting:
    """An asserted consultation the text reported: who took part, when, and the sentence it was told in."""

    participants: list[str]
    code: str
    date: dt.date | None
    sentence_start: int


def _key_word(phrase: str) -> str:
    """A phrase's longest word, which a text holding the phrase holds as a token ("non-negotiable": "negotiable")."""
    return max(phrase.replace("-", " ").split(), key=len)


class InteractionFinder:
    """Finds interactions in a Doc whose actors `dip_actors` has resolved."""

    def __init__(self, lexicon: dict, gazetteer: Gazetteer):
        self.lex = lexicon
        self.gaz = gazetteer
        self._word_patterns: dict[int, tuple] = {}  # id of a word list -> (the list, one pattern for any of it)
        self.verbs: dict = lexicon["verbs"]
        self.nouns: dict = lexicon["nouns"]
        self._hostile_or_threat = any_of([*lexicon["hostile_labels"], "threat"])
        self._hostile_label_pattern = any_of(lexicon["hostile_labels"])
        self._brokered_lemmas = np.array([hash_string(w) for w in lexicon["brokered_nouns"]], dtype=np.uint64)
        # the words a trigger can be (a verb's lemma, a noun's form or lemma, a feeling, a readiness word), to skip the
        # other tokens without looking at them in Python
        self._trigger_words = np.array(sorted({hash_string(w) for w in [
            *self.verbs, *self.nouns, *lexicon["feelings"], *lexicon["readiness_words"]]}), dtype=np.uint64)
        # a word a clause must hold before its text is searched for these phrases ("not up for discussion", "in
        # violation of"): each phrase's longest
        self.negotiation_words = frozenset(_key_word(p) for p in lexicon["non_negotiable_phrases"])
        self.subversion_verbs = frozenset(lexicon["subversion_verbs"])
        self.private_nouns = frozenset(lexicon["private_nouns"])
        self._prefixes = {table: sorted((p for p in lexicon[table] if p != "_doc"), key=len, reverse=True)
                          for table in ("intent_of", "threat_of")}  # longest first
        self.violation_words = frozenset(_key_word(p) for p in lexicon["violation_phrases"])
        self.sincerity_words = frozenset(lexicon["sincerity_words"])

    def __call__(self, doc: Doc) -> Doc:
        index: ActorIndex = doc._.actor_index
        quoted = index.quoted
        found: list[Found] = []
        feelings, readiness = self.lex["feelings"], self.lex["readiness_words"]
        words = self._trigger_words
        at = [] if not len(doc) else np.flatnonzero(
            np.isin(doc.to_array(LEMMA), words) | np.isin(doc.to_array(LOWER), words)).tolist()
        for sent in doc.sents:
            if sent.start in index.furniture:
                continue
            sent_found: list[Found] = []
            for token in (doc[i] for i in at[bisect.bisect_left(at, sent.start) : bisect.bisect_left(at, sent.end)]):
                if token.i in quoted and self._clause_verb(token).i in quoted:
                    continue
                pos, low = token.pos_, token.lower_
                if pos in ("VERB", "AUX") or (pos == "NOUN" and token.lemma_ in self.verbs and token.dep_ == "ROOT"):
                    sent_found.extend(self._verbal(doc, token, index, quoted))
                if pos in ("NOUN", "PROPN") or (token.tag_ == "VBG" and token.dep_ in (*SUBJECT_DEPS, "csubj")):
                    sent_found.extend(self._nominal(doc, token, index))  # "Fighting between A and B has killed"
                if low in feelings:
                    sent_found.extend(self._feeling(token, index))
                if low in readiness:
                    sent_found.extend(self._declared_readiness(token, index))
            sent_found.extend(self._brokered(doc, sent, index))
            sent_found.extend(self._declared_threat(sent.root, index))
            found.extend(self._tidy(sent_found, index))
        voiced = self._acts_in_quotations(doc, found, index)
        found = [f for f in found if not self._said_only_in_quotation(f, voiced, found)] + voiced
        resolver = DateResolver(doc._.published, frozenset(self.lex["gratitude_verbs"]),
                                frozenset(self.lex["reproving_verbs"]))
        doc._.interactions = self._to_interactions(doc, found, index, resolver)
        return doc

    def _acts_in_quotations(self, doc: Doc, found: list[Found], index: ActorIndex) -> list[Found]:
        """ "We condemn the attack," X said: an act in the speaker's own voice inside a quotation is the speaker's."""
        acts: list[Found] = []
        for speech in [f for f in found if f.quote_spans]:
            own = self._with_states(index, speech.sources)
            for first, last in speech.quote_spans:
                for token in doc[first : last + 1]:
                    subject = next((c for c in (token.head if self._wished_performative(token) else token).children
                                    if c.dep_ == "nsubj"), None)
                    if subject is None or token.pos_ not in ("VERB", "AUX"):
                        continue
                    judged = self._judged_deed(token, subject, None, speech.sources, index)
                    if judged is not None:  # "Iran's continued use of foreign nationals as leverage is unacceptable"
                        acts.append(Found(speech.sources, "111", judged, token, quotes=[doc[first : last + 1].text]))
                        continue
                    praised = self._praised(token, subject, speech.sources, index)
                    if praised:  # '"She is a tough and very smart leader," President Trump said'
                        acts.append(Found(speech.sources, "051", praised, token, quotes=[doc[first : last + 1].text]))
                        continue
                    # "The Islamic Emirate strongly condemns ...," its spokesman said: his government's voice
                    doers = set(self._phrase_actors(index, subject, deep=False))
                    if subject.lower_ not in FIRST_PERSON and not (self._performative(token) and doers & own):
                        if token.dep_ == "ROOT" or (token.dep_ == "ccomp" and token.head.i == speech.trigger.i):
                            # '"Rwanda must withdraw all its troops"': what the speaker demands
                            told = self._clause_acts(token, token, speech.sources, index)
                            if not told and doers and doers <= own:  # '"Pakistan has repeatedly urged the Afghan
                                # government to act," its spokeswoman said': her state's act, as she reports it
                                told = [a for a in self._verbal(doc, token, index, set(), speaker=sorted(doers))
                                        if not a.code.startswith("01")]
                            for act in told:
                                act.quotes = [doc[first : last + 1].text]
                            acts.extend(told)
                        continue
                    entry = self.verbs.get(token.lemma_, {})
                    if entry.get("objects_table") == "light":
                        continue
                    for act in self._verbal(doc, token, index, set(), speaker=speech.sources):
                        if entry.get("speech") and act.code.startswith("01"):
                            continue  # the quotation is already the speaker's statement; "I reiterate our support"
                        act.quotes = [doc[first : last + 1].text]
                        acts.append(act)
        return acts

    def _said_only_in_quotation(self, f: Found, voiced: list[Found], found: list[Found]) -> bool:
        """ "The Foreign Secretary said:" before a quotation whose own acts are coded: no statement besides them
        ("told a regular briefing" adds none)."""
        if f.code != "010":
            return False
        doc = f.trigger.doc
        sent = f.trigger.sent if f.trigger.i + 1 < len(doc) and doc[f.trigger.i + 1].text == ":" else None
        if sent is not None and sent.end < len(doc) and not any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in f.trigger.children) and any(
                g.trigger.sent.start == sent.doc[sent.end].sent.start and not set(g.sources) & set(f.sources)
                for g in found):
            return True  # "A Downing Street spokesperson said:", the readout that follows being the Prime Minister's
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl") and not any(
                a <= c.i <= b for a, b in f.quote_spans) and not (c.dep_ == "dobj" and self._is(c, "audience_nouns"))
                for c in f.trigger.children):
            return False  # words of its own besides the quotation
        quotes = {f.trigger.doc[a : b + 1].text for a, b in f.quote_spans}
        return any(a.sources == f.sources and set(a.quotes) & quotes for a in voiced)

    # -- helpers ---------------------------------------------------------------------------------------------

    def _asked_or_intended(self, token: Token) -> bool:
        """Whether a verb is the content of an appeal, demand, threat or promise ("called on X to stop bombing")."""
        if self._misattached_conj(token) is not None:
            return False
        node = token
        for _ in range(4):
            infinitive = node.dep_ in ("advcl", "ccomp") and (self._to_infinitive(node) or (  # "call on X to halt":
                node.tag_ == "VB" and not any(a.dep_ == "aux" for a in node.children))) and any(  # parsed as a
                a.dep_ in SUBJECT_DEPS for a in node.children)  # clause; "demand that Pyongyang withdraw" too
            if (node.dep_ not in ("xcomp", "conj", "pcomp") and not infinitive) or node.head.i == node.i:
                return False
            head = node.head
            if node.dep_ == "pcomp" and head.pos_ == "ADP" and self._code_of(head.head).startswith("11"):
                return True  # "accused Caracas of preparing to annex": the allegation is the act
            if (node.dep_ == "xcomp" or infinitive) and (node.lemma_ in self.verbs.get(head.lemma_, {}).get("xcomp", {})
                                         or head.lemma_ in self.lex["intent_lemmas"]
                                         or self._code_of(head).startswith(("02", "10", "13"))):
                return True
            node = head
        return False

    @staticmethod
    def _region(actor: Actor) -> bool:
        """A place that belongs to no state ("the Indo-Pacific"): where something is, never a party to it."""
        return actor.kind == "Location" and not actor.affiliations

    def _open_water(self, actor: Actor) -> bool:
        """A sea or gulf belonging to no state: "attacks on Red Sea shipping" target no one there."""
        return self._region(actor) and any(w in self.gaz.waters for w in actor.name.lower().split())

    def _with_states(self, index: ActorIndex, keys: list[str]) -> set[str]:
        """The actors and the states and bodies they act for: a side's own, never its target. An armed group's
        home state is not its own side: "M23 attacked Congo"."""
        return {k for s_ in keys if s_ in index.actors for k in [s_, *(
            () if self._category(s_) == "armed_group" else index.actors[s_].affiliations)]}

    def _members(self, key: str, suffix: str, heads: list[Token]) -> bool:
        """ "Islamic State-linked insurgents": fighters of the armed group they are linked to, who act as it."""
        return suffix in self.lex["membership_suffixes"] and self._category(key) == "armed_group" and any(
            "armed_group" in self.gaz.group_nouns.get(h.lower_, ()) for h in heads)

    def _category(self, key: str) -> str | None:
        """What kind of body the gazetteer knows an actor as: international, government, armed_group, media, ..."""
        return getattr(self.gaz.actors.get(key), "category", None)

    def _at_shipping(self, trigger: Token) -> bool:
        """Whether an attack is on ships at sea ("the Houthis' attacks on commercial vessels in the Red Sea"), which
        the record keeps though it names no state attacked."""
        aimed = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [
            c for c in trigger.children if c.dep_ in ("dobj", "prep")]
        return any(t.lemma_ in self.lex["shipping_words"] or t.lower_ in self.lex["shipping_words"]
                   for a in aimed for t in a.subtree)

    def _beside_its_state(self, index: ActorIndex, place: str, sent: Span) -> bool:
        """Whether a sentence names a place coordinated with its state, as a target in its own right."""
        state = self._state_of(index, place)
        here = [m for m in index.mentions if len(m.keys) == 1 and sent.start <= m.start < sent.end]
        return any(0 < b.start - a.end <= 2 and all(t.lower_ in ("and", "or", ",") for t in sent.doc[a.end : b.start])
                   for a in here for b in here if {a.keys[0], b.keys[0]} == {place, state})

    def _own_camp(self, index: ActorIndex, sources: list[str], rejecting: bool = False) -> set[str]:
        """The actors and the states and bodies the sources act for; an armed group rejecting its own state's plan
        ("Hezbollah rejected the government's plan to disarm it") does not count that state as its own."""
        own = self._with_states(index, sources)
        if rejecting and self._insurgent(index, sources):
            own = {k for k in own if index.actors[k].kind != "Country"}
        return own

    def _insurgent(self, index: ActorIndex, keys: list[str]) -> bool:
        """Whether the actors are an armed group or speak for one, which may defy its own state."""
        return any(self._category(a) == "armed_group" for k in keys for a in [k, *index.actors[k].affiliations])

    def _spoken_of(self, f: Found, index: ActorIndex) -> list[str]:
        """Whom a statement is about, its audience unnamed: the first state or body other than the speaker's side that
        what was said names ("Saudi Arabia's foreign ministry said the kingdom was following events in Sudan")."""
        own = self._with_states(index, f.sources)
        return next(([k] for c in f.trigger.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree
                     if t.pos_ != "PRON" for k in self._actors_at(index, t)  # a body of no known state could stand
                     if k not in own and index.actors[k].kind in ("Country", "Organization")  # for no country
                     and not self._media(k) and self._state_of(index, k) not in own | {None}), [])

    def _named_in_the_fight(self, f: Found, sides: list[str], index: ActorIndex) -> list[str]:
        """The sides a mediation is between: the story's conflict, but with the armed group the sentence names in
        place of the story's other one ("Qatar's mediation ... urged him to press Hamas", in a readout that later
        condemns Hezbollah's attacks on Israel: Israel and Hamas)."""
        groups = list(dict.fromkeys(k for t in f.trigger.sent for k in self._actors_at(index, t)
                                    if self._category(k) == "armed_group" and k not in f.sources))
        if len(sides) != 2 or len(groups) != 1 or groups[0] in sides:
            return sides
        return [groups[0] if self._category(k) == "armed_group" else k for k in sides]

    def _protested_at(self, f: Found, index: ActorIndex) -> list[str]:
        """Whom a crowd's protest is aimed at: the state its purpose names ("to demand that Russia withdraw its
        troops", "against cartoons published in France"), else the crowd's own state, whose government it faces."""
        purposes = [c for c in f.trigger.children if c.dep_ in ("advcl", "xcomp", "ccomp", "prep")]
        named = [k for c in purposes for t in c.subtree for k in self._actors_at(index, t)
                 if index.actors[k].kind in ("Country", "Organization")]
        states = [self._state_of(index, k) or k for k in named]
        return list(dict.fromkeys(states))[:1] or self._states_of(index, f.sources)[:1]

    @staticmethod
    def _count(noun: Token) -> int:
        """The number a noun phrase gives ("at least 90 villagers", "1,200 people"), 0 when it gives none."""
        number = next((t for t in noun.lefts if t.dep_ == "nummod" and t.like_num), None)
        text = number.text.replace(",", "") if number is not None else ""
        return int(text) if text.isdigit() else 0

    def _victims_home(self, act: Token, sources: list[str], index: ActorIndex) -> list[str]:
        """Where an armed group's unnamed victims were ("RSF fighters killed hundreds of civilians during a rampage
        through El Geneina"): the state of a place the sentence names, else the state the group fights in."""
        within = {t.i for t in act.subtree}
        places = [k for t in act.sent for k in self._actors_at(index, t)
                  if (index.actors[k].kind == "Location" or (index.actors[k].kind == "Country" and t.i in within))
                  and t.i not in index.quoted]  # not "The United States condemns ... the M23, which has displaced"
        states = [self._state_of(index, k) or k for k in places]
        states = [k for k in states if k and index.actors[k].kind == "Country"] or self._states_of(index, sources)
        return states[:1]

    @staticmethod
    def _court(actor: Actor) -> bool:
        """Whether an actor is a court or tribunal, where a dispute is taken."""
        return actor.kind == "Organization" and any(w in actor.name.split() for w in ("Court", "Tribunal"))

    def _home_legislature(self, index: ActorIndex, key: str, sources: list[str]) -> bool:
        """Whether an actor is the speaker's own parliament ("told the House of Representatives")."""
        actor = index.actors[key]
        name = actor.name.lower().removeprefix("the ")
        return actor.kind == "Organization" and any(name == w or name.endswith(" " + w)
                                                    for w in self.lex["legislature_names"]) \
            and set(actor.affiliations) <= self._with_states(index, sources)

    def _media(self, key: str) -> bool:
        """A news outlet: it reports what was said, it is not who was spoken to."""
        return self._category(key) == "media"

    def _voiced_by_speaker(self, index: ActorIndex, clause: Token, sources: list[str]) -> list[str] | None:
        """ "Merkel said that Germany stood with the UK": the speaker, when the clause's subject is whom they speak
        for."""
        speakers = self._subject(clause.head, index)
        if speakers and set(sources) <= {a for k in speakers for a in index.actors[k].affiliations}:
            return speakers
        return None

    def _relation_marks(self, doc: Doc, index: ActorIndex) -> dict[int, str]:
        """Names before a hyphenated suffix ("Iranian-backed", "Greek-owned", "US-led"): token index -> suffix, found
        once per document."""
        marks = doc.user_data.get("dip_relation_marks")
        if marks is None:
            suffixes = {*self.lex["relation_suffixes"], *self.lex["brokering_suffixes"]}
            hyphens = np.flatnonzero(doc.to_array(ORTH) == HYPHEN).tolist() if len(doc) else []
            marks = {i - 1: doc[i + 1].lower_ for i in hyphens if 0 < i < len(doc) - 1
                     and doc[i + 1].lower_ in suffixes and index.mention_at(doc[i - 1]) is not None
                     and index.mention_at(doc[i - 1]).end == i}
            doc.user_data["dip_relation_marks"] = marks
        return marks

    def _agents(self, index: ActorIndex, subject: Token) -> list[str]:
        """Who a subject phrase is (not their backers: "the Iranian-backed rebels" are not Iran)."""
        return self._phrase_actors(index, subject, deep=False, acting=True)

    def _performative(self, trigger: Token) -> bool:
        """A statement's own act in the present tense: "The United States strongly condemns", "We welcome"."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        return verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in self.lex["performative_verbs"]

    def _meeting_place_code(self, index: ActorIndex, verb: Token, sources: list[str], targets: list[str]) -> str:
        """Where "X met Y in <place>" happened: Y's country is a visit (042), X's is hosting (043), else 044."""
        places = [k for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for o in c.children if o.dep_ == "pobj" for k in self._phrase_actors(index, o, allow_places=True)]
        where = {self._state_of(index, k) for k in places} - {None}
        if len(where) != 1:
            return "040"
        host = where.pop()
        if host in {self._state_of(index, k) for k in targets}:
            return "042"
        if host in {self._state_of(index, k) for k in sources}:
            return "043"
        return "044"

    def _states_of(self, index: ActorIndex, keys: list[str]) -> list[str]:
        """The states the actors are or act for, in order."""
        return [s for k in keys for s in [self._state_of(index, k)] if s]

    def _state_of(self, index: ActorIndex, key: str) -> str | None:
        """The state an actor is or acts for, or a place lies in."""
        actor = index.actors[key]
        if actor.kind == "Country":
            return key
        return next((k for k in actor.affiliations if index.actors[k].kind == "Country"), None)

    def _is_name(self, token: Token) -> bool:
        """Whether a token is part of an actor's name ("May" of "Theresa May"), whatever the parser made of it."""
        return token.doc._.actor_index.mention_at(token) is not None

    def _code_of(self, verb: Token) -> str:
        """The code a verb's own entry and prepositions give it: "called on X to ..." is an appeal."""
        entry = self.verbs.get(verb.lemma_, {})
        by_prep = entry.get("by_prep", {})
        prep = next((c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in by_prep), None)
        return (by_prep[prep] if prep else entry.get("code")) or ""

    def _misattached_conj(self, verb: Token) -> Token | None:
        """The finite verb a finite verbal act really coordinates with when the parser hung it on an infinitive, a
        past perfect, a modal clause or a quotation below ("welcomed Kenya's offer to lead a mission and thanked
        Brazil", "said Phnom Penh had asked the court to rule and called on Bangkok to accept it"): not for material
        acts, which a report may chain."""
        if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):
            return None
        head = verb.head
        quoted = verb.doc._.actor_index.quoted
        if head.i in quoted and verb.i not in quoted:  # 'said Washington "stands firmly with Guyana" and called on'
            return next((a for a in head.ancestors if a.i not in quoted and a.pos_ in ("VERB", "AUX")), None)
        if head.dep_ == "relcl" and verb.tag_ == "VBD" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                and self._code_of(verb)[:2] in ("10", "11", "12"):  # 'said there was "no evidence" the drone was
            return next((a for a in head.ancestors if self._is_speech(a)), None)  # Russian and accused NATO of'
        modal = verb.tag_ == "VBD" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in head.children)
        if not modal and (head.tag_ not in ("VB", "VBG", "VBN") or (head.tag_ == "VBN" and not any(
                c.dep_ == "aux" and c.lower_ == "had" for c in head.children))):
            return None  # but "said the Philippines would not be intimidated and called for": he called
        if self._code_of(verb)[:2] not in ("01", "02", "03", "04", "05", "10", "11", "12", "13"):
            return None
        return next((a for a in head.ancestors if a.tag_ in FINITE_TAGS and a.pos_ in ("VERB", "AUX")), None)

    def _tells_of(self, statement: Found, act: Found) -> bool:
        """Whether a bare statement only tells of the speaker's act in the same sentence; a consultation only when
        the statement's clause reports it of the speaker ("said it was in contact with"), not beside it."""
        sent = statement.trigger.sent
        if act.code.startswith("01") or not sent.start <= act.trigger.i < sent.end:
            return False
        if not act.code.startswith("04"):
            return True
        clause = self._clause_verb(act.trigger)
        return act.trigger.i in {t.i for t in statement.trigger.subtree} and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children)

    @staticmethod
    def _phrase_core(token: Token) -> Iterator[Token]:
        """A noun phrase's words without the clauses that modify it."""
        yield token
        for child in token.children:
            if child.dep_ not in ("acl", "relcl"):
                yield from InteractionFinder._phrase_core(child)

    def _described_object(self, token: Token) -> Token | None:
        """ "struck what Israel's military said were Hezbollah weapons depots": the object as someone described it."""
        return next((a for c in token.children if c.dep_ == "ccomp" and self._is_speech(c)
                     for inner in c.children if inner.dep_ == "ccomp" and any(
                         w.lower_ == "what" for w in inner.children if w.dep_ in SUBJECT_DEPS)
                     for a in inner.children if a.dep_ in ("attr", "oprd")), None)

    def _attributes_only(self, statement: Found, found: list[Found]) -> bool:
        """Whether a bare statement only names the source of another side's act told before it in the sentence
        ("..., the ministry said"): the story's attribution, not a statement of its own."""
        said = statement.trigger
        if said.dep_ == "advcl" and said.lemma_ == "speak" and self._is_speech(said.head):  # "..., officials said,
            said = said.head  # speaking on condition of anonymity": one attribution
        if statement.modality is not None or statement.specific_speech or not self._is_speech(said):
            return False
        if said.dep_ == "ccomp" and self._described_object(said.head) is not None:
            return True  # "struck what Israel's military said were Hezbollah weapons depots"
        subject = max((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i, default=None)
        if subject is None or subject.i < said.i and any(t.dep_ == "punct" and t.text != ","
                                                          for t in said.doc[subject.right_edge.i + 1:said.i]):
            return False
        start = min(subject.left_edge.i, said.i)
        sent = said.sent
        told = [g for g in found if sent.start <= g.trigger.i < sent.end
                and not set(g.sources) & set(statement.sources)]
        own = [g for g in found if g is not statement and sent.start <= g.trigger.i < sent.end
               and not (g.code.startswith("01") and {g.trigger.lemma_, statement.trigger.lemma_} & {"speak"}
                        and said in (g.trigger, g.trigger.head))  # "said, speaking on condition of anonymity"
               and set(g.sources) & set(statement.sources)]
        return not own and any(g.modality is None and g.trigger.i < start and said.doc[start - 1].text == ","
                               for g in told)

    def _declared_by_owner(self, act: Found, index: ActorIndex) -> bool:
        """Whether an act is what its doers declared themselves ready or decided to do ("Ukraine's readiness to")."""
        clause = act.trigger if act.trigger.pos_ in ("VERB", "AUX") else self._clause_verb(act.trigger)
        noun = clause.head
        if clause.dep_ != "acl" or not self._is(noun, "intent_nouns"):
            return False
        owners = [k for c in noun.children if c.dep_ == "poss" for k in self._phrase_actors(index, c, deep=False)]
        return bool(owners) and set(owners) <= set(act.sources)

    def _clause_verb(self, token: Token) -> Token:
        node = token
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        return node

    def _actors_at(self, index: ActorIndex, token: Token) -> list[str]:
        m = index.mention_at(token)
        return list(m.keys) if m else []

    def _phrase_actors(self, index: ActorIndex, token: Token, with_conj: bool = True,
                       allow_places: bool = False, deep: bool = True, acting: bool = False) -> list[str]:
        """Actors a noun phrase refers to: its head's mention and coordinated heads, else mentions inside it; what
        is acted on ("a Greek-owned tanker") is its owner's, who acts ("a Greek-owned ship fired") is not."""
        known = token.doc.user_data.setdefault("dip_phrase_actors", {})  # a phrase is asked about again and again
        asked = (token.i, with_conj, allow_places, deep, acting)
        if asked not in known:
            known[asked] = self._phrase_referents(index, token, with_conj, allow_places, deep, acting)
        return list(known[asked])

    def _phrase_referents(self, index: ActorIndex, token: Token, with_conj: bool, allow_places: bool, deep: bool,
                          acting: bool) -> list[str]:
        heads = [token] + ([c for c in token.conjuncts] if with_conj else [])
        keys: list[str] = []
        for h in heads:
            if acting and h.pos_ == "NOUN" and (h.lemma_ in self.private_nouns or h.lower_ in self.private_nouns):
                continue  # "British logistics companies supplying aid": firms, not their state
            if h.i in index.named_counterparts:  # "his Japanese and ROK counterparts, A and B": the people named
                keys.extend(k for k in index.named_counterparts[h.i] if k not in keys)
                continue
            hit = self._actors_at(index, h)
            named = [k for o in known_as(h) for k in self._actors_at(index, o)]
            if named:  # "the U.N. peacekeeping force in southern Lebanon, known as UNIFIL"
                keys.extend(k for k in named if k not in keys)
                continue
            if hit and (owner := index.mention_at(h)) and owner.end < h.right_edge.i and h.doc[owner.end].tag_ == "POS":
                # "the Department of the Treasury's Office of Foreign Assets Control" parsed at "Department": the Office
                hit = self._actors_at(index, h.doc[owner.end + 1]) or hit
            if hit:  # "Chinese and Indian troops": a coordinated modifier names a second actor
                placed = [(index.mention_at(h).start, n, k) for n, k in enumerate(hit)] + [
                    (cc.i, 0, k) for c in h.children if c.dep_ in ("amod", "nmod") and c.conjuncts
                    for cc in (c, *c.conjuncts) for k in self._actors_at(index, cc) if k not in hit]
                left = h.doc[h.left_edge.i : index.mention_at(h).start]
                if index.actors[hit[0]].kind == "Person" and any(t.lower_ == "and" for t in left):
                    # "Minister Kim Yong-hyun and Secretary Lloyd Austin" parsed as one name modifying another
                    placed += [(t.i, 0, k) for t in left for k in self._actors_at(index, t)
                               if index.actors[k].kind == "Person" and k not in hit]
                kind = index.actors[hit[0]].kind
                listed = [x for c in h.children if c.dep_ == "appos" and c.i > h.i for x in (c, *c.conjuncts)]
                if kind in ("Person", "Country") and listed and any(
                        t.lower_ == "and" for t in h.doc[h.i : listed[-1].i]):
                    # "Tiani, Mali's Colonel Assimi Goita and Burkina Faso's Captain Ibrahim Traore signed",
                    # "Mali, Burkina Faso and Niger recalled": a list the parser took for an apposition
                    placed += [(c.i, 0, k) for c in listed for k in self._actors_at(index, c)
                               if index.actors[k].kind == kind and k not in hit]
                hit = list(dict.fromkeys(k for _, _, k in sorted(placed)))
            if hit and all(k.startswith("office:") for k in hit):
                # "Pakistan's special envoy for Afghanistan, Mohammad Sadiq, was": the office holder the text names
                named = [k for t in h.subtree if t.dep_ == "appos" and t.i > h.i
                         for k in self._actors_at(index, t) if index.actors[k].kind == "Person"]
                hit = named[:1] or hit
            mods = [c for c in h.children if c.dep_ in ("amod", "compound") and c.i < h.i] \
                if not hit and h.pos_ == "NOUN" else []
            if len(mods) > 1 or any(g.dep_ == "conj" for c in mods for g in c.children):
                named = list(dict.fromkeys(k for c in mods for cc in sorted((c, *c.conjuncts), key=lambda x: x.i)
                                           for k in self._actors_at(index, cc)))
                hit = named if len(named) > 1 and all(index.actors[k].kind == "Country" for k in named) else hit
                # "Ukrainian, Russian and US delegations": each state named before them
            if not hit and h.lower_ in self.gaz.title_heads and h.i + 1 < len(h.doc):
                hit = self._actors_at(index, h.doc[h.i + 1])  # "Prime Minister Shehbaz Sharif" parsed at the title
            if not hit:
                # "the President of Ukraine, Volodymyr Zelenskyy": the person in apposition
                hit = [k for t in h.subtree if t.dep_ == "appos" and t.i > h.i
                       for k in self._actors_at(index, t) if index.actors[k].kind == "Person"][:1]
            if not hit and h.tag_ == "NNS":  # "Sudan's warring parties, the Sudanese Armed Forces and the RSF"
                hit = [k for t in h.children if t.dep_ == "appos" for x in (t, *t.conjuncts)
                       for k in self._actors_at(index, x)]
            if h.lower_ in self.gaz.partner_nouns:  # "Ukraine's partners, including the United States"
                hit = hit or [k for c in h.subtree if c.dep_ == "prep" and (c.lower_ == "including" or (
                    c.lower_ == "in" and c.head.i == h.i))  # "our partners in the African Union, Egypt, ..."
                    for o in c.children if o.dep_ == "pobj" for k in self._phrase_actors(index, o)]
                keys += [k for k in hit if k not in keys]
                continue
            if not hit:
                # "Russia's invasion of Ukraine": the possessor before anything the phrase goes on to name
                hit = [k for c in h.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ == "its")
                       for k in self._actors_at(index, c)]  # "attacked its territory": the state "its" stands for
                hit = [k for c in h.children if c.dep_ == "compound" for k in self._actors_at(index, c)
                       if set(hit) & set(index.actors[k].affiliations)
                       and "armed_group" in self.gaz.group_nouns.get(h.lower_, ())] or hit  # "Yemen's Huthi rebels"
            if not hit and h.dep_ == "dobj" and h.pos_ == "NOUN":  # "hosted senior officials from Egypt, Saudi
                hit = [k for c in h.head.children if c.dep_ == "prep" and c.lower_ == "from"  # Arabia and the UAE",
                       and c.i == h.right_edge.i + 1 for o in c.children if o.dep_ == "pobj"  # "from" hung on the verb
                       for k in self._listed(index, o)]
            if not hit and not acting:  # "a tanker belonging to Russia's shadow fleet": its owner
                hit = [k for c in h.children if c.dep_ == "acl" and self._is(c, "owning_verbs")
                       for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
                       for o in p.children if o.dep_ == "pobj" for k in self._phrase_actors(index, o, deep=True)]
            if not hit and not acting:  # "the Houthi-controlled port of Hodeidah": the Houthis'
                hit = [k for i, suffix in self._relation_marks(h.doc, index).items() if h.left_edge.i <= i < h.i
                       and suffix in self.lex["owner_suffixes"] for k in self._actors_at(index, h.doc[i])]
            if not hit:
                # "the leaders of both countries", "India's External Affairs Minister S Jaishankar",
                # "a visit by Israel's security minister"
                for child in h.children:
                    if child.dep_ == "acl" and child.tag_ == "VBN":  # "sanctions imposed by the EU", "a statement
                        # issued by G7 foreign ministers"
                        child = next((g for g in child.children if g.dep_ == "agent"), None)
                        if child is None:
                            continue
                    prep = child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("of", "for", "by")) or (
                        child.lower_ == "from" and h.lemma_ not in self.nouns) or (  # "gunmen from the IS"
                        child.lower_ == "in" and h.lemma_ not in self.nouns and h.lower_ not in self.nouns  # "a
                        # court in Belarus", not "talks with the United States in Oman"
                        and h.lemma_ not in self.gaz.bystander_nouns  # not "the U.N. Mission in Afghanistan"
                        and not any(c.dep_ in ("compound", "amod") and self._actors_at(index, c) for c in h.children)
                        and any(
                            index.actors[k].kind == "Country" for o in child.children
                            for k in self._actors_at(index, o)))
                    if prep or child.dep_ == "appos":
                        for obj in child.subtree if prep else [child]:
                            if (obj.dep_ in ("pobj", "appos") or (  # "the leaders of Sudan's warring parties"
                                    obj.dep_ in ("poss", "amod", "compound", "nmod") and obj.head.dep_ == "pobj"
                                    and obj.head.head == child  # "the assets of a German energy company",
                                    and (child.lower_ == "of" and obj.dep_ != "nmod" or child.lower_ == "by")
                                    and not self._actors_at(index, obj.head))) \
                                    and self._actors_at(index, obj):
                                hit = self._listed(index, obj)
                                break
                    if hit:
                        break
            if not hit:
                # "North Korea's missile test", "his Saudi counterpart", "Russian banks": the actor behind the thing
                for child in h.children:
                    if child.dep_ in ("poss", "amod", "compound", "nmod") and child.pos_ != "PRON" \
                            and self._actors_at(index, child):
                        hit = list(self._actors_at(index, child))  # "Indian and Chinese commanders": both
                        hit += [k for c in child.conjuncts for k in self._actors_at(index, c) if k not in hit]
                        break
            if not hit and h.pos_ in ("NOUN", "PROPN"):  # a premodifier parsed astray: "the RSF’ attack"
                hit = next((self._actors_at(index, t) for t in h.doc[h.left_edge.i : h.i]
                            if t.pos_ != "PRON" and self._actors_at(index, t)), [])
            if not hit and deep:
                # not what a clause inside says: "the efforts of X, who mediated between A and B" are X's
                inner, examples = self._asides(index, h)
                inner |= {c.i for t in h.children if t.dep_ == "acl" and not self._is(t, "owning_verbs")
                          for c in t.subtree}  # but "tankers belonging to Russia's shadow fleet": Russia's
                for scope in ([t for t in h.subtree if t.i not in inner | examples],
                              [t for t in h.subtree if t.i in examples - inner]):
                    hit = hit or list(dict.fromkeys(k for t in scope for k in self._actors_at(index, t)))
            if hit and h.tag_ == "NNS":  # "Taliban officials, including Interior Minister Sirajuddin Haqqani"
                hit = hit + [k for c in h.children if c.dep_ == "prep" and c.lower_ == "including"
                             for o in c.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
                             for k in self._actors_at(index, x) if index.actors[k].kind == "Person" and k not in hit]
            for k in hit:
                if k not in keys:
                    keys.append(k)
        if not allow_places:  # "visited Kharkiv": the state the place belongs to; "the Cabaret attack": where
            keys = [k for k in keys if not any(
                self.nouns.get(h.lemma_, {}).get("conflict") and index.actors[k].kind == "Location"
                and any(c.dep_ in ("compound", "amod") and k in self._actors_at(index, c) for c in h.children)
                for h in heads)]
            keys = list(dict.fromkeys(
                next(iter(index.actors[k].affiliations), k) if index.actors[k].kind == "Location" else k
                for k in keys if k in index.actors))
        doc = token.doc
        relational = {k for i, suffix in self._relation_marks(doc, index).items()
                      if suffix in self.lex["relation_suffixes"]
                      and (acting or suffix not in self.lex["owner_suffixes"])
                      and any(h.left_edge.i <= i <= h.right_edge.i for h in heads)
                      for k in self._actors_at(index, doc[i]) if not self._members(k, suffix, heads)}
        keys = [k for k in keys if k not in relational]  # "North Korean-made missiles", "the Iranian-backed rebels"
        if any(a in keys for k in keys if index.actors[k].kind == "Organization" for a in index.actors[k].affiliations):
            describing = {m.keys[0] for h in heads for t in h.subtree for m in [index.mention_at(t)]
                          if m is not None and m.end == t.i + 1 and len(m.keys) == 1 and m.end < len(doc)
                          and index.actors[m.keys[0]].kind == "Country"
                          for n in [index.mention_at(doc[m.end + (doc[m.end].lower_ in ("'s", "’s")
                                                                 and m.end + 1 < len(doc))])]
                          if n is not None and len(n.keys) == 1 and m.keys[0] in index.actors[n.keys[0]].affiliations}
            keys = [k for k in keys if k not in describing]  # "Afghan Taliban forces", "Yemen's Huthi rebels": the
            # group, not the state
        kinds = {k: index.actors[k].kind for k in keys if k in index.actors}
        # "Pakistan's Prime Minister Shehbaz Sharif" is the person, not also the country
        affiliated = {a for k in keys if kinds.get(k) == "Person" for a in index.actors[k].affiliations}
        return [k for k in keys if k in kinds and (allow_places or kinds[k] != "Location") and k not in affiliated
                and not self._open_water(index.actors[k])]

    def _asides(self, index: ActorIndex, phrase: Token) -> tuple[set[int], set[int]]:
        """Tokens of a phrase that name others than its referents: relative clauses on what someone else did ("X,
        who mediated", "the region, where they fought Ukraine"), what a thing links or carries, and examples
        ("cooperation between A and B, including ..."), which count only when nothing else in the phrase names
        anyone."""
        said_of_others: set[int] = set()
        examples: set[int] = set()
        for t in phrase.subtree:
            if (t.dep_ == "relcl" and (self._about_person(index, t) or any(
                    c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and c.lower_ not in RELATIVE_PRONOUNS
                    for c in t.children))) or (  # "the damage to a power cable linking Norway and the UK"
                    t.dep_ == "acl" and t.i != phrase.i and self._is(t, "connecting_verbs")):
                said_of_others.update(c.i for c in t.subtree)
            elif t.dep_ == "prep" and t.lower_ == "including":
                examples.update(c.i for c in t.subtree)
        return said_of_others, examples

    def _listed(self, index: ActorIndex, first: Token) -> list[str]:
        """The actors of a list that starts at a named actor, however the parser hung its members: "the Republic
        of Korea and Japan", "Japan, the Republic of Korea, Australia, Canada, and New Zealand"."""
        keys: list[str] = []
        todo, seen = [first], set()
        while todo:
            token = todo.pop(0)
            if token.i not in seen and not self._actors_at(index, token) and token.i != first.i:
                seen.add(token.i)  # "Georgia's Constitutional Court and the head of the Special Tasks Department"
                todo.extend(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj")
                continue
            if token.i in seen or not self._actors_at(index, token):
                continue
            seen.add(token.i)
            keys.extend(k for k in self._actors_at(index, token) if k not in keys)
            last = token.doc[index.mention_at(token).end - 1]
            todo.extend([*token.conjuncts, *last.conjuncts, *(c for c in token.children if c.dep_ == "appos")])
        return keys

    def _about_person(self, index: ActorIndex, clause: Token) -> bool:
        """A relative clause on a person ("Amir Sabah, who began mediating"): what it says is that person's act."""
        return clause.dep_ == "relcl" and any(index.actors[k].kind == "Person"
                                              for k in self._actors_at(index, clause.head))

    def _subject(self, token: Token, index: ActorIndex) -> list[str]:
        """The acting actors of a verb: its subject, or the subject of the clause it hangs from."""
        judged = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None) if (
            token.dep_ == "xcomp" and self._code_of(token.head).startswith(("11", "12"))) else None
        owners = [] if judged is None or self._actors_at(index, judged) else [
            k for c in judged.children if c.dep_ == "poss" for k in self._actors_at(index, c)]
        if owners:  # "condemned the China Coast Guard's maneuvers to block a vessel": the Coast Guard blocks it,
            return owners  # not "summoned the ambassador to protest"
        base = token
        while base.dep_ == "conj" and base.head.tag_ == "VBG":
            base = base.head  # "reaffirming support ... and rejecting Venezuela's claim"
        said_in = base.head if base.dep_ == "acl" else next(
            (c for c in base.head.children if c.dep_ == "dobj" and c.i < base.i and c.lemma_ in self.lex["light"]),
            None) if base.dep_ == "advcl" else None
        if token.tag_ == "VBG" and said_in is not None:  # "welcomed CARICOM's statement yesterday reaffirming
            owners = [k for c in said_in.children if c.dep_ == "poss" for k in self._actors_at(index, c)]
            if owners:  # support": the statement's owner says it
                return owners
        if token.dep_ == "acl" and token.head.dep_ in ("ROOT", "nsubj") and token.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "relcl" for c in token.head.children) and not any(c.dep_ == "agent" for c in token.children):
            actors = self._actors_at(index, token.head)  # "Qatar, which has mediated ..., called on both sides":
            if actors:  # the main verb the parser took for a modifier
                return actors
        seen = 0
        verb = token
        while verb is not None and seen < 6:
            seen += 1
            children = list(verb.children)
            children += [g for c in children if c.dep_ == "aux" for g in c.children]
            if verb.i == token.i and token.dep_ == "acl" and not any(c.dep_ in SUBJECT_DEPS for c in children):
                for agent in children:  # "talks mediated by Saudi Arabia": the agent acts
                    if agent.dep_ == "agent":
                        return [k for obj in agent.children if obj.dep_ == "pobj"
                                for k in self._phrase_actors(index, obj, deep=False)]
                if any(c.dep_ == "dobj" for c in children):  # "Israeli air strikes killed 20" parsed as a modifier
                    return self._agents(index, token.head)
            if not any(c.dep_ in SUBJECT_DEPS for c in children):
                # "Theresa May spoke" (the surname taken for a modal), "Kigali denies" (the capital for a modifier)
                named = [c for c in children if (c.dep_ == "aux" or (c.dep_ in ("amod", "compound", "npadvmod")
                                                                     and c.i < verb.i and verb.pos_ == "VERB"))
                         and self._is_name(c)]
                if named:
                    return [k for k in index.mention_at(named[0]).keys if index.actors[k].kind != "Location"]
            subjects = [c for c in children if c.dep_ == "nsubj"]
            if len(subjects) > 1 and all(c.i < verb.i for c in subjects) and subjects[1].left_edge.i > 0 \
                    and verb.doc[subjects[1].left_edge.i - 1].lower_ == "and":
                # "Tshisekedi and Kagame met": two subjects the parser did not coordinate
                return list(dict.fromkeys(k for c in subjects for k in self._agents(index, c)))
            if subjects:  # the subject nearest the verb: "Israeli strikes killed 20, the agency said"
                named = [c for c in subjects if self._agents(index, c)] or subjects  # not "Jr." of "Biden, Jr."
                subject = min(named, key=lambda c: abs(verb.i - c.i))
                doer = next((t for t in subject.subtree if t.dep_ == "appos" and self._agents(index, t)), None) \
                    if subject.lower_ == "thanks" else None
                if doer is not None:  # "Today, thanks to the leadership of President Trump, the Government of
                    return self._agents(index, doer)  # Belarus released 64 prisoners", parsed as the thanks acting
                return self._listed_before(index, verb, subject) + self._agents(index, subject)
            for child in children:
                if child.dep_ == "nsubjpass":
                    for agent in children:
                        if agent.dep_ == "agent":
                            for obj in agent.children:
                                return self._phrase_actors(index, obj, deep=False)
                    if verb.i != token.i and token.dep_ == "xcomp":
                        return self._phrase_actors(index, child, deep=False)  # "X is expected to meet Y"
                    return []
            if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and verb.head.i != verb.i:
                outer = self._misattached_conj(verb)
                if outer is not None:
                    verb = outer
                    continue
                if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and self._is_speech(verb.head.head) and not any(
                        c.dep_ in SUBJECT_DEPS and self._phrase_actors(index, c, deep=False)
                        for c in verb.head.children):
                    verb = verb.head.head  # "Hamas said the agreement was ... and thanked Qatar": Hamas thanked
                    continue
                if verb.dep_ in ("conj", "advcl") and self._is_speech(verb) and not self._is_speech(verb.head) \
                        and not self._code_of(verb.head):  # "X spoke with Y and urged Y to": X, whoever reports it
                    outer = self._speech_ancestor(verb.head)
                    if outer is not None:  # "X reiterated concerns that Russia has ... and emphasized ...": X did
                        verb = outer
                        continue
                verb = verb.head
                if verb.pos_ == "ADP" and verb.head.i != verb.i:
                    verb = verb.head  # "Belgium responded by expelling Rwandan diplomats"
                if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ != "ROOT":
                    owner = [k for c in verb.children if c.dep_ == "poss" for k in self._actors_at(index, c)]
                    speaker = self._subject(verb.head, index) if owner and verb.dep_ == "dobj" else []
                    if speaker and all(index.actors[k].kind == "Person" and set(owner) <= set(
                            index.actors[k].affiliations) for k in speaker):
                        return speaker  # "The Amir affirmed Qatar's commitment to continue working with": the Amir
                    if owner:
                        return owner  # "Germany's decision to send tanks": Germany sends them
                    verb = verb.head
                continue
            break
        return []

    def _listed_before(self, index: ActorIndex, verb: Token, subject: Token) -> list[str]:
        """ "Yoon, Li Qiang and Fumio Kishida met": the first of a listed subject, parsed as the verb's modifier."""
        if not subject.conjuncts:
            return []
        doc = verb.doc
        first = next((c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "nmod", "dep")
                      and c.i + 2 == subject.left_edge.i and doc[c.i + 1].text == ","), None)
        return [k for k in self._actors_at(index, first) if index.actors[k].kind != "Location"] if first else []

    def _partners(self, index: ActorIndex, token: Token, before_with: bool = False) -> list[str]:
        """Who acts "alongside" or "together with" the doer of an act; with `before_with`, also "with" before the
        verb ("Saudi Arabia, which with the United States hosted talks")."""
        near = [*token.children, *(g for c in token.children if c.dep_ in SUBJECT_DEPS for g in c.children)]
        preps = [c for c in near if c.dep_ == "prep" and (
            c.lower_ in self.lex["partner_preps"]
            or (c.i > 0 and f"{c.nbor(-1).lower_} {c.lower_}" in self.lex["partner_preps"])
            or any(f"{g.lower_} {c.lower_}" in self.lex["partner_preps"] for g in c.children if g.dep_ == "advmod")
            or (before_with and c.lower_ == "with" and c.i < token.i))]
        return [k for c in preps for o in c.children if o.dep_ == "pobj"
                for k in self._phrase_actors(index, o, deep=False)]

    def _credited(self, index: ActorIndex, token: Token) -> list[str]:
        """Who did what they are thanked or praised for: "thanked Egypt for its role, alongside Qatar, in mediating"
        is Egypt's and Qatar's mediation, not the thanker's."""
        if token.dep_ not in ("pobj", "pcomp") or token.head.dep_ != "prep" or not token.lower_.endswith("ing"):
            return []
        verb = token.head.head
        if not self._is(verb, "gratitude_verbs"):
            return []
        thanked = [c for c in verb.children if c.dep_ == "dobj"]
        partners = [k for w in (verb, token.head) for k in self._partners(index, w)]
        for prep in (c for w in (verb, *thanked) for c in w.children if c.dep_ == "prep" and c.lower_ == "for"):
            for noun in (o for o in prep.children if o.dep_ == "pobj" and o.i != token.i):
                owners = [k for c in noun.children if c.dep_ == "poss" for k in self._phrase_actors(index, c)]
                if owners:
                    return list(dict.fromkeys(owners + self._partners(index, noun) + partners))
        return list(dict.fromkeys(
            [k for c in thanked for k in self._phrase_actors(index, c, deep=False)] + partners))

    def _speech_ancestor(self, token: Token) -> Token | None:
        node = token
        for _ in range(3):
            if node.dep_ not in ("ccomp", "acl", "dobj", "relcl") or node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ == "VERB" and self._is_speech(node):
                return node
        return None

    @staticmethod
    def _particles(verb: Token) -> set[str]:
        """A phrasal verb's particles: "pulled its troops back", and "handed over 150 prisoners", where the parser
        took "over" for part of the number."""
        words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") or (  # "pulled out of Kherson"
            c.dep_ == "prep" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children))}
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return words | ({after.lower_} if after is not None and after.tag_ == "RP" else set())

    def _wished_performative(self, node: Token) -> bool:
        """ "I want to thank President Lukashenko", "we would like to congratulate": saying so does it."""
        return (node.dep_ == "xcomp" and node.lemma_ in self.lex["performative_verbs"]
                and node.head.lemma_ in ("want", "wish", "like")
                and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in node.head.children))

    def _is_speech(self, token: Token) -> bool:
        entry = self.verbs.get(token.lemma_, {})
        return bool(entry.get("speech") or entry.get("objects_table") == "emphasis"
                    or (entry.get("code") or "").startswith("02")
                    or ("speech_with" in entry and any(c.lower_ in entry["speech_with"] for c in token.children)))

    def _modality(self, token: Token) -> str | None:
        """Whether the text asserts the act: negated, future, hypothetical or hoped-for otherwise."""
        if token.pos_ == "NOUN" and (token.n_rights and any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in token.rights)
                                     or token.dep_ == "nsubj" and self._is(token.head, "continuing_verbs")):
            return None  # "to halt Russia's strikes on Ukrainian cities, which killed at least 31 civilians", "U.S.
            # strikes against Houthi targets will continue": they happened, they go on
        node = token
        named = False  # an act named as the object of another ("refused to condemn Russia's invasion") stays a fact
        for _ in range(6):
            if not named and any(c.dep_ == "neg" for c in node.children):
                return "negated"  # "would never recognise": the negation, whichever comes first
            for child in node.children:
                if child.dep_ == "aux" and child.lower_ in MODALS_FUTURE:
                    return "future"
                if child.dep_ == "aux" and child.lower_ in MODALS_HYPOTHETICAL and not self._is_name(child):
                    return "future" if child.lower_ == "would" and self._reported_will(node) else "hypothetical"
                if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                    return "hypothetical"
                if child.dep_ == "mark" and child.lower_ == "for" and node.dep_ != "ROOT" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
                    return "hypothetical"  # "clearing the way for Kenya to deploy police officers to Haiti"
                done = (node.head.lemma_ in self.lex["decision_heads"]  # "voted to launch": decided
                        or node.head.lemma_ in self.lex["summoning_verbs"]  # "summoned X to protest": protested
                        or (node.lemma_ in self.lex["courtesy_purposes"]  # "called X to congratulate her": done
                            and (self.verbs.get(node.head.lemma_, {}).get("code") or "").startswith("04")))
                if node.dep_ == "advcl" and child.dep_ == "aux" and child.lower_ == "to" and not named and not done:
                    return "hypothetical"  # a purpose: "collaborating with the UN to strike a deal", not the
                    # launch that a call "to discuss the DPRK's launch" was about
            if node.dep_ in ("xcomp", "acl", "pcomp", "advcl", "ccomp") and node.head.i != node.i:
                head = node.head
                if self._denied_after(node) or self._wished_performative(node):
                    return None
                if self._is(head, "negating_heads") and node.dep_ != "advcl" and not named:
                    return "negated"  # "denied launching strikes", "refused to condemn", "failed to agree"
                through = head.head if head.pos_ == "ADP" else head  # "interest in deepening cooperation"
                if self._is(through, "suspicion_heads"):
                    return "hypothetical"  # "two Palestinians suspected of launching the rockets": alleged
                if (self._is(head, "hope_lemmas") or self._is(through, "hope_lemmas")) and node.dep_ != "advcl":
                    return "hoped"
                if (self._is(head, "considering_heads") or self._is(head, "topic_heads")) and node.dep_ == "xcomp":
                    return "hypothetical"  # "threatened to impose sanctions", "discussed expanding"
                if node.dep_ == "xcomp" and (
                        head.lemma_ in self.lex["intent_lemmas"] or self._is(head, "future_heads")):
                    return "future"  # "agreed to hold talks": the talks are promised, not held
                if self._is(head, "permitting_heads") and node.dep_ in ("xcomp", "ccomp"):
                    return "hypothetical"  # "a law allowing its military to shoot down drones": allowed, not done
                if node.dep_ == "ccomp":
                    return None  # what a speaker says happened is reported as asserted
                if head.lemma_ in self.lex["hypothetical_nouns"] or (head.dep_ == "pobj" and head.head.lemma_ in
                                                                     self.lex["hypothetical_nouns"]):
                    return "hypothetical"
                if node.dep_ == "advcl" or head.lemma_ in self.lex["asserting_heads"]:
                    return None
                node = head
                continue
            if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and not (node.i == token.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
                node = self._misattached_conj(node) or node.head  # not "The door has not closed on diplomacy,
                continue  # and we urge Pyongyang to come to the table": a clause of its own
            if node.dep_ == "conj" and node.tag_ == "VBG" and node.head.pos_ == "NOUN":
                node = node.head  # "discussed efforts to end the war ... and expanding trade": what was discussed
                continue
            if node.dep_ == "dobj" and token.tag_ == "VBG" and self._is(node.head, "topic_heads"):
                return "hypothetical"
            if node.dep_ == "pobj" and node.head.head.lemma_ in self.lex["hypothetical_nouns"]:
                return "hypothetical"
            if node.dep_ == "pobj" and node.head.lower_ == "for" \
                    and node.head.head.lemma_ in self.lex["inviting_verbs"]:
                return "future"  # "invited Jovanovic and Krasniqi to Brussels for talks": the talks are to come
            if node.dep_ == "prep" and node.lower_ == "to" and any(
                    c.dep_ == "advmod" and c.lower_ == "forward" for c in node.head.children):
                return "future"  # "looks forward to President Trump's meeting with the Crown Prince"
            if node.dep_ == "dobj" and self._is(node.head, "considering_heads"):
                return "hypothetical"  # "is considering sanctions against Russia"
            if node.dep_ in ("dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr") and node.head.i != node.i:
                named = named or (token.pos_ in ("NOUN", "PROPN") and node.dep_ in ("dobj", "pobj")
                                  and node.head.lemma_ not in self.lex["nominal_light_verbs"])
                node = node.head
                continue
            break
        return None

    def _named_others(self, clause: Token, sources: list[str], subj_actors: list[str],
                      index: ActorIndex) -> list[str]:
        """The states and bodies a clause names, other than the speaker's side and the clause's subject."""
        own = self._with_states(index, sources) | set(subj_actors)
        return list(dict.fromkeys(k for t in clause.subtree if t.pos_ != "PRON" for k in self._actors_at(index, t)
                                  if k not in own and index.actors[k].kind in ("Country", "Organization")))

    def _insincere(self, clause: Token, sources: list[str], index: ActorIndex) -> list[str]:
        """Who a reported clause says is not serious about, committed to or interested in peace: a reproach."""
        for word in clause.subtree:
            if word.dep_ == "acomp" and word.lower_ in self.sincerity_words and any(
                    c.dep_ == "neg" for c in word.head.children):
                subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
                own = self._with_states(index, sources)
                return [k for k in (self._phrase_actors(index, subject, deep=False) if subject is not None else [])
                        if k not in own]
        return []

    def _denied_after(self, clause: Token) -> bool:
        """Whether a clause is told as fact and then denied by others ("X accused Kabul of ..., a charge the Taliban
        deny"), which the parser takes for the content of the denial."""
        return clause.dep_ == "ccomp" and clause.i < clause.head.i and (any(
            c.dep_ == "dobj" and self._is(c, "accusation_nouns") and c.i > clause.i for c in clause.head.children)
            or any(self._is(t, "accusation_nouns") for t in clause.doc[clause.right_edge.i + 1 : clause.head.i]))
        # "..., a charge Abu Dhabi has repeatedly denied", parsed with "charge" inside the denier's name

    def _reported_will(self, clause: Token) -> bool:
        """Whether "would" is a speaker's reported "will" for their own side: "Fidan said Turkey would continue to
        stand by the Syrian people", with no condition; not "Bihi said Ethiopia would recognise Somaliland"."""
        if clause.dep_ != "ccomp" or not self._is_speech(clause.head) or any(
                t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in clause.subtree):
            return False
        index = clause.doc._.actor_index
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        doers = self._phrase_actors(index, subject, deep=False) if subject is not None else []
        return self._own_side(index, self._subject(clause.head, index), doers, subject)

    def _crowd_subject(self, verb: Token) -> bool:
        """Whether a verb's subject is a crowd ("thousands", "protesters", "Iranians") rather than an office."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        return self._is(subject, "crowd_nouns") or (subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ == "NORP")

    def _is(self, token: Token, word_list: str) -> bool:
        """Whether a token's lemma or form is in one of the lexicon's word lists (the lemmatizer is not perfect)."""
        words = self.lex[word_list]
        return token.lemma_ in words or token.lower_ in words

    def _alleging(self, noun: Token) -> bool:
        """Whether a noun names an allegation: "the accusation", "Manila's claim that ...", not "a claim to land"."""
        return self._is(noun, "accusation_nouns") or noun.lemma_ == "claim" and any(
            c.dep_ in ("acl", "ccomp") for c in noun.children)

    def _labels_hostile(self, label: Token) -> bool:
        """Whether a label is hostile in itself: "a provocation", not "a legitimate response to Russian
        interference"."""
        answer = {t.i for p in label.subtree if p.dep_ == "prep" and p.lower_ in ("to", "against") for t in p.subtree}
        text = " " + "".join(t.text_with_ws.lower() for t in label.subtree if t.i not in answer).replace(" - ", "-")
        return self._hostile_label_pattern.search(text) is not None

    def _has_word(self, token: Token, words) -> bool:
        span = (token.left_edge.i, token.right_edge.i + 1)
        texts = token.doc.user_data.setdefault("dip_phrase_texts", {})  # a clause is searched for several lists
        if span not in texts:
            texts[span] = " " + token.doc[span[0] : span[1]].text.lower().replace(" - ", "-")
        known = self._word_patterns.get(id(words))
        if known is None or known[0] is not words:  # the lexicon's lists are searched again and again
            known = self._word_patterns[id(words)] = (words, any_of(words))
        return known[1].search(texts[span]) is not None

    # -- verbal triggers -------------------------------------------------------------------------------------

    def _verbal(self, doc: Doc, token: Token, index: ActorIndex, quoted: set[int],
                speaker: list[str] | None = None) -> list[Found]:
        entry = self.verbs.get(token.lemma_)
        if entry is None:
            return []
        if entry.get("particle") and not self._particles(token) & set(entry["particle"]):
            return []
        if (entry.get("ccomp_speech") or "speech_with" in entry and self._is_speech(token)) \
                and any(c.dep_ == "ccomp" for c in token.children):
            entry = {**entry, "code": "010", "speech": True}  # "vowed that Israel would be punished", "made clear
            # that if Russia does not stop the killing ...": words
        if entry.get("needs_crowd") and not self._crowd_subject(token):
            return []  # "thousands rallied", not "Iran rallied support"
        if entry.get("not_as_participle") and token.tag_ == "VBG" and token.dep_ in ("advcl", "conj"):
            return []  # "attacked the town, killing 14 civilians and torching dozens of homes": the attack is coded
        if token.dep_ == "relcl" and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in token.children):
            return []  # "the Senkaku Islands, which China calls the Diaoyu": a name, not a statement
        if entry.get("conflict") and token.dep_ == "acl" and token.head.lower_ in self.lex["legal_measure_nouns"]:
            return []  # "bounties targeting pro-democracy activists": a measure, not force
        if token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" and self._alleging(token.head):
            return []  # "Manila's claim that Chinese vessels had rammed a boat": alleged, not told as done
        if token.dep_ in ("acl", "xcomp") and token.head.lemma_ == "right":
            return []  # "have the right to protest peacefully": no protest yet
        if token.dep_ == "xcomp" and token.head.lemma_ == "be" and (entry.get("code") or "").startswith("11"):
            return []  # "Kinshasa was to blame": the one blamed
        if token.tag_ == "VBG" and token.dep_ == "advcl" and entry.get("conflict") \
                and self._code_of(token.head)[:2] in ("01", "02", "10", "11", "12"):
            return []  # "condemned the actions ..., injuring four service members": the deed's, not the speaker's
        if self._asked_or_intended(token) and not (speaker and token.dep_ == "xcomp" and (
                token.head.lemma_ in self.lex["intent_lemmas"] or token.head.lemma_ == "threaten")):
            return []  # "offered to mediate", "urged Abiy to commit": the intent or the appeal is the act
        if entry.get("agent_subject"):
            subject = next((c for c in (token.head if token.dep_ == "conj" and not any(
                c.dep_ in SUBJECT_DEPS for c in token.children) else token).children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.pos_ == "NOUN" and not self._actors_at(index, subject) and not (
                    (subject.lemma_ in self.gaz.title_heads or subject.lemma_ in self.gaz.descriptors)
                    and self._phrase_actors(index, subject, deep=True)):  # but "a senior commander of Iran's
                # Revolutionary Guards"
                return []  # "Iran's support to the Houthis threatens freedom of navigation": a thing, not a threat
        agent = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None) \
            if token.tag_ == "VBG" and token.dep_ == "conj" and entry.get("conflict") and not any(
                c.dep_ in (*SUBJECT_DEPS, "dobj") for c in token.children) else None
        if agent is not None:  # "condemned the attack and ramming by China Coast Guard vessels against a Philippine
            doers = [k for o in agent.children if o.dep_ == "pobj" for k in self._phrase_actors(index, o, deep=False)]
            victims = [k for o in agent.children if o.dep_ == "pobj"  # vessel": a noun the parser took for a verb
                       for k in self._prep_targets(index, o, entry.get("preps") or ["against", "on"], deep=True)]
            return [Found(doers, entry["code"], [k for k in victims if k not in doers], token)] if doers else []
        sources = speaker or self._credited(index, token) or self._subject(token, index)
        if len(sources) == 1 and not speaker and token.lemma_ in self.lex["intent_lemmas"] \
                and (entry.get("code") or "") == "030":  # several who agree together: one toward the others, below
            promised = [a for x in token.children if x.dep_ == "xcomp"
                        for a in self._verbal(doc, x, index, quoted, speaker=sources)
                        if a.targets and a.code[:2] in ("04", "05", "06", "07", "08")]
            if promised:  # "Indonesia agreed to expand joint military training with Australia": its promise of that
                return [Found(sources, self._intent_code(a.code), a.targets, token, self._modality(token))
                        for a in promised]
        if len(sources) == 1 and not speaker and token.lemma_ == "threaten":
            threatened = [a for x in token.children if x.dep_ == "xcomp"
                          for a in self._verbal(doc, x, index, quoted, speaker=sources)
                          if a.targets and self._by_prefix("threat_of", a.code)]
            if threatened:  # "threatened to recall its ambassador from Madrid": to cut ties with Spain
                return [Found(sources, self._by_prefix("threat_of", a.code), a.targets, token,
                              self._modality(token)) for a in threatened]
        if not sources and token.dep_ == "ccomp" and self._is_speech(token.head):
            subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.pos_ == "PRON":
                sources = self._subject(token.head, index)  # "prosecutors said they were investigating"
            elif subject is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
                # "Khan said his office was investigating", "Ali said his government had placed": whom they speak for
                sources = [next(iter(index.actors[k].affiliations), k) for k in self._subject(token.head, index)]
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if not sources and passive is not None and entry.get("venue_source_preps"):
            sources = [k for k in self._prep_targets(index, token, entry["venue_source_preps"])  # "was summoned to
                       if index.actors[k].kind in ("Organization", "Country")]  # the Foreign Office": it summoned
        if not sources and entry.get("crowd_code") and self._crowd_subject(token):
            # "Protesters stormed the Swedish embassy in Baghdad": a crowd of the country it gathered in
            sources = [k for t in [token, *[c for c in token.children if c.dep_ in ("dobj", "prep")
                                            for c in (c, *(g for g in c.children if g.dep_ == "pobj"))]]
                       for k in self._prep_targets(index, t, ["in"]) if index.actors[k].kind == "Country"][:1]
            # "rallied outside the Swedish embassy in Ankara": Turkey's
        if not sources:
            return []
        own_voice = False
        verbal = (entry.get("code") or "").startswith(("01", "02", "03", "04", "05", "10", "11", "12", "13"))
        clause = token.head if token.dep_ == "xcomp" and token.head.dep_ == "ccomp" else token  # "will continue to"
        if self._denied_after(clause):  # "It accused Kabul of sheltering fighters, a charge the Taliban deny"
            sources = self._subject(clause, index) or sources
        elif not speaker and verbal and clause.dep_ == "ccomp" and self._is_speech(clause.head) \
                and self._modality(token) in (None, "future") and not any(
                    c.dep_ == "aux" and c.lower_ == "had" for c in token.children):  # "had asked": a report
            speakers = self._voiced_by_speaker(index, clause, sources)
            if speakers:
                sources, own_voice = speakers, True
        dobj = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None) or next(
            (g for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VBG" and not any(
                a.dep_ in ("aux", "mark", "advmod") for a in c.children) for g in c.children
             if g.dep_ == "nsubj" and g.pos_ == "NOUN"), None) or next(  # "welcomed the statement ... affirming X"
            (o for c in token.children if c.dep_ == "prep" and c.lower_ in entry.get("object_preps", ())
             for o in c.children if o.dep_ == "pobj"), None) or (  # misparsed; "agreed on the need for X to act"
            self._described_object(token) if entry.get("conflict") else None)
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN") and (
                dobj is None or dobj.lower_ in RELATIVE_PRONOUNS) and not any(
                c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in token.children):
            dobj = token.head  # "the TTP, which Islamabad accuses of staging attacks", "a demand Yerevan rejected"
        elif token.dep_ == "conj" and token.head.dep_ == "relcl" and dobj is not None \
                and dobj.lower_ in RELATIVE_PRONOUNS and dobj.i > token.head.i:
            dobj = token.head.head  # "the bombing, which killed 11 civilians and which Islamic State has claimed"
        code, object_code = entry.get("code"), None
        targets: list[str] = []
        if passive is not None and any(c.dep_ == "agent" for c in token.children):
            targets = self._phrase_actors(index, passive, deep=True)  # "Netanyahu was urged by Blinken"
        conflict = entry.get("conflict", False)
        if entry.get("not_objects") and any(
                t.lemma_ in entry["not_objects"] or t.lower_ in entry["not_objects"]
                for c in token.children if c.dep_ in ("dobj", "npadvmod", "attr") for t in self._phrase_core(c)):
            return []  # "strike a deal"; not "welcomed Syria's pledge to protect returning refugees"
        if entry.get("objects_table") and dobj is not None:
            table = self.lex[entry["objects_table"]]
            phrase, dobj = dobj, self._tabled_object(dobj, table)  # "military and economic support for Ukraine"
            key = dobj.lower_
            if dobj.lower_ in ("position",) and any(c.lower_ == "clear" for c in token.children):
                key = "position clear"
            if key in table or dobj.lemma_ in table:
                code = table.get(key) or table[dobj.lemma_]
                about = [c for c in [*dobj.children, *phrase.children, *token.children]
                         if c.dep_ == "prep" and c.lower_ in ("at", "about", "over", "for", "to", "with")]
                if code == "012" and any(c.lower_ != "for" and not any(
                        self._is(o, "circumstance_nouns") for o in c.children) for c in about):
                    code = self.lex["emphasis_at_upgrade"]["012"]  # not "concern about the situation in X": 012
                if code == "051" and (any(t.lower_ in self.lex["material_support_words"]
                                          for t in dobj.subtree if t.i < dobj.i) or (
                        self._backs_a_party(index, about) and token.lemma_ not in ("voice", "express"))):
                    code = "030"  # "the UK's military and economic support", "reaffirmed support for Ukraine": a
                    # pledge; but "voiced strong support for Japan" praises
                if self._is(dobj, "intent_nouns"):  # "reiterated Ukraine's readiness for a ceasefire": its offer
                    code = next((self._intent_code(e["code"]) for c in about if c.lower_ in ("for", "to")
                                 for o in c.children if o.dep_ == "pobj"
                                 for e in [self.nouns.get(o.lower_) or self.nouns.get(o.lemma_) or {}]
                                 if e.get("code")), code)
                targets = self._object_targets(index, phrase, sources)
                backed = [k for c in about if c.lower_ == "for" for o in c.children if o.dep_ == "pobj"
                          for p in o.children if p.dep_ == "poss" for k in self._phrase_actors(index, p, deep=False)
                          if k not in sources] if code.startswith("05") else []
                targets = backed or targets  # "support for President Trump's willingness to engage with Kim": his
                owners = self._deed_owners(index, phrase, sources) if code.startswith("11") else []
                if owners:  # "objections to U.S. cooperation with the SDF": the United States, whose cooperation it is
                    targets = owners
                for prep in [] if owners else about:  # not "raised concerns about Iran's transfers ... to the
                    if prep.head.i == token.i:  # Houthis", which the parser hangs on the verb
                        targets += [k for k in self._object_targets(index, prep, sources) if k not in targets]
            elif entry["objects_table"] == "light":
                return []
        gives_aid = False
        supplied = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                    if o.dep_ == "pobj" and self._is(o, "aid_nouns")] if entry.get("aid") and dobj is not None and (
            self._phrase_actors(index, dobj, deep=False)) else []
        if supplied:  # "continues to supply the Houthis with weapons, funding, and training": to them
            recipient, dobj = dobj, supplied[0]
        if dobj is not None and (code == "030" or entry.get("aid")) and (self._is(dobj, "aid_nouns") or (
                entry.get("aid") and any(self._is(t, "aid_nouns") for t in dobj.subtree  # "a batch of missiles"
                                         if t.dep_ in ("dobj", "pobj", "conj") and t.head.lower_ not in ("to", "for"))
        )):
            words = {t.lower_ for t in dobj.subtree} | {t.lower_ for c in token.children if c.dep_ == "prep"
                                                         and c.lower_ == "in" for t in c.subtree}  # "yen in loans"
            kind = "military" if words & set(self.lex["military_aid_words"]) else (
                "humanitarian" if words & set(self.lex["humanitarian_aid_words"]) else (
                    "economic" if words & set(self.lex["economic_aid_words"]) else entry.get("aid_kind", "unstated")))
            if code == "030" or entry.get("aid_pledge"):  # "pledged more air defence systems", "announced $1 million
                # in humanitarian assistance": the promise of aid
                code = {"military": "0332", "humanitarian": "0333", "economic": "0331"}.get(kind, "033")
            else:  # "announced $1 billion in new aid for Ukraine": providing it; "a $750 million loan": economic
                code = {"military": "072", "humanitarian": "073", "economic": "071"}.get(kind, "070")
                gives_aid = True
            targets = self._phrase_actors(index, recipient, deep=False) if supplied else self._prep_targets(
                index, token, entry.get("preps") or ["to", "for"], deep=True) or [
                k for t in dobj.subtree if t.dep_ == "prep" and t.lower_ in ("to", "for")
                for k in self._prep_targets(index, t.head, [t.lower_], deep=True)] or self._helped(index, [
                    v for v in [*token.children, *dobj.subtree]  # "a 60-million-euro package to help Moldova cope"
                    if v.dep_ in ("acl", "advcl", "relcl", "xcomp") and v.lemma_ in ("help", "assist")])
        if entry.get("object_codes"):  # the object makes the code more specific: "expelled two diplomats"
            objects = [c for c in token.children if c.dep_ in ("dobj", "xcomp", "oprd", "acomp", "npadvmod")
                       or (c.dep_ == "ccomp" and not entry.get("speech"))  # "allowed aid trucks to enter Gaza"
                       or (c.dep_ == "nsubj" and entry.get("subject_words"))  # "a suicide bomber blew himself up"
                       or (c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in token.children))]  # "a French
            # tourist has been released by Iran"
            words = {t.lemma_ for c in objects for t in c.subtree} | {t.lower_ for c in objects for t in c.subtree}
            if dobj is not None and dobj.head is not token:  # "the bombing ... which Islamic State has claimed",
                owner = dobj.head.head if dobj.dep_ == "pobj" else dobj  # "the bombing at a market, which ..."
                words |= {dobj.lemma_, dobj.lower_, owner.lemma_, owner.lower_}
            object_code = next((v for k, v in entry["object_codes"].items() if k in words), None)
            if entry.get("home_object_codes") and any(  # "deployed police officers to its border with Libya":
                    g.dep_ == "poss" and g.lower_ in ("its", "their") for p in token.children  # at home, not abroad
                    if p.dep_ == "prep" and p.lower_ == "to" for o in p.children for g in o.children):
                object_code = next((v for k, v in entry["home_object_codes"].items() if k in words), object_code)
            code = object_code or code
        if entry.get("particle_codes"):  # "handed back six Colombian fishing boats": returned, not given
            code = next((entry["particle_codes"][w] for w in self._particles(token) if w in entry["particle_codes"]),
                        code)
        if entry.get("mass_count") and dobj is not None and self._is(dobj, "victim_nouns") \
                and self._count(dobj) >= entry["mass_count"]:
            code = entry["mass_code"]  # "JNIM fighters killed at least 90 villagers": a mass killing
        if entry.get("aggression_code") and self._alleges_aggression(token):
            code = entry["aggression_code"]  # "accused Azerbaijani troops of firing on an Armenian border post"
        if entry.get("accusation_code") and dobj is not None and self._is(dobj, "accusation_nouns"):
            code = entry["accusation_code"]  # "rejected the accusation": a denial
        if entry.get("subtree_codes"):  # "hit Russia with new sanctions"
            words = {t.lower_ for t in token.subtree}
            code = next((v for k, v in entry["subtree_codes"].items() if k in words), code)
        patient = dobj if dobj is not None else passive if targets else None  # "X was released by the Taliban"
        if code is None and entry.get("person_object_code") and patient is not None and (any(
                index.actors[k].kind == "Person" for k in self._phrase_actors(index, patient, deep=False)) or (
                patient.pos_ == "NOUN" and any(c.dep_ == "amod" and index.actors[k].kind == "Country"
                                               for c in patient.children for k in self._actors_at(index, c)))):
            code = entry["person_object_code"]  # "freed Evan Gershkovich", "freed an American schoolteacher"
        rolled = False
        if entry.get("place_object_code") and dobj is not None and any(
                index.actors[k].kind == "Location" for k in self._actors_at(index, dobj)):
            code = entry["place_object_code"]  # "the RSF seized El Fasher": territory of the state it lies in
            rolled = True
        rolled = rolled or code == "192"  # "took control of a strategic hilltop in Syria's Quneitra province"
        if code is None and entry.get("foreign_object_code") and dobj is not None and any(
                (self._state_of(index, k) or "") not in {"", *self._with_states(index, sources)}
                for k in self._actors_at(index, dobj)):
            code = entry["foreign_object_code"]  # "the court ordered Venezuela to refrain", not "ordered its army"
        named = [c for c in token.children if c.dep_ in ("oprd", "acomp") or (c.dep_ == "xcomp" and c.pos_ != "VERB")
                 or (c.dep_ == "prep" and c.lower_ == "as" and token.lemma_ != "call")]  # "described them as coercion"
        if entry.get("naming_code") and not named and dobj is not None and token.lemma_ != "call":
            named = [c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "as"]  # "as" hung on the object
        if entry.get("naming_code") and named:  # "called the Israeli government genocidal", "what it called attacks"
            hostile = any(self._labels_hostile(c) for c in named)
            code = entry["naming_code"] if hostile else "010"  # "called the operation proportionate": a statement
            if any(self._has_word(c, self.lex["annulling_labels"]) for c in named):
                code = "120"  # "declared the agreement null and void": a rejection of it
            agents = [o for c in [*token.children, *(p for n in named for p in n.children if p.lower_ == "by")]
                      if c.dep_ == "agent" or c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
            own = {a for k in sources for a in [k, *index.actors[k].affiliations]}
            label_names = named if dobj is None or dobj.pos_ == "PRON" else []  # "what it called X's attacks"
            for phrases in ([dobj], agents, label_names):  # what was named, else who did it, else who the label names
                targets = [k for c in phrases if c is not None
                           for k in self._phrase_actors(index, c, deep=True) if k not in own]
                if targets:
                    break
        talks = dobj if dobj is not None else token.head if token.dep_ == "acl" else None
        if entry.get("mediating_object") and talks is not None and self._has_word(talks, self.lex["diplomacy_words"]):
            parties = [k for k in self._prep_targets(index, talks, ["between"], deep=True) if k not in sources]
            if parties or code is None:  # "hosted talks between the two sides", "the talks facilitated by X"
                code, targets = "045", parties
        prep_coded = any(c.dep_ == "prep" and c.lower_ in entry.get("by_prep", {}) for c in token.children)
        if code is None and not prep_coded and not any(
                (c.dep_ == "xcomp" or (c.dep_ == "advcl" and self._to_infinitive(c))) and c.lemma_ in entry.get(
                    "xcomp", {}) for c in token.children):
            return []  # "raised the alert level", not "raised his case with Araghchi"
        if code and entry.get("crowd_code") and self._crowd_subject(token):
            code = entry["crowd_code"]  # "thousands protested", not a government's official complaint
        held = dobj if dobj is not None or not any(a.dep_ == "agent" for a in token.children) else passive
        nationals = [s for c in held.children if c.dep_ in ("amod", "compound")
                     for m in (c, *(g for g in c.children if g.dep_ in ("amod", "compound", "npadvmod")))
                     for k in self._actors_at(index, m) if (s := self._state_of(index, k)) and (
                         index.actors[k].kind == "Country" or self.gaz.names_a_force(index.actors[k].name))
                     ] if entry.get("national_targets") and held is not None and held.pos_ == "NOUN" else []
        if len(nationals) > 1:  # "a British-Iranian dual national" held by Iran: the UK's
            own = self._with_states(index, sources)
            nationals = [s for s in nationals if s not in own] or nationals
        if nationals:  # "detained a Japanese employee of drugmaker Astellas Pharma": Japan's national; "released 18
            # Cambodian soldiers": Cambodia's
            targets = nationals[:1]
        if entry.get("object_targets") and not nationals:  # "demanded the withdrawal of US troops", "demanded that
            # Russia free him"
            if dobj is not None:
                targets = self._object_targets(index, dobj, sources)
            for clause in (c for c in token.children if c.dep_ == "ccomp" and not targets):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                targets = self._phrase_actors(index, subject, deep=False) if subject is not None else []
        if entry.get("military_source") and any(
                index.actors[k].kind == "Country" or "military" in k or "armed forces" in index.actors[k].name.lower()
                for k in sources):
            weapon = next((c for c in token.children if c.dep_ == "nsubj"), None)
            weapon_entry = None if weapon is None else self.nouns.get(weapon.lower_) or self.nouns.get(weapon.lemma_)
            if weapon_entry and weapon_entry.get("conflict"):
                code = weapon_entry["code"] or entry["military_source"]  # "Israeli air strikes killed nine people"
            elif code != entry.get("mass_code") or object_code is None:  # killing by a state's forces is military
                code = entry["military_source"]  # force, not terror; but "soldiers killed hundreds of civilians" is
                # a mass killing
        if entry.get("xcomp"):
            for c in token.children:
                infinitive = c.dep_ == "advcl" and self._to_infinitive(c)
                if (c.dep_ == "xcomp" or infinitive) and c.lemma_ in entry["xcomp"]:  # "offered on Tuesday to mediate"
                    c = next((g for g in c.children if g.dep_ == "xcomp" and g.lemma_ in entry["xcomp"]), c) if (
                        c.lemma_ == "help") else c  # "offered to help broker an end to the war"
                    needs_targets = entry.get("xcomp_needs_targets", ())
                    c = next((g for g in c.conjuncts if g.lemma_ in entry["xcomp"] and g.lemma_ not in needs_targets),
                             c) if c.lemma_ in needs_targets else c  # "offered to host and mediate a new round of
                    # talks": an offer to mediate
                    preps = entry.get("xcomp_preps", ["between", "with", "to"])
                    own = self._with_states(index, sources)  # not "to host talks ... in Beijing": China's own
                    targets = [k for k in self._prep_targets(index, c, preps, deep=True) if k not in own] or [
                        k for o in c.children if o.dep_ == "dobj"  # "offered to host talks between A and B"
                        for k in self._prep_targets(index, o, preps, deep=True)] or [
                        k for o in token.children if o.dep_ == "dative"  # "gave Belgian diplomats 48 hours to leave"
                        for k in self._phrase_actors(index, o, deep=False)]
                    if targets or c.lemma_ not in needs_targets:
                        code = entry["xcomp"][c.lemma_]
                    if not targets and code == "039":  # "to mediate a new round of talks on divided Cyprus"
                        targets = [k for o in c.children if o.dep_ == "dobj"
                                   for k in self._phrase_actors(index, o, deep=True) if k not in own]
                    words = {t.lower_ for t in dobj.subtree} if dobj is not None else set()
                    code = next((v for k, v in entry.get("xcomp_object_codes", {}).items() if k in words), code)
        if code is None and not prep_coded:
            return []
        # "called the Israeli government genocidal", "raised its alert level ... with": the words decide, not "with"
        by_prep = {} if (entry.get("naming_code") and named) or object_code or "off" in self._particles(token) \
            else entry.get("by_prep", {})  # not "called off talks ... on Friday"
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ in by_prep:
                targets = self._prep_targets(index, token, [c.lower_], deep=c.lower_ != "for")  # "for a truce in X"
                courtesy = c.lower_ in entry.get("visit_preps", ()) and not any(
                    x.dep_ in ("xcomp", "ccomp", "advcl") for x in [*token.children, *c.subtree]) and any(
                    index.actors[k].kind == "Person" for k in targets)  # "called on the President", not on parties
                code = entry.get("visit_code", code) if courtesy else by_prep[c.lower_]  # "called on the President"
                break
        if code is None:
            return []
        hosted = [k for k in self._phrase_actors(index, dobj, deep=False) if index.actors[k].kind == "Person"] if (
            dobj is not None and entry.get("host_preps")) else []
        if hosted and any(c.dep_ == "prep" and c.lower_ in entry["host_preps"] for c in token.children):
            code, targets = "043", hosted  # "welcomed President Prabowo to Downing Street": hosting his visit
        if entry.get("needs_words") and not self._has_word(token, entry["needs_words"]) and not (
                token.dep_ == "xcomp" and token.head.lemma_ in entry.get("or_after", ())):
            return []  # "stood in solidarity with the UK", "will continue to stand with", not "stood at the podium"
        if entry.get("needs_object") and (dobj is None or dobj.lemma_.lower() not in entry["needs_object"]):
            return []
        if entry.get("needs_person_object") and (dobj is None or not any(
                index.actors[k].kind == "Person" for k in self._phrase_actors(index, dobj, deep=False))):
            return []  # "received Iranian President Raisi", not "received a call"
        if entry.get("needs") and not any(
            (n == "dobj" and dobj is not None)
            or (n == "actor_object" and dobj is not None and self._phrase_actors(index, dobj, deep=False))
            or any(c.dep_ == "prep" and c.lower_ == n for c in token.children)
            for n in entry["needs"]
        ):
            return []
        if entry.get("trailing_preps"):  # "attributed a campaign of attacks on ... to the GRU"
            hung = [t for t in token.subtree if t.dep_ == "prep" and t.lower_ in entry["trailing_preps"]]
            targets = [k for t in hung[-1:] for o in t.children if o.dep_ == "pobj"
                       for k in self._phrase_actors(index, o, deep=False)]
        elif not targets:
            if dobj is not None and not entry.get("speech") and not entry.get("objects_table") \
                    and not entry.get("topic_object"):
                listed = [k for t in token.subtree if t.dep_ == "prep" and t.lower_ == "including"
                          and self._clause_verb(t.head) == token
                          for o in t.children if o.dep_ == "pobj"
                          for k in self._phrase_actors(index, o, deep=False)] if (code or "").startswith("16") else []
                listed = [k for k in listed if index.actors[k].kind in ("Organization", "Person")]  # not "Dubai-based"
                deep = conflict or rolled or entry.get("deep_object", False)  # "deported thousands of Afghans"
                targets = listed or [k for k in self._phrase_actors(index, dobj, allow_places=conflict or rolled,
                                                                    deep=deep)
                                     if k not in sources]  # "Armenia recalled its ambassador from Moscow"; "is
                # sanctioning five entities based in China and the UAE, including Qilin Bay Electronics": those named
                if not targets and entry.get("deep_object"):  # "lifted most of its sanctions on Syria"
                    targets = [k for t in dobj.subtree if t.dep_ == "prep" and t.lower_ in entry.get("preps", ())
                               for o in t.children if o.dep_ == "pobj"
                               for k in self._phrase_actors(index, o, deep=False) if k not in sources]
            hung = [c for c in token.children if c.dep_ in ("advmod", "prep") and c.lower_ in entry.get("particle", ())]
            targets += [k for t in [token, *hung]
                        for k in self._prep_targets(index, t, entry.get("preps", []), allow_places=conflict)
                        if k not in targets]  # "pulled its troops back from ...": the "from" the parser hung on "back"
            if entry.get("speech") and dobj is not None and token.lemma_ in ("tell", "remind", "warn"):
                targets = self._phrase_actors(index, dobj, deep=False)
        # "the two officials discussed cooperation with Japan": each other, not Japan
        among_themselves = entry.get("symmetric") and len(sources) > 1
        if not targets and dobj is not None and not entry.get("speech") and not among_themselves \
                and not entry.get("trailing_preps"):
            # "signed a pact with Papua New Guinea", "severed relations with Israel", "suspended talks with the US"
            victims = code.startswith("11") and (self.nouns.get(dobj.lemma_, {}).get("conflict") or self._is(
                dobj, "deed_nouns"))  # "condemned the attack on X": X is its victim, not the one condemned
            more = ["with"] if entry.get("topic_object") else ["with", "to"] if victims else [
                "with", "to", "on", "against"]  # "views on X": a topic
            targets = self._prep_targets(index, dobj, [*entry.get("preps", []), *more], deep=True)
        if not targets and not entry.get("speech") and not entry.get("targets_from_preps") and not among_themselves:
            for x in token.children:
                infinitive = x.dep_ == "advcl" and self._to_infinitive(x) \
                    and not any(a.dep_ in SUBJECT_DEPS for a in x.children)  # not "call on X to halt"
                if (x.dep_ == "xcomp" or infinitive) and x.lemma_ not in entry.get("xcomp", {}):
                    preps = ["against", "on", "with", "to", "at"]
                    targets = self._prep_targets(index, x, preps, allow_places=conflict)
                    obj = next((c for c in x.children if c.dep_ == "dobj"), None)
                    if not targets and obj is not None:  # "threatened to launch a strike against the US"
                        targets = self._prep_targets(index, obj, preps, allow_places=conflict)
                    if not targets and not conflict and obj is not None:
                        targets = self._phrase_actors(index, obj, deep=False)
                    break
        if not targets and code.startswith("13"):  # "threatened to close the crossing if Bogota did not act"
            own = self._with_states(index, sources)
            conditions = [[k for x in c.children if x.dep_ in SUBJECT_DEPS  # "if Britain, France and Germany ..."
                           for k in self._phrase_actors(index, x, deep=False) if k not in own]
                          for c in token.subtree if c.dep_ == "advcl" and any(
                              m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
            targets = next((keys for keys in conditions if keys), [])
        if not targets and code.startswith("02"):  # "asked for additional U.S. support": of whom it is asked
            own = self._with_states(index, sources)
            targets = [k for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                       if o.dep_ == "pobj" for k in self._phrase_actors(index, o, deep=False) if k not in own][:1]
        if not targets and code.startswith(("02", "10")):
            # "We call on X to halt ...", "urge X to end ...": the parser made the addressee the infinitive's subject
            for x in token.children:
                subject = next((c for c in x.children if c.dep_ == "nsubj"), None)
                if x.dep_ in ("ccomp", "xcomp", "advcl") and subject is not None and self._to_infinitive(x):
                    targets = [k for k in self._phrase_actors(index, subject, deep=False) if k not in sources]
                    break
        if not targets and code.startswith("02") and token.dep_ == "advcl":
            head_entry = self.verbs.get(token.head.lemma_, {})
            if head_entry.get("symmetric"):
                targets = self._prep_targets(index, token.head, head_entry.get("preps", []))
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if not targets and clause is not None and entry.get("object_codes") and not entry.get("speech"):
            # "found Rico Krieger guilty", "allowed the convoy to enter the Gaza Strip"
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
            targets = (self._phrase_actors(index, obj, allow_places=True) if obj is not None else []) or (
                self._phrase_actors(index, subject) if subject is not None else [])
        if not targets and code.startswith(("13", "15")):  # "called up reservists ahead of an offensive against Hamas"
            targets = [k for t in token.subtree if t.dep_ == "prep" and t.lower_ in ("against", "toward", "towards")
                       for k in self._prep_targets(index, t.head, [t.lower_])]
        if not targets and dobj is not None and code == "057":  # "signed a treaty handing sovereignty of the Chagos
            targets = [k for c in [*dobj.children, *token.children]  # Islands to Mauritius": with Mauritius
                       if c.dep_ in ("acl", "relcl") or (c.dep_ == "advcl" and c.tag_ == "VBG")
                       for k in self._prep_targets(index, c, ["to", "with"], deep=True) if k not in sources]
        if not targets and dobj is not None and code.startswith("16"):  # "paused programs benefiting Niger's army"
            targets = self._object_targets(index, dobj, sources)
        if not targets and (entry.get("fallback_preps") or conflict):  # "bombed more than 60 targets in Yemen"
            held = [token, dobj] if entry.get("fallback_preps") and dobj is not None else [token]  # "a truce in X"
            own = self._with_states(index, sources)
            places = [o for h in held for c in h.children if c.dep_ == "prep"
                      and c.lower_ in entry.get("fallback_preps", ["in"]) for o in c.children if o.dep_ == "pobj"]
            def foreign_places(keys: list[str]) -> list[str]:
                return [k for k in keys if index.actors[k].kind in ("Country", "Location") and k not in own]

            for o in places:  # places only: not "in retaliation for X's attacks"; "along its border with Cambodia"
                targets = foreign_places(self._phrase_actors(index, o, allow_places=True, deep=True))
                if not targets:  # the phrase names the actor's own side: what it holds, "with Cambodia"
                    targets = foreign_places([k for t in o.subtree if t.dep_ == "pobj"
                                              for k in self._actors_at(index, t)])
                targets = targets[:1]
                if targets:
                    break
        consequence = token.dep_ == "advcl" and token.tag_ == "VBG" and self.verbs.get(token.head.lemma_, {}).get(
            "conflict")  # "attacked southern Israel, killing about 1,200 people": the attack's toll, not an act
        if not targets and conflict and not consequence and ((code or "").startswith("20") or (
                self._insurgent(index, sources) and dobj is not None and self._is(dobj, "victim_nouns"))):
            targets = self._victims_home(token, sources, index)
        if conflict:  # "fired 18 ballistic missiles toward its eastern waters": its own waters are no target
            targets = [k for k in targets if k not in sources]
        if entry.get("needs_target") and not targets and not (conflict and self._at_shipping(token)):
            if not entry.get("untargeted_code") or not self._has_word(token, self.lex["missile_words"]):
                return []
            code = entry["untargeted_code"]  # "fired two ballistic missiles into the sea": a show of force, not
            # "fired two anti-ship ballistic missiles at the bulk carrier M/V Atlas Dawn"
        symmetric = bool(entry.get("symmetric")) and not (object_code is None and code != entry.get("code")
                                                          and not code.startswith(("03", "04", "05", "06")))
        if code.startswith("04") and not targets and code != "045" and not (  # mediation parties may be implicit
                code == "043" and self._names_told_meeting(token)):  # "the meeting, hosted by X": those who met
            if len(sources) > 1 and symmetric:
                targets = sources[1:]
                sources = sources[:1]
            elif entry.get("statement_without_target"):
                code = "010"
            else:
                return []
        if code.startswith("04") and code == "040" and self._phone_cue(doc, token):
            code = "041"
        elif code == "040" and targets:
            code = self._meeting_place_code(index, token, sources, targets)
        if code in ("020", "100"):  # "urged Russia to release the prisoners": an appeal for release
            code = next((t[code[:2]] for t in self.lex["request_topics"] if self._has_word(token, t["words"])), code)
        if code == "030" and (self._has_word(token, self.lex["diplomacy_words"]) or any(
                x.dep_ == "xcomp" and self._code_of(x).startswith("04") for x in token.children)):
            code = "036"  # "agreed to hold talks", "the leaders agreed to meet at the summit"
        code, targets = self._as_mediation(index, token, sources, code, targets)  # "offered to help broker peace"
        if code.startswith(("11", "12")) and dobj is not None:
            heads = [*dobj.children, *(token.children if passive is None else ())]
            heads += [g for c in heads if c.dep_ == "prep" and c.lower_ == "as"  # "as a provocation by the Kremlin"
                      for o in c.children if o.dep_ == "pobj" for g in o.children]
            agents = [k for c in heads if c.dep_ == "prep" and c.lower_ == "by"
                      for o in c.children if o.dep_ == "pobj" for k in self._phrase_actors(index, o)
                      if k not in sources]
            if agents:  # "condemns the detention of Roberto Marrero by the intelligence service": of its doer
                targets = agents
        modality = self._modality(token)
        results = []
        if entry.get("speech") and not gives_aid:
            results.extend(self._speech_content(token, sources, index))
            for n, r in enumerate(results):  # what the speaker's own words carry keeps those words
                r.quotes = [doc[a : b + 1].text for a, b in self._quotes_of(token, quoted)]
                if n == 0:  # '"We call on both sides ...," Lin said, adding that ...': the quotation is read once
                    r.quote_spans = self._quotes_of(token, quoted)
            if entry.get("needs_speech_context") and not self._near_quote(token, quoted):
                return results
            if results and code == "010":
                for r in results:
                    r.specific_speech = True
                return results
            if token.lemma_ == "agree" and code == "030" and any(c.dep_ == "ccomp" for c in token.children) and (
                    results or not any(a.dep_ == "aux" and a.lower_ in MODALS_FUTURE | {"would"}
                                       for c in token.children if c.dep_ == "ccomp" for a in c.children)):
                return results  # what they agreed on, not also agreeing; but "agreed that their teams would
                # remain in close touch" is the agreement to cooperate itself
        quote_spans = self._quotes_of(token, quoted)
        quotes = [doc[a : b + 1].text for a, b in quote_spans]
        if symmetric and len(sources) > 1:  # "fought heavy battles around the town of Uvira": each other, not the town
            targets = [k for k in sources[1:] + targets if not (conflict and index.actors[k].kind == "Location")]
            sources = sources[:1]
        if rolled:  # "seized El Fasher from the Sudanese Armed Forces": from whom, else the place's state
            holders = [k for a in (dobj.children if dobj is not None else ()) if a.dep_ == "appos"
                       for p in a.children if p.dep_ == "poss"
                       for k in self._phrase_actors(index, p, deep=False)]  # "El Fasher, the army's last stronghold"
            targets = self._prep_targets(index, token, ["from"]) or holders or list(dict.fromkeys(
                self._state_of(index, k) or k for k in targets))
        own = self._own_camp(index, sources, rejecting=code.startswith("12"))
        targets = [t for t in targets if t not in own]  # "scrambled Polish aircraft": its own
        if code == "045":  # "mediated the talks together with Roosevelt Skerrit", "which with the US hosted talks"
            sources = sources + [k for k in self._partners(index, token, before_with=True)
                                 if k not in sources + targets]
        sides = [sources] if not (symmetric and conflict and targets) else [[k] for k in sources + targets]
        for side in sides:  # "Thai and Cambodian troops clashed": each side fought the other
            others = [k for k in sources + targets if k not in side] if len(sides) > 1 else targets
            results.append(Found(side, code, others, token, modality, quotes, quote_spans, specific_speech=own_voice))
        if code.startswith(("016", "12")) and dobj is not None and self._alleging(dobj):
            accusers = [k for c in dobj.children if c.dep_ == "poss"  # "denies the Cuban Foreign Ministry's claim
                        for k in self._phrase_actors(index, c, deep=False) if k not in own]  # that ...": its charge
            for r in results:  # "Iran denied Albania's accusation that ...": toward Albania
                r.targets = r.targets or accusers
            if accusers:  # against the denier's state
                results.append(Found(accusers, "112", list(dict.fromkeys(
                    self._state_of(index, k) or k for k in sources)), dobj, modality))
        return results

    def _backs_a_party(self, index: ActorIndex, preps: list[Token]) -> bool:
        """Whether support is for a state or body itself ("for Ukraine", "for NATO"), not for its cause
        ("for Guyana's sovereignty") or a person."""
        for prep in (p for p in preps if p.lower_ == "for"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                keys = self._actors_at(index, obj)
                if keys and all(index.actors[k].kind in ("Country", "Organization") for k in keys):
                    return True
        return False

    def _tabled_object(self, dobj: Token, table: dict) -> Token:
        """The object word the table knows: "the UK's unwavering military, economic and political support"."""
        if dobj.lower_ in table or dobj.lemma_ in table:
            return dobj
        for c in dobj.children:
            if c.dep_ in ("appos", "conj") and (c.lower_ in table or c.lemma_ in table):
                return c
        nouns = [t for t in dobj.subtree if t.pos_ == "NOUN" and (t.lower_ in table or t.lemma_ in table)]
        return nouns[-1] if nouns else dobj

    def _phone_cue(self, doc: Doc, token: Token) -> bool:
        sent = token.sent.text.lower()
        title = (doc._.title or "").lower()
        return "phone" in sent or "telephone" in sent or " call" in f" {title}"

    def _near_quote(self, token: Token, quoted: set[int]) -> bool:
        sent = token.sent
        return any(t.i in quoted for t in sent)

    def _quotes_of(self, token: Token, quoted: set[int]) -> list[tuple[int, int]]:
        """The direct quotations a speech verb introduces: in its sentence, or running up to or on from it."""
        if self.verbs.get(token.lemma_, {}).get("speech") is not True:
            return []
        sent = token.sent
        doc = token.doc
        runs = doc.user_data.setdefault("dip_quote_runs", {})  # runs of quoted tokens, found once per document
        if len(quoted) not in runs:
            spans: list[list[int]] = []
            for i in sorted(quoted):
                if spans and i == spans[-1][-1] + 1:
                    spans[-1].append(i)
                else:
                    spans.append([i])
            runs[len(quoted)] = spans
        spans = runs[len(quoted)]
        mine: list[tuple[int, int]] = []
        opening = bool({":", ","} & {t.text for t in doc[sent.end - 2 : sent.end]})
        for span in spans:
            first, last = span[0], span[-1]
            if last < sent.start - 3 or len(span) <= 2:
                continue  # before the sentence and what introduces it, or too short to be a quotation
            if first > sent.end + 4 and not (mine and first - mine[-1][1] <= 4):
                break  # the quotations are in order: none later can be this sentence's
            inside = sent.start <= first < sent.end or sent.start <= last < sent.end
            # “...,” he said / X said, “...”: the quote parsed as a sentence of its own
            before = sent.start - 3 <= last < sent.start and "," in {
                doc[last].text, doc[min(last + 1, len(doc) - 1)].text}
            after = opening and sent.end <= first <= sent.end + 4 and all(
                t.is_space or t.text in QUOTES_OPEN for t in doc[sent.end : first])  # 'said:' and the next paragraph
            continues = bool(mine) and first - mine[-1][1] <= 4 and all(  # the next paragraph of the same quotation
                t.is_space or t.text in ("“", '"', "”") for t in doc[mine[-1][1] + 1 : first])
            if inside or before or after or continues:
                mine.append((first, last))
        return mine

    def _prep_targets(self, index: ActorIndex, token: Token, preps, allow_places: bool = False,
                      deep: bool = False) -> list[str]:
        keys: list[str] = []
        children = [x for c in token.children for x in (c, *(c.conjuncts if c.dep_ == "prep" else ()))]
        # "by phone with", "met at the White House with X": a preposition inside the means or the venue
        children += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "via", "over", "at", "in")
                     for o in c.children if o.dep_ == "pobj" for g in o.children
                     if g.dep_ == "prep" and (c.lower_ not in ("at", "in") or g.lower_ == "with")]
        for c in children:  # "on several commanders and on Rwandan officers": coordinated prepositions too
            if c.dep_ in ("prep", "dative", "conj") and c.lower_ in preps:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        named = self._named_after(index, obj) or self._phrase_actors(
                            index, obj, allow_places=allow_places, deep=deep or allow_places)
                        for k in named:
                            if k not in keys:
                                keys.append(k)
            if c.dep_ == "advmod" and c.lower_ == "separately":
                continue
        return keys

    def _named_after(self, index: ActorIndex, noun: Token) -> list[str]:
        """The parties a plural noun names right after it, set off by commas, which the parser may take for the next
        clause's subject: "called on Sudan's warring parties, the SAF and the RSF, to agree"."""
        doc = noun.doc
        if noun.lower_ not in self.lex["party_nouns"] or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
            return []
        end = next((t.i for t in doc[noun.i + 2 : noun.sent.end] if t.text in (",", ";", ":") or t.lower_ == "to"),
                   None)
        if end is None:
            return []
        named = [k for t in doc[noun.i + 2 : end] for k in self._actors_at(index, t)]
        return list(dict.fromkeys(named)) if len(set(named)) > 1 else []

    def _harm_reported(self, token: Token, sources: list[str], index: ActorIndex) -> list[Found]:
        """ "Russia's drone attack, which President Zelenskyy said had killed three people": the victim's side
        accuses the attacker (1123)."""
        if token.dep_ != "relcl":
            return []
        harm = next((c for c in token.children if c.dep_ == "ccomp" and self.verbs.get(c.lemma_, {}).get("conflict")
                     and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children)), None)
        deed = token.head
        for _ in range(3):  # "attack on the Kyiv region, which ...": the relative clause may hang from the place
            if harm is None or self.nouns.get(deed.lemma_, {}).get("conflict"):
                break
            deed = deed.head.head if deed.dep_ == "pobj" else deed
        if harm is None or not self.nouns.get(deed.lemma_, {}).get("conflict"):
            return []
        own = self._with_states(index, sources)
        doers = [k for c in deed.children if c.dep_ in ("poss", "amod", "compound")
                 for k in self._actors_at(index, c) if k not in own and index.actors[k].kind != "Location"]
        return [Found(sources, "1123", doers, token)] if doers else []

    def _intruders(self, comp: Token, subj: Token | None, sources: list[str], index: ActorIndex) -> list[str]:
        """The states whose forces or vessels a speaker says entered or violated the speaker's own territory."""
        if subj is None or comp.lemma_ not in self.gaz.intrusion_verbs or self.verbs.get(comp.lemma_, {}).get("code") \
                or any(c.dep_ in ("neg", "mark") and c.lower_ in ("not", "n't", "never", "if", "unless")
                       for c in comp.children):
            return []  # not "would shoot down drones if Russia violated its airspace again"
        own = self._with_states(index, sources)
        doers = [self._state_of(index, k) or k for t in subj.subtree for k in self._actors_at(index, t)
                 if k not in own and index.actors[k].kind != "Location"]
        inside = {t.i for t in subj.subtree}
        entered_own = any(k in own for t in comp.subtree if t.i not in inside for k in self._actors_at(index, t))
        return list(dict.fromkeys(doers)) if entered_own else []

    def _alleges_aggression(self, verb: Token) -> bool:
        """Whether what a verb of accusing alleges ("of ...") is an armed act or an intrusion."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "accused Azerbaijani troops of firing"
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"):
            for act in (o for o in prep.children if o.dep_ == "pcomp"):
                if act.lemma_ in self.gaz.intrusion_verbs or self.verbs.get(act.lemma_, {}).get("conflict"):
                    return True
                if any(self.nouns.get(o.lemma_, {}).get("conflict") for o in act.children if o.dep_ == "dobj"):
                    return True  # "of opening fire"
                if act.lemma_ in self.lex["dispatch_verbs"] and any(
                        c.dep_ == "prep" and c.lower_ == "into" for c in act.children):
                    return True  # "of sending a navy patrol boat into its waters"
        return False

    def _deed_owners(self, index: ActorIndex, phrase: Token, sources: list[str]) -> list[str]:
        """Who owns the act a reproach is about ("objections to U.S. cooperation with the SDF"): the act's holder."""
        own = self._with_states(index, sources)
        deeds = [t for t in phrase.subtree if t.pos_ == "NOUN" and t.dep_ == "pobj"
                 and t.head.lower_ in ("to", "at", "over", "about", "against") and t.head.head.i == phrase.i]
        return [k for t in deeds for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                for k in self._actors_at(index, c) if k not in own and index.actors[k].kind != "Location"]

    def _object_targets(self, index: ActorIndex, dobj: Token, sources: list[str]) -> list[str]:
        """Targets named inside an object: "his calls for Pakistan to...", "horror at the Russian strikes"; what is
        rejected is its author's ("rejected the Israeli proposal")."""
        rejected = self._code_of(dobj.head).startswith("12")
        keys: list[str] = []
        own = self._own_camp(index, sources, rejecting=rejected)
        inner, examples = self._asides(index, dobj)
        inner = inner | {t.i for a in dobj.subtree if a.dep_ == "advcl" and a.i != dobj.i
                         and any(m.dep_ == "mark" and m.lower_ not in ("for", "that") for m in a.children)
                         for t in a.subtree}
        outside = [t for t in dobj.subtree if t.i not in inner | examples]  # not "as long as Israel occupied ..."
        named = any(self._actors_at(index, t) for t in outside)
        for t in outside if named else [t for t in dobj.subtree if t.i not in inner]:
            for k in self._actors_at(index, t):
                a = index.actors.get(k)
                if a is None or a.kind == "Location" or k in own or k in keys:
                    continue
                if t.head.i == dobj.i and t.dep_ in ("poss", "compound", "amod", "nmod") and not rejected:
                    continue  # "the U.S. commitment": the holder of the object, not its target
                keys.append(k)
        # "the efforts of Amir Sabah of Kuwait": the Amir, not also the state he acts for
        states_of_people = {a for k in keys if index.actors[k].kind == "Person" for a in index.actors[k].affiliations}
        return [k for k in keys if k not in states_of_people]

    def _speech_content(self, token: Token, sources: list[str], index: ActorIndex) -> list[Found]:
        """Acts carried by what a speaker said: demands, threats, promises and accusations."""
        if any(c.dep_ == "neg" for c in token.children):
            return []  # "did not say whether his government would send a delegation"
        results = self._harm_reported(token, sources, index)
        clauses = []
        for comp in [c for c in token.children if c.dep_ in ("ccomp", "advcl", "xcomp")]:
            if comp.dep_ == "advcl" and comp.tag_ != "VBG":
                continue
            if comp.dep_ == "advcl":  # "..., stating that X": the content is the participle's complement
                inner = [c for c in comp.children if c.dep_ == "ccomp"]
                if not inner:
                    continue
                comp = inner[0]
            clauses.append(comp)
            # "that, while further aggression would result in a response, we remain committed"; "that it remained
            # committed to dialogue but would take all necessary measures"
            clauses.extend(c for c in comp.children if (c.dep_ == "advcl" and not self._condition(c)) or (
                c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))  # not the condition: "if Russia violated"
        if token.dep_ in ("ccomp", "parataxis") and token.head.pos_ in ("VERB", "AUX") and token.i > token.head.i:
            clauses.append(token.head)  # "Britain will send tanks to Ukraine, the Defence Secretary said"
        clauses += [a for c in token.children if c.dep_ == "dobj" and self._is(c, "stance_nouns") for a in c.children
                    if a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
        # "reiterated Baku's position that Armenia must remove territorial claims": what the position holds
        if not clauses and any(c.dep_ == "dobj" for c in token.children) and self._has_word(
                token, self.lex["defence_commitment_words"]):
            # "reaffirmed that Article IV of the Mutual Defense Treaty extends ..." parsed as an object
            other = {t.i for c in token.subtree if (c.head.i == token.i and c.dep_ in SUBJECT_DEPS) or (
                c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) for t in c.subtree}  # not: "and called on Beijing"
            allies = self._defended([t for t in token.subtree if t.i not in other], sources, index)
            if allies:
                return [Found(sources, "0334", allies, token)]
        for comp in clauses:
            before = len(results)
            results.extend(self._clause_acts(comp, token, sources, index))
            if len(results) == before:
                reproached = self._reproached_in(comp, sources, index)
                if reproached is not None:  # "the incident showed Beijing's disregard for international law"
                    results.append(Found(sources, "112", reproached, comp))
        return results

    def _clause_acts(self, comp: Token, token: Token, sources: list[str], index: ActorIndex) -> list[Found]:
        """The act one reported clause carries: a judgement, demand, threat, offer or promise."""
        treaty = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
        if treaty is not None and self._has_word(treaty, self.lex["defence_commitment_words"]):
            allies = self._defended(comp.subtree, sources, index)  # "that the Mutual Defense Treaty extends to ..."
            if allies:
                return [Found(sources, "0334", allies, token)]
        blamed = self._blamed_in(comp, index)
        if blamed:  # "it was highly likely that Russia was responsible for the attempted murder"
            return [Found(sources, "112", [k for k in blamed if k not in sources], token)]
        aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
        subj = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None and comp.dep_ == "conj":  # the subject the coordinated clause shares
            subj = next((c for c in comp.head.children if c.dep_ in SUBJECT_DEPS), None)
        subj_actors = self._phrase_actors(index, subj, deep=True) if subj is not None else []
        told = [k for c in token.children if c.dep_ == "dobj" for k in self._phrase_actors(index, c, deep=False)
                ] if subj is not None and subj.lower_ in ("it", "they") else []
        told = told if told and set(subj_actors) <= set(told) else []
        subj_actors = told or subj_actors  # "warned the Taliban that it will face new sanctions": the one warned
        lemmas = {w for t in comp.subtree for w in (t.lemma_, t.lower_)}
        if subj is not None and comp.pos_ in ("ADJ", "NOUN") and self._has_word(comp, self.lex["annulling_labels"]):
            own = self._with_states(index, sources)  # "declared the agreement between Ethiopia and Somaliland null
            return [Found(sources, "120", [k for k in self._phrase_actors(index, subj, deep=True)  # and void"
                                           if k not in own], token)]
        if lemmas & self.negotiation_words and self._has_word(comp, self.lex["non_negotiable_phrases"]) and (any(
                c.dep_ == "neg" for c in comp.children) or not self._has_word(comp, UP_FOR)):
            return [Found(sources, "125", [], token)]  # "Guyana's land boundary is not up for discussion"
        if lemmas & self.subversion_verbs and not told and not aux & (MODALS_FUTURE | MODALS_HYPOTHETICAL) \
                and subj is not None and subj.tag_ not in ("WDT", "WP") and not self._code_of(comp).startswith("11"):
            aside = [c for c in comp.subtree if c != comp and (
                c.dep_ in ("relcl", "ccomp") or c.dep_ == "conj" and c.head == comp)]
            own_clause = [t for t in comp.subtree if not any(  # not "... and accused Bangkok of sabotaging peace"
                c.left_edge.i <= t.i <= c.right_edge.i for c in aside)]  # nor "the deal, which he said undermined"
            accused = [k for k in subj_actors if k not in self._with_states(index, sources)
                       and index.actors[k].kind != "Location"]
            if accused and any(t.lemma_ in self.subversion_verbs for t in own_clause) and not any(
                    t.dep_ == "neg" for t in own_clause):  # "the Kremlin said Moldova's leadership was wrecking
                return [Found(sources, "112", accused, token)]  # relations with Moscow"
        if self._is(comp, "failure_verbs") and not any(c.dep_ == "neg" for c in comp.children):
            failed = [k for k in subj_actors if k not in self._with_states(index, sources)]
            if failed:  # "saying Bogota had failed to stop armed groups": a reproach
                return [Found(sources, "111", failed, token)]
        if lemmas & self.violation_words and self._has_word(comp, self.lex["violation_phrases"]):
            doers = [k for c in comp.children if c.dep_ == "agent" for k in self._phrase_actors(index, c, deep=True)] \
                or [k for k in subj_actors if index.actors[k].kind != "Location"]
            doers = [k for k in doers if k not in self._with_states(index, sources)]
            if doers:  # "said the sites were being used by Hezbollah to rebuild its arsenal in violation of the truce"
                return [Found(sources, "112", doers, token)]
        insincere = self._insincere(comp, sources, index) if lemmas & self.sincerity_words else []
        if insincere:  # "said that Putin had once again shown he was not serious about peace"
            return [Found(sources, "111", insincere, token)]
        judged = self._judged_deed(comp, subj, subj_actors, sources, index)
        if judged is not None:  # "Iran's continued use of foreign nationals as leverage is unacceptable"
            return [Found(sources, "111", judged, comp)]
        praised = self._praised(comp, subj, sources, index)
        if praised:  # "said Modi was a great friend"
            return [Found(sources, "051", praised, token)]
        obligation = aux & OBLIGATION or (comp.lemma_ in ("have", "need") and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in comp.children))
        if obligation and subj_actors and not set(subj_actors) & self._with_states(index, sources):
            # not "the leaders agreed that Ukraine must be in the strongest position", "that Japan, the Republic of
            # Korea, and the United States should hold consultations": their own side among those who must
            accountable = "hold" in lemmas and lemmas & set(self.lex["accountability_phrases"])
            return [Found(sources, "112" if accountable else "100", subj_actors, token)]
        future = aux & (MODALS_FUTURE | {"would"}) and not any(c.dep_ == "neg" for c in comp.children)
        if future and comp.lemma_ in self.lex["force_verbs"]:
            own = self._with_states(index, sources)
            if subj is not None and subj.dep_ == "nsubjpass":  # "Israel would be harshly punished"
                victims = [k for k in subj_actors if k not in own]
            else:
                own |= set(subj_actors)
                victims = [k for k in self._phrase_actors(index, comp, deep=True) if k not in own]
            return [Found(sources, "138", victims, token)]  # threaten with military force
        if (aux & (MODALS_FUTURE | {"would"}) or "reserve" in lemmas or "reserves" in lemmas) and self._has_word(
                comp, self.lex["threat_phrases"]) and not self._has_word(comp, self.lex["benign_purposes"]):
            if not told and self._own_side(index, sources, subj_actors, subj):
                # "would defend itself ... against X"
                return [Found(sources, "130", self._named_others(comp, sources, subj_actors, index)[:1], token)]
            if subj is not None and (self.nouns.get(subj.lemma_, {}).get("conflict") or self._is(subj, "deed_nouns")):
                return [Found(sources, "130", [k for k in subj_actors  # "the attacks will not go unanswered"
                                               if k not in self._with_states(index, sources)], token)]
        if future and comp.lemma_ in self.lex["consequence_verbs"] and lemmas & set(
                self.lex["threat_consequence_nouns"]) and subj_actors:
            code = "1312" if lemmas & set(self.lex["sanction_words"]) else "130"  # "Canada would face
            if not told and self._own_side(index, sources, subj_actors, subj):  # tariffs"; "the UK would bring
                return [Found(sources, code,  # forward further sanctions on Russia's shadow fleet"
                              self._named_others(comp, sources, subj_actors, index)[:1], token)]
            agents = [k for c in subj.children if c.dep_ in ("amod", "poss", "compound", "nmod")
                      for k in self._actors_at(index, c)]
            return [Found(sources, code, agents or subj_actors, token)]
        intruders = self._intruders(comp, subj, sources, index)
        if intruders:  # "Ali said the Venezuelan vessel entered Guyana's exclusive economic zone": an accusation
            return [Found(sources, "1123", intruders, token)]
        if subj is not None and not subj_actors and self.verbs.get(comp.lemma_, {}).get("conflict") \
                and self.nouns.get(subj.lemma_, {}).get("conflict") and "the" in {c.lower_ for c in subj.children}:
            return [Found(sources, "1123", [], token)]  # "Mujahid said the strikes had killed 12 civilians": who
            # carried out the strikes the story told of
        ready = next((c for c in comp.children if c.dep_ == "acomp" and c.lower_ in self.lex["readiness_words"]),
                     None)
        warned = self._warned(comp, ready, aux, sources, subj_actors, subj, index)
        if warned:  # "if Russia does not stop the killing, the United States is prepared to impose sanctions"
            return [Found(sources, code, targets, token) for code, targets in warned]
        if ready is not None and self._own_side(index, sources, subj_actors, subj):
            return self._readiness(ready, sources, index, token)
        if future and not self._conditional(comp) and self._own_side(index, sources, subj_actors, subj):
            acts = [a for a in self._verbal(token.doc, comp, index, set(), speaker=sources)
                    if self._intent_code(a.code) != a.code or a.code.startswith("03")]
            if acts:  # "Tehran said it would release five U.S. citizens": a promise to release them
                return [Found(sources, self._intent_code(a.code), a.targets, token) for a in acts]
        refused = aux & (MODALS_FUTURE | {"would"}) and any(c.dep_ == "neg" for c in comp.children)
        if refused and not self._conditional(comp) and self._own_side(index, sources, subj_actors, subj):
            acts = [a for a in self._verbal(token.doc, comp, index, set(), speaker=sources)
                    if a.code.startswith(COOPERATIVE_ROOTS)]
            if acts:  # "Gil said Caracas would never recognise the court's jurisdiction": he refuses it
                return [Found(sources, "125" if a.code.startswith("04") else "120", a.targets, token) for a in acts]
            if ((self.verbs.get(comp.lemma_) or {}).get("code") or "").startswith("04"):
                return [Found(sources, "125", [], token)]  # "would not negotiate under blackmail": with the other side
        if future and not self._conditional(comp):
            aid_verbs = [v for v in comp.subtree if v.pos_ == "VERB" and v.lemma_ in self.lex["aid_verbs"]
                         and v.dep_ not in ("amod", "compound")]
            aid_nouns = [t for t in comp.subtree if t.pos_ == "NOUN" and self._is(t, "aid_nouns")]
            recipients = [k for v in aid_verbs for k in self._prep_targets(index, v, ["to", "for"], deep=True)
                          + [a for c in v.children if c.dep_ in ("dobj", "dative")
                             for a in self._phrase_actors(index, c, deep=False)]
                          + [a for t in v.subtree if t.dep_ == "prep" and t.lower_ in ("to", "for")
                             and t.head.pos_ == "NOUN"  # "assistance to the people of Niger"
                             for a in self._prep_targets(index, t.head, [t.lower_], deep=True)]]
            own = self._with_states(index, sources) | set(subj_actors)  # "will continue its efforts"
            recipients = [k for k in dict.fromkeys(recipients) if k not in own]
            if aid_verbs and aid_nouns:  # "the UK would continue providing further military aid"
                military = bool({t.lower_ for t in comp.subtree} & set(self.lex["military_aid_words"]))
                return [Found(sources, "0332" if military else "033", recipients, token)]
            if recipients:  # "we will continue to support Ukraine"
                return [Found(sources, "030", recipients, token)]
        return []

    def _defended(self, scope: Iterable[Token], sources: list[str], index: ActorIndex) -> list[str]:
        """The states the words of a defence commitment or treaty name as protected, other than the speaker's."""
        own = self._with_states(index, sources)
        return list(dict.fromkeys(s for t in scope for k in self._actors_at(index, t)  # not "the South China Sea"
                                  for s in [self._state_of(index, k)] if s and s not in own
                                  and not (t.dep_ == "compound" and t.head.pos_ == "PROPN"
                                           and index.mention_at(t.head) is not index.mention_at(t))))

    def _reproached_in(self, clause: Token, sources: list[str], index: ActorIndex) -> list[str] | None:
        """Whom a reported clause reproaches ("Pyongyang was wasting scarce resources", "the incident showed
        Beijing's disregard for international law"), or None when it reproaches no one; empty when it is a deed
        the text reported before ("this is an unlawful act")."""
        if any(c.dep_ == "aux" and c.lower_ in MODALS_FUTURE | {"would", "could", "might", "may"}
               for c in clause.children):
            return None  # "Romania would bear full responsibility for any escalation": a warning, not a reproach
        lex = self.lex["reproach_words"]
        text = " " + clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text.lower()
        words = [w for w in (*self.lex["hostile_labels"], *lex["words"]) if w in text]  # the few it holds at all
        if not words:
            return None
        own = self._with_states(index, sources)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        reproached = False
        for word in self._clause_core(clause):
            phrase = " " + word.doc[word.i : word.i + 4].text.lower()
            if not any(w in phrase[: len(w) + 1 + len(word.text)] or word.lower_.startswith(w) for w in words):
                continue
            if any(c.dep_ == "neg" for c in word.head.children) and not any(w in phrase for w in lex["negative"]):
                continue  # "it was not a violation"
            reproached = True
            doers = [k for k in self._doers_of(word, clause, index)
                     if k not in own and self._state_of(index, k) not in own and not self._media(k)]
            if doers:
                return list(dict.fromkeys(doers))
        if not reproached:
            return None
        referring = subject is not None and (subject.lower_ in DEED_PRONOUNS or (
            self._is(subject, "deed_nouns") or self.nouns.get(subject.lemma_, {}).get("conflict")))
        return [] if referring else None

    def _clause_core(self, clause: Token) -> list[Token]:
        """The words of a clause that say what it predicates of whom: its verb, subject, objects, complements and
        their modifiers and "of", "for", "in", "to" and "with" phrases, nested clauses; not asides or conjuncts."""
        core = []
        for t in clause.subtree:
            x = t
            while x.i != clause.i and (x.dep_ in CORE_DEPS or (
                    x.dep_ == "prep" and x.lower_ in ("of", "for", "in", "to", "with"))):
                x = x.head
            if x.i == clause.i:
                core.append(t)
        return core

    def _doers_of(self, word: Token, clause: Token, index: ActorIndex) -> list[str]:
        """Whose deed a reproaching word names: the owner or agent of the noun it is part of ("Beijing's
        disregard", "obstruction by the Chinese coast guard"), else the subject of its clause."""
        x, came_from = word, None
        while True:
            if x.pos_ in ("NOUN", "PROPN", "ADJ"):
                agents = [k for c in x.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                          for k in self._actors_at(index, c)] + [
                    k for c in x.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
                    if o.dep_ == "pobj" for k in self._phrase_actors(index, o)]
                if agents:
                    return agents
            if x.pos_ in ("VERB", "AUX") and (came_from is None or came_from.dep_ not in SUBJECT_DEPS):
                subject = next((c for c in x.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None:
                    return self._phrase_actors(index, subject, deep=True)
            if x.i == clause.i or x.head.i == x.i:
                return []
            came_from, x = x, x.head

    def _declared_readiness(self, ready: Token, index: ActorIndex) -> list[Found]:
        """ "The United States remains committed to working with the AU", "Turkey stands ready to mediate": a
        side's own declared readiness, outside reported speech (which `_speech_content` reads)."""
        verb = ready.head
        if ready.dep_ not in ("acomp", "oprd") or verb.lemma_ not in self.lex["readiness_verbs"] or any(
                c.dep_ == "neg" for c in verb.children) or self._modality(verb) not in (None, "future"):
            return []
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:  # "said China was concerned and was willing"
            clause = clause.head
        if self._speech_ancestor(clause) is not None:
            return []
        sources = self._subject(verb, index)
        return self._readiness(ready, sources, index, verb) if sources else []

    def _readiness(self, ready: Token, sources: list[str], index: ActorIndex, trigger: Token) -> list[Found]:
        """What a side says it is ready or committed to do: "ready to mediate between Sudan and the UAE" is an
        offer to mediate, "committed to dialogue with Kabul" one to negotiate, "to working with the AU" to cooperate."""
        results: list[Found] = []
        helping = next((x for x in ready.children if x.dep_ == "xcomp" and x.lemma_ in ("help", "assist")), None)
        if helping is not None and self._peacemaking(helping):  # "ready to help the two neighbours settle the
            return [Found(sources, "039", self._parties(index, helping, sources), trigger)]  # dispute"
        acts = [a for x in ready.children if x.dep_ == "xcomp"
                for a in self._verbal(trigger.doc, x, index, set(), speaker=sources)]
        results.extend(Found(sources, self._intent_code(a.code), a.targets, trigger) for a in acts)
        for prep in (p for p in ready.children if p.dep_ == "prep" and (
                p.lower_ == "for" or (p.lower_ == "to" and ready.lower_ in ("open", "committed")))):
            # "ready for an immediate ceasefire with Thailand", "open to talks with Kyiv": an offer of one
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and noun.lemma_ in (
                    "round", "resumption") for g in p.children if g.dep_ == "pobj"), noun)  # "a new round of talks"
                entry = self.nouns.get(noun.lower_) or self.nouns.get(noun.lemma_)
                if entry and entry.get("code"):
                    targets = self._prep_targets(index, noun, entry.get("preps", []))
                    acts.append(Found(sources, entry["code"], targets, noun))
                    results.append(Found(sources, self._intent_code(entry["code"]), targets, trigger))
        if acts:
            return results
        # "willing to play a constructive role", "committed to dialogue with Pristina", "to working with the AU"
        content = next((x for x in ready.children if x.dep_ == "xcomp"), None) or next(
            (o for p in ready.children if p.dep_ == "prep" and p.lower_ == "to"
             for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        if content is None:
            return results
        if self._peacemaking(content):  # "willing to play a constructive role in easing tensions"
            return [Found(sources, "039", self._parties(index, content, sources), trigger)]
        objects = [o for o in content.children if o.dep_ == "dobj"]
        objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]  # "to hold a new round of talks with the US"
        targets = self._prep_targets(index, content, ["with", "to"], deep=True) + [
            k for o in objects for k in self._prep_targets(index, o, ["with", "between"], deep=True)]
        if not targets and self._code_of(content).startswith("04"):  # "remained open to meeting the North Korean
            targets = [k for o in objects for k in self._phrase_actors(index, o, deep=False)]  # leader": him
        if content.lemma_ in ("help", "assist", "support") and not targets:  # "ready to help Chisinau counter"
            targets = [k for k in self._helped(index, [content]) if k not in self._with_states(index, sources)]
        diplomatic = self._has_word(content, self.lex["diplomacy_words"]) or self._code_of(content).startswith("04")
        return [Found(sources, "036" if diplomatic else "030", targets, trigger)]

    def _judged_deed(self, clause: Token, subj: Token | None, subj_actors: list[str] | None, sources: list[str],
                     index: ActorIndex) -> list[str] | None:
        """Whose deed a spoken clause calls hostile ("the strikes were a brazen act of aggression"), or None when
        it judges no deed; empty when the deed is one the text reported earlier."""
        labelled = ("attr", "acomp") if clause.lemma_ == "be" else ("dobj",) if self._is(
            clause, "waging_verbs") else ()  # "the strikes were a brazen act of aggression", "the GRU is waging a
        if subj is None or not labelled or any(c.dep_ == "neg" for c in clause.children):  # reckless campaign"
            return None
        if not any(c.dep_ in labelled and self._has_word(c, self.lex["hostile_labels"]) for c in clause.children):
            return None
        if subj_actors is None:
            subj_actors = self._phrase_actors(index, subj, deep=True)
        doers = [k for k in subj_actors if k not in self._with_states(index, sources)]
        if doers or self.nouns.get(subj.lemma_, {}).get("conflict") or self._is(subj, "deed_nouns"):
            return doers
        return None

    def _praised(self, clause: Token, subj: Token | None, sources: list[str], index: ActorIndex) -> list[str]:
        """Whom a spoken clause praises ("She is a tough and very smart leader", "India is a great friend")."""
        if subj is None or clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children) or not any(
                c.dep_ in ("attr", "acomp") and self._has_word(c, self.lex["praise_labels"]) for c in clause.children):
            return []
        own = self._with_states(index, sources)
        return [k for k in self._phrase_actors(index, subj, deep=False) if k not in own]

    def _peacemaking(self, token: Token) -> bool:
        """Whether an offer or readiness is to make peace between others: mediate, broker, act as a bridge."""
        has = self._has_word
        return has(token, self.lex["mediation_words"]) or (
            has(token, self.lex["facilitation_words"]) and has(token, self.lex["diplomacy_words"])) or (
            has(token, HELP) and has(token, self.lex["settlement_phrases"]))  # "ready to help the two neighbours
        # settle the dispute"

    def _as_mediation(self, index: ActorIndex, token: Token, sources: list[str], code: str,
                      targets: list[str]) -> tuple[str, list[str]]:
        """An offer or intent to make peace between others is an offer to mediate (039) toward the sides."""
        if code in ("030", "036") and self._peacemaking(token) and not any(
                t.dep_ == "acl" and t.tag_ == "VBN" and any(a.dep_ == "agent" for a in t.children)
                for t in token.subtree):  # not "agreed to stop attacking ships under a truce brokered by Oman"
            return "039", self._parties(index, token, sources) or targets
        return code, targets

    def _parties(self, index: ActorIndex, token: Token, sources: list[str]) -> list[str]:
        """The sides a peacemaker offers to bring together: those "between" whom it would act, else those named
        in what it offers ("help Qatar and the four countries resolve their differences")."""
        own = self._with_states(index, sources)
        between = [k for t in token.subtree if t.dep_ == "prep" and t.lower_ == "between"
                   for k in self._prep_targets(index, t.head, ["between"], deep=True)]
        named = between or [k for x in token.subtree if x.dep_ == "xcomp" for c in x.children
                            if c.dep_ in ("dobj", "nsubj") for k in self._phrase_actors(index, c, deep=False)] or \
            self._helped(index, [t for t in token.subtree if t.lemma_ in ("help", "assist")])  # "to help Egypt and
        # Ethiopia reach a fair and lasting agreement"
        return [k for k in dict.fromkeys(named) if k not in own]

    def _helped(self, index: ActorIndex, helps: list[Token]) -> list[str]:
        """Whom these verbs of helping help: "to help Moldova", "to help Manila strengthen its coast guard"."""
        return [k for v in helps for c in v.children for o in ([c] if c.dep_ == "dobj" else [
            g for g in c.children if g.dep_ == "nsubj"] if c.dep_ in ("ccomp", "xcomp") else [])
            for k in self._phrase_actors(index, o, deep=False)]

    def _own_side(self, index: ActorIndex, sources: list[str], subject_actors: list[str],
                  subject: Token | None) -> bool:
        """Whether a reported clause is about the speaker's own side: "it", "we", "his country", their state."""
        if subject is not None and (subject.pos_ == "PRON" or self._is(subject, "own_side_nouns")):
            return True  # "said it was ready", "said the bloc stood ready to help Chisinau"
        own = {a for k in sources for a in [k, *index.actors[k].affiliations]}
        return bool(subject_actors) and set(subject_actors) <= own

    def _intent_code(self, code: str) -> str:
        """The CAMEO code of promising an act: releasing prisoners (0841) is 0353, meeting (04x) 036; declaring
        oneself ready to strike (195) threatens force (138)."""
        return self._by_prefix("intent_of", code) or self._by_prefix("threat_of", code) or code

    def _by_prefix(self, table: str, code: str) -> str | None:
        """The entry of a code table of the lexicon (intent_of, threat_of) for a CAMEO code's longest prefix in it."""
        return next((self.lex[table][p] for p in self._prefixes[table] if code.startswith(p)), None)

    def _blamed_in(self, clause: Token, index: ActorIndex) -> list[str]:
        """Actors a reported clause holds to blame: "X was responsible for", "X is behind the attack"."""
        for t in clause.subtree:
            if t.lower_ not in self.lex["blame_predicates"] or not (
                    t.dep_ in ("acomp", "attr", "prep") or (t.dep_ == "dobj" and t.head.lemma_ == "bear")):
                continue
            verb = t.head
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS_FUTURE | {"would"})
                   for c in verb.children) or (t.lower_ == "behind" and verb.lemma_ != "be"):
                continue  # "stood firmly behind Guyana's sovereignty": support, not blame; "would bear full
                # responsibility for any escalation": a warning
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and (t.lower_ != "behind" or t.i > subject.i):
                return self._phrase_actors(index, subject, deep=False)
        # "the Cambodian attacks amounted to war crimes", "Thailand's aggression posed a threat": the acts' authors
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ == "neg" for c in clause.children):
            return []
        entry = self.nouns.get(subject.lemma_, {})
        hostile_act = entry.get("conflict") or self._has_word(subject, self.lex["hostile_labels"])
        # "Venezuela's actions were unacceptable": what an actor did, called by a hostile name
        called = clause.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in clause.children)
        inside = range(subject.left_edge.i, subject.right_edge.i + 1)
        if (hostile_act or called) and self._hostile_or_threat.search(
                " ".join(t.lower_ for t in clause.subtree if t.i not in inside)):
            doers = [k for c in subject.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                     for k in self._actors_at(index, c)]
            if doers or not called:
                return doers
            # "This unlawful seizure is another example of Iran's destabilising behaviour": whose the named deed is
            return [k for c in clause.children if c.dep_ in ("attr", "acomp") for t in c.subtree
                    if t.dep_ in ("poss", "amod", "compound") and t.head.pos_ == "NOUN"
                    and any(w in t.doc[t.head.left_edge.i : t.head.i + 1].text.lower()  # not "ready to release ... an
                            for w in self.lex["hostile_labels"])  # Iranian woman held on terrorism-related charges"
                    for k in self._actors_at(index, t)][:1]
        return []

    def _warned(self, comp: Token, ready: Token | None, aux: set[str], sources: list[str], subj_actors: list[str],
                subj: Token | None, index: ActorIndex) -> list[tuple[str, list[str]]]:
        """The threats in a hostile act the speaker's side says it will do, or is ready to do, if another side does
        (or does not do) something: each toward the side the condition names."""
        cond = next((c for c in comp.children if self._condition(c, ("if", "unless", "until"))), None)
        if cond is None or not (ready is not None or aux & (MODALS_FUTURE | {"would"})) or any(
                c.dep_ == "neg" for c in comp.children) or not self._own_side(index, sources, subj_actors, subj):
            return []
        own = self._with_states(index, sources) | set(subj_actors)
        named = next((c for c in cond.children if c.dep_ in SUBJECT_DEPS), None)
        warned = [k for k in self._phrase_actors(index, named, deep=True) if k not in own] if named is not None else []
        clause = comp if ready is None else next((x for x in ready.children if x.dep_ == "xcomp"), None)
        if not warned or clause is None:
            return []
        entry = self.verbs.get(clause.lemma_) or {}
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        words = {t.lower_ for c in objects for t in c.subtree}
        act = next((v for k, v in entry.get("object_codes", {}).items() if k in words), None) or entry.get(
            "code") or next((n["code"] for c in objects for n in [self.nouns.get(c.lower_) or {}] if n.get("code")),
                            None) or (  # "to impose additional sanctions": the act threatened, with or without a target
            next((n["code"] for n in [self.nouns.get(subj.lemma_) or {}] if n.get("code")), None)
            if subj is not None and self._is(clause, "continuing_verbs") else None)  # "U.S. strikes will continue
        # until the Houthis end their attacks"
        code = self._by_prefix("threat_of", act) if act else None
        return [(code, warned)] if code else []

    def _conditional(self, clause: Token) -> bool:
        return any(c.dep_ == "advcl" and self._condition(c) for c in clause.children)

    @staticmethod
    def _condition(clause: Token, marks: tuple[str, ...] = ("if", "unless")) -> bool:
        """Whether a clause is a condition on the one it modifies: "if Russia does not stop the killing"."""
        return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)

    def _feeling(self, token: Token, index: ActorIndex) -> list[Found]:
        """ "We are alarmed that SAF airstrikes struck ...", "Germany was appalled by Iran's attack": disapproval."""
        verb = token.head if token.dep_ == "acomp" else token
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or (verb is token and token.tag_ != "VBN"):
            return []
        sources = self._agents(index, subject)
        if not sources:
            return []
        own_voice = False
        if verb.dep_ == "ccomp" and self._is_speech(verb.head):
            speakers = self._voiced_by_speaker(index, verb, sources)  # "Guo said China was deeply concerned"
            if speakers:
                sources, own_voice = speakers, True
        about = ("about", "at", "by", "over", "with", "to")  # "grateful to the Government of Lithuania"
        targets = [k for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in about
                   for o in c.children if o.dep_ == "pobj" for k in self._phrase_actors(index, o)]
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if not targets and clause is not None:  # "alarmed that Sudanese Armed Forces airstrikes have struck"
            actor = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            targets = self._phrase_actors(index, actor, deep=False) if actor is not None else []
        targets = [k for k in targets if k not in sources]
        code = self.lex["feelings"][token.lower_]
        if code == "012" and targets:
            code = self.lex["emphasis_at_upgrade"]["012"]
        return [Found(sources, code, targets, token, self._modality(verb), specific_speech=own_voice)]

    # -- nominal triggers ------------------------------------------------------------------------------------

    def _nominal(self, doc: Doc, token: Token, index: ActorIndex) -> list[Found]:
        lemma = token.lower_ if token.lower_ in self.nouns else token.lemma_
        entry = self.nouns.get(lemma)
        if entry is None:
            return []
        if entry.get("as_modifier") and token.dep_ == "compound" and token.head.pos_ == "NOUN":
            token = token.head  # "Qatar's tireless mediation efforts alongside Egypt"
        if entry.get("code") == "010" and token.sent.start == 0 and token.i == token.sent.start \
                and not token.sent.text.rstrip().endswith((".", '"', "”")):
            return []  # "Statement from Press Secretary Karoline Leavitt on ...": the headline of what follows
        if entry.get("mutual"):
            sides = self._warring_sides(index, token)
            if len(sides) > 1:  # "fighting between Israel and Hezbollah": each fights the other
                return [Found([k], entry["mutual"], [o for o in sides if o != k], token, self._modality(token))
                        for k in sides]
            if not entry.get("code"):
                return []
        light = self.lex["nominal_light_verbs"]
        if entry.get("consult") and token.lemma_ == "call" and any(
                (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("acl", "relcl") and any(
                    a.lower_ == "to" for a in c.children))
                for c in [*token.children, *(token.head.children if token.dep_ == "dobj" else ())]):
            return self._calls_for(token, index)  # "calls from Washington and Kyiv for a ceasefire": appeals
        conflict = entry.get("conflict", False)
        sources: list[str] = []
        for c in token.children:
            if c.dep_ == "poss" and c.pos_ == "PRON" and entry.get("consult"):
                continue
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                inner = c if self._actors_at(index, c) else next(
                    (g for g in c.children if g.dep_ in ("amod", "compound", "poss") and self._actors_at(index, g)),
                    None)
                if inner is None:
                    continue
                sources = [k for k in self._actors_at(index, inner)]
                sources += [k for cc in inner.conjuncts for k in self._actors_at(index, cc)]
                break
            if c.dep_ == "prep" and c.lower_ == "by" and conflict and token.head.lower_ == "of" \
                    and self._is(token.head.head, "reproach_nouns"):
                return []  # "the condemnation of the attack by ECOWAS": who condemned or who attacked, unclear
            if c.dep_ == "prep" and c.lower_ == "by" and any(
                    p.dep_ == "prep" and p.lower_ == "into" and p.i < c.i for p in token.children):
                continue  # "an investigation into alleged war crimes by the RSF": who is investigated
            if c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and (
                    entry.get("statement") or entry.get("consult")))):  # "an attack by X", "a statement from X"
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        sources = self._phrase_actors(index, obj, deep=False)
        before = token.left_edge.i - 1 if token.left_edge.i < token.i else token.i - 1
        if not sources and before > 0 and token.doc[before].tag_ == "POS" and token.doc[before].head.i != token.i:
            # "Trump's call with Lukashenko on Monday and Special Envoy Coale's meeting with him", where the parser
            # hung "Coale's" on "Monday": the possessor written before the act
            sources = self._actors_at(index, token.doc[before - 1])
        if not sources and conflict and token.dep_ == "pobj" and token.head.lower_ == "of" \
                and self._is(token.head.head, "salvo_nouns"):  # "Russia's latest barrage of missile and drone attacks"
            sources = [k for c in token.head.head.children if c.dep_ in ("poss", "amod", "compound")
                       for k in self._actors_at(index, c)]
        imposed = next((c for c in token.children if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children)),
                       None)
        if not sources and not conflict and token.dep_ == "pobj" and token.head.lower_ == "including" and (
                self._is(token.head.head, "support_nouns")):  # "the UK's latest support,
            sources = [k for c in token.head.head.children if c.dep_ == "poss"  # including the delivery of missiles"
                       for k in self._actors_at(index, c)]
        done_by = next((c for c in token.children if c.dep_ == "relcl" and c.lemma_ in self.lex["nominal_light_verbs"]
                        and not any(g.dep_ in ("dobj", "nsubjpass") for g in c.children)), None)
        if not sources and done_by is not None and not entry.get("consult"):  # "the sanctions the UK imposed on
            sources = self._subject(done_by, index)  # Monday on 20 more vessels of Russia's shadow fleet"
            imposed = imposed or done_by
        if not sources and imposed is not None:  # "sanctions imposed by the European Union on Rwandan officers"
            sources = [k for g in imposed.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                       for k in self._phrase_actors(index, o, deep=False)]
            if entry.get("consult") and self._code_of(imposed) == "045" and imposed.lemma_ != "host" and not (
                    token.dep_ == "dobj" and token.head.lemma_ in self.lex["nominal_light_verbs"]):
                return []  # "met in talks brokered by A and B": A and B mediated (their verb says so), not met; but
                # "talks between A and B hosted by C" were held by A and B
        head = token.head
        as_object = token.dep_ == "dobj" or (token.dep_ == "nsubjpass" and any(  # "sanctions ... were adopted by
            c.dep_ == "agent" for c in head.children))  # the European Union"
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
            head, as_object = head.head.head, True  # "adopted a new package of sanctions against Russia"
        elif token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in entry.get("carried_by", ()):
            head, as_object = head.head, True  # "agreed to a ceasefire with Hezbollah"
        if token.dep_ == "conj" and head.dep_ == "dobj" and head.head.lemma_ in self.lex["nominal_light_verbs"]:
            head, as_object = head.head, True  # "staged large-scale air and naval drills", "air" taken for a noun
        responding = token.dep_ == "pobj" and head.lower_ == "with" and self._is(head.head, "responding_verbs")
        if as_object and (self._is(head, "cancelling_verbs") or head.lemma_ == "call" and "off" in self._particles(
                head)):
            return []  # "cancelled its planned visit to Pakistan", "called off talks": no visit, no talks
        if entry.get("needs_light") and not (as_object and head.lemma_ in light) and not responding:
            return []  # "launched missiles at Israel", not "Iran's missiles"
        if as_object and head.dep_ == "pcomp" and head.head.pos_ == "ADP" and self._code_of(
                self._clause_verb(head.head.head)).startswith("11"):
            return []  # "accused Venezuelan soldiers of opening fire": the allegation is the act
        if any(c.lower_ in entry.get("not_modifiers", ()) for c in token.lefts):
            return []  # "an open-ended hunger strike", not an air strike
        stray_of = next((c for c in head.children if as_object and c.dep_ == "prep" and c.lower_ == "of"
                         and c.i > token.i and not any(g.dep_ == "prep" and g.lower_ == "of" for g in token.children)),
                        None)  # "condemned North Korea's launch on Tuesday of an ICBM", "of" hung on the verb
        if entry.get("needs_words") and not self._has_word(token, entry["needs_words"]) and not (
                stray_of is not None and self._has_word(stray_of, entry["needs_words"])) and not (
                token.dep_ == "pobj" and token.head.lower_ == "of"  # "a diplomatic note of protest"
                and self._has_word(token.head.head, entry["needs_words"])):
            return []  # "conducted military operations", not "rescue operations"
        if entry.get("subject_only") and token.dep_ not in SUBJECT_DEPS:
            return []  # "the U.S. commitment ... remains ironclad", not "reaffirmed the U.S. commitment"
        if entry.get("consult") and imposed is not None and as_object and head.lemma_ in light:
            members = self._subject(head, index)  # "A and B held talks in Almaty hosted by Kazakhstan"
            others = members[1:] or [k for k in self._prep_targets(index, token, entry["preps"]) if k not in members]
            if members and others and sources:
                modality = self._modality(token)
                return [Found(members[:1], self._consult_code(entry, token), others, token, modality),
                        Found(sources, "045", members[:1] + others, token, modality)]
        if entry.get("consult") and imposed is not None and imposed.lemma_ == "host" and sources and len(
                between := self._prep_targets(index, token, ["between"])) > 1:  # "talks between Ukrainian, Russian
            modality = self._modality(token)  # and US delegations, hosted by the UAE": theirs, and its mediation
            return [Found(between[:1], self._consult_code(entry, token), between[1:], token, modality),
                    Found(sources, "045", between, token, modality)]
        carried = as_object and (head.lemma_ in light or head.lemma_ in entry.get("carried_by", ()))  # "sent a
        # protest note to Guatemala"
        if not sources and (carried or as_object and self._is(head, "considering_heads")):
            sources = self._subject(head, index)
        if not sources and responding:  # "Petro's government responded with a matching tariff"
            sources = self._subject(head.head, index)
        if not sources and entry.get("consult"):
            between = self._prep_targets(index, token, ["between"])
            if len(between) > 1:  # "a phone call between A and B": A is the first named;
                # "updated him on talks between A and B": theirs, not his
                return [Found(between[:1], self._consult_code(entry, token), between[1:], token,
                              self._modality(head if head.pos_ in ("VERB", "AUX") else token))]
        if not sources and (entry.get("consult") or entry.get("anchored")) and token.dep_ == "pobj" \
                and head.dep_ == "prep" and head.lower_ not in OTHER_OCCASION_PREPS:  # not "following the talks"
            verb = head.head  # "In a call with X, Y urged ...", "during a visit to Kyiv"
            if verb.pos_ in ("VERB", "AUX"):
                sources = self._subject(verb, index)
                if not self._prep_targets(index, token, entry["preps"]):
                    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
                    if obj is not None and sources:
                        targets = self._phrase_actors(index, obj, deep=False)
                        targets = [t for t in targets if t not in sources]
                        if targets:  # "invited X to Brussels for talks": talks to come
                            return [Found(sources, self._consult_code(entry, token), targets, token,
                                          self._modality(verb) or self._modality(token))]
        sources = sources or self._credited(index, token)  # "thanked Egypt for its role in mediating"
        sources = [k for k in sources if index.actors[k].kind != "Location"]  # "the Gaza war": where, not who
        joint = entry.get("joint_code") and any(self._is(t, "joint_words") for t in token.subtree if t.i < token.i)
        with_partners = [k for t in ([token, head] if as_object else [token]) if entry.get("joint_code")
                         for k in self._prep_targets(index, t, ["with"], deep=True)]
        if joint or with_partners:
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None) if as_object else None
            members = list(dict.fromkeys([k for t in (subject.subtree if subject is not None else ())
                                          for k in self._actors_at(index, t)] + sources))
            partners = members[1:] + with_partners
            # "U.S. and Philippine troops launched joint exercises", "held exercises with Guyana's defence force":
            # military cooperation
            if members and partners:
                return [Found(members[:1], entry["joint_code"], partners, token, modality=self._modality(token))]
        if not sources:
            return []
        targets = self._prep_targets(index, token, entry["preps"], allow_places=conflict, deep=True)
        if not targets and imposed is not None:
            targets = self._prep_targets(index, imposed, entry["preps"], allow_places=conflict, deep=True)
        if not targets and carried:
            targets = self._prep_targets(index, head, entry["preps"], allow_places=conflict, deep=True)
        if not targets and entry.get("verb_preps"):  # "condemned Iran's transfer of missiles to Russia", the "to"
            targets = [k for k in self._prep_targets(index, self._clause_verb(token), entry["verb_preps"])  # hung on
                       if k not in sources]  # the verb
        if conflict and not targets:
            targets = self._prep_targets(index, token, ["in", "on", "against", "at"], allow_places=True)
        if conflict and not targets:  # "a raid that killed two senior ISIS commanders": whose people it killed
            targets = [k for c in token.children if (c.dep_ == "relcl" and self.verbs.get(c.lemma_, {}).get(
                "conflict")) or (c.dep_ in ("acl", "relcl") and self._is(c, "encircling_verbs"))
                       for o in c.children if o.dep_ == "dobj" for k in self._phrase_actors(index, o)]
            # "drills encircling Taiwan": what they surround
        if conflict and not targets:  # "launch of a missile that landed inside Japan's exclusive economic zone"
            targets = list(dict.fromkeys(
                self._state_of(index, k) or k for t in [*token.subtree, *(stray_of.subtree if stray_of else ())]
                if t.dep_ == "relcl" and self._is(t, "landing_verbs")
                for k in self._prep_targets(index, t, ["in", "inside", "into", "near", "within", "on"],
                                            allow_places=True)))
        if conflict and not targets and as_object and head.lemma_ in light:  # "carried out strikes inside Afghanistan"
            targets = self._prep_targets(index, head, ["inside", "into", "in"], allow_places=True)
        if not targets and (entry.get("code") or "").startswith("03"):  # "an offer to deploy a force to Guinea-Bissau"
            targets = [k for c in token.children if c.dep_ == "acl"
                       for k in self._prep_targets(index, c, entry["preps"], deep=True)]
        if entry.get("consult"):
            targets = [t for t in targets if t not in sources]
            if not targets and token.dep_ == "dobj" and head.lemma_ in light:
                targets = [k for k in self._subject(head, index) if k not in sources]  # "Y received a call from X"
            if not targets and len(sources) > 1 and not (as_object and self._is(head, "joining_verbs")):
                sources, targets = sources[:1], sources[1:]  # not "Vance and Lutnick joined the meeting"
            targets = [t for t in targets if t not in sources]
            if not targets:
                return []
            code = self._consult_code(entry, token)
            if code == "040":  # "Coale's meeting with Lukashenko in Minsk": a visit
                code = self._meeting_place_code(index, token, sources, targets)
            return [Found(sources, code, [t for t in targets if t not in sources], token,
                          self._modality(head if head.pos_ == "VERB" else token))]
        if entry.get("statement"):
            return [Found(sources, "010", [], token, modality=self._modality(token))]
        targets = [t for t in targets if t not in sources]
        if not targets and (entry.get("code") or "").startswith("20"):  # "waged a campaign of ethnic cleansing"
            targets = self._victims_home(token, sources, index)
        if entry.get("needs_target") and not targets:
            if entry.get("untargeted_code") and as_object and head.lemma_ in light:
                return [Found(sources, entry["untargeted_code"], [], token, modality=self._modality(token))]
            return []  # "for a two-day visit": the visit is coded where its destination is named
        words = {t.lemma_ for t in token.subtree} | {t.lower_ for t in token.subtree}
        code = next((v for k, v in entry.get("object_codes", {}).items() if k in words), entry["code"])
        if code is None:
            return []  # "Samoa's hosting of the first Commonwealth summit": hosting no one named
        purpose = next((c for c in head.children if as_object and c.dep_ in ("advcl", "xcomp")
                        and c.i == token.right_edge.i + 2 and any(a.lower_ == "to" for a in c.children)), None)
        # "restated his offer to help broker talks", the infinitive hung on the verb: what was offered
        code, targets = self._as_mediation(index, purpose or token, sources, code, targets)  # "an offer by X to host"
        if code in ("045", "039"):
            sources += [k for k in self._partners(index, token) if k not in sources + targets]
        return [Found(sources, code, targets, token, modality=self._modality(token))]

    def _warring_sides(self, index: ActorIndex, token: Token) -> list[str]:
        """The sides of "fighting between A and B", of "A and B have been at war" or "exchanged fire with B"."""
        sides = [k for p in token.children if p.dep_ == "prep" and p.lower_ == "between"
                 for o in p.children if o.dep_ == "pobj"  # not "the war between Russia and Ukraine, the situation
                 for k in self._phrase_actors(index, o, deep=False)]  # in Syria"
        if not sides and token.dep_ == "pobj" and token.head.lower_ == "at" and token.head.head.pos_ in ("VERB", "AUX"):
            sides = self._subject(token.head.head, index)
        if not sides and token.dep_ == "dobj" and token.head.lemma_ in ("exchange", "trade"):
            sides = self._subject(token.head, index) + [  # "traded fire with"
                k for t in (token.head, token) for k in self._prep_targets(index, t, ["with"])]
        return list(dict.fromkeys(sides))

    def _declared_threat(self, root: Token, index: ActorIndex) -> list[Found]:
        """A statement's own threat, not reported by anyone: "We will not hesitate to take further action to ... hold
        the Houthis accountable" is its author's warning to the Houthis."""
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or root.i in index.quoted or not any(
                c.dep_ == "aux" and c.lower_ in MODALS_FUTURE for c in root.children):
            return []
        sources = self._phrase_actors(index, subject, deep=False)
        if not sources or not self._has_word(root, self.lex["threat_phrases"]):
            return []
        return [f for f in self._clause_acts(root, root, sources, index) if f.code.startswith("13")]

    def _brokered(self, doc: Doc, sent: Span, index: ActorIndex) -> list[Found]:
        """ "a U.S.-brokered ceasefire", "US-led peace talks between Russia and Ukraine": the named mediated (045)
        between the parties the phrase names, else (filled in later) the sides of the story's conflict."""
        positions = doc.user_data.get("dip_brokered_nouns")
        if positions is None:  # the few ceasefires, talks and deals of a document, found once
            positions = np.flatnonzero(np.isin(doc.to_array(LEMMA), self._brokered_lemmas)).tolist() if len(doc) else []
            doc.user_data["dip_brokered_nouns"] = positions
        found = []
        suffixes = self.lex["brokering_suffixes"]
        marks = self._relation_marks(doc, index)
        for noun in (doc[i] for i in positions if sent.start <= i < sent.end and doc[i].pos_ == "NOUN"):
            mediators: list[str] = []
            for t in doc[noun.left_edge.i : noun.i]:
                name, _, suffix = t.text.rpartition("-")  # "a U.S.-brokered ceasefire", one token
                key = self.gaz.names.get(name) or self.gaz.demonyms.get(name)
                if suffix.lower() in suffixes and key in index.actors:
                    mediators.append(key)
                elif marks.get(t.i) in suffixes:  # "US-led peace talks"
                    mediators.extend(self._actors_at(index, t))
            if mediators:
                parties = [k for k in self._prep_targets(index, noun, ["between"], deep=True) if k not in mediators]
                found.append(Found(mediators, "045", parties, noun, self._modality(noun)))
        return found

    def _calls_for(self, token: Token, index: ActorIndex) -> list[Found]:
        """ "X rejected calls from Washington and Kyiv for a ceasefire", "British calls for his release": appeals."""
        callers = [k for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj" for k in self._phrase_actors(index, o, deep=False)] or [
            k for c in token.children if c.dep_ in ("amod", "poss", "compound") for k in self._actors_at(index, c)]
        if not callers:
            return []
        head = token.head
        addressees = self._subject(head, index) if head.pos_ == "VERB" and token.dep_ == "dobj" else []
        scope = token.head if token.dep_ == "dobj" else token
        code = next((t["02"] for t in self.lex["request_topics"] if self._has_word(scope, t["words"])), "020")
        return [Found(callers, code, [k for k in addressees if k not in callers], token, self._modality(token))]

    def _consult_code(self, entry: dict, token: Token) -> str:
        if any(c.lower_ in ("phone", "telephone") for c in token.children) or token.lower_ == "call":
            return "041"
        return entry["code"]

    # -- assembling ------------------------------------------------------------------------------------------

    def _tidy(self, found: list[Found], index: ActorIndex) -> list[Found]:
        """Drop a speaker's bare statement where the same sentence gives them another act, and an
        act without a target or with a generic code where the sentence gives the same act its target ("airstrikes
        have struck Kabkabiya") or a more specific code; a cooperative act the actor says it will do is its pledge."""
        found = [self._claimed_attack(f, found, index) for f in found]
        specific = {s for f in found if f.specific_speech for s in f.sources}
        for f in found:
            if f.modality == "future" and f.code.startswith(("03", "05", "06", "07", "08")):
                f.code, f.modality = self._intent_code(f.code), None  # "will continue to support Taiwan": a pledge
            if f.modality in (None, "hypothetical") and f.code.startswith(COOPERATIVE_ROOTS) \
                    and self._declared_by_owner(f, index):
                f.code, f.modality = self._intent_code(f.code), None  # "the United States' decision to resume
                # intelligence sharing", "Azerbaijan's readiness to sign the peace agreement": a promise
            if f.modality == "negated" and f.code.startswith(COOPERATIVE_ROOTS) and (any(
                    self._is(h, "refusing_heads") for h in itertools.islice(f.trigger.ancestors, 2))
                    or self._is(f.trigger, "withheld_acts") or any(
                    c.dep_ == "aux" and c.lower_ in MODALS_FUTURE | {"would"}  # "would not hold talks with X"
                    for c in (f.trigger.head if f.trigger.dep_ == "dobj" else f.trigger).children)):
                # "said Caracas would never recognise the court's jurisdiction": a refusal
                f.code, f.modality = "125" if f.code.startswith("04") else "120", None  # "Paraguay's refusal to
                # recognize Maduro's claim": a rejection
        kept = []
        for f in found:
            briefing = bool(f.targets) and self._is(f.trigger, "briefing_verbs")  # "thanked the Secretary ... and
            # briefed him on Guyana's request": a briefing of its own, not a bare statement
            if f.code == "010" and not f.specific_speech and set(f.sources) & specific and not briefing:
                continue
            if not f.specific_speech and any(
                    g.specific_speech and g.code == f.code and set(g.targets) == set(f.targets)
                    and g.trigger in f.trigger.ancestors for g in found):
                continue  # "Biden noted that the United States will provide ...": the speaker's pledge, said once
            if f.code == "010" and not briefing and any(
                    g.sources == f.sources and g.modality is None and self._tells_of(f, g) for g in found):
                continue  # 'said: "I urge ..."', "Greece said it was in contact with Iran": the act it tells of
            if f.code == "010" and self._attributes_only(f, found):
                continue  # "Afghan forces targeted Pakistani posts, Afghanistan's defence ministry said": a source
            if not f.targets and not self._about_a_reported_attack(f) and any(
                    g.targets and g.sources == f.sources and g.code[:2] == f.code[:2]
                    and (f.code not in THIRD_PARTY_CODES or g.code == f.code) and g.modality == f.modality
                    for g in found):
                continue  # not "X, who brokered the truce, spoke with A and B": mediating is not the call
            if f.code == f.code[:2] + "0" and any(
                    g.code != f.code and g.code[:2] == f.code[:2] and g.sources == f.sources
                    and set(g.targets) == set(f.targets) and g.modality == f.modality for g in found):
                continue  # "met in Seoul for their summit": one meeting, at its most specific code
            kept.append(f)
        return kept

    @staticmethod
    def _only_beside(index: ActorIndex, key: str, sent: Span) -> bool:
        """Whether a place is named in the sentence only to locate something ("a site near Nabatieh")."""
        heads = [sent.doc[m.start : m.end].root for m in index.mentions
                 if sent.start <= m.start < sent.end and key in m.keys]
        return index.actors[key].kind == "Location" and bool(heads) and all(
            h.dep_ == "pobj" and h.head.lower_ in ("near", "outside", "around", "beyond") for h in heads)

    def _about_a_reported_attack(self, f: Found) -> bool:
        """ "condemned the strikes and accused Washington of ...", "called the tariff an act of aggression and
        accused ...": a reproach of an attack or penalty told before, whose author is found later, not a bare form of
        the accusation beside it."""
        return f.code.startswith("11") and any(
            c.dep_ == "dobj" and self._attack_or_penalty(c) and any(d.lower_ in REFERRING_DETERMINERS
                                                                    for d in c.children) for c in f.trigger.children)

    def _attack_or_penalty(self, noun: Token) -> bool:
        """Whether a noun names an attack or a penalty, a deed someone did to another ("the strikes", "the tariff")."""
        return bool(self.nouns.get(noun.lemma_, {}).get("conflict")) or self._is(noun, "penalty_nouns")

    def _claimed_attack(self, f: Found, found: list[Found], index: ActorIndex) -> Found:
        """ "Kyrgyz border guards said Tajik forces had attacked Kyrgyz positions": a side that reports an attack
        on itself accuses the attacker (1123); the attack is its claim, not a fact the text asserts."""
        if not f.code.startswith(("17", "18", "19", "20")) or f.modality is not None or not (
                f.trigger.pos_ == "VERB" or f.trigger.head.lemma_ in self.lex["nominal_light_verbs"]):
            return f  # not an attack named in passing: "helping Ukraine against Putin's invasion"
        for s in found:
            if s.code == "010" and s.modality is None and self._is(s.trigger, "assessing_verbs") \
                    and f.trigger in s.trigger.subtree and not set(f.sources) & set(s.sources):
                return Found(s.sources, "112", f.sources, f.trigger)  # "The NCSC assesses that GRU Unit 26165
                # carried out a disruptive attack": its attribution of the attack
            if s.code != "010" or s.modality is not None or not self._is_speech(s.trigger) \
                    or f.trigger not in s.trigger.subtree or f.trigger.i in index.quoted or s.trigger.i > f.trigger.i:
                continue  # not the story's own account with its source after it: "Russia pounded Kyiv, ... said"
            path = [t for t in [f.trigger, *f.trigger.ancestors] if t.i != s.trigger.i and s.trigger in t.ancestors]
            if any(t.dep_ == "advcl" for t in path):
                continue  # "struck Cambodian targets after Cambodian forces fired rockets": the story's background
            side = self._with_states(index, s.sources)
            if side & set(f.sources) or side & {self._state_of(index, k) for k in f.sources}:
                continue  # its own side's strike
            hit = f.targets or [k for t in self._clause_verb(f.trigger).subtree for k in self._actors_at(index, t)
                                if k not in f.sources]  # "opened fire ... on a Tajik border post"
            if side & {self._state_of(index, k) or k for k in hit}:
                return Found(s.sources, "1123", f.sources, f.trigger)
        return f

    def _to_interactions(self, doc: Doc, found: list[Found], index: ActorIndex,
                         resolver: DateResolver) -> list[Interaction]:
        out: list[Interaction] = []
        seen: dict[tuple, Interaction] = {}
        breaks = [int(i) for i in np.flatnonzero(doc.to_array(IS_SPACE)) if "\n" in doc[int(i)].text]

        def paragraph_of(sent: Span) -> int:
            return bisect.bisect_left(breaks, sent.start)

        undated: list[Interaction] = []
        passing: set[int] = set()  # acts named in passing, whose own dates are no lead for the story's others
        meetings: list[Meeting] = []
        untargeted = tuple(self.lex["untargeted_roots"])
        speakers = {k for f in found if f.code.startswith(("01", "02", "11")) and not (f.targets and all(
            self._state_of(index, t) in f.sources for t in f.targets)) for k in f.sources}
        # those who speak of others are never victims; not a government's calls on a group at home to disarm
        para_dates: dict[int, object] = {}
        dateline = self._dateline_date(doc, resolver)
        fighting = {k for g in found if g.code.startswith(("18", "19", "20")) and g.modality is None
                    for k in g.sources + g.targets}  # who fights anyone in the story
        for f in found:
            t = f.trigger
            sent = t.sent
            light = self.lex["nominal_light_verbs"]
            entry = self.nouns.get(t.lower_) or self.nouns.get(t.lemma_) or {}
            occasion = (entry.get("consult") or entry.get("anchored")) and t.dep_ == "pobj" and t.head.dep_ == "prep"
            in_passing = t.pos_ in ("NOUN", "PROPN") and not (t.dep_ == "dobj" and t.head.lemma_ in light) \
                and not occasion
            if in_passing:
                date, stated = resolver.date_within(t), True  # an act named in passing keeps only its own date
            else:  # the act itself, or the occasion of it ("arrived on Monday for talks with ...")
                date, stated = resolver.date_for(t)
            if date is None and dateline is not None and sent == dateline[0] and f.modality is None:
                date = dateline[1]  # "ISLAMABAD, Jan 20 – Pakistani and Afghan forces exchanged fire": the lead's day
            if date is None and not stated and f.modality is None:
                para_date = para_dates.get(paragraph_of(sent))
                for meeting in reversed(meetings):
                    if meeting.date is not None and meeting.sentence_start <= sent.start \
                            and set(f.sources) & set(meeting.participants):
                        date = meeting.date  # what the participants of a dated call said and did
                        break
                if date is None:
                    date = para_date
            elif date is not None and not in_passing:
                para_dates[paragraph_of(sent)] = date
            if f.modality is None and resolver.published and (self._performative(t) or (
                    f.code.startswith("13") and t.i not in index.quoted and any(
                        c.dep_ == "aux" and c.lower_ in MODALS_FUTURE for c in t.children))):
                date = resolver.published  # "The United States condemns ...", "We call on ...", "we will not
                # hesitate to take further action": said as published
            if f.modality == "future" and date is not None and resolver.published and date < resolver.published:
                date += dt.timedelta(days=7)  # "will travel on Wednesday": the coming one
            targets = f.targets if f.code.startswith(("17", "18", "19", "20")) and f.code != "173" else [  # not
                # "deployed troops to Bolivar state" nor "arrested activists in Havana": its own province
                k for k in f.targets if not (index.actors[k].kind == "Location"
                                             and self._state_of(index, k) in self._with_states(index, f.sources))]
            if any(index.actors[k].kind == "Location" for k in targets):
                targets = [k for k in targets if not (index.actors[k].kind == "Location" and (self._open_water(
                    index.actors[k]) or self._state_of(index, k) in targets and not self._beside_its_state(
                    index, k, sent)))]  # "attack commercial shipping in the Red Sea"
            if len(targets) > 1:  # "hit Hezbollah weapons depots and a rocket launch site near Nabatieh": Hezbollah
                nearby = [k for k in targets if self._only_beside(index, k, sent)]
                targets = [k for k in targets if k not in nearby] if len(nearby) < len(targets) else targets
            # "in Afghanistan's Paktika province": Afghanistan; but "in Pakistan and Pakistan-occupied Kashmir": both
            if any(index.actors[k].kind == "Location" for k in targets):
                own = set(self._states_of(index, f.sources))  # "Russia's attack on Kyiv and Odesa", in a text
                # naming Ukraine: on Ukraine;
                targets = list(dict.fromkeys(  # but "the RSF seized El Fasher": the town, in its own state's war
                    state if index.actors[k].kind == "Location" and (state := self._state_of(index, k))
                    and index.actors[state].mentioned and state not in own
                    and not self._beside_its_state(index, k, sent)
                    and (own or not f.code.startswith(("18", "19", "20"))) else k for k in targets))
            if f.code.startswith((*COOPERATIVE_ROOTS, "15")):  # "commitment to the alliance, the cornerstone of peace
                # in the Indo-Pacific", "reinforced its presence in the northern state of Roraima": not parties
                targets = [k for k in targets if not self._region(index.actors[k])]
            if not targets and f.code.startswith(("19", "18", "20")) and f.trigger.pos_ in ("NOUN", "PROPN") \
                    and not any(self._open_water(index.actors[k]) for t in f.trigger.subtree  # "on Red Sea shipping"
                                for k in self._actors_at(index, t)):
                targets = [k for k in self._focal_victims(index, f.sources) if k not in speakers]
            if not targets and f.code.startswith("087"):  # "The RSF announced a unilateral humanitarian truce":
                targets = self._opponent(f, found)  # toward the side it was fighting
            if not targets and f.code.startswith(("11", "12", "13")):
                targets = self._doer_of_move(f, index) or self._attacker_referred_to(f, found, index)
            if not targets and f.code.startswith(("016", "12")):
                targets = self._accuser_referred_to(f, found, index)
            if not targets and f.code == "125":  # "would not negotiate under blackmail": with whoever coerced
                own = {self._state_of(index, k) or k for k in self._with_states(index, f.sources)}
                coercions = [e for e in self._earlier_acts_of_others(f, found, index, ("11", "16", "17", "18", "19",
                                                                                      "20"))
                             if own & {self._state_of(index, k) or k
                                       for k in e.targets or self._owner_of_object(e, index)} or not any(
                                 index.actors[k].kind == "Country" for k in own)]  # a speaker with no known state
                targets = [k for k in coercions[-1].sources if k not in f.sources] if coercions else (
                    self._other_sides(f, found, index))
            if len(targets) == 2 and (f.code.startswith("02") or f.code in ("039", "045")) \
                    and not set(targets) <= fighting and self._sides_by_salience(f, targets, index):
                # "Dujarric urged both sides": the two at war in the story, when the sentence does not name them
                sides = self._other_sides(f, found, index)
                targets = sides if self._other_pair(sides, targets, index) else targets
            elif len(targets) == 1 and len(f.sources) == 1 and f.code.startswith("04") and not set(
                    f.sources + targets) <= fighting and self._sides_by_salience(f, f.sources + targets, index):
                sides = self._main_conflict(found, index)  # "talks between the two sides"
                if self._other_pair(sides, f.sources + targets, index):
                    f.sources, targets = sides[:1], sides[1:]
            if not targets and f.code in ("0256", "1056") and not any(  # "urged restraint": the conflict's sides,
                    c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in f.trigger.children):
                # not "called for calm" or "called on the international community"
                targets = self._other_sides(f, found, index)
            if targets and f.code in ("0253", "1053"):  # "called for the release of ... Aung San Suu Kyi": of her
                freed = {t.i for r in f.trigger.subtree if r.lemma_ in ("release", "freedom")  # captors, not to her
                         for o in r.children if o.dep_ in ("dobj", "prep") for t in o.subtree}
                told = [m for m in index.mentions if sent.start <= m.start < sent.end]
                targets = [k for k in targets if any(m.start not in freed for m in told if k in m.keys)]
            if not targets and f.code in ("0253", "1053"):  # "demanded his immediate release": of his captors,
                targets = self._captor(f, found, index) or self._conjoined_targets(f, found)  # or whom it condemned
            if not targets and f.code in ("015", "016", "018"):
                targets = self._about_whom(f, found, index)
            if not targets and f.code.startswith(("10", "11", "12", "13", "16", "17")):
                targets = self._conjoined_targets(f, found) or self._owner_of_object(f, index)
            if not targets and f.code.startswith("13"):  # "threatened to respond with force ..., after South
                targets = self._demanded_of(f, found) or self._provoker(f, found, index) or self._threatened(
                    f, index)  # Korea resumed broadcasts"
            if not targets and f.code in ("130", "138") or f.code.startswith(("0356", "087")) and not targets:
                # "Cambodia said it would respond in kind", "Ukraine was ready for a ceasefire": to the other side
                targets = self._other_sides(f, found, index)
            if f.code.startswith("13"):  # "threatened to take the row to the International Court of Justice":
                targets = [k for k in targets if not self._court(index.actors[k])]  # the court is where, not whom
            if not targets and f.code.startswith("14") and self._crowd_subject(f.trigger):
                targets = self._protested_at(f, index)  # "Thousands of Moldovans rallied to demand that Russia
                # withdraw", "Serbians marched demanding the government's resignation": Russia, their own state
            if not targets and f.code.startswith("15"):  # "raised its alert level after North Korea fired ...":
                targets = self._provoker(f, found, index) or self._posted_toward(f, index)  # toward whoever did
            if not targets and len(f.sources) > 1 and self._reciprocal(f.trigger):
                targets = f.sources  # "X and Y pledged not to use force against each other": each toward the other
            elif not targets and len(f.sources) > 1 and f.code.startswith("087"):  # "Kyrgyzstan and Tajikistan
                f.sources, targets = f.sources[:1], f.sources[1:]  # declared a ceasefire": the first named
            if not targets and f.code in ("043", "045"):  # "the talks, which were hosted by X"
                targets = self._meeting_referred_to(f, meetings, index)
            if len(targets) < 2 and f.code in ("045", "039"):  # "offered mediation between Russia and Ukraine"
                targets = [k for c in f.trigger.children if c.dep_ == "dobj"
                           for k in self._prep_targets(index, c, ["between"], deep=True)] or targets
            if len(targets) < 2 and f.code in ("045", "039"):  # "offered to mediate": between the sides of the conflict
                sides = self._consulted_together(f, found, index) or self._named_in_the_fight(
                    f, self._other_sides(f, found, index), index)
                if set(targets) <= set(sides):  # "to help broker an end to Russia's war": Russia and Ukraine
                    targets = sides
                conjoined = self._conjoined_targets(f, found)  # "urged both governments to ... and offered
                targets = targets or (conjoined if len(conjoined) > 1 else [])  # continued U.S. facilitation"
                targets = targets or self._mediated_parties(f, index) or self._agreeing_parties(f, found)
            if not targets and f.code == "036" and any(
                    c.dep_ == "dobj" and c.lemma_ in ("invitation", "invite") for c in f.trigger.children):
                targets = self._inviter(f, found)  # "Sugiono invited the Secretary ..., and Rubio accepted the
                # invitation": accepted from Sugiono
            if not targets and f.code.startswith("03"):
                for meeting in reversed(meetings):
                    if set(f.sources) & set(meeting.participants):
                        others = [k for k in meeting.participants if k not in f.sources]
                        if not others and len(f.sources) > 1:  # "the leaders reaffirmed their commitment to the
                            f.sources, targets = f.sources[:1], f.sources[1:]  # alliance": the first toward the other
                            break
                        targets = others if f.code == "039" else [  # an offer to mediate: between the parties
                            k if index.actors[k].kind == "Country" else a for k in others
                            for a in (index.actors[k].affiliations[:1] or [k]) if index.actors[a].kind == "Country"]
                        break
            if f.code.startswith("04") and f.modality is None:
                meetings.append(Meeting(list(dict.fromkeys([*f.sources, *targets])), f.code, date, sent.start))
            if f.code == "016":  # "denied that Rwandan soldiers were in Congo": not a denial to its own army
                targets = [k for k in targets if self._state_of(index, k) not in self._with_states(index, f.sources)]
            if f.code.startswith("01"):  # "officials told Reuters": the outlet reports, it is not addressed
                targets = [k for k in targets if not self._media(k) and not self._home_legislature(index, k, f.sources)
                           ] or self._spoken_of(f, index)  # nor is "the House of Representatives" a speech is given to
            borrows_date = date is None and f.modality is None and not resolver.points_elsewhere(t)
            for source in f.sources:
                if index.actors[source].kind == "Location":
                    continue  # "the Jeddah talks facilitated by X": a place hosts, it does not act
                tg = [k for k in dict.fromkeys(targets) if k != source and not (  # a spokesman does not accuse or
                    (f.code[:2] in ("11", "12") or f.code == "173")  # reject his own state (nor does its police
                    and index.actors[k].kind == "Country"  # arrest it), but
                    and k in self._with_states(index, [source])
                    and not self._insurgent(index, [source]))]  # a rebel may
                if tg and f.code[:2] <= "05" and index.actors[source].kind == "Country" and all(
                        source in index.actors[k].affiliations and self._category(k) != "armed_group" for k in tg):
                    continue  # "Lula reiterated Brazil's call": not Brazil's appeal to its own president; but "Congo
                    # and the M23 held talks"
                if not tg and f.modality is None and (not f.code.startswith(untargeted) or f.code == "1123") \
                        and not (f.code.startswith(("18", "19")) and self._at_shipping(f.trigger)):
                    continue  # "signed an agreement", "launched strikes", an accusation of aggression: an act toward
                    # someone the text never names
                key = (source, f.code, tuple(tg), sent.start, f.modality)
                if key in seen:  # the same act said twice in one sentence ("Speaking to reporters, X said, ...")
                    seen[key].quotes.extend(q for q in f.quotes if q not in seen[key].quotes)
                    continue
                seen[key] = Interaction(actor=source, cameo=f.code, evidence=sent.text.strip(), targets=tg,
                                        date=date, quotes=list(f.quotes), modality=f.modality, start=sent.start_char)
                out.append(seen[key])
                if borrows_date:
                    undated.append(seen[key])
                if in_passing:
                    passing.add(id(seen[key]))
        lead = next((i for i in sorted(out, key=lambda i: i.start) if i.date is not None and i.modality is None
                     and id(i) not in passing), None)  # not "condemned Russia's attacks on Monday night": its date
        story = self._lead_date(doc, resolver) or resolver.published
        for i in undated:  # an act the text does not date happened when the story's lead did, as event coders date
            # it; one told before any dated act, when the story's first sentence says, else when it was published
            i.date = lead.date if lead is not None and lead.start <= i.start else story or (
                lead.date if lead is not None else None)
        return out

    @staticmethod
    def _dateline_date(doc: Doc, resolver: DateResolver) -> tuple[Span, dt.date] | None:
        """The sentence a wire dateline opens and the day the dateline gives ("BEIRUT, Feb 12 -")."""
        where = find_dateline(doc) if resolver.published else None
        span = doc.char_span(where[0], where[1], alignment_mode="expand") if where else None
        if span is None or span.end >= len(doc):
            return None
        day = next((parse_date_expression(e.text, resolver.published) for e in doc.ents
                    if span.start <= e.start < span.end and e.label_ == "DATE"), None)
        return (doc[span.end].sent, day) if day is not None else None

    @staticmethod
    def _lead_date(doc: Doc, resolver: DateResolver) -> dt.date | None:
        """The date the story's opening sentences give their main act ("West African leaders on Sunday named ...")."""
        opening = next((sent for sent in itertools.islice(doc.sents, 4)
                        if sent.root.pos_ in ("VERB", "AUX")  # not a dateline
                        and sent.text.rstrip().endswith((".", '"', "”"))), None)  # nor a headline
        return resolver.date_for(opening.root)[0] if opening is not None else None

    def _names_told_meeting(self, trigger: Token) -> bool:
        """Whether the object of a verb ("hosted the talks") or the noun it describes ("the meeting, hosted by X")
        is a meeting the text has told of, not a new one ("hosted a summit")."""
        noun = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if noun is None and trigger.dep_ in ("acl", "relcl"):
            noun = trigger.head
        entry = {} if noun is None else self.nouns.get(noun.lower_) or self.nouns.get(noun.lemma_) or {}
        occasion = noun is not None and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and self._code_of(noun.head.head).startswith("04")  # "met ... in talks brokered by X": those talks
        return (entry.get("code") or "").startswith("04") and (any(c.lower_ == "the" for c in noun.children)
                                                               or occasion)

    def _meeting_referred_to(self, f: Found, meetings: list[Meeting], index: ActorIndex) -> list[str]:
        """ "The meeting, hosted by X", "X, who mediated the talks": those who met, as this sentence or one of the two
        before reported it; mediation is between their states."""
        if not self._names_told_meeting(f.trigger):
            return []
        sentences = list(f.trigger.doc.sents)
        start = f.trigger.sent.start
        here = next(n for n, s in enumerate(sentences) if s.start == start)
        earliest = sentences[max(0, here - 2)].start
        for meeting in reversed(meetings):
            if meeting.sentence_start < earliest:
                break
            if meeting.code in THIRD_PARTY_CODES:
                continue
            others = [k for k in meeting.participants if k not in f.sources]
            if others:
                if f.code.startswith("045"):
                    others = list(dict.fromkeys(self._state_of(index, k) or k for k in others))
                return others
        return []

    def _doer_of_move(self, f: Found, index: ActorIndex) -> list[str]:
        """ "The US held exercises with Guyana, a move Venezuela denounced": who made the move."""
        noun = f.trigger.head
        if f.trigger.dep_ == "relcl" and noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj") \
                and f.code.startswith(("11", "12")) and not self._is(noun, "deed_nouns"):
            verb = noun.head  # "a campaign of floating trash-laden balloons that Seoul has condemned": the North's
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "pcomp", "dobj") \
                    and verb.head.i != verb.i:
                verb = verb.head
            while verb.dep_ in ("pcomp", "acl", "xcomp") and verb.head.i != verb.i:
                verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
            own = self._with_states(index, f.sources)
            return [k for k in self._subject(verb, index) if k not in own] if verb.pos_ in ("VERB", "AUX") else []
        if f.trigger.dep_ != "relcl" or not self._is(noun, "deed_nouns") or noun.dep_ not in ("appos", "npadvmod"):
            return []
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        own = self._with_states(index, f.sources)
        return [k for k in self._subject(verb, index) if k not in own]

    def _attacker_referred_to(self, f: Found, found: list[Found], index: ActorIndex) -> list[str]:
        """ "X condemned the attack": who carried out the attack the text reported last."""
        obj = next((c for c in f.trigger.children if c.dep_ == "dobj"), None)
        subject = next((c for c in f.trigger.children if c.dep_ == "nsubj"), None)
        if obj is None and subject is not None and subject.lower_ in DEED_PRONOUNS:
            earlier = self._earlier_acts_of_others(f, found, index, ("16", "17", "18", "19", "20"))
            return [k for k in earlier[-1].sources if k not in f.sources] if earlier else []  # "This is unlawful"
        if obj is None or not self._attack_or_penalty(obj):
            # "concern at the loss of life following yesterday's strike": the attack the reproach is about
            obj = next((t for t in f.trigger.subtree if self.nouns.get(t.lemma_, {}).get("conflict")), obj)
        if obj is None or not any(c.lower_ in REFERRING_DETERMINERS for c in obj.children):
            return []
        named = [k for c in obj.children if c.dep_ in ("amod", "poss", "compound") for k in self._actors_at(index, c)
                 if k not in self._with_states(index, f.sources) and index.actors[k].kind != "Location"]
        if named:  # "the Cambodian attacks": the phrase names the attacker
            return named[:1]
        earlier = self._earlier_acts_of_others(f, found, index, ("15", "17", "18", "19", "20"))
        own = self._with_states(index, f.sources)
        sent = f.trigger.sent
        told_here = [e for e in found if f.trigger.i < e.trigger.i < sent.end
                     and e.modality is None and e.code.startswith(("15", "17", "18", "19", "20"))
                     and not set(e.sources) & own]
        if told_here:  # "condemned the attack and ramming by China Coast Guard vessels": the one it tells of
            return [k for k in told_here[0].sources if k not in f.sources]
        hostile = [e for e in found[: found.index(f)] if e.code.startswith(("15", "17", "18", "19", "20"))
                   and e.modality is None]

        coded = "" if self.nouns.get(obj.lemma_, {}).get("conflict") else (
            self.nouns.get(obj.lemma_, {}).get("code") or "")[:3]  # "the arrest": a detention, not any clash

        def of_kind(acts: list[Found]) -> list[Found]:  # "launched exercises"; "seized ... the seizure"; "detained
            return [e for e in acts for word in [e.trigger, *(c for c in e.trigger.children if c.dep_ == "dobj")]
                    if word.lemma_.endswith(obj.lemma_) or obj.lemma_.endswith(word.lemma_)  # ... the arrest"
                    or len(os.path.commonprefix([word.lemma_, obj.lemma_])) >= max(4, min(
                        len(word.lemma_), len(obj.lemma_)) - 2) or (len(coded) == 3 and e.code.startswith(coded))]
        same_kind = of_kind(earlier)
        if not same_kind and self._is(obj, "penalty_nouns"):  # "rejected the measures": who imposed them
            same_kind = self._earlier_acts_of_others(f, found, index, ("16",))
        if not same_kind and f.code.startswith("11") and obj.pos_ == "NOUN":  # "Caracas condemned the drills":
            same_kind = of_kind(self._earlier_acts_of_others(f, found, index, ("06",)))  # who held them
        conflict = self.nouns.get(obj.lemma_, {}).get("conflict")
        if f.code == "1123" and (of_kind(hostile)[-1:] != same_kind[-1:] or (
                conflict and not same_kind and hostile[:1] != earlier[:1])):
            return []  # "Pakistan's military said the strikes targeted fighters of the TTP": its own strikes
        # otherwise the story's lead event: "the strikes" after a paragraph on other attacks
        # or, for "condemned these actions", the hostile act reported last
        if not same_kind and any(t.ent_type_ == "DATE" for t in obj.lefts):
            return []  # "condemned the January 17 attack on a church": an attack of its own, not the fighting told
        near = any(c.lower_ in ("this", "these") for c in obj.children)  # "We condemn this attack as well": the
        lead = (earlier[-1:] if near else earlier[:1]) if conflict else (  # one just told, not the story's lead
            earlier[-1:] if self._is(obj, "deed_nouns") else [])
        for e in reversed(same_kind or lead):
            return [k for k in e.sources if k not in f.sources]
        return []

    def _earlier_acts_of_others(self, f: Found, found: list[Found], index: ActorIndex,
                                roots: tuple[str, ...]) -> list[Found]:
        """Asserted acts under these CAMEO roots that the text reported before f, by others than f's side."""
        own = self._with_states(index, f.sources)
        return [e for e in found[: found.index(f)]
                if e.code.startswith(roots) and e.modality is None
                and not {x for k in e.sources for x in (k, self._state_of(index, k))} & own]  # nor its army

    def _other_sides(self, f: Found, found: list[Found], index: ActorIndex) -> list[str]:
        """The sides of the document's main conflict that f's actors are not on."""
        own = self._with_states(index, f.sources)
        states = set() if self._insurgent(index, f.sources) else {self._state_of(index, k) or k for k in own}
        return [k for k in self._main_conflict(found, index) if k not in own and not (
            self._state_of(index, k) in states and self._category(k) != "armed_group")]  # not the GRU for Russia's
        # embassy; but the M23 is Congo's other side, and the SAF the RSF's

    def _threatened(self, f: Found, index: ActorIndex) -> list[str]:
        """Whom a threatened act names: "threatened to use nuclear weapons to annihilate South Korea"."""
        own = self._with_states(index, f.sources)
        return [k for x in f.trigger.children if x.dep_ == "xcomp" for t in x.subtree
                for k in self._actors_at(index, t) if k not in own
                and index.actors[k].kind in ("Country", "Organization")][:1]

    def _captor(self, f: Found, found: list[Found], index: ActorIndex) -> list[str]:
        """The state (or else the body) that seized or detained someone, as the text reported last."""
        seizures = self._earlier_acts_of_others(f, found, index, ("17",))
        return [k if self._category(k) == "armed_group" else self._state_of(index, k) or k  # the Houthis, not Yemen
                for k in seizures[-1].sources] if seizures else []

    def _about_whom(self, f: Found, found: list[Found], index: ActorIndex) -> list[str]:
        """Who a claim, denial or condolence is about: the target of the act it names ("denied that its forces had
        struck a hospital in Kyiv"), else the state or body its words name ("after a landslide in Nepal")."""
        inside = {t.i for t in f.trigger.subtree}
        nested = [k for e in found if e is not f and e.trigger.i in inside for k in e.targets]
        if nested:
            return list(dict.fromkeys(nested))
        own = self._with_states(index, f.sources)
        doers = {t.i for c in f.trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}  # not "Yemen's"
        named = [k for t in f.trigger.subtree if t.i != f.trigger.i and t.i not in doers  # Houthis
                 for k in self._actors_at(index, t)]
        states = [next(iter(index.actors[k].affiliations), k) if index.actors[k].kind == "Location" else k
                  for k in named]
        return [k for k in dict.fromkeys(states) if k not in own and k in index.actors
                and index.actors[k].kind in ("Country", "Organization")
                and not self._media(k)][:1]

    def _conjoined_targets(self, f: Found, found: list[Found]) -> list[str]:
        """ "imposed sanctions on Niger and threatened military intervention": whom the first act of the pair
        was aimed at."""
        if f.trigger.dep_ != "conj":
            return []
        first = self._misattached_conj(f.trigger) or f.trigger.head
        return next((g.targets for g in found if g.trigger.i == first.i and g.sources == f.sources and g.targets), [])

    @staticmethod
    def _inviter(f: Found, found: list[Found]) -> list[str]:
        """Who made the invitation an actor accepts: the last to invite them, in this sentence or the one before."""
        before = _previous_sentence_start(f.trigger)
        invites = [g for g in found[: found.index(f)] if g.code == "036" and g.trigger.lemma_ == "invite"
                   and g.trigger.i >= before and not set(g.sources) & set(f.sources)]
        return invites[-1].sources if invites else []

    @staticmethod
    def _demanded_of(f: Found, found: list[Found]) -> list[str]:
        """ "X must withdraw. We will keep all options on the table if this does not happen": a threat that backs
        the speaker's demand of the sentence before is aimed at whom the demand was."""
        if not any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in f.trigger.subtree):
            return []
        before = _previous_sentence_start(f.trigger)
        demands = [g for g in found[: found.index(f)] if g.sources == f.sources and g.code.startswith(("02", "10"))
                   and g.targets and g.trigger.i >= before]
        return demands[-1].targets if demands else []

    def _owner_of_object(self, f: Found, index: ActorIndex) -> list[str]:
        """Whose deed a reproach, demand or threat is aimed at when it names no one: the state or body its object
        or clause names as owner or doer ("condemned Russia's aggression", "warned that any U.S. attack ...")."""
        own = self._with_states(index, f.sources)
        heads = [c for c in f.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if f.trigger.dep_ == "advcl" and any(h.lower_ == "which" for h in heads):  # "criticized China's
            heads += [c for c in f.trigger.head.children if c.dep_ == "dobj"]  # suspension ..., which Ulaanbaatar
            # has denounced as coercion", parsed as a clause of the verb
        heads += [g for c in f.trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        clauses = [c for c in f.trigger.children if c.dep_ in ("ccomp", "xcomp")]
        heads += [g for c in clauses for g in (c, *c.children) if g.dep_ in ("nsubj", "nsubjpass", "dobj")]
        heads += [g for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "against")
                  for g in p.children if g.dep_ == "pobj"]  # "vowed to retaliate for Pakistani air strikes"
        for head in heads:
            for word in (head, *(c for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod"))):
                for k in self._actors_at(index, word):
                    if k not in own and index.actors[k].kind in ("Country", "Organization") and not self._media(k):
                        return [k]
        for head in (h for h in heads if h.pos_ == "NOUN" and any(c.lower_ == "the" for c in h.children)):
            for earlier in reversed(head.doc[: f.trigger.sent.start]):  # "condemned the bounties" after "the Hong
                if earlier.lemma_ == head.lemma_:  # Kong authorities' latest bounties": theirs
                    owners = [o for c in earlier.children if c.dep_ in ("poss", "amod", "compound")
                              for k in self._phrase_actors(index, c)
                              for o in [k if index.actors[k].kind != "Location" else self._state_of(index, k)]
                              if o is not None and o not in own]
                    if owners:
                        return owners[:1]
        return []

    @staticmethod
    def _other_pair(sides: list[str], named: list[str], index: ActorIndex) -> bool:
        """Whether the sides at war are two parties (no place) wholly other than the two most named."""
        return len(sides) == 2 and not set(sides) & set(named) and all(
            index.actors[k].kind != "Location" for k in sides)

    def _sides_by_salience(self, f: Found, targets: list[str], index: ActorIndex) -> bool:
        """Whether the targets are "both sides" or "the parties" that the sentence itself does not name."""
        sent = f.trigger.sent
        told = [m for m in index.mentions if sent.start <= m.start < sent.end]
        return any(m.kind == "group" and set(m.keys) == set(targets) and self._is(sent.doc[m.end - 1], "party_nouns")
                   for m in told) and not all(
            any(k in m.keys and m.kind != "group" for m in told) for k in targets)

    def _consulted_together(self, f: Found, found: list[Found], index: ActorIndex) -> list[str]:
        """The states of those f's actors spoke with in the same sentence, if two or more ("spoke with his Venezuelan
        and Guyanese counterparts and offered Brazil's good offices"): the sides an offer to mediate is between."""
        sent = f.trigger.sent
        for g in found:
            if g.sources == f.sources and g.code.startswith("04") and sent.start <= g.trigger.i < sent.end \
                    and g.modality is None:
                states = list(dict.fromkeys(self._state_of(index, k) or k for k in g.targets))
                if len(states) > 1:
                    return states
        return []

    def _agreeing_parties(self, f: Found, found: list[Found]) -> list[str]:
        """ "Israel and Hamas agreed to a ceasefire. The deal, mediated by Qatar, ...": the two who agreed, told in
        this sentence or the one before."""
        if f.trigger.head.lemma_ not in self.lex["brokered_nouns"]:
            return []
        before = _previous_sentence_start(f.trigger)
        for g in reversed(found[: found.index(f)]):
            parties = list(dict.fromkeys(g.sources + g.targets))
            if g.trigger.i >= before and g.code.startswith(("03", "057", "08")) and len(parties) == 2 \
                    and not set(parties) & set(f.sources):
                return parties
        return []

    def _mediated_parties(self, f: Found, index: ActorIndex) -> list[str]:
        """ "The warring parties signed a truce after talks mediated by Saudi Arabia": who acted on the mediation."""
        own = self._with_states(index, f.sources)
        for verb in f.trigger.ancestors:
            if verb.pos_ in ("VERB", "AUX"):
                return [k for k in self._subject(verb, index) if k not in own and self._state_of(index, k) not in own]
        return []  # not "..., foreign ministry spokesperson Mao Ning told a regular briefing": China's own

    def _posted_toward(self, f: Found, index: ActorIndex) -> list[str]:
        """ "deployed troops to its border with Guyana", "drills near Taiwan": the state the forces face."""
        own = self._with_states(index, f.sources)
        places = [f.trigger, *(c for c in f.trigger.children if c.dep_ == "dobj")]
        named = [k for p in places for c in p.children if c.dep_ == "prep" and c.lower_ in self.lex["posture_preps"]
                 for t in c.subtree for k in self._actors_at(index, t)]
        states = [self._state_of(index, k) if index.actors[k].kind == "Location" else k for k in named]
        return [k for k in dict.fromkeys(states) if k and k not in own and index.actors[k].kind == "Country"][:1]

    def _provoker(self, f: Found, found: list[Found], index: ActorIndex) -> list[str]:
        """Whom a show of force answers: who acted, or who is named, in its "after ..." or "as ..." clause."""
        own = self._with_states(index, f.sources)
        for clause in f.trigger.children:
            if not any(t.lower_ in ("after", "following", "as", "amid") and t.i <= clause.i
                       for t in [clause, *clause.children]) and clause.lemma_ != "cite":  # "citing the threat of
                continue  # an imminent Indian strike"
            inside = {t.i for t in clause.subtree}
            acted = [k for e in found if e is not f and e.trigger.i in inside for k in e.sources if k not in own]
            named = [k for t in clause.subtree for k in self._actors_at(index, t)
                     if k not in own and index.actors[k].kind in ("Country", "Organization")]
            if acted or named:
                return list(dict.fromkeys(acted or named[:1]))
        return []

    @staticmethod
    def _to_infinitive(verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    @staticmethod
    def _reciprocal(trigger: Token) -> bool:
        """ "pledged not to use force against each other", "Russia and Ukraine each released 150 prisoners"."""
        text = " " + trigger.doc[trigger.left_edge.i : trigger.right_edge.i + 1].text.lower() + " "
        return " each other " in text or " one another " in text or any(
            g.lower_ == "each" and g.dep_ in ("appos", "advmod", "npadvmod") for c in trigger.children
            if c.dep_ in SUBJECT_DEPS for g in (c, *c.children))

    def _accuser_referred_to(self, f: Found, found: list[Found], index: ActorIndex) -> list[str]:
        """ "a charge Bangkok denied", "rejected the accusation", "the protest": who made the reproach the text
        reported last."""
        trigger = f.trigger
        obj = trigger.head if trigger.dep_ == "relcl" else next(
            (c for c in trigger.children if c.dep_ == "dobj"), None)
        if f.code.startswith("016") and (obj is None or obj.pos_ == "PRON" or self._is(obj, "denied_deeds")):
            side = self._with_states(index, f.sources)  # "Moscow denied any involvement": who accused Moscow
            accusers = [e for e in self._earlier_acts_of_others(f, found, index, ("11",)) if side & set(e.targets)]
            return list(accusers[-1].sources) if accusers else []
        if obj is None or not (self._is(obj, "accusation_nouns") or self._is(obj, "reproach_nouns")):
            return []  # "rejected the protest": of whoever protested
        disapprovals = self._earlier_acts_of_others(f, found, index, ("11",))
        kind = "114" if self._is(obj, "reproach_nouns") else "112"  # a protest lodged, an accusation made
        accusations = [e for e in disapprovals if e.code.startswith(kind)]  # else any reproach
        return list((accusations or disapprovals)[-1].sources) if disapprovals else []

    def _main_conflict(self, found: list[Found], index: ActorIndex) -> list[str]:
        """The two states or bodies of the document's most reported asserted use of force, else of its most
        reported hostility short of it (rejections, threats, shows of force, cut ties), not mere reproach."""
        def side(key: str, other: str) -> str:
            """ "Maduro threatened Guyana", "the Royal Thai Army" against Cambodia, strikes on a province: the sides
            are states."""
            def named_force(k: str) -> bool:
                return k.startswith("org:military:") or (
                    index.actors[k].kind == "Organization" and self.gaz.names_a_force(index.actors[k].name))

            actor = index.actors[key]
            force = key.startswith("org:military:") or (named_force(key) and (
                index.actors[other].kind == "Country"  # not the SAF against the RSF: two sides within Sudan
                or (named_force(other) and self._state_of(index, other) != self._state_of(index, key))))
            rolled = actor.kind in ("Person", "Location") or force  # "struck villages in Paktika": Afghanistan
            return (self._state_of(index, key) if rolled else None) or key

        for roots in (("18", "19", "20"), ("12", "13", "14", "15", "16", "17")):
            counts: dict[tuple[str, str], int] = {}
            for f in found:
                if f.code.startswith(roots) and f.modality is None:
                    for s_ in f.sources:
                        for t in f.targets:
                            pair = tuple(dict.fromkeys((side(s_, t), side(t, s_))))
                            if len(pair) == 2:
                                counts[pair] = counts.get(pair, 0) + 1
            if counts:
                return list(max(counts, key=lambda k: counts[k]))
        return []

    @staticmethod
    def _opponent(f: Found, found: list[Found]) -> list[str]:
        """The side an actor was last told fighting before f: the other party of its latest hostile act."""
        for e in reversed(found[: found.index(f)]):
            if e.modality is None and e.code.startswith(("18", "19", "20")):
                if set(e.sources) & set(f.sources):
                    return [k for k in e.targets if k not in f.sources]
                if set(e.targets) & set(f.sources):
                    return [k for k in e.sources if k not in f.sources]
        return []

    def _focal_victims(self, index: ActorIndex, sources: list[str]) -> list[str]:
        """The country a document's conflict is about, for attacks whose target the sentence leaves implicit."""
        own = self._with_states(index, sources)
        counts: dict[str, int] = {}
        for m in index.mentions:
            for k in m.keys:
                if k in index.actors and index.actors[k].kind == "Country" and k not in own:
                    counts[k] = counts.get(k, 0) + 1
        if not counts:
            return []
        best = max(counts.values())
        top = [k for k, n in counts.items() if n == best]
        return top if len(top) == 1 else []


@Language.factory("dip_interactions", assigns=["doc._.interactions"], requires=["doc._.actor_index"])
def make_interaction_finder(nlp: Language, name: str) -> InteractionFinder:
    """The interaction finder over the packaged CAMEO trigger lexicon."""
    return InteractionFinder(load_lexicon(), load_gazetteer())
