"""Word senses of a trigger that name no political act, read from the clause around it.

Real news about diseases, disasters and courts uses the trigger words in other senses: a question "asked" is no
request, people "suspected to have the virus" are accused of nothing, a warning to "boil their water" or "of a
threat of cholera" threatens no one, an inquiry into an outbreak is no investigation of anyone's conduct (guide
§3: ACCUSE, REQUEST, THREATEN), and a "legal battle" is no ASSAULT. Each check has a stable rule id;
`wrong_sense` returns the first that applies.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polemos.nlp.events.background import names_non_agent
from polemos.nlp.triggers import is_noun, is_verb, lemma, quantity_head
from polemos.ontology.lexicon import Lexicon

_QUESTION_VERBS = frozenset({"ask", "inquire", "enquire", "wonder"})
_WARN_VERBS = frozenset({"warn", "caution"})
_INQUIRY_VERBS = frozenset({"investigate", "probe", "examine", "study"})


def _objects(token: Token, preps: frozenset[str]) -> list[Token]:
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj"]
    return found


def _hazard(noun: Token, lex: Lexicon) -> bool:
    """A natural hazard or illness, or the threat, risk or spread of one ("a growing threat of measles"), or a
    plight that is no one's act ("a humanitarian crisis")."""
    if names_non_agent(noun, lex) or lemma(noun) in lex.word_set("plight_nouns"):
        return True
    if lemma(noun) in lex.word_set("hazard_frames"):
        return any(names_non_agent(p, lex) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    return False


def question_asked(token: Token) -> bool:
    """"asked about the cost", "when asked, he said", '"Why ...?" asked the head': a question, not a request
    (rule ``events.sense.question``)."""
    if not is_verb(token) or lemma(token) not in _QUESTION_VERBS:
        return False
    kids = list(token.children)
    if any(c.dep_ in ("xcomp",) or (c.dep_ == "prep" and c.lower_ in ("for", "to")) for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
        return True
    if any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in kids):
        return True
    if any(c.text == "?" for c in kids):
        return True
    if any(c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                for m in c.children)
           for c in kids):
        return True  # "asked if he was aware", "asked Solorio whether the city ..."
    return any(t.text == "?" for c in kids if c.dep_ == "ccomp" for t in c.subtree)


def suspected_condition(token: Token, lex: Lexicon) -> bool:
    """"eight people are suspected to have the virus", "the disease was suspected in 14 provinces": a diagnosis
    suspected, not a deed alleged (rule ``events.sense.suspected-condition``)."""
    if not is_verb(token) or lemma(token) != "suspect":
        return False
    conditions = lex.word_set("condition_verbs")
    for c in token.children:
        if c.dep_ == "xcomp" and lemma(c) == "have" and any(k.dep_ == "dobj" for k in c.children):
            return True
        if c.dep_ in ("xcomp", "ccomp") and lemma(c) in conditions:
            return True  # "suspected to have died from the virus", "to be infected", "may have been contaminated"
        if c.dep_ == "xcomp" and lemma(c) == "be" and any(k.dep_ == "acomp" for k in c.children):
            return True  # "suspected to be ill"
        if c.dep_ == "ccomp" and any(k.dep_ in ("nsubj", "nsubjpass") and _hazard(k, lex) for k in c.children):
            return True  # "suspected the disease would spread"
    subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(subjects) and all(_hazard(s, lex) for s in subjects)


