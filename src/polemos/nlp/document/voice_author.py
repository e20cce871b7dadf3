"""Who wrote a document in its own voice, and where it was issued (guide §1).

The author is the organisation the letterhead names (the line the body names most, by name, acronym or
initials), else the organisation of its signature, else the signature the sentence stage found for its stances.
`Author` says whether words of the body name it; `issue_place` reads the place line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from polemos.lang.en.words import MONTH_ABBREVIATIONS
from polemos.models import Actor, Place, Relation
from polemos.nlp.doc_index import doc_text
from polemos.nlp.document.structure import DocumentStructure
from polemos.nlp.document.voice_acts import VoiceWords
from polemos.nlp.resources import resources_of

_STATE_KINDS = frozenset({"state", "government", "armed_forces", "police"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_STOP = frozenset({"the", "of", "for", "and", "in", "at", "on", "to", "a", "an", "de", "des", "la", "le", "y"})
_MONTHS = "|".join(sorted(MONTH_ABBREVIATIONS))
# "13 April 2011", "June 7, 2005"
DATE_PATTERN = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?\s+\d{{4}}|(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}})\b",
                   re.IGNORECASE)


def voice_words(doc: Doc) -> VoiceWords:
    return VoiceWords.from_table(resources_of(doc).lexicon.tables.get("author_voice") or {})


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’]+", text.lower()) if w not in _STOP]  # "Secretary-General": two words


class Author:
    """The author as an actor, with the forms the body names it by; ``state`` is the country whose government
    issues the document (its name then speaks for the author: "Pakistan urges ...")."""

    def __init__(self, actor: Actor, forms: Iterable[str], acronyms: Iterable[str], state: str | None = None,
                 self_words: frozenset[str] = frozenset()) -> None:
        self.actor = actor
        self.self_words = self_words
        self.words = {w for f in forms for w in _content_words(f)}
        self.acronyms = {a for a in acronyms if len(a) >= 2}
        self.state = state
        self.forms = [re.sub(r"\s*\([^)]*\)", "", f).strip() for f in forms if f.strip()]
        self.voice_nouns: set[str] = set()  # "experts" of "UN human rights experts condemned ..."
        self.found_by = "doc.voice.letterhead"  # the rule that named the author

    def learn_voices(self, doc: Doc, index: dict[int, tuple], act_verbs: Iterable[str]) -> None:  # type: ignore[type-arg]
        """The people the author speaks through, named once with its short form as the subject of one of its acts
        ("UN human rights experts today condemned ..."), so that "The experts urged ..." speaks for it too (rule
        doc.voice.voice-noun); never those it only reports ("UN peacekeepers opened fire")."""
        verbs = set(act_verbs)
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and index.get(t.i) is None and \
                    t.head.lemma_.lower() in verbs and \
                    any(c.text in self.acronyms for c in t.subtree if c.i < t.i):
                self.voice_nouns.add(t.lemma_.lower())

    def mentioned_in(self, text: str) -> bool:
        """Whether a passage names the author: one of its acronyms, or one of its names in full."""
        if any(re.search(r"\b" + re.escape(a) + r"\b", text) for a in self.acronyms):
            return True
        return any(len(f) > 3 and re.search(r"\b" + re.escape(f) + r"\b", text, re.IGNORECASE) for f in self.forms)

    def speaks_in(self, paragraph: str) -> bool:
        """Whether a paragraph's quotation is said for the author ('said X, director at <the author>')."""
        return re.search(r"\b(?:said|says|told|added)\b", paragraph) is not None and self.mentioned_in(paragraph)

    def named_by(self, text: str, *, kind: str | None = None, country: str | None = None) -> bool:
        """Whether words name the author: an acronym of it, or only words of its names (a state's name only
        when that state issues the document)."""
        text = re.sub(r"^(?:the|a)\s+", "", text.strip(), flags=re.IGNORECASE)
        if text in self.acronyms or text.lower() in ("we", "us"):
            return True
        if kind in ("state", "government") and self.state is not None and country == self.state:
            return True  # "Pakistan urges ...", "The Government of Guyana condemns ..." in that state's statement
        if kind == "state":  # never "Bahrain" in a Bahraini NGO's statement
            return False
        if self.self_words and any(w in self.self_words for w in _content_words(text)):
            return True  # "The undersigned organisations condemn ..." in a statement signed at its foot
        words = _content_words(text)
        if not words or not any(c.isupper() for c in text):
            return False
        return set(words) <= self.words

    def heads_list(self, text: str) -> bool:
        """Whether a list heading names the author or a body of it ("The Standing Committee of the CNRP",
        "The Executive Board of the Lakeside Rights Centre")."""
        if self.named_by(text):
            return True
        m = re.match(r"^(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+of\s+(?P<whole>.+)$", text.strip())
        return m is not None and self.named_by(m.group("whole"))

    def is_subject(self, token: Token, index: dict[int, tuple], self_nouns: frozenset[str] = frozenset()) -> bool:  # type: ignore[type-arg]
        if token.lower_ == "we":
            return True
        if token.lemma_.lower() in self_nouns and index.get(token.i) is None and \
                all(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.lefts):
            return True  # "The resolution also expresses concern about ...": the document speaks (doc.voice.self-noun)
        if token.lemma_.lower() in self.voice_nouns and all(c.dep_ == "det" for c in token.lefts):
            return True  # "The experts urged ..." after "UN human rights experts condemned ..."
        hit = index.get(token.i)
        if hit is not None:
            span, actor = hit
            return self.named_by(span.text, kind=actor.kind, country=actor.country)
        words = [t for t in token.lefts if t.dep_ in ("compound", "det", "amod")] + [token]
        return self.named_by(" ".join(t.text for t in words))


