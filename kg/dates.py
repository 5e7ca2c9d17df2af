"""Resolve the date of an interaction from the date expressions around its trigger and the published date."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SAME_DAY = ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today")
DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?")
MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "last month", "earlier this year", "in 2016": another time than the story's; "six hours", "overnight" are not
ELSEWHERE = re.compile(r"\b(last|earlier|ago|previous|past|recent|recently|next|coming|later|since|\d{4}|"
                       r"(jan|febr)uary|march|april|may|june|july|august|(sept|octo|nov|dec)ember|"
                       r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b")


def _month(word: str) -> int | None:
    return MONTHS.get(word[:3].lower()) if word[:3].lower() in MONTHS else None


def parse_date_expression(text: str, published: dt.date | None) -> dt.date | None:
    """The calendar date a date expression names, relative ones resolved against the published date."""
    low = text.lower().strip()
    m = ISO.search(text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    for pattern, day_group, month_group in ((MONTH_DAY, 2, 1), (DAY_MONTH, 1, 2)):
        for m in pattern.finditer(text):
            month = _month(m[month_group])
            if month is None or not (1 <= int(m[day_group]) <= 31):
                continue
            year = int(m[3]) if m[3] else (published.year if published else None)
            if year is None:
                return None
            try:
                date = dt.date(year, month, int(m[day_group]))
            except ValueError:
                return None
            if not m[3] and published and date > published + dt.timedelta(days=7):
                date = date.replace(year=year - 1)
            return date
    if published is None:
        return None
    if any(low == s or low.endswith(s) for s in SAME_DAY):
        return published
    if "yesterday" in low:
        return published - dt.timedelta(days=1)
    if "tomorrow" in low:
        return published + dt.timedelta(days=1)
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            if low.startswith("next"):
                return published + dt.timedelta(days=(i - published.weekday()) % 7 or 7)
            return published - dt.timedelta(days=(published.weekday() - i) % 7)
    return None


class DateResolver:
    """Finds the date expression that governs a trigger and resolves it."""

    def __init__(self, published: dt.date | None, crediting_verbs: frozenset[str] = frozenset(),
                 reproving_verbs: frozenset[str] = frozenset()):
        self.published = published
        self.crediting_verbs = crediting_verbs  # "thanked X for the vote on Tuesday": the date is the vote's
        self.reproving_verbs = reproving_verbs  # "condemned North Korea's launch ... on March 15": the launch's
        self._dates: dict[int, list[Span]] = {}  # sentence start -> its date and time entities
        self._in_doc: list[Span] | None = None

    def _date_entities(self, sent: Span) -> list[Span]:
        if self._in_doc is None:  # one pass over the document's entities, not one per sentence
            self._in_doc = [e for e in sent.doc.ents if e.label_ in ("DATE", "TIME")]
        if sent.start not in self._dates:
            self._dates[sent.start] = [e for e in self._in_doc if sent.start <= e.start and e.end <= sent.end]
        return self._dates[sent.start]

    def _governor(self, token: Token) -> Token:
        node = token
        while node.pos_ not in ("VERB",) and node.head.i != node.i:
            node = node.head
        return node

    def _dates_a_thing_named(self, date: Token, trigger: Token, governor: Token) -> bool:
        """Whether a date belongs to a thing the act names rather than to the act: it hangs from a noun of its "of"
        or "for" phrase ("condemnation of Hamas' attack on 7 October"), follows what thanks or praise are for
        ("thanked Erdogan for the vote by the Grand National Assembly on Tuesday") or someone's act a reproof
        names ("condemned North Korea's launch of a missile on March 15")."""
        node = date.head
        while node.i != governor.i and node.head.i != node.i:
            if node.pos_ in ("NOUN", "PROPN") and node.i != trigger.i and node.dep_ == "pobj" \
                    and node.head.lower_ in ("for", "of"):
                return True
            node = node.head
        deed = self._reproved_deed(date)
        if deed is not None and not deed.left_edge.i <= trigger.i <= deed.right_edge.i:
            return True
        return governor.lemma_ in self.crediting_verbs and any(
            c.dep_ == "prep" and c.lower_ == "for" and c.i < date.i for c in governor.children)

    def _reproved_deed(self, date: Token) -> Token | None:
        """Someone's act a reproof names before the date that follows it: "condemned North Korea's launch of a missile
        on March 15", where the parser hangs the date on the verb."""
        reproof = self._governor(date)
        if reproof.lemma_ not in self.reproving_verbs:
            return None
        return next((c for c in reproof.children if c.dep_ == "dobj" and c.i < date.i
                     and any(g.dep_ == "poss" for g in c.children)), None)

    def date_within(self, phrase: Token) -> dt.date | None:
        """The date a noun phrase gives itself ("Pakistan's attack on India on April 22")."""
        for ent in self._date_entities(phrase.sent):
            deed = self._reproved_deed(ent.root)
            if (ent.root.i != phrase.i and ent.root in phrase.subtree
                    and not self._dates_a_thing_named(ent.root, phrase, phrase)) or (  # "condemnation of Hamas'
                    deed is not None and deed.left_edge.i <= phrase.i <= deed.right_edge.i):  # attack on 7
                # October": the attack's date
                return parse_date_expression(ent.text, self.published)
        return None

    def points_elsewhere(self, trigger: Token) -> bool:
        """Whether the act is put at a time the calendar cannot pin ("attacked India earlier this month")."""
        anchors = {trigger.i, self._governor(trigger).i}
        for ent in self._date_entities(trigger.sent):
            head = ent.root.head
            if head.pos_ == "ADP":
                head = head.head
            if head.i in anchors and ELSEWHERE.search(ent.text.lower()) \
                    and parse_date_expression(ent.text, self.published) is None:
                return True
        return False

    def date_for(self, trigger: Token) -> tuple[dt.date | None, bool]:
        """The date of the act the trigger names, and whether its own clause has a date expression at all.

        A clause that says "earlier this month" has a date the calendar cannot pin down: no date, and no date may be
        borrowed from the sentences around it either.
        """
        sent: Span = trigger.sent
        mine = self._governor(trigger)
        best, stated = None, False
        for ent in self._date_entities(sent):
            if (ent.root.dep_ in ("poss", "compound", "amod", "nmod") and ent.root.head.ent_type_ != "TIME") or any(
                    c.dep_ == "case" for c in ent.root.children):
                continue  # "next week's G20 meeting", "winter kits": a date that describes a thing, not the act;
                # but "on Monday evening" is the act's
            if self._governor(ent.root).i != mine.i and not (trigger.i <= ent.root.i and ent.root in trigger.subtree):
                continue
            if any(c.dep_ == "ccomp" and c.left_edge.i <= ent.root.i <= c.right_edge.i for c in trigger.children):
                continue  # "said its jets struck camps on Sunday": the strike's date, not the saying's
            if self._dates_a_thing_named(ent.root, trigger, mine):
                continue  # "thanked Erdogan for the vote ... on Tuesday": the vote's date, not the thanks
            text = ent.text
            # "early Wednesday (May 7)": the explicit date in brackets wins
            doc = sent.doc
            if ent.end + 2 < len(doc) and doc[ent.end].text == "(":
                close = next((t.i for t in doc[ent.end : min(len(doc), ent.end + 6)] if t.text == ")"), None)
                if close:
                    text = doc[ent.end + 1 : close].text + " " + text
            stated = True
            date = parse_date_expression(text, self.published)
            if date is not None:
                best = date
                break
        if not stated and (mine.dep_ in ("ccomp", "conj") or (mine.dep_ == "advcl" and mine.tag_ == "VBG")) \
                and mine.head.pos_ == "VERB":  # "struck on Monday, targeting ...": the participle is the same act
            # "X urged Y ..., the White House said on Friday"; "they met on Tuesday and called for a ceasefire"
            return self.date_for(mine.head)
        return best, stated
