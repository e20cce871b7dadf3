"""The acts a document performs in its author's voice, found in its words (guide §1).

`find_acts` reads each sentence whose subject is the author ("We call on ...", "The BCHR condemns ...", "It
urges ...", a verb conjoined to such a verb) and each item of a list introduced by the author's name ("The
Frente POLISARIO:\\n1. Condemns ..."), and gives the act's PLOVER type, its addressees and the verb it hangs
on. The words come from plover.yaml's ``author_voice`` table (`VoiceWords`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from polemos.models import Actor
from polemos.nlp.document.voice_words import VoiceWords
from polemos.nlp.resources import resources_of

_QUOTES = re.compile(r"[\"“”]")
# a list item: "- condemns ...", "1. Condemns ...", "• salutes ..."
_ITEM = re.compile(r"^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+(?=\w)", re.MULTILINE)
_PRONOUNS_OF_AUTHOR = frozenset({"we", "us", "our", "ours"})
_BACK_PRONOUNS = frozenset({"it", "they"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_STATE_PREPS = frozenset({"about", "by", "over", "at", "with"})  # "concerned about", "appalled by", "alarmed at"
_ADDRESSEE_BACK = frozenset({"them", "it", "they"})
# the prepositions after an act's noun that name whom it is aimed at: "gratitude to", "concern about/over/at"
_NOUN_PREPS = {"": frozenset({"to", "with", "for"}), "ACCUSE": frozenset({"to", "with", "for", "about", "over", "at"}),
               "REQUEST": frozenset({"on", "upon", "to"})}  # "reiterates its call on the AU"


@dataclass
class Act:
    """One act of the author: its type, the token it hangs on, its addressees, the rule that read it."""

    type: str
    verb: Token
    targets: list[Actor]
    rule: str
    sent: Span
    content: list[Token] = field(default_factory=list)  # heads of what is asked for (a REQUEST's content)
    notes: list[str] = field(default_factory=list)  # rules that found its addressees beyond its verb's objects


def actor_index(doc: Doc) -> dict[int, tuple[Span, Actor]]:
    """Token index -> (span, actor) of ``doc.spans["actors"]`` (the longest span wins)."""
    out: dict[int, tuple[Span, Actor]] = {}
    if "actors" not in doc.spans:
        return out
    for span in sorted(doc.spans["actors"], key=lambda s: s.end - s.start):
        actor = span._.actor if span.has_extension("actor") else None
        if isinstance(actor, Actor):
            for i in range(span.start, span.end):
                out[i] = (span, actor)
    return out


def _verb_type(token: Token, words: VoiceWords, *, item: bool = False) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in words.verbs and (token.pos_ in ("VERB", "AUX") or item):
        return lemma
    if item:  # the parser often reads a list item's capitalised verb as a noun: "Condemns", "Salutes"
        w = token.lower_
        for cand in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else ""):
            if cand in words.verbs:
                return cand
    return None


def _lemma_of(token: Token, words: VoiceWords) -> str:
    w = token.lower_
    for cand in (token.lemma_.lower(), w.removesuffix("s"), w.removesuffix("es")):
        if cand in words.verbs or cand in words.carriers:
            return cand
    return token.lemma_.lower()


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(child))
    return out


class Addressees:
    """Who an act is aimed at, read from the verb's objects."""

    def __init__(self, doc: Doc, words: VoiceWords, is_author: Callable[[Token], bool]) -> None:
        self.doc = doc
        self.words = words
        self.index = actor_index(doc)
        self.is_author = is_author
        self.named: set[int] = set()  # ids of the addressees made of words (doc.voice.addressee-words)
        self.actor_heads = resources_of(doc).lexicon.word_set("actor_heads")  # nouns that name people

    def actor_at(self, token: Token) -> Actor | None:
        hit = self.index.get(token.i)
        if hit is None or token.lower_ in _PRONOUNS_OF_AUTHOR or self.is_author(token):
            return None
        return hit[1]

    def of_noun(self, noun: Token, depth: int = 0) -> list[Actor]:
        """Actors a noun of the act names as its doer: "the Moroccan aggression", "the decision of the UAE",
        "the attack launched by Azerbaijan"; never the one who suffers ("the death of X", "violence against X")."""
        out: list[Actor] = []
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                actor = self.actor_at(child)
                if actor is not None:
                    out.append(actor)
            elif self._names_doer(noun, child):
                out.extend(self._objects_of_prep(child))
            elif child.dep_ == "acl" and depth == 0:  # "the attack launched by Azerbaijan"
                for grand in child.children:
                    if grand.dep_ == "agent":
                        out.extend(self._objects_of_prep(grand))
        return out

    def _named(self, head: Token) -> Actor:
        """The addressee a call names by words the recogniser took for no actor (rule doc.voice.addressee-words):
        the noun with its modifiers, without determiners and what follows it."""
        words = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "nummod") and not t.is_punct]
        start = min([head.i, *(t.left_edge.i for t in words)])  # "the Nyanza Elders Forum" whole
        span = self.doc[start:head.i + 1]
        actor = Actor(name=span.text, start=span.start_char, end=span.end_char)
        self.named.add(id(actor))
        return actor

    def _names_doer(self, noun: Token, prep: Token) -> bool:
        """ "the decision of X", "the passivity of A and of B", "by X"; not "the death of X"."""
        if prep.lower_ == "by" and prep.dep_ in ("prep", "agent"):
            return True
        patient = noun.lemma_.lower() in self.words.patient_nouns or noun.lower_ in self.words.patient_nouns
        return prep.lower_ == "of" and prep.dep_ in ("prep", "conj") and not patient

    def _objects_of_prep(self, prep: Token) -> list[Actor]:
        out: list[Actor] = []
        for child in prep.children:
            if child.dep_ == "pobj":
                for obj in _conjuncts(child):
                    actor = self.actor_at(obj)
                    if actor is not None:
                        out.append(actor)
            elif child.dep_ == "conj" and child.pos_ == "ADP":
                out.extend(self._objects_of_prep(child))
        return out

    def of(self, verb: Token, type_: str, previous: list[Actor]) -> tuple[list[Actor], list[Token]]:
        """The actors an act at ``verb`` is aimed at, and the heads of its content (what a call asks for)."""
        found: list[Actor] = []
        content: list[Token] = []
        for child in verb.children:
            heads: list[Token] = []
            if child.dep_ in ("dobj", "dative") or child.dep_ == "appos" and verb.pos_ in ("NOUN", "PROPN"):
                heads = _conjuncts(child)
            elif child.dep_ == "prep" and child.lower_ in self.words.addressee_preps and \
                    not any(c.lower_ == "together" for c in child.children):  # "together with X": X acts with us
                heads = [t for p in [child, *[c for c in child.children if c.dep_ == "conj"]]
                         for t in p.children if t.dep_ == "pobj" for t in _conjuncts(t)]
            elif child.dep_ == "acomp" and type_ == "ACCUSE" or child.dep_ in ("prep", "agent") and \
                    type_ == "ACCUSE" and child.lower_ in _STATE_PREPS and verb.lower_ in self.words.adjectives:
                # "is deeply concerned about the arrest of X by Y", "is appalled by the violence of X"
                preps = [child] if child.dep_ in ("prep", "agent") else \
                    [p for p in child.children if p.dep_ == "prep" and p.lower_ in _STATE_PREPS]
                for prep in preps:
                    found += self._objects_of_prep(prep) or [a for o in prep.children if o.dep_ == "pobj"
                                                             for a in self.of_noun(o, depth=0)]
            elif child.dep_ in ("ccomp", "xcomp", "oprd", "acomp"):
                content.append(child)
                if type_ == "AGREE":  # "stands ready to support them", "remains ready to engage with X"
                    for x in child.children:
                        if x.dep_ == "xcomp":
                            heads += [t for o in x.children if o.dep_ in ("dobj", "dative") for t in _conjuncts(o)]
                            heads += [t for p in x.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                                      for o in p.children if o.dep_ == "pobj" for t in _conjuncts(o)]
                if verb.lemma_.lower() == "hold" or type_ == "REQUEST":
                    # "holds X fully responsible", "demand that Azerbaijan release ...": X's clause subject
                    heads = [t for s in child.children if s.dep_ in ("nsubj", "nsubjpass") for t in _conjuncts(s)]
                    if verb.lemma_.lower() == "hold" and heads and all(self.actor_at(h) is None for h in heads):
                        # "holds Macky Sall and Antoine Felix Diome responsible": the names the recogniser missed
                        found += [self._named(h) for h in heads if h.pos_ == "PROPN" and not self.is_author(h)]
                    if type_ == "REQUEST" and child.dep_ == "ccomp" and any(c.dep_ == "dobj" for c in child.children):
                        # "demand that the owners reopen the factories": people told to act (doc.voice.addressee-words)
                        found += [self._named(h) for h in heads if self.actor_at(h) is None and h.tag_ == "NNS"
                                  and h.lemma_.lower() not in self.words.patient_nouns and not self.is_author(h)]
            if type_ == "REQUEST" and child.dep_ == "dobj" and heads and heads[0].pos_ == "NOUN" and \
                    self.actor_at(heads[0]) is None and heads[0].lemma_.lower() not in self.words.nouns and \
                    heads[0].lemma_.lower() not in self.actor_heads and \
                    not any(c.dep_ == "xcomp" for c in verb.children):  # "urges all actors to refrain": addressees
                content += heads  # "demands the arrest and prosecution of ...": all of it is what is asked
                continue
            for head in heads:
                if head.lower_ in _ADDRESSEE_BACK and previous:
                    found.extend(previous)
                    continue
                actor = self.actor_at(head)
                if actor is not None:
                    found.append(actor)
                elif type_ == "REQUEST" and child.dep_ == "prep" and child.lower_ in ("on", "upon") and \
                        head.pos_ in ("NOUN", "PROPN") and not self.is_author(head):
                    found.append(self._named(head))  # "calls on the signatories of ...", "on H&M, Inditex"
                elif type_ == "SUPPORT" and child.dep_ == "prep" and head.pos_ == "PROPN" and not self.is_author(head):
                    found.append(self._named(head))  # "stands in solidarity with the ZCTU": a body it does not know
                elif type_ == "THREATEN" and child.dep_ in ("dobj", "dative") and head.pos_ == "NOUN" and \
                        not self.of_noun(head):
                    found.append(self._named(head))  # "Warns the occupier that ..."
                elif type_ == "REQUEST" and child.dep_ == "dobj" and head.tag_ in ("NN", "NNS", "NNPS") and \
                        verb.lemma_.lower() in self.words.verbs and \
                        any(c.dep_ == "xcomp" for c in verb.children) and not self.is_author(head) and \
                        head.lemma_.lower() not in self.words.patient_nouns:
                    found.append(self._named(head))  # "urges all political actors to refrain from ..."
                elif type_ == "CONSULT" and head.pos_ in ("NOUN", "PROPN"):
                    # "spoke with the Chairperson of the AU Commission, Moussa Faki": the person or the body
                    found += [a for c in head.children if c.dep_ == "appos" for a in [self.actor_at(c)] if a]
                    found += self.of_noun(head)
                elif type_ == "SUPPORT" and child.dep_ == "dobj" and head.tag_ == "NNS" and \
                        head.lemma_.lower() in self.actor_heads and not self.of_noun(head) and not self.is_author(head):
                    found.append(self._named(head))  # "We salute the lawyers who ...": people the recogniser does not know
                elif head.pos_ in ("NOUN", "PROPN"):  # "welcomes the Order of the ICJ"
                    if type_ == "REQUEST" and child.dep_ == "dobj" and head.lemma_.lower() not in self.words.nouns:
                        content.append(head)  # "demand the release of ...": the content, not the addressee
                        continue
                    found.extend(self.of_noun(head))
                    if type_ == "ACCUSE" and head.lemma_.lower() in self.words.nouns:
                        # "expressed alarm that King Mswati III had told ...": the one the clause tells of
                        found += [a for c in head.children if c.dep_ in ("acl", "ccomp") and
                                  any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                  for sb in c.children if sb.dep_ == "nsubj" for a in [self.actor_at(sb)] if a]
                    for sub in head.children:  # "its gratitude to Algeria", "concern about the role of X"
                        if sub.dep_ == "prep" and sub.lower_ in _NOUN_PREPS.get(type_, _NOUN_PREPS[""]) and \
                                head.lemma_.lower() in self.words.nouns:
                            named = self._objects_of_prep(sub) or [a for o in sub.children if o.dep_ == "pobj"
                                                                    for a in self.of_noun(o, depth=1)]
                            if not named and type_ == "SUPPORT":  # "gratitude to the Caribbean Community (CARICOM)"
                                named = [self._named(o) for o in sub.children if o.dep_ == "pobj" and
                                         o.pos_ == "PROPN" and not self.is_author(o)]
                            found.extend(named)
        return list({id(a): a for a in found}.values()), content