def _initials(name: str) -> str:
    return "".join(w[0].upper() for w in re.findall(r"[\w'’-]+", name) if w.lower() not in _STOP)


def head_block(text: str, structure: DocumentStructure) -> tuple[int, int] | None:
    """The letterhead, or a first paragraph of several lines one of which is in capitals ("REPUBLIC OF MALI - One
    People, One Goal, One Faith\nMINISTRY OF DEFENCE ...")."""
    if structure.letterhead is not None:
        return structure.letterhead
    if len(structure.paragraphs) < 2:
        return None
    a, b = structure.paragraphs[0]
    lines = text[a:b].split("\n")
    if len(lines) < 2 or len(text[a:b].split()) > 60:
        return None
    for line in lines:
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
            return a, b
    return None


def _letterhead_names(text: str, structure: DocumentStructure, words: VoiceWords) -> list[tuple[str, int, int]]:
    """Organisation names of the letterhead lines ("AMNESTY INTERNATIONAL", "GENERAL STAFF OF THE ARMED FORCES"):
    capitalised segments with no date or number and not only genre words ("PRESS RELEASE")."""
    block = head_block(text, structure)
    if block is None:
        return []
    a, b = block
    out = []
    for line in re.finditer(r"[^\n]+", text[a:b]):
        for seg in re.finditer(r"(?:[^-–—]|(?<=\w)-(?=\w))+", line.group(0)):  # "CO-OPERATIVE REPUBLIC" whole
            name = seg.group(0).strip()
            letters = [c for c in name if c.isalpha()]
            if len(letters) < 4 or sum(c.isupper() for c in letters) / len(letters) < 0.8 or re.search(r"\d", name):
                continue
            if set(_content_words(name)) <= words.genre_words:
                continue
            start = a + line.start() + seg.start() + seg.group(0).index(name)
            out.append((name, start, start + len(name)))
    return out


def _acronyms_of(name: str, text: str) -> set[str]:
    found = set(re.findall(r"\(([A-Z][A-Za-z]{1,9})\)", name))
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    found.add(_initials(bare))
    # "The Bahrain Center for Human Rights (BCHR)": the body's own short form
    for m in re.finditer(re.escape(bare) + r"\s*\(([A-Z][A-Za-z]{1,9})\)", text, re.IGNORECASE):
        found.add(m.group(1))
    return {f for f in found if len(f) >= 2}


