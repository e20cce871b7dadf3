"""`ActorResolver`: one noun phrase to an actor, from the KB match of its words, its head noun and modifiers
("Iraqi security forces", "the Sudanese army", "Hezbollah fighters"), a person's office on the publication
date, the group a spokesman speaks for, and the country the document is about."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from polemos.knowledge.kb import KnowledgeBase
from polemos.knowledge.kb_records import Entry
from polemos.lang.en.words import (
    ATTITUDE_PREFIX,
    CAPITAL_BEFORE,
    FIGURATIVE,
    GROUP_ROLES,
    LOCATIVE,
    NAME_PARTICLES,
    NOT_OWNER,
    PLACE_NOUNS,
    POSSESSIVE,
    REGION_BEFORE_AMERICA,
)
from polemos.models import Actor
from polemos.nlp.actors.entities import _given_names, _same_given_name, person_entities, sentence_toponyms
from polemos.nlp.actors.matcher import (
    APOSTROPHES,
    STATE_KINDS,
    DocContext,
    Mention,
    country_scores,
    mention_country,
)
from polemos.nlp.actors.named_back import named_back_country
from polemos.nlp.actors.vocab import (
    _FINITE_DEPS,
    _MODIFIER_POS,
    GROUP_KINDS,
    GROUP_MEMBER_SECTORS,
    SECTOR_SUFFIX,
)
from polemos.nlp.resources import resources_of

if TYPE_CHECKING:
    from spacy.tokens import Token


class ActorResolver:
    """Turns base mentions into resolved actor mentions for one doc."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, mentions: list[Mention], pub_date: date | None, *,
                 context: list[Mention] | DocContext | None = None) -> None:
        self.doc, self.kb, self.pub_date = doc, kb, pub_date
        self.base = mentions
        self.shared: DocContext | None = None
        self._by_sent: dict[int, list[Mention]] | None = None
        self._toponyms: dict[int, list[tuple[int, str]]] | None = None
        if isinstance(context, DocContext):
            self.context, self.scores, self.sent_of = context.mentions, context.scores, context.sent_of
            self.shared = context
            return
        self.context = mentions if context is None else context  # whole-doc mentions, for context country
        self.scores = country_scores(doc, self.context, kb)
        self.sent_of = {}
        if doc.has_annotation("SENT_START"):
            for k, sent in enumerate(doc.sents):
                for i in range(sent.start, sent.end):
                    self.sent_of[i] = k

    # -- actors

    def from_entry(self, entry: Entry, start: int, end: int) -> Actor:
        span = self.doc[start:end]
        return Actor(name=span.text, country=entry.country or self.kb.country_of(entry.id),
                     sector=entry.primary_sector, actor_id=entry.id, kind=entry.kind,
                     start=span.start_char, end=span.end_char)

    def composite(self, country: str | None, sector: str, start: int, end: int, *, kind: str | None = None,
                  name: str | None = None) -> Actor:
        span = self.doc[start:end]
        ident = f"{country}.{sector}" if country and sector in SECTOR_SUFFIX else None
        if ident is not None and ident not in self.kb:
            ident = None
        return Actor(name=name or span.text, country=country, sector=sector, actor_id=ident,
                     kind=kind or SECTOR_SUFFIX.get(sector, "agent"), start=span.start_char, end=span.end_char)

    def local_country(self, start: int) -> str | None:
        """Context country for a mention: doc salience, boosted for countries in the same sentence."""
        if not self.scores:
            return None
        sent = self.sent_of.get(start)
        local: dict[str, float] = dict(self.scores)
        for m in self.sentence_mentions(sent):
            country = mention_country(self.kb, m)
            if country:
                local[country] = local.get(country, 0.0) + 2.0
        return max(local, key=lambda c: local[c])

    def sentence_mentions(self, sent: int | None) -> list[Mention]:
        """The context mentions in sentence number ``sent``, in text order. The index is built once per doc
        (scanning every mention of the doc per call grew with the square of its length); their countries are
        read at each call, as mentions of the doc being resolved gain their actors."""
        if sent is None:
            return []
        index = self.shared.by_sent if self.shared is not None else self._by_sent
        if index is None:
            index = {}
            for m in self.context:
                k = self.sent_of.get(m.start)
                if k is not None:
                    index.setdefault(k, []).append(m)
            if self.shared is not None:
                self.shared.by_sent = index
            else:
                self._by_sent = index
        return index.get(sent, [])

    def sentence_toponyms(self, sent: int | None) -> list[tuple[int, str]]:
        """(token index, country) of the towns and provinces named in sentence ``sent``, indexed once per doc."""
        if sent is None:
            return []
        index = self.shared.toponyms_by_sent if self.shared is not None else self._toponyms
        if index is None:
            index = {}
            for i, c in sentence_toponyms(self.doc, self.scores):
                k = self.sent_of.get(i)
                if k is not None:
                    index.setdefault(k, []).append((i, c))
            if self.shared is not None:
                self.shared.toponyms_by_sent = index
            else:
                self._toponyms = index
        return index.get(sent, [])

    def agent_country(self, start: int) -> str | None:
        """Country of a bare agent ("three fighters", "gunmen"): that of the nearest town or province named in
        its sentence (people are mostly locals of where the text puts them), else `local_country`."""
        sent = self.sent_of.get(start)
        here = self.sentence_toponyms(sent)
        if sent is not None and here:
            # A town named in another clause ("talks in Pretoria, ending a war that has killed ... people") is
            # not where these people are, when the sentence names a country of its own.
            clause = self._clause(start)
            same = [(i, c) for i, c in here if self._clause(i) == clause]
            if same or self._sentence_country(sent) is None:
                return min(same or here, key=lambda x: abs(x[0] - start))[1]
        return self.local_country(start)

    def _clause(self, i: int) -> int:
        """The verb heading the clause of token i: the nearest verb above it, or above that for a participle or
        infinitive adjunct ("struck a car near Qamishli, killing three fighters"); relative clauses and noun
        modifiers ("a war that has killed ...", "a flotilla carrying aid to Gaza") are clauses of their own."""
        tok = self.doc[i]
        while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
            tok = tok.head
        while tok.head.i != tok.i and tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ in ("VBG", "VBN", "VB") \
                and not any(c.dep_ in _FINITE_DEPS for c in tok.children):
            tok = tok.head
            while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
                tok = tok.head
        return tok.i

    def _sentence_country(self, sent: int) -> str | None:
        """A country named in sentence ``sent`` by a state, demonym or actor mention."""
        for m in self.sentence_mentions(sent):
            if m.kind != "agent":
                country = mention_country(self.kb, m)
                if country:
                    return country
        return None

    # -- passes

    def resolve(self) -> list[Mention]:
        """Resolved mentions, each with an Actor, in text order."""
        mentions = self._drop_modifiers([m for m in self.base if not self._is_place(m) and not self._namesake(m)])
        mentions = self._titles(mentions)
        mentions = self._compose(mentions)
        mentions = self._complements(mentions)
        out = []
        for m in mentions:
            if m.actor is None:
                m.actor = self._plain(m)
            if m.actor is None:
                continue
            if m.kind == "person" and m.entry is None and m.actor.country is None and m.actor.sector != "IGO":
                m.actor.country = self.local_country(m.start)  # "President Sebastian Pinera" in a Chile story
            out.append(m)
        return out

    def _namesake(self, m: Mention) -> bool:
        """A KB person matched by the surname alone inside a fuller name that is someone else's ("Vitaly
        Zakharchenko" is not Alexander Zakharchenko), or by a surname the text gave such a fuller name before:
        the mention is that other person, whom the PERSON entity makes an actor of its own."""
        if m.entry is None or m.kind != "entity":
            return False
        return self.namesake(m.start, m.end, m.entry)

    def namesake(self, start: int, end: int, entry: Entry) -> bool:
        """Whether the one-word name at [start, end) that matched the KB person ``entry`` is someone else's
        surname (see `_namesake`)."""
        if entry.kind != "person" or end - start != 1:
            return False
        surname = self.doc[start].text
        known = _given_names(entry)
        for ent in person_entities(self.doc):
            inside = ent.end == end and ent.start < start
            if not (inside or ent.end <= start) or ent[-1].text != surname:
                continue
            given = [t for t in self.doc[ent.start:ent.end - 1]
                     if t.is_alpha and len(t) > 1 and t.text[:1].isupper() and t.lower_ not in NAME_PARTICLES
                     and self.kb.agent(t.text) is None and self.kb.agent(t.lower_) is None]
            if given and not any(_same_given_name(t.lower_, known) for t in given):
                return True
        return False

    def _is_place(self, m: Mention) -> bool:
        """A state or capital after a locative preposition ("in Iraq") or after "the capital" is a place,
        not an actor; one that modifies a noun ("at US bases") names the noun's owner."""
        if m.kind != "entity" or m.entry is None or m.entry.kind not in {"state", "government"}:
            return False
        if self._modifies_noun(m):
            head = self.doc[m.end - 1].head
            if self.kb.facility(head.text) or self.kb.agent(head.text) or self.kb.agent(head.lemma_):
                return False  # "at US bases" names the bases' owner; "in US custody" stays a place
        before = self._prev(m.start)
        named = self._prev(before.i) if before is not None and before.text == "," else before
        if m.entry.kind == "government" and named is not None and named.lemma_.lower() in CAPITAL_BEFORE:
            return True
        if m.entry.id == "USA" and before is not None and before.lower_ in REGION_BEFORE_AMERICA:
            return True
        if before is not None and before.lower_ == "the":
            before = self._prev(before.i)
        if before is not None and before.lower_ == "of" and before.i > 0 \
                and self.doc[before.i - 1].lemma_.lower() in PLACE_NOUNS:
            return True
        return before is not None and before.lower_ in LOCATIVE and all(
            t.text[:1].isupper() for t in self.doc[m.start:m.end] if t.is_alpha)

    def _prev(self, i: int) -> Token | None:
        return self.doc[i - 1] if i > 0 else None

    def _modifies_noun(self, m: Mention) -> bool:
        """Whether the mention only modifies a noun after it ("US" in "US bases", "Yemeni" in "Yemeni capital")."""
        last = self.doc[m.end - 1]
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= m.end and last.head.pos_ in ("NOUN", "PROPN")

    def _drop_modifiers(self, mentions: list[Mention]) -> list[Mention]:
        """Drop "government" in "anti-government protesters", "police" in "police station", "general" in
        "general strike"; keep "police" in "police gunfire" and make "militia leader" one mention."""
        out: list[Mention] = []
        absorbed: set[int] = set()
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            doc = self.doc
            if id(m) in absorbed:
                continue
            if m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in ATTITUDE_PREFIX:
                continue
            if m.kind == "agent" and m.entry is not None and m.entry.office and self._not_office(m):
                continue
            if m.kind == "agent" and m.entry is not None and not m.entry.office \
                    and self._is_noun_modifier(m, mentions):
                role = self._group_role(m, by_start)
                if role is not None:
                    # "militia leader", "police spokesman": the group's member, of the group's sector
                    if role.end - 1 in by_start:
                        absorbed.add(id(by_start[role.end - 1]))
                    out.append(Mention(m.start, role.end, "agent", m.entry))
                    continue
                if not self._acts_in(m):
                    continue
            if m.kind == "agent" and len(self.doc[m.start:m.end].text) > 4 and self.doc[m.start:m.end].text.isupper():
                continue  # shouted headlines ("AGAINST ALL GOVERNMENTS") name no one in particular
            if m.kind == "agent" and self._figurative(m):
                continue
            if m.kind in ("demonym", "entity") and m.entry is not None and m.entry.kind == "state" \
                    and self._modifies_noun(m) and doc[m.end - 1].head.lemma_.lower() in PLACE_NOUNS:
                continue  # "the Yemeni capital", "the Iraq border": a place, not an actor
            out.append(m)
        return out

    def _figurative(self, m: Mention) -> bool:
        """ "opposition to the war" (a stance, not a group), "joined forces", "revolutionary forces"."""
        head = self.doc[m.end - 1]
        if m.end - m.start == 1 and head.lower_ == "opposition" and m.end < len(self.doc) \
                and self.doc[m.end].lower_ == "to":
            return True
        if head.dep_ == "dobj" and head.head.lemma_.lower() == "join":
            return True
        return any(c.dep_ in ("amod", "conj") and c.i < head.i and c.lower_ in FIGURATIVE
                   for c in [*head.children, *(x for c in head.children for x in c.children)])

    def _not_office(self, m: Mention) -> bool:
        """Whether an office noun is no office holder here: an adjective ("general strike", "the general
        public"), part of an organisation's name ("General Motors", "King Abdullah University"), or a modifier
        of a common noun ("president election"). Titles before names ("General Austin") stay."""
        last = self.doc[m.end - 1]
        if last.pos_ == "ADJ":
            return True
        if any(e.label_ not in ("PERSON", "NORP", "GPE") and e.start <= m.start and e.end > m.end
               for e in self._entities_at(m.start)):
            return True
        head = last.head
        return last.dep_ in {"compound", "amod", "nmod"} and head.i >= m.end and head.pos_ == "NOUN" \
            and self.kb.agent(head.lemma_) is None and self.kb.agent(head.text) is None

    def _entities_at(self, i: int) -> list[Span]:
        tok = self.doc[i]
        if not tok.ent_type_:
            return []
        start = i
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        return [e for e in self.doc.ents if e.start == start]

    def _group_role(self, m: Mention, by_start: dict[int, Mention]) -> Span | None:
        """The role noun a group noun modifies ("militia leader", "rebel commander", "army spokesman"), whose
        holder belongs to the group; None when the head is no such noun or is a title before a name."""

        head = self.doc[m.end - 1].head
        if head.i < m.end or head.i - m.end > 1:
            return None
        nouns = resources_of(self.doc).cues.relational_nouns
        word = head.lemma_.lower()
        if nouns.get(word) not in ("LEADS", "PART_OF") and word not in GROUP_ROLES:
            return None
        if head.i + 1 < len(self.doc) and self.doc[head.i + 1].pos_ == "PROPN" \
                and self.doc[head.i + 1].text[:1].isupper():
            return None  # "rebel commander Ahmed Ali": the title goes with the name
        other = by_start.get(head.i)
        if other is not None and other.end != head.i + 1:
            return None
        return self.doc[m.start:head.i + 1]

    def _acts_in(self, m: Mention) -> bool:
        """Whether a group noun modifies an event noun and so names its doer ("police gunfire", "army
        shelling", "rebel attack")."""

        last = self.doc[m.end - 1]
        if last.dep_ != "compound" or last.pos_ not in ("NOUN", "PROPN"):
            return False
        head = last.head
        entries = resources_of(self.doc).lexicon.index.get(head.lemma_.lower(), [])
        return any(e.pos == "noun" and len(e.words) == 1 for e in entries)

    def _is_noun_modifier(self, m: Mention, mentions: list[Mention]) -> bool:
        last = self.doc[m.end - 1]
        if last.dep_ not in {"compound", "amod", "nmod"} or m.start <= last.head.i < m.end:
            return False
        # "Syrian government chemical weapons facilities" keeps "Syrian government": a country owns it.
        prev = self._left_modifier(m.start, mentions)
        return prev is None

    def _left_modifier(self, start: int, mentions: list[Mention]) -> Mention | None:
        """The mention that modifies tokens from ``start`` leftwards: "Yemen's Houthi rebels"."""
        ends = {m.end: m for m in mentions}
        i = start
        skipped = 0
        possessive = False
        while i > 0:
            if i in ends and ends[i].kind in {"entity", "demonym", "person", "composite"}:
                cand = ends[i]
                after = self.doc[cand.end:start]
                if len(after) >= 2 and after[0].text == "-" and after[1].lower_ in NOT_OWNER:
                    return None
                return cand
            tok = self.doc[i - 1]
            if tok.text.translate(APOSTROPHES) in POSSESSIVE and not possessive:
                possessive = True
                i -= 1
                continue
            if tok.pos_ in _MODIFIER_POS and tok.text[:1].isupper() and skipped < 2 and tok.ent_type_ != "PERSON":
                skipped += 1
                i -= 1
                continue
            return None
        return None

    def _titles(self, mentions: list[Mention]) -> list[Mention]:
        """Title + person name ("President Sebastian Pinera", "Ukraine's president, Volodymyr Zelensky")."""
        out: list[Mention] = []
        by_start = {m.start: m for m in mentions}
        consumed: set[int] = set()
        for m in mentions:
            if id(m) in consumed:
                continue
            if m.kind != "agent" or m.entry is None or not m.entry.office:
                out.append(m)
                continue
            j = m.end
            comma = j < len(self.doc) and self.doc[j].text == ","
            if comma:
                j += 1
            name_end, person = self._name_at(j, by_start)
            if name_end is None:
                out.append(m)
                continue
            if person is not None:
                consumed.add(id(person))
            name_span = self.doc[j:name_end]
            entry = person.entry if person is not None and person.entry is not None else self.kb.by_alias(name_span.text)
            if entry is not None and entry.kind != "person":
                entry = None
            span = self.doc[m.start:name_end]
            if entry is not None:
                actor = self.from_entry(entry, m.start, name_end)
                actor.name = name_span.text
            else:
                actor = Actor(name=name_span.text, country=None, sector=m.entry.primary_sector, kind="person",
                              start=span.start_char, end=span.end_char)
            out.append(Mention(m.start, name_end, "person", entry, actor=actor))
        return out

    def _name_at(self, j: int, by_start: dict[int, Mention]) -> tuple[int | None, Mention | None]:
        """End of a person's name starting at token j (a KB person, a PERSON entity or proper nouns)."""
        if j >= len(self.doc):
            return None, None
        m = by_start.get(j)
        if m is not None:
            if m.kind == "entity" and m.entry is not None and m.entry.kind == "person":
                return m.end, m
            return None, None
        tok = self.doc[j]
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            ent = next(e for e in self.doc.ents if e.start == j)
            # "President Vladimir V. Putin": the KB person the name ends in is the one named (a namesake's
            # surname match is gone by now, see `_namesake`)
            inner = next((p for p in by_start.values() if j < p.start and p.end == ent.end and p.kind == "entity"
                          and p.entry is not None and p.entry.kind == "person"), None)
            return ent.end, inner
        k = j
        while k < len(self.doc) and k - j < 4 and self.doc[k].pos_ == "PROPN" and self.doc[k].text[:1].isupper():
            inner = by_start.get(k) if k > j else None
            if inner is not None:
                # "General Secretary Xi Jinping": title words before a known person, who is the name
                if inner.kind == "entity" and inner.entry is not None and inner.entry.kind == "person":
                    return inner.end, inner
                break
            k += 1
        return (k, None) if k > j else (None, None)

    def _compose(self, mentions: list[Mention]) -> list[Mention]:
        """Country/actor modifier + head: "Iraqi security forces", "Suleimani's forces", "Yemen's Houthis"."""
        out: list[Mention] = []
        for m in mentions:
            mod = self._left_modifier(m.start, out) if out else None
            if mod is None or m.kind not in {"agent", "person", "entity"} or not self._can_head(m):
                out.append(m)
                continue
            composed = self._combine(mod, m)
            if composed is None:
                out.append(m)
                continue
            out.remove(mod)
            out.append(composed)
        return out

    def _can_head(self, m: Mention) -> bool:
        if m.kind == "entity":
            return m.entry is not None and m.entry.kind not in {"state", "person"}
        return True

    def _combine(self, mod: Mention, head: Mention) -> Mention | None:
        start, end = mod.start, head.end
        mod_entry = mod.entry
        country = mod.actor.country if mod.actor is not None else mention_country(self.kb, mod)
        if head.kind == "entity":
            # "Yemen's Houthi rebels", "Lebanon's Hezbollah": the named actor, qualified by its country.
            if mod_entry is None or mod_entry.kind not in STATE_KINDS or head.entry is None:
                return None
            return Mention(start, end, "composite", head.entry, actor=self.from_entry(head.entry, start, end))
        if head.kind == "person":
            actor = head.actor
            assert actor is not None
            if actor.country is None:
                actor.country = country
            if head.entry is None and mod_entry is not None and mod.kind in {"entity", "composite"} \
                    and mod_entry.kind in GROUP_KINDS and mod_entry.primary_sector:
                # "Arab League Secretary-General Chedli Klibi": someone the KB does not know serves that body
                actor.sector = mod_entry.primary_sector
            span = self.doc[start:end]
            actor.start, actor.end = span.start_char, span.end_char
            return Mention(start, end, "person", head.entry, actor=actor)
        assert head.entry is not None
        sector = head.entry.primary_sector
        if mod_entry is not None and mod.kind in {"entity", "composite"} and (
                (mod_entry.kind in GROUP_KINDS and sector in GROUP_MEMBER_SECTORS)
                or (mod_entry.kind in {"armed_forces", "police"} and sector in GROUP_MEMBER_SECTORS)
                or (mod_entry.kind == "government" and sector == mod_entry.primary_sector)):
            # "Saudi-led coalition forces", "Hezbollah fighters", "White House officials": the named body.
            return Mention(start, end, "composite", mod_entry, actor=self.from_entry(mod_entry, start, end))
        if head.entry.office and mod.kind != "person":
            holder = self.kb.office_holder(country, self.doc[head.start:head.end].text, on=self.pub_date) or (
                self.kb.office_holder(country, head.entry.office, on=self.pub_date)) if country else None
            if holder is not None:
                return Mention(start, end, "person", holder, actor=self.from_entry(holder, start, end))
            return Mention(start, end, "composite", None,
                           actor=self.composite(country, sector, start, end, kind="person"))
        actor = self.composite(country, sector, start, end)
        between = self.doc[mod.end:head.start]
        if self.doc[head.start].text[:1].isupper() and any(t.pos_ == "PROPN" for t in between):
            # "Syrian Democratic Forces": a named group of that country, not its state forces.
            actor.actor_id, actor.kind = None, "armed_group" if sector in {"MIL", "REB"} else actor.kind
        return Mention(start, end, "composite", None, actor=actor)

    def _complements(self, mentions: list[Mention]) -> list[Mention]:
        """Bare agent + "of"/"in" phrase: "supporters of President Donald Trump", "militias in Iraq"."""
        out: list[Mention] = []
        taken_until = -1
        for k, m in enumerate(mentions):
            if m.start < taken_until:
                continue
            if m.kind != "agent" or m.end >= len(self.doc) or self.doc[m.end].lower_ not in {"of", "in"}:
                out.append(m)
                continue
            prep = self.doc[m.end]
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects or prep.head.i < m.start or prep.head.i >= m.end:
                out.append(m)
                continue
            end = objects[0].i + 1
            if objects[0].left_edge.i != prep.i + 1:
                out.append(m)
                continue
            # Places ("militias in Iraq") were dropped from `mentions`, so look at the base matches too.
            inner = [x for x in [*mentions[k + 1:], *self.base] if m.end < x.start < end]
            owner = next((x for x in inner if mention_country(self.kb, x)), None)
            if end - m.end > 7 or (prep.lower_ == "in" and owner is None):
                out.append(m)
                continue
            assert m.entry is not None
            country = (owner.actor.country if owner is not None and owner.actor is not None
                       else mention_country(self.kb, owner) if owner is not None else self.local_country(m.start))
            if owner is not None and owner.entry is not None and owner.entry.kind in GROUP_KINDS \
                    and m.entry.primary_sector in GROUP_MEMBER_SECTORS:
                actor = self.from_entry(owner.entry, m.start, end)
            else:
                actor = self.composite(country, m.entry.primary_sector, m.start, end)
            if prep.lower_ == "in":
                actor.name = self.doc[m.start:m.end].text  # "Security forces in Myanmar": the place is no part of the name
            out.append(Mention(m.start, end, "composite", m.entry, actor=actor))
            taken_until = end
        return out

    def _name_start(self, m: Mention) -> int:
        """Start of the capitalised name an agent noun ends ("Popular Mobilisation Forces"), else m.start."""
        if not self.doc[m.start].text[:1].isupper() or m.start == 0:
            return m.start
        i = m.start
        while i > 0 and m.start - i < 4:
            tok = self.doc[i - 1]
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.is_sent_start:
                break
            i -= 1
        return i

    def _plain(self, m: Mention) -> Actor | None:
        """Actor of an uncomposed mention."""
        assert m.entry is not None
        span = self.doc[m.start:m.end]
        if m.kind == "entity":
            return self.from_entry(m.entry, m.start, m.end)
        if m.kind == "demonym":
            return self.from_entry(m.entry, m.start, m.end)
        if m.kind == "people":
            return self.composite(m.entry.country, "CVL", m.start, m.end, kind="agent")
        if m.kind == "agent":
            country = named_back_country(self.doc, self.kb, self.context, m) or self.agent_country(m.start)
            start = self._name_start(m)
            if start < m.start:
                # "Popular Mobilisation Forces": an unknown proper name ending in an agent noun.
                return self.composite(country, m.entry.primary_sector, start, m.end)
            if m.entry.office:
                holder = self.kb.office_holder(country, span.text, on=self.pub_date) if country else None
                if holder is not None and span.text[:1].isupper():
                    return self.from_entry(holder, m.start, m.end)
            return self.composite(country, m.entry.primary_sector, m.start, m.end)
        return None