def _inside_quote(doc: Doc, sent: Span, token: Token) -> bool:
    return len(_QUOTES.findall(doc.text[sent.start_char:token.idx])) % 2 == 1


def _act_type(verb: Token, words: VoiceWords, *, item: bool = False) -> tuple[str, str] | None:
    """(type, rule) of the author's act at ``verb``; None when the verb is no act of the table."""
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "advmod" and c.lower_ in words.habitual for c in verb.children):
        return None
    if not item and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "call on the brands to raise prices and to support ...": what is asked, not an act
    lemma = _verb_type(verb, words, item=item) or ""
    if lemma in words.verbs:
        preps = words.verb_preps.get(lemma)
        if preps is not None and not any(c.dep_ in ("prep", "prt") and c.lower_ in preps for c in verb.children):
            return _adjective_type(verb, words) if lemma == "stand" else None
        if lemma == "hold" and not any(t.lower_ in words.hold_words for t in verb.subtree):
            return None
        objects = words.verb_objects.get(lemma)
        heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]  # "all of its operations"
        if objects is not None and not any(h.lemma_.lower() in objects or h.lower_ in objects for h in heads):
            return None  # "suspends its operations" is the author's SANCTION; "suspends its strike" is not
        if lemma == "warn" and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
            if any(c.dep_ == "ccomp" and _promises_force(c, words) for c in verb.children):
                return "THREATEN", "doc.voice.warning-of-force"  # "We warn that any offensive will be met with ..."
            return None  # a warning of something, not to someone: no threat of the author's own
        rejected = [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ == "compound" else [])
        if words.verbs[lemma] == "REJECT" and any(c.lemma_.lower() in words.denial_objects for c in rejected):
            return None  # "rejects the accusation as baseless": a denial, not coded (guide §1)
        return words.verbs[lemma], "doc.voice.author-act"
    base = _lemma_of(verb, words)
    if base in words.carriers:
        for child in verb.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in words.nouns:
                return words.nouns[child.lemma_.lower()], "doc.voice.author-noun"
    return _adjective_type(verb, words)