def _count_named(text: str, start: int, name: str, acronyms: set[str]) -> int:
    body = text[start:]
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    n = len(re.findall(r"\b" + re.escape(bare) + r"\b", body, re.IGNORECASE))
    return n + sum(len(re.findall(r"\b" + re.escape(a) + r"\b", body)) for a in acronyms)


def _actor_for(doc: Doc, name: str, start: int, end: int) -> Actor:
    """The letterhead name as an actor: the codes of the actor the recogniser found over most of it, else the
    country of a state it names and the sector of an organisation in it."""
    inside = [s for s in doc.spans["actors"] if start <= s.start_char and s.end_char <= end] \
        if "actors" in doc.spans else []
    country = sector = actor_id = kind = None
    for span in sorted(inside, key=lambda s: s.start_char - s.end_char):
        actor = span._.actor
        if not isinstance(actor, Actor):
            continue
        if (span.end_char - span.start_char) * 2 >= end - start:
            country, sector, actor_id, kind = actor.country, actor.sector, actor.actor_id, actor.kind
            break
        country = country or actor.country
        if actor.kind not in _STATE_KINDS:
            sector = sector or actor.sector
    return Actor(name=name, country=country, sector=sector, actor_id=actor_id, kind=kind, start=start, end=end)


def _names_organisation(doc: Doc, start: int, end: int) -> bool:
    if "actors" not in doc.spans:
        return False
    return any(start <= span.start_char and span.end_char <= end and isinstance(span._.actor, Actor)
               and span._.actor.kind not in ("state", "person") for span in doc.spans["actors"])


def _state_of(doc: Doc, start: int, end: int) -> str | None:
    """The country of a letterhead segment that names a state or its government ("GOVERNMENT OF PAKISTAN")."""
    for span in doc.spans.get("actors", []):
        actor = span._.actor
        if start <= span.start_char and span.end_char <= end and isinstance(actor, Actor) and \
                actor.kind in _STATE_KINDS and (span.end_char - span.start_char) * 2 >= end - start:
            return actor.country
    return None


def _signature_forms(doc: Doc, structure: DocumentStructure) -> list[str]:
    """Names of the organisation in a short last paragraph ("OCHA - Office for the Coordination of Humanitarian
    Affairs, Geneva"): its acronyms and the parts that an organisation's name fills."""
    if len(structure.paragraphs) < 2:
        return []
    a, b = structure.paragraphs[-1]
    block = doc_text(doc)[a:b]
    if len(block.split()) > 25 or block.count("\n") > 3 or _is_sentence(doc, a, b):
        return []
    out = re.findall(r"\b[A-Z]{2,9}\b", block)
    for part in re.finditer(r"(?:[^,\n–—\s-]|-(?=\w)(?<=\w-)|[ \t](?![-–—]))+", block):  # "Secretary-General" whole
        p0, p1 = a + part.start(), a + part.end()
        if _names_organisation(doc, p0, p1):
            out.append(part.group(0).strip())
    return out


def _whole_line(doc: Doc, names: list[tuple[str, int, int]], start: int, end: int,
                shown: str) -> tuple[int, int, str]:
    """The author's letterhead line whole when it names the issuer and its office ("UNITED NATIONS - OFFICE OF THE
    HIGH COMMISSIONER FOR HUMAN RIGHTS", "UNRWA - UNITED NATIONS RELIEF AND WORKS AGENCY"): the body may speak as
    either (rule doc.voice.letterhead-line). A state the line names ("CRIMINAL COURT - KINGDOM OF THAILAND") is
    left out."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    same = [(a, b) for _, a, b in names if line_start <= a and b <= line_end and _state_of(doc, a, b) is None]
    if len(same) < 2:
        return start, end, shown
    a, b = min(x for x, _ in same), max(y for _, y in same)
    return a, b, text[a:b]


def _issuer_name(name: str, words: VoiceWords) -> bool:
    """Whether a letterhead line is an organisation's name by its words ("MINISTRY OF FOREIGN AFFAIRS AND
    INTERNATIONAL COOPERATION"), though the body never repeats it and the recogniser does not know it (rule
    doc.voice.issuer-name): a head word of an issuing body, and no slogan's punctuation."""
    if re.search(r"[!?:]", name) or len(name.split()) < 2:
        return False
    return any(w in words.issuer_heads for w in _content_words(name))


