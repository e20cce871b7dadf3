"""Words that read as acts but are not ones the guide codes: a text that was never adopted, a rally that is only the
setting of a speech or a welcome, a warning about a state of affairs rather than one's own action."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from polemos.lang.en.words import (
    AT_BEHEST_NOUNS,
    CAMPAIGN_RALLY_WORDS,
    CELEBRATION_VERBS,
    CHARGE_HEADS,
    FEAR_WORDS,
    HISTORY_MARKS,
    KIN_NOUNS,
    PEOPLE_NOUN_DETERMINERS,
    SPEECH_VERBS,
    STANDING_VERBS,
    TEXT_DECISION_VERBS,
    TEXT_NOUNS,
    WARNING_VERBS,
)
from polemos.nlp.document.mention import Mention


def _token(mention: Mention, doc: Doc | None) -> Token | None:
    if doc is None or not 0 <= mention.head_i < len(doc):
        return None
    return doc[mention.head_i]


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def is_failed_text(mention: Mention, doc: Doc | None) -> bool:
    """"A draft statement condemning the violence was not adopted": the act is the content of a text (draft,
    resolution) that the sentence says did not pass."""
    tok = _token(mention, doc)
    if tok is None:
        return False
    noun = tok.head if tok.dep_ in ("acl", "relcl") else None
    if noun is None or noun.lemma_.lower() not in TEXT_NOUNS:
        return False
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.i != noun.i and _negated(verb):
        return True
    return _pending_draft(noun)


def _pending_draft(noun: Token) -> bool:
    """"is expected to vote tonight on a draft resolution calling for a ceasefire": a draft still to be decided
    on (the deciding verb not in a past tense) has asked for nothing yet."""
    if not any(c.lemma_.lower() == "draft" and c.dep_ in ("amod", "compound") for c in noun.children):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (verb.i != noun.i and verb.lemma_.lower() in TEXT_DECISION_VERBS
            and verb.tag_ in ("VB", "VBG", "VBZ", "VBP"))


def is_setting_rally(mention: Mention, doc: Doc | None) -> bool:
    """"Maduro told a rally of supporters", "speaking at a rally", "rallied to welcome them", "an election rally": a
    rally that is the audience of a speech, a welcome or celebration, or a campaign meeting, not a protest (guide
    notes: welcome rallies are not coded)."""
    if mention.event.type != "PROTEST":
        return False
    tok = _token(mention, doc)
    if tok is None:
        return False
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in CELEBRATION_VERBS for c in tok.children):
        return True
    if tok.lemma_.lower() != "rally" or not mention.noun:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in CAMPAIGN_RALLY_WORDS for c in tok.children):
        return True  # "an election rally": a candidate's campaign meeting
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in SPEECH_VERBS:
        return True
    return (tok.dep_ == "pobj" and head.lower_ in ("at", "to") and head.head.lemma_.lower() in SPEECH_VERBS)


def is_warning_of_state(mention: Mention, doc: Doc | None) -> bool:
    """"warned that famine is likely": a THREATEN whose warning says how things are or will be (a copula clause
    about no actor), not what the speaker will do (guide §3: warnings of one's own forceful action)."""
    if mention.event.type != "THREATEN":
        return False
    tok = _token(mention, doc)
    if tok is None or tok.lemma_.lower() not in WARNING_VERBS or doc is None:
        return False
    actors = list(doc.spans.get("actors", []))
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        # "warned that famine is likely"; "warned that the main road could be cut": a state, or what may happen
        # to a thing
        if clause.lemma_.lower() == "be":
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        elif any(c.dep_ == "auxpass" for c in clause.children) and any(
                c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in clause.children):
            # a possibility, not "would be punished" (the speaker's own sanction)
            subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
        else:
            continue
        if subjects and all(s.pos_ == "NOUN" and not any(a.start <= s.i < a.end for a in actors) for s in subjects):
            return True
    return False


def is_thing_threat(mention: Mention, doc: Doc | None) -> bool:
    """"The fighting threatens to derail a conference": what a thing or an event puts at risk is no one's threat
    (guide §3: THREATEN is an actor's threat)."""
    if mention.event.type != "THREATEN" or any(a.start is not None for a in mention.event.source):
        return False
    tok = _token(mention, doc)
    if tok is None or doc is None or tok.lemma_.lower() != "threaten":
        return False
    actors = list(doc.spans.get("actors", []))
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not any(a.start <= s.i < a.end for a in actors)
                                  for s in subjects)


