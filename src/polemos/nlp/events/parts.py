"""Acts that are parts of another act (guide §2: "parts of one act are not extra events"): what a crowd demands or
complains of belongs to its protest, the accusation an arrest is made on belongs to the arrest, and the freeing
done while storming a place belongs to the attack (or, for hostages, is their rescue: AID, guide §3)."""

from __future__ import annotations

from spacy.tokens import Token

from polemos.lang.en.words import HOSTAGE_NOUNS, PROTESTER_NOUNS, RAID_VERBS, RELEASE_VERBS
from polemos.models import Decision
from polemos.nlp.events.candidate import Candidate
from polemos.nlp.events.roles import actorish
from polemos.nlp.triggers import is_verb, lemma
from polemos.ontology.lexicon import Lexicon

#: Speech acts a crowd makes at its protest: its slogans, demands and grievances ("protesters rejected the offer of
#: talks" answers another actor, and stays a REJECT).
_CROWD_SPEECH = frozenset({"REQUEST", "ACCUSE"})
#: How a participle or a coordinated verb hangs on the act it goes with ("marched ..., accusing", "detained ... and
#: accused them of terrorism").
_ALONGSIDE_DEPS = frozenset({"advcl", "conj", "xcomp"})


#: Verbs of a blockade or occupation, a protest only when protesters do it.
_BLOCKADE_VERBS = frozenset({"block", "barricade", "blockade", "occupy", "seal"})


def _alongside(token: Token, by_token: dict[int, Candidate], type_: str) -> Candidate | None:
    """The candidate of type ``type_`` whose verb ``token`` goes along with: a participle or conjunct of it."""
    if token.dep_ not in _ALONGSIDE_DEPS or token.head.i == token.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None  # "arrested dozens, and the movement denounced the takeover": another actor's act
    host = by_token.get(token.head.i)
    return host if host is not None and host.type == type_ and is_verb(host.token) else None


def protest_voice(c: Candidate, by_token: dict[int, Candidate]) -> str | None:
    """"Protesters are demanding Castillo's release", "residents marched to the headquarters, accusing the security
    forces of arriving late": a crowd's demand or grievance is part of its PROTEST (rule
    ``events.part.protest-voice``); the reason why, or None."""
    if c.type not in _CROWD_SPEECH or not is_verb(c.token):
        return None
    if any(lemma(s) in PROTESTER_NOUNS for s in c.roles.source):
        return f"said by the crowd ({', '.join(s.text for s in c.roles.source)})"
    host = _alongside(c.token, by_token, "PROTEST")
    return f"goes with the protest {host.token.text!r}" if host is not None else None


def arrest_charge(c: Candidate, by_token: dict[int, Candidate]) -> str | None:
    """"Gendarmes arrested the imam, accusing him of calling for arms", "police detained them and accused them of
    terrorism": the charge an arrest is made on is part of the COERCE (guide §2: "arrested and charged is one
    COERCE"; rule ``events.part.arrest-charge``)."""
    if c.type != "ACCUSE" or not is_verb(c.token):
        return None
    host = _alongside(c.token, by_token, "COERCE")
    return f"the charge of the arrest {host.token.text!r}" if host is not None else None


def riot_act(c: Candidate, by_token: dict[int, Candidate], actor_heads: frozenset[str]) -> str | None:
    """"Traders rioted against the ban, setting fire to a customs warehouse": damage done by the rioters while
    rioting, on no one, is part of their riot (PROTEST, guide §2; rule ``events.part.riot-act``)."""
    if c.type != "ASSAULT" or not is_verb(c.token) or c.token.tag_ != "VBG" or any(
            actorish(t, actor_heads) for t in c.roles.target):
        return None
    host = _alongside(c.token, by_token, "PROTEST")
    return f"done while rioting ({host.token.text!r})" if host is not None else None


def working_with(c: Candidate) -> str | None:
    """"Working together with armed thugs, the officers beat ...", "paid killers working with the police": a
    participle of working with someone tells how an act was done or who an actor is, no COOPERATE of its own
    (rule ``events.part.manner``)."""
    tok = c.token
    if c.type != "COOPERATE" or not is_verb(tok) or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl"):
        return None
    return f"the manner of {tok.head.text!r}"


def backed_by_arms(c: Candidate, actor_heads: frozenset[str]) -> str | None:
    """"riot police, supported by helicopters, used tear gas", "troops backed by tanks": support by weapons or
    craft is how a force acted, no SUPPORT between actors (rule ``events.part.backing``)."""
    tok = c.token
    if c.type != "SUPPORT" or not is_verb(tok) or tok.tag_ != "VBN":
        return None
    backers = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not backers or any(actorish(b, actor_heads) for b in backers):
        return None
    return f"backed by {', '.join(b.text for b in backers)}"


def armed_blockade(c: Candidate, lex: Lexicon) -> str | None:
    """"heavily armed men who had blocked a bridge opened fire", "soldiers blocked the road": a blockade by an armed
    force is part of its operation, no PROTEST (guide §3: PROTEST is by protesters; rule ``events.part.armed``)."""
    if c.type != "PROTEST" or not is_verb(c.token) or not c.roles.source or lemma(c.token) not in _BLOCKADE_VERBS:
        return None  # "police officers protested over unpaid wages" is a protest
    armed = lex.sets.get("forces", frozenset()) | lex.sets.get("kidnappers", frozenset())
    if all(lemma(s) in armed or any(m.dep_ == "amod" and m.lower_ in ("armed", "masked") for m in s.children)
           for s in c.roles.source):
        return f"by an armed force ({', '.join(s.text for s in c.roles.source)})"
    return None