def _is_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether a passage says something (a finite verb in lower case: "We urge the AU to ..."), which a signature
    ("Office of the Prime Minister, Prishtina"; "Convener: W. Mudalige") never does (rule doc.voice.signature)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ in _FINITE and t.text.islower() for t in span)


def _signature_author(doc: Doc, structure: DocumentStructure, words: VoiceWords) -> Author | None:
    """The organisation that signs the document at its foot, when no letterhead names one (rule
    doc.voice.signature-author): the first line of a short last paragraph that is no sentence ("Inter University
    Students' Federation (IUSF)\nConvener: ...\n23 July 2022"), or of the list after "Signed:" (the first
    signatory, the others as its forms). Only in a text that speaks as "we" or names that organisation."""
    if len(structure.paragraphs) < 2:
        return None
    a, b = structure.paragraphs[-1]
    text = doc_text(doc)
    lines = [(a + m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text[a:b]) if m.group(0).strip()]
    signed = bool(lines) and lines[0][1].rstrip(":").strip().lower() in words.signing_words
    lines = lines[1:] if signed else lines
    if not lines or len(lines) > 8 or len(text[a:b].split()) > 60 or _is_sentence(doc, a, b):
        return None
    start, name = lines[0]
    if ":" in name or not name[:1].isupper() or not 2 <= len(name.split()) <= 12 or DATE_PATTERN.search(name):
        return None
    end = start + len(name)
    acronyms = _acronyms_of(name, text)
    body = text[:a]
    named = _count_named(body, 0, name, acronyms) > 0 or _names_organisation(doc, start, end)
    speaks = re.search(r"\b(?:we|our|us)\b", body, re.IGNORECASE) is not None
    if not (named or signed) or not speaks:
        return None
    forms = [n for _, n in lines if ":" not in n and not DATE_PATTERN.search(n)] if signed else [name]
    acronyms = {x for f in forms for x in _acronyms_of(f, text)}
    shown = name if re.search(r"\([A-Z]", name) else re.sub(r"\s*\([^)]*\)", "", name).strip()
    author = Author(_actor_for(doc, shown, start, end), forms, acronyms, self_words=words.signatory_words)
    author.found_by = "doc.voice.signature-author"
    return author


def find_author(doc: Doc, structure: DocumentStructure, words: VoiceWords,
                stances: list[Relation]) -> Author | None:
    """The document's author: the letterhead organisation the body names most, else the organisation that signs
    it, else the stances' author."""
    text = doc_text(doc)
    names = _letterhead_names(text, structure, words)
    block = head_block(text, structure)
    body_start = block[1] if block else 0
    best: tuple[int, int] | None = None
    for i, (name, start, end) in enumerate(names):
        score = _count_named(text, body_start, name, _acronyms_of(name, text))
        if score == 0 and not _names_organisation(doc, start, end) and not _issuer_name(name, words):
            continue  # a slogan in capitals ("AGAINST ALL WARS"), not an issuer
        if best is None or score > best[0]:
            best = (score, i)
    if best is not None:
        name, start, end = names[best[1]]
        forms = [n for n, _, _ in names] + _signature_forms(doc, structure)
        acronyms = {a for n in forms for a in _acronyms_of(n, text)}
        lowered = " ".join(forms).lower()
        shorts = (resources_of(doc).lexicon.tables.get("author_voice") or {}).get("short_forms", {})
        acronyms |= {str(v) for k, vs in shorts.items() if str(k).lower() in lowered for v in vs}
        state = next((c for n, a, b in names if (c := _state_of(doc, a, b))), None)
        shown = name if re.search(r"\([A-Z]", name) else re.sub(r"\s*\([^)]*\)", "", name).strip()
        start, end, shown = _whole_line(doc, names, start, end, shown)
        return Author(_actor_for(doc, shown, start, end), forms, acronyms, state, words.signatory_words)
    signer = _signature_author(doc, structure, words)
    if signer is not None:
        return signer
    if stances:
        actor = stances[0].a
        stance_author = Author(actor, [actor.name], {_initials(actor.name)})
        stance_author.found_by = "doc.voice.stance-author"
        return stance_author
    return None