def hazard_warning(token: Token, lex: Lexicon) -> bool:
    """"warned of a growing threat of measles", "warned residents to boil their water": advice about a hazard,
    no warning of the speaker's own forceful action (rule ``events.sense.hazard-warning``)."""
    if not is_verb(token) or lemma(token) not in _WARN_VERBS:
        return False
    about = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "against")
             for p in c.children if p.dep_ == "pobj"]
    if about and all(_hazard(p, lex) for p in about):
        return True
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        # "warned that the disease cannot be contained", "that 750,000 people could be hit by flooding"
        doers = [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]
        doers += [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if doers and any(_hazard(quantity_head(d), lex) for d in doers):
            return True
    publics = lex.word_set("advised_publics")
    told = [c for c in token.children if c.dep_ == "dobj"]
    return bool(told) and all(lemma(t) in publics for t in told) and any(
        c.dep_ == "xcomp" for c in token.children)


def hazard_inquiry(token: Token, lex: Lexicon) -> bool:
    """"probed the outbreak", "investigating the crash": an inquiry into a hazard or accident, not into anyone's
    conduct (rule ``events.sense.hazard-inquiry``)."""
    if lemma(token) not in _INQUIRY_VERBS:
        return False
    objs = _objects(token, frozenset({"into", "of"})) if is_verb(token) else [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in ("into", "of") for p in c.children
        if p.dep_ == "pobj"]
    if is_verb(token):  # "investigating whether the strain poses a threat"
        objs += [k for c in token.children if c.dep_ == "ccomp" for k in c.children
                 if k.dep_ in ("nsubj", "nsubjpass")]
    matters = lex.word_set("inquiry_matters")
    return bool(objs) and all(_hazard(o, lex) or lemma(o) in matters for o in objs)


def figurative_fight(token: Token, lex: Lexicon) -> bool:
    """"a legal battle", "a trade war", "a political fight": a contest of words, courts or markets, no ASSAULT
    (rule ``events.sense.figurative-fight``)."""
    if not is_noun(token) or lemma(token) not in lex.word_set("contest_nouns"):
        return False
    words = lex.word_set("figurative_conflict")
    return any(c.dep_ in ("amod", "compound") and c.i < token.i and c.lower_ in words for c in token.children)


def physical_motion(token: Token) -> bool:
    """"a meteorite slammed into a field", "the car rammed into a wall": a verb of criticism moving a thing
    "into" or "onto" something is a collision, no accusation (rule ``events.sense.physical-motion``)."""
    return is_verb(token) and any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in token.children)


def complaint_of_illness(token: Token, lex: Lexicon) -> bool:
    """"admitted to hospital complaining of feeling sick", "complained of chest pains": symptoms, no grievance
    against anyone (rule ``events.sense.complaint-of-illness``)."""
    if lemma(token) not in ("complain", "complaining", "complaint"):
        return False
    symptoms = lex.word_set("symptom_nouns")
    found = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ in ("pobj", "pcomp")]
    return bool(found) and all(lemma(p) == "feel" or lemma(p) in symptoms or names_non_agent(p, lex)
                               for p in found)


def offer_of_words(token: Token, lex: Lexicon) -> bool:
    """"explanations were offered", "destinations are offering discounted rates": words or goods on offer, no
    promise to another actor (rule ``events.sense.offer-of-words``)."""
    if not is_verb(token) or lemma(token) != "offer":
        return False
    offered = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    words = lex.word_set("unpromised_offers")
    return bool(offered) and all(lemma(o) in words for o in offered)


def civil_preparation(token: Token, lex: Lexicon) -> bool:
    """"preparing to sue the company", "prepares to file an appeal": getting ready for a lawsuit, a vote or a
    filing mobilises nothing (rule ``events.sense.civil-preparation``)."""
    if not is_verb(token) or lemma(token) != "prepare":
        return False
    acts = [c for c in token.children if c.dep_ == "xcomp"]
    return bool(acts) and all(lemma(a) in lex.word_set("civil_acts") for a in acts)


def _patients(token: Token) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return [quantity_head(t) for o in objs for t in (o, *o.conjuncts)]


def economic_harm(token: Token, lex: Lexicon) -> bool:
    """"tourism was badly hit", "the banana crop has been destroyed": harm to an economy or a harvest, no
    attack on anyone (rule ``events.sense.economic-harm``)."""
    if not is_verb(token) or any(c.dep_ in ("nsubj", "agent") for c in token.children):
        return False  # a named doer's destruction of crops stays an ASSAULT
    hit = _patients(token)
    words = lex.word_set("economic_nouns")
    return bool(hit) and all(lemma(t) in words for t in hit)


