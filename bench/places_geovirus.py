"""Resolve the gold toponym spans of a geoparsing corpus ("given spans") with the GeoNames resolver.

    python bench/places_geovirus.py ../shared/eval/geo_geovirus.jsonl --out /tmp/pred.jsonl
    python ../shared/eval/score_places.py ../shared/eval/geo_geovirus.jsonl /tmp/pred.jsonl

Each record's toponyms become the document's mentions, with the cues a parse would give: a written
qualifier after a comma ("Parkland, Florida"), "the capital" before, "County" after. The document's
country weights come from the demonyms in its text (places_extra.csv), as the nlp stage would pass
them. Prints country accuracy and accuracy@161 km over the gold toponyms, and the resolver's speed;
writes the predictions in the `polemos places` format.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter
from importlib import resources
from pathlib import Path

from polemos.knowledge.gazetteer import EXTRAS_FILE, read_extras
from polemos.knowledge.geonames import DocumentContext, Mention, Resolver, open_index
from polemos.knowledge.geonames.geo import distance_km

# An abbreviation after a comma ("Kansas City, Kan.", "Springfield, Ill.", "Portland, OR").
_ABBREVIATION = re.compile(r",\s*((?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.){2,3}|[A-Z]{2,3}\b)")
_CAPITAL = re.compile(r"capital(?: city)?(?: of [A-Z][\w ]+)?,?\s*$")
_WORD = re.compile(r"[A-Z][A-Za-z-]+")


def mentions_of(record: dict[str, object]) -> list[Mention]:
    """The record's gold toponyms as mentions, with the qualifier/capital/county cues of the text."""
    text = str(record["text"])
    out = []
    spans = [(int(t["start"]), int(t["end"])) for t in record["toponyms"]]  # type: ignore[attr-defined]
    for start, end in spans:
        # the qualifier is the next place when only a comma separates them, or an abbreviation
        following = [(s, e) for s, e in spans if s > end and re.fullmatch(r",\s*", text[end:s])]
        abbr = _ABBREVIATION.match(text[end:end + 12])
        qualifier = text[following[0][0]:following[0][1]] if following else abbr.group(1) if abbr else None
        before = text[max(0, start - 30):start]
        out.append(Mention(text=text[start:end], start=start, end=end, qualifier=qualifier,
                           capital=bool(_CAPITAL.search(before)),
                           county=text[end:end + 7] == " County" or text[start:end].endswith(" County")))
    return out


def context_of(text: str, demonyms: dict[str, str]) -> DocumentContext:
    """Country weights from the demonyms of a text."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text):
        key = word.lower()
        country = demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)
        if country:
            counts[country] += 1
    total = sum(counts.values())
    return DocumentContext(countries={k: v / total for k, v in counts.items()} if total else {})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default="../shared/eval/geo_geovirus.jsonl")
    ap.add_argument("--out", help="write predictions (polemos places format) here")
    ap.add_argument("--errors", action="store_true", help="print the wrong answers")
    a = ap.parse_args()
    records = [json.loads(line) for line in Path(a.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    _, demonyms, _ = read_extras(resources.files("polemos").joinpath("data", EXTRAS_FILE).read_text(encoding="utf-8"))
    index = open_index()
    resolver = Resolver(index)
    country_ok = country_n = dist_ok = dist_n = 0
    n_mentions = 0
    elapsed = 0.0
    preds = []
    errors = []
    for rec in records:
        mentions = mentions_of(rec)
        context = context_of(str(rec["text"]), demonyms)
        t0 = time.perf_counter()
        answers = resolver.resolve(mentions, context)
        elapsed += time.perf_counter() - t0
        n_mentions += len(mentions)
        for t, m, ans in zip(rec["toponyms"], mentions, answers, strict=True):
            if ans is not None:
                preds.append({"doc_id": rec["id"], **ans.to_dict()})
            if not t.get("scored", True):
                continue
            if t.get("country"):
                country_n += 1
                ok = ans is not None and ans.place.country == t["country"]
                country_ok += ok
            if isinstance(t.get("lat"), (int, float)):
                dist_n += 1
                km = distance_km(t["lat"], t["lon"], ans.lat, ans.lon) \
                    if ans is not None and ans.lat is not None and ans.lon is not None else math.inf
                dist_ok += km <= 161
                if km > 161:
                    got = f"{ans.place.name} ({ans.place.country}, {ans.place.precision}) {km:.0f} km " \
                          f"{list(ans.reasons)}" if ans else "nothing"
                    errors.append(f"{rec['id']}: {m.text!r} q={m.qualifier!r} gold {t['country']} "
                                  f"({t['lat']},{t['lon']}) -> {got}")
    if a.out:
        Path(a.out).write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    print(f"documents {len(records)}, mentions {n_mentions}")
    print(f"given spans: country accuracy {country_ok / country_n:.3f} over {country_n}, "
          f"acc@161km {dist_ok / dist_n:.3f} over {dist_n}")
    print(f"resolver: {n_mentions / elapsed:.0f} places/s ({elapsed:.2f} s)")
    if a.errors:
        print("\n".join(errors), file=sys.stderr)


if __name__ == "__main__":
    main()