def _promises_force(clause: Token, words: VoiceWords) -> bool:
    """ "any attack will be met with a firm response", "... by the resistance of the people": a word of force in a
    clause about what is to come."""
    future = any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("will", "would", "shall") for t in clause.subtree)
    return future and any(is_force(t, words) for t in clause.subtree)


def is_force(t: Token, words: VoiceWords) -> bool:
    """A word of force: "retaliate", "reprisals", or "response", "force", "resistance" after "with"/"by"."""
    lemma = t.lemma_.lower()
    return lemma in words.force_words or lemma in words.force_nouns and t.head.lower_ in ("with", "by")


def _adjective_type(verb: Token, words: VoiceWords) -> tuple[str, str] | None:
    """ "is outraged by", "stands ready to support", "remains ready to engage"."""
    if verb.lower_ in words.adjectives and any(c.dep_ == "auxpass" for c in verb.children):
        return words.adjectives[verb.lower_], "doc.voice.author-state"
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd") and child.lower_ in words.adjectives:
            return words.adjectives[child.lower_], "doc.voice.author-state"
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is conjoined to (the parser may give a letterhead run into
    the first sentence a subject of its own: "... - Nairobi, 5 March The Centre condemns")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Recommendations\nThe Sahel Rights Observatory condemns": the parser's subject has the author in apposition
    found += [a for c in found for a in c.children if a.dep_ == "appos"]
    if not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "NOUN"):
        return _subjects(verb.head)
    return found