def fight_against_hazard(token: Token, lex: Lexicon) -> bool:
    """"efforts in fighting AIDS", "to fight mosquito populations", "combat the spread": a campaign against a
    disease, a pest or a social ill, no fighting (rule ``events.sense.fight-against-hazard``)."""
    if not is_verb(token) or lemma(token) not in lex.word_set("campaign_verbs"):
        return False
    foes = _patients(token)
    ills = lex.word_set("abstract_foes")
    return bool(foes) and all(_hazard(f, lex) or lemma(f) in ills or f.lower_ in ills or any(
        c.dep_ == "compound" and (c.lower_ in ills or names_non_agent(c, lex)) for c in f.children) for f in foes)


def civil_deployment(token: Token, lex: Lexicon) -> bool:
    """"deployed a team of investigators", "experts in social mobilization", "raised its pandemic alert level":
    civilian staff sent or a health alert raised, no move of forces (rule ``events.sense.civil-deployment``)."""
    civil = lex.word_set("civil_alert_modifiers")
    if is_noun(token):
        nouns = [token, *(c for c in token.children if c.dep_ == "compound")]
        if token.dep_ == "compound":
            nouns.append(token.head)
        if any(c.dep_ in ("amod", "compound") and c.lower_ in civil for n in nouns for c in n.children):
            return True  # "pandemic alert level", "social mobilization"
    if not is_verb(token) and lemma(token) != "deployment":
        return False
    sent = _patients(token) if is_verb(token) else [
        quantity_head(p) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    staff = lex.word_set("civilian_staff")
    return bool(sent) and all(lemma(t) in staff for t in sent)


def decrease(token: Token, lex: Lexicon) -> bool:
    """"the number of infections will decline to 60,000", "the disease has been declining": a fall in numbers, no
    refusal (rule ``events.sense.decrease``); "asked to resign, he declined" stays a refusal."""
    if not is_verb(token) or lemma(token) != "decline" or any(
            c.dep_ in ("xcomp", "dobj", "ccomp") for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "by", "from") for c in token.children):
        return True
    measures = lex.word_set("measure_nouns")
    return any(c.dep_ == "nsubj" and (lemma(c) in measures or _hazard(c, lex)) for c in token.children)


def met_with_reaction(token: Token, lex: Lexicon) -> bool:
    """"the statement was met with applause", "does not meet such standards": a reception or a standard met,
    no meeting (rule ``events.sense.met-with``)."""
    if not is_verb(token) or lemma(token) != "meet":
        return False
    kids = list(token.children)
    if any(c.dep_ == "dobj" and lemma(c) in lex.word_set("met_standards") for c in kids):
        return True
    reactions = lex.word_set("reaction_nouns")
    return any(c.dep_ == "auxpass" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and lemma(p) in reactions
                                                        for p in c.children) for c in kids)


def private_visit(token: Token, lex: Lexicon) -> bool:
    """"a tourist visiting Uganda", "a patient that had visited Mexico", "visit your doctor": a private trip or a
    call on a doctor, no diplomatic visit (rule ``events.sense.private-visit``)."""
    if not is_verb(token) or lemma(token) != "visit":
        return False
    private = lex.word_set("private_visitors")
    visitors = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ in ("acl", "relcl") and (not visitors or visitors[0].tag_ in ("WDT", "WP")):
        visitors = [token.head]
    if visitors and all(lemma(v) in private for v in visitors):
        return True
    visited = [c for c in token.children if c.dep_ == "dobj"]
    return bool(visited) and all(lemma(v) in lex.word_set("care_places") for v in visited)