def is_people_noun(mention: Mention, doc: Doc | None) -> bool:
    """"civilians and the wounded could be evacuated": a participle after "the" names people, it tells no act (rule
    ``doc.drop.people-noun``)."""
    tok = _token(mention, doc)
    if tok is None or tok.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    kids = list(tok.children)
    return (any(c.dep_ == "det" and c.lower_ in PEOPLE_NOUN_DETERMINERS for c in kids)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass") for c in kids))


def is_kin_label(mention: Mention, doc: Doc | None) -> bool:
    """"families of Israelis killed by the freed prisoners", "relatives of people killed in militant attacks": the
    deaths label whose kin are meant, they are no news of their own (rule ``doc.drop.kin-label``)."""
    tok = _token(mention, doc)
    if tok is None or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    people = tok.head
    prep = people.head
    return (people.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i
            and prep.head.lower_ in KIN_NOUNS)


def is_at_behest(mention: Mention, doc: Doc | None) -> bool:
    """"troops sent at the request of the Bahraini government", "at the invitation of Kabul": the request names the
    ground of another act (the sending), it is no event of its own (rule ``doc.drop.at-behest``)."""
    tok = _token(mention, doc)
    if tok is None or not mention.noun or tok.dep_ != "pobj" or tok.lemma_.lower() not in AT_BEHEST_NOUNS:
        return False
    return tok.head.lower_ == "at" and tok.head.head.i != tok.head.i


def is_charge(mention: Mention, doc: Doc | None) -> bool:
    """"found Rios Montt guilty of genocide", "charged with murder", "National Day against Genocide": a crime named
    as a charge or a title, with no one who did it to whom, is no act of its own; the verdict, or the sentence that
    tells the crime, is the event (rule ``doc.drop.charge``)."""
    tok = _token(mention, doc)
    if tok is None or not mention.noun or mention.event.source or mention.event.target:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "guilty of genocide and of crimes against humanity"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "for", "with", "against") or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in CHARGE_HEADS or prep.head.lower_ in CHARGE_HEADS


def is_feared(mention: Mention, doc: Doc | None) -> bool:
    """"saying they were worried about unrest", "fears of violence": the object of a fear or a risk is no event
    that happened (guide §1: hypotheticals; rule ``doc.drop.feared``)."""
    tok = _token(mention, doc)
    if tok is None or not mention.noun or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.i != tok.i and prep.head.i != prep.i and (prep.head.lower_ in FEAR_WORDS
                                                          or prep.head.lemma_.lower() in FEAR_WORDS)


def is_actor_label(mention: Mention, doc: Doc | None) -> bool:
    """"the Saudi-led coalition fighting in Yemen said": a gerund, however tagged, that labels an actor by what it
    keeps doing is a standing state (guide §1), like the participles `is_standing_state` reads."""
    tok = _token(mention, doc)
    if tok is None or tok.dep_ != "acl" or not tok.lower_.endswith("ing") or mention.in_headline:
        return False
    return tok.lemma_.lower() in STANDING_VERBS or tok.lower_[:-3] in STANDING_VERBS


def is_relative_history(mention: Mention, doc: Doc | None) -> bool:
    """"President Hadi, who fled after the Houthis seized the capital", "the 2011 uprising that toppled Gaddafi":
    an act told inside a relative clause to say who an actor is or what a thing was, with no day of its own, is
    background (guide §1; rule ``doc.drop.relative-history``)."""
    tok = _token(mention, doc)
    if tok is None or mention.event.date_precision == "day":
        return False
    if mention.noun and not mention.event.date:
        # "Khartoum, which had been the focal point of protests for two months": a noun inside a copular
        # relative clause describes the place or thing the clause hangs on
        t = tok
        while t.dep_ in ("pobj", "prep", "attr", "compound", "amod") and t.head.i != t.i:
            t = t.head
        if t.dep_ == "relcl" and t.lemma_.lower() == "be":
            return True
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in HISTORY_MARKS for c in tok.children):
        clause = tok.head
        return clause.dep_ == "relcl" and clause.tag_ in ("VBD", "VBN")
    if tok.dep_ == "relcl" and doc is not None:
        pub = str(doc._.pub_date or "") if doc.has_extension("pub_date") else ""
        year = int(pub[:4]) if pub[:4].isdigit() else None
        noun = tok.head
        return year is not None and any(
            c.like_num and len(c.text) == 4 and c.text.isdigit() and int(c.text) < year - 1 for c in noun.children)
    return False


__all__ = ["is_actor_label", "is_at_behest", "is_charge", "is_failed_text", "is_feared", "is_kin_label", "is_people_noun", "is_relative_history",
           "is_setting_rally", "is_thing_threat", "is_warning_of_state"]