def _leading_subject(doc: Doc, verb: Token) -> Token | None:
    """The last word of the words that open the line before ``verb`` ("Parliament strongly condemns"), when the
    parser ran paragraphs together and missed the subject; None unless those words start a line or sentence."""
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    if k < 0 or not doc[k].text[:1].isalpha():
        return None
    last = k
    while k - 1 >= 0 and (doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in ("the", "of", "for")) and \
            not doc[k - 1].is_space:
        k -= 1
    before = doc[k - 1] if k > 0 else None
    if before is None or before.is_space and "\n" in before.text or before.text in (".", "!", "?"):
        return doc[last]
    return None


def find_acts(doc: Doc, words: VoiceWords, *, is_author: Callable[[Token], bool], author_names: Callable[[str], bool],
              skip: Callable[[int], bool]) -> list[Act]:
    """The author's acts in ``doc``: sentences with the author as subject, and items of the author's lists.
    ``is_author`` says whether a subject token names the author, ``author_names`` whether a heading does;
    ``skip`` whether a character offset lies in a part that is not the body (letterhead, headline)."""
    addressees = Addressees(doc, words, is_author)
    acts: list[Act] = []
    item_starts = _author_items(doc, author_names)
    last_author_sent = -2
    office = False  # whether the author's last subject was an office held by one person (doc.voice.office-pronoun)
    for n, sent in enumerate(doc.sents):
        previous: list[Actor] = []
        for token in sent:
            if skip(token.idx):
                continue  # the parser runs a letterhead or headline into the first sentence
            item = token.idx in item_starts
            as_noun = _verb_read_as_noun(doc, token, is_author)
            typed = _act_type(token, words, item=item or as_noun) \
                if (item or as_noun or token.pos_ in ("VERB", "AUX", "ADJ")) else None
            if typed is None and item:  # "7. Bows before the memory of our martyrs and expresses its solidarity ..."
                conj = next((c for c in token.children if c.dep_ == "conj" and _act_type(c, words)), None)
                if conj is not None:
                    token, typed = conj, _act_type(conj, words)
            if typed is None:
                continue
            if not item:
                if _inside_quote(doc, sent, token):
                    continue
                subjects = _subjects(token)
                back = any(s.lower_ in _BACK_PRONOUNS or s.lower_ in _PERSON_PRONOUNS and office
                           for s in subjects) and last_author_sent >= n - 1
                if not (back or any(is_author(s) for s in subjects)):
                    lead = _leading_subject(doc, token)
                    if lead is None or not is_author(lead):
                        continue
            type_, rule = typed
            targets, content = addressees.of(token, type_, previous)
            notes: list[str] = ["doc.voice.verb-as-noun"] if as_noun else []
            if item:
                kept = _within_item(doc, token, targets)
                for fallback, note in ((_that_clause_addressees, "doc.voice.item-that-clause"),
                                       (_loose_object, "doc.voice.item-object")):
                    if kept:
                        break
                    kept = fallback(doc, token, type_, addressees)
                    notes += [note] if kept else []
                targets = kept
            if any(id(a) in addressees.named for a in targets):
                notes.append("doc.voice.addressee-words")
            acts.append(Act(type=type_, verb=token, targets=targets, rule="doc.voice.author-list" if item else rule,
                            sent=sent, content=content, notes=notes))
            previous = targets or previous
            last_author_sent = n
            if type_ == "REQUEST":  # "urged the EU to impose ..., and the United States to make clear ..."
                acts += _gapped_calls(token, sent, addressees)
            if item:  # "Condemns ... and holds the Moroccan state responsible": the item's other verbs
                for other in token.subtree:
                    if other.dep_ == "conj" and other.head.i == token.i:
                        more = _act_type(other, words)
                        if more is not None:
                            ts, cs = addressees.of(other, more[0], previous)
                            acts.append(Act(type=more[0], verb=other, targets=ts, rule="doc.voice.author-list",
                                            sent=sent, content=cs))
        said_by = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and is_author(t)]
        if said_by:
            last_author_sent = n
            # "The Secretary-General reaffirms ... He calls on ...": an office of the author goes on as "he"/"she"
            office = any(w in words.office_words for t in said_by for x in t.subtree if x.i <= t.i
                         for w in x.lower_.replace("-", " ").split())
    return acts