def _place_in(doc: Doc, part: str, start: int, *, country: bool = False) -> Place | None:
    part = part.strip(" ()")
    if not part or not part[0].isupper() or len(part.split()) > 4:
        return None
    entry = resources_of(doc).gazetteer.resolve(part)
    precisions = ("city", "point", "admin2", "admin1", "country") if country else ("city", "point", "admin2", "admin1")
    if entry is None or entry.precision not in precisions:
        return None
    return entry.to_place(part, start=start, end=start + len(part))


def issue_place(doc: Doc, structure: DocumentStructure) -> Place | None:
    """Where the document says it was issued: the place before the date of its letterhead's place line
    ("Press release - Manama, 13 April 2011"), of an opening "(New York, June 7, 2005) -", else the town of
    its signature line ("Ministry of Foreign Affairs, Islamabad")."""
    text = doc_text(doc)
    lines: list[tuple[int, str]] = []
    block = head_block(text, structure)
    if block is not None:
        a, b = block
        lines += [(a + m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text[a:b])]
    if structure.paragraphs:
        first = structure.paragraphs[1 if block and len(structure.paragraphs) > 1 else 0][0]
        for para in structure.paragraphs[:3]:
            m = re.match(r"\(([^()\n]{3,80})\)\s*[-–—]", text[para[0]:para[1]])
            if m and para[0] >= first:
                lines.append((para[0] + 1, m.group(1)))
            elif para[0] >= first and "\n" in text[para[0]:para[1]].strip() and len(text[para[0]:para[1]].split()) <= 12:
                # "STATEMENT\nGeorgetown, 6 December 2023" after the letterhead (rule doc.voice.place-line)
                lines += [(para[0] + m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text[para[0]:para[1]])]
    for start, line in lines:
        label = re.match(r"[ \t]*(\w+)[ \t]*:[ \t]*", line)
        if label is not None and label.group(1).lower() in ("location", "place", "venue"):
            found = _place_in(doc, line[label.end():].strip(), start + label.end())  # "Location: Geneva"
            if found is not None:
                return found
        date_m = DATE_PATTERN.search(line)
        if date_m is None or label is not None:  # "Date: 21 October 2022" names no place
            continue
        head = line[:date_m.start()]
        cut = max(head.rfind(" - "), head.rfind(" – "), head.rfind("("))
        head_start = start + (cut + 1 if cut >= 0 else 0)
        head = head[cut + 1:] if cut >= 0 else head
        parts = [(head_start + p.start(), p.group(0).strip(" -–")) for p in re.finditer(r"[^,]+", head)]
        for part_start, part in parts:
            found = _place_in(doc, part, part_start)
            of = re.search(r"\bof\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$", part)
            if found is None and of is not None:  # "Mountains of Colombia": the country at least
                found = _place_in(doc, of.group(1), part_start + of.start(1), country=True)
            if found is not None:
                return found
        named = [(s, p) for s, p in parts if re.fullmatch(r"(?:[A-Z][\w'’-]*\s?){1,4}", p)]
        if named and len(parts) <= 3:  # a place line's town the gazetteer does not know ("Chahid El Hafed")
            part_start, part = named[0]
            return Place(name=part, start=part_start, end=part_start + len(part))
    if structure.paragraphs:
        a, b = structure.paragraphs[-1]
        last = text[a:b].strip().split("\n")[-1]
        if len(last.split()) <= 12 and "," in last:
            tail = last.rsplit(",", 1)[1].strip()
            if not tail.isupper():  # "Central Command, ELN" signs with an acronym, not a town
                return _place_in(doc, tail, b - len(tail))
    return None


__all__ = ["DATE_PATTERN", "Author", "find_author", "head_block", "issue_place", "voice_words"]