def care_work(token: Token, lex: Lexicon) -> bool:
    """"work with the patients has started", "all having worked closely with birds": work with those cared for,
    no cooperation between parties (rule ``events.sense.care-work``)."""
    if lemma(token) != "work":
        return False
    partners = [quantity_head(t) for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
    cared = lex.word_set("cared_for") | lex.word_set("animal_nouns")
    return bool(partners) and all(lemma(t) in cared for t in partners)


def refuse_as_waste(token: Token, lex: Lexicon) -> bool:
    """"sewerage and refuse collection are working": the noun "refuse" (waste) the parse read as a bare verb with
    the next noun as its object (rule ``events.sense.refuse-waste``)."""
    if token.lower_ != "refuse" or token.tag_ != "VB" or any(
            c.dep_ in ("aux", "nsubj", "neg") for c in token.children):
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.head.i == token.i and lemma(nxt) in lex.word_set("waste_compounds")


#: The senses in the order they are tried: the types a trigger is read as, the check of its sense, the rule id and
#: the reason recorded when the check holds.
_SENSES: tuple[tuple[frozenset[str], Callable[[Token, Lexicon], bool], str, str], ...] = (
    (frozenset({"REQUEST"}), lambda t, _: question_asked(t), "events.sense.question",
     "a question asked, not a request"),
    (frozenset({"ACCUSE"}), suspected_condition, "events.sense.suspected-condition",
     "a suspected illness or hazard, no deed alleged"),
    (frozenset({"ACCUSE"}), hazard_inquiry, "events.sense.hazard-inquiry",
     "an inquiry into a hazard or accident, not into anyone's conduct"),
    (frozenset({"THREATEN"}), hazard_warning, "events.sense.hazard-warning",
     "advice about a hazard, no threat of the speaker's own action"),
    (frozenset({"ACCUSE"}), lambda t, _: physical_motion(t), "events.sense.physical-motion",
     "a thing moving into another, no accusation"),
    (frozenset({"ACCUSE"}), complaint_of_illness, "events.sense.complaint-of-illness",
     "symptoms complained of, no grievance"),
    (frozenset({"AGREE"}), offer_of_words, "events.sense.offer-of-words",
     "words or goods on offer, no promise to another actor"),
    (frozenset({"MOBILIZE"}), civil_preparation, "events.sense.civil-preparation",
     "getting ready for a lawsuit, vote or filing"),
    (frozenset({"ASSAULT"}), economic_harm, "events.sense.economic-harm",
     "harm to an economy or harvest, no attack on anyone"),
    (frozenset({"ASSAULT"}), fight_against_hazard, "events.sense.fight-against-hazard",
     "a campaign against a disease, pest or social ill"),
    (frozenset({"MOBILIZE"}), civil_deployment, "events.sense.civil-deployment",
     "civilian staff sent or a health alert raised"),
    (frozenset({"REJECT"}), refuse_as_waste, "events.sense.refuse-waste", "the noun 'refuse' (waste), no refusal"),
    (frozenset({"REJECT"}), decrease, "events.sense.decrease", "a fall in numbers, no refusal"),
    (frozenset({"CONSULT", "REJECT"}), met_with_reaction, "events.sense.met-with",
     "a reception or a standard met, no meeting"),
    (frozenset({"CONSULT", "REJECT", "AGREE"}), private_visit, "events.sense.private-visit",
     "a private trip or a call on a doctor"),
    (frozenset({"COOPERATE", "AGREE"}), care_work, "events.sense.care-work",
     "work with those cared for, no cooperation between parties"),
    (frozenset({"ASSAULT"}), figurative_fight, "events.sense.figurative-fight", "a contest of words, courts or markets"),
)


def wrong_sense(token: Token, type_: str, lex: Lexicon) -> tuple[str, str] | None:
    """The rule id and reason when the trigger, read as ``type_``, is used in a sense that names no such act."""
    for types, check, rule, reason in _SENSES:
        if type_ in types and check(token, lex):
            return rule, reason
    return None


__all__ = [
    "civil_deployment",
    "civil_preparation",
    "complaint_of_illness",
    "decrease",
    "economic_harm",
    "fight_against_hazard",
    "figurative_fight",
    "hazard_inquiry",
    "hazard_warning",
    "met_with_reaction",
    "offer_of_words",
    "physical_motion",
    "private_visit",
    "question_asked",
    "suspected_condition",
    "wrong_sense",
]