def _verb_read_as_noun(doc: Doc, token: Token, is_author: Callable[[Token], bool]) -> bool:
    """ "EHRCO appeals to the African Union": the parser read the verb after the author's acronym as a plural noun
    (rule doc.voice.verb-as-noun); only a word in -s right after the author that opens its sentence."""
    if token.pos_ != "NOUN" or not token.lower_.endswith("s") or token.i == 0:
        return False
    before = doc[token.i - 1]
    if not is_author(before) or before.head.i != token.i:
        return False
    opener = doc[before.i - 1] if before.i > 0 else None
    return opener is None or opener.is_space or opener.is_sent_start or opener.text in (".", "!", "?") or \
        opener.lower_ == "the" and (opener.i == 0 or doc[opener.i - 1].is_space or doc[opener.i - 1].text == ".")


def _gapped_calls(verb: Token, sent: Span, addressees: Addressees) -> list[Act]:
    """The calls a gapped conjunct makes of another addressee: a conjoined infinitive with a subject of its own
    ("and the United States to make clear ...") repeats the call (rule doc.voice.gapped-call)."""
    out: list[Act] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in conj.children):
            continue
        subjects = [t for c in conj.children if c.dep_ == "nsubj" for t in _conjuncts(c)]
        targets = [a for t in subjects for a in [addressees.actor_at(t)] if a is not None]
        if targets:
            out.append(Act(type="REQUEST", verb=conj, targets=targets, rule="doc.voice.author-act", sent=sent,
                           notes=["doc.voice.gapped-call"]))
    return out