def condition_of_refusal(c: Candidate, by_token: dict[int, Candidate]) -> str | None:
    """"rejected an invitation to lead a unity government, saying the president must resign first": the demand
    a refusal or a threat is made on is part of it (guide §2: "an ultimatum is one THREATEN, not also a
    REQUEST"; rule ``events.part.condition``)."""
    if c.type != "REQUEST" or not is_verb(c.token) or c.token.tag_ != "VBG" or c.token.dep_ != "advcl":
        return None
    host = by_token.get(c.token.head.i)
    if host is None or host.type not in ("REJECT", "THREATEN") or not is_verb(host.token):
        return None
    return f"the condition of {host.token.text!r}"


def freeing_in_raid(c: Candidate) -> str | None:
    """"gangs stormed the prison, freeing 400 inmates", "special forces stormed the building, freeing all the
    hostages": a release done while storming a place is no concession (RETREAT). Returns "AID" for a rescue of
    hostages (guide §3: hostage rescue is AID), "part" for a jailbreak that is part of the attack, or None."""
    tok = c.token
    if c.type != "RETREAT" or not is_verb(tok) or lemma(tok) not in RELEASE_VERBS:
        return None
    if tok.dep_ not in ("advcl", "conj") or tok.head.i == tok.i:
        return None
    # "stormed the prison, freeing ...", or, hung on the clause above, "began when armed men stormed the prison,
    # freeing ..." (the storming a sibling before the freeing)
    if lemma(tok.head) not in RAID_VERBS and not any(
            s.dep_ in ("advcl", "conj") and s.i < tok.i and lemma(s) in RAID_VERBS for s in tok.head.children):
        return None
    freed = [o for o in tok.children if o.dep_ == "dobj"]
    return "AID" if any(lemma(o) in HOSTAGE_NOUNS for o in freed) else "part"


def sanction_scope(c: Candidate, by_token: dict[int, Candidate]) -> str | None:
    """"imposed sanctions on Belarus, targeting its potash industry", "sanctions targeting officials": what a
    sanction aims at is its scope, no attack (rule ``events.part.sanction-scope``); the reason why, or None."""
    tok = c.token
    if c.type != "ASSAULT" or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl", "conj") or tok.head.i == tok.i:
        return None
    head = tok.head
    hosts = [by_token.get(head.i), *(by_token.get(ch.i) for ch in head.children if ch.dep_ in ("dobj", "nsubjpass"))]
    host = next((h for h in hosts if h is not None and h.type == "SANCTION"), None)
    return f"the scope of the sanction {host.token.text!r}" if host is not None else None


#: What a clause told "under" names when it gives the terms of an agreement ("Under the deal, X will disarm").
_TERMS_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "truce", "ceasefire", "cease-fire",
                          "terms", "arrangement", "settlement", "plan", "deals", "agreements", "accords"})


def terms_of_deal(c: Candidate) -> str | None:
    """"Under the deal, Tigrayan forces will disarm and the government will restore services": what the parties will
    do under an agreement is its content, coded with the agreement, no act of its own (rule
    ``events.part.terms``; only where the text tells the agreement itself); the reason why, or None."""
    chain = [c.token]  # the verb and the verbs it is coordinated under ("will disarm and ... will restore")
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    if not any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for t in chain for a in t.children):
        return None  # "Under the deal, the army withdrew": the deal carried out, an act of its own
    for tok in chain:
        under = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "under"]
        if any(o.dep_ == "pobj" and lemma(o) in _TERMS_NOUNS for p in under for o in p.children):
            return f"a term of the agreement ('under ...' on {tok.text!r})"
    return None


def part_of_another_act(c: Candidate, by_token: dict[int, Candidate], lex: Lexicon) -> tuple[str, str] | None:
    """The rule id and reason that make ``c`` part of another act, after retyping a rescue to AID in place; None
    when ``c`` is an act of its own."""
    why = protest_voice(c, by_token)
    if why is not None:
        return "events.part.protest-voice", why
    why = arrest_charge(c, by_token)
    if why is not None:
        return "events.part.arrest-charge", why
    why = sanction_scope(c, by_token)
    if why is not None:
        return "events.part.sanction-scope", why
    deal_told = any(o is not c and o.type in ("SUPPORT", "AGREE") for o in by_token.values())
    why = terms_of_deal(c) if deal_told and is_verb(c.token) and c.type != "SUPPORT" else None
    if why is not None:
        return "events.part.terms", why
    why = working_with(c)
    if why is not None:
        return "events.part.manner", why
    why = armed_blockade(c, lex)
    if why is not None:
        return "events.part.armed", why
    why = backed_by_arms(c, lex.word_set("actor_heads"))
    if why is not None:
        return "events.part.backing", why
    why = riot_act(c, by_token, lex.word_set("actor_heads"))
    if why is not None:
        return "events.part.riot-act", why
    why = condition_of_refusal(c, by_token)
    if why is not None:
        return "events.part.condition", why
    freeing = freeing_in_raid(c)
    if freeing == "part":
        return "events.part.jailbreak", f"freed while storming ({c.token.head.text!r})"
    if freeing == "AID":
        c.rule += " +rescue:RETREAT->AID"
        c.decisions.append(Decision("events.retype.rescue", "retyped", f"RETREAT->AID: hostages freed in a raid "
                                                                        f"({c.token.head.text!r})"))
        c.type, c.mode, c.retyped = "AID", None, True
    return None


__all__ = ["armed_blockade", "arrest_charge", "backed_by_arms", "condition_of_refusal", "freeing_in_raid", "part_of_another_act", "protest_voice", "riot_act", "sanction_scope", "terms_of_deal", "working_with"]