def _item_end(doc: Doc, token: Token) -> int:
    end = doc.text.find("\n", token.idx)
    return len(doc.text) if end < 0 else end


def _within_item(doc: Doc, verb: Token, targets: list[Actor]) -> list[Actor]:
    """The addressees that lie in the verb's own list item: the parser runs the items of a list into one
    sentence and may hang one item's words on another's verb."""
    end = _item_end(doc, verb)
    return [a for a in targets if a.start is None or verb.idx < a.start < end]


def _that_clause_addressees(doc: Doc, verb: Token, type_: str, addressees: Addressees) -> list[Actor]:
    """ "DEMANDS that deputies and senators vote ...": the actors that open the that-clause of an item whose
    parse went astray (rule doc.voice.item-that-clause)."""
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "that":
        return []
    end = _item_end(doc, verb)
    out: list[Actor] = []
    for tok in doc[nxt.i + 1:]:
        if tok.idx >= end or tok.pos_ in ("VERB", "AUX"):
            break
        actor = addressees.actor_at(tok)
        if actor is not None and all(actor is not a for a in out):
            out.append(actor)
    return out


def _loose_object(doc: Doc, verb: Token, type_: str, addressees: Addressees) -> list[Actor]:
    """ "- REPUDIATES the violence ordered by X": the parser took the item's capitalised verb for a noun and hung
    its object elsewhere; the first noun of the item after the verb is read as its object (rule
    doc.voice.item-object). A call's object is what it asks for, never its addressee."""
    if type_ == "REQUEST" or any(c.dep_ in ("dobj", "dative", "prep") for c in verb.children):
        return []
    end = _item_end(doc, verb)
    noun = next((t for t in doc[verb.i + 1:] if t.idx < end and t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return []
    actor = addressees.actor_at(noun)
    return [actor] if actor is not None else _within_item(doc, verb, addressees.of_noun(noun))


def _author_items(doc: Doc, author_names: Callable[[str], bool]) -> set[int]:
    """Character offsets of the first word of each list item under a heading that names the author ("The
    United National Movement:")."""
    out: set[int] = set()
    text = doc.text
    for m in re.finditer(r"^[ \t]*(?P<name>[^\n:]{2,120}):[ \t]*\n", text, re.MULTILINE):
        if not author_names(m.group("name")):
            continue
        pos = _past_blank_lines(text, m.end())  # "THE CGT:\n\n- REPUDIATES ...": items after a blank line
        while True:
            item = _ITEM.match(text, pos)
            if item is None:
                break
            out.add(item.end())
            nl = text.find("\n", item.end())
            if nl < 0:
                break
            pos = _past_blank_lines(text, nl + 1)
    return out


def _past_blank_lines(text: str, pos: int) -> int:
    """The start of the first line at or after ``pos`` that has words (at most one blank line is skipped)."""
    m = re.match(r"[ \t]*\n", text[pos:pos + 40])
    return pos + m.end() if m else pos


def proper_name_actor(tok: Token) -> Actor:
    """The run of proper nouns ending at ``tok`` inside its subtree, as an actor the recogniser does not know
    ("the Sammilito Garment Workers Federation")."""
    inside = {t.i for t in tok.subtree}
    start = tok.i
    while start - 1 in inside and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1
    span = tok.doc[start:tok.i + 1]
    return Actor(name=span.text, start=span.start_char, end=span.end_char)


__all__ = ["Act", "Addressees", "VoiceWords", "actor_index", "find_acts", "is_force", "proper_name_actor"]
