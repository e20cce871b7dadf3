"""Distances and the points of areas."""

from __future__ import annotations

import math
from collections.abc import Sequence

EARTH_RADIUS_KM = 6371.0088
# An area's extent ends where its member places stop: a run of at most OUTLIER_SHARE of them (at either end of
# the latitudes or longitudes) that lies more than OUTLIER_GAP_DEG beyond the rest is left out (outlying
# islands, villages GeoNames files under the wrong province). A fixed trimmed share cut the thinly settled
# half of large units instead (northern Ontario), and kept misfiled clusters larger than the share.
OUTLIER_GAP_DEG = 3.0
OUTLIER_SHARE = 0.05


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def _kept_range(values: Sequence[float]) -> tuple[float, float]:
    """The range of the values without an outlying run at either end (see OUTLIER_GAP_DEG)."""
    ordered = sorted(values)
    n = len(ordered)
    reach = max(1, int(n * OUTLIER_SHARE))
    lo, hi = 0, n - 1
    for i in range(1, min(reach, n - 1) + 1):
        if ordered[i] - ordered[i - 1] > OUTLIER_GAP_DEG:
            lo = i
    for i in range(n - 2, max(n - 2 - reach, -1), -1):
        if ordered[i + 1] - ordered[i] > OUTLIER_GAP_DEG:
            hi = i
    return (ordered[lo], ordered[hi]) if lo <= hi else (ordered[0], ordered[-1])


def extent_centre(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the extent of an area's member places, outlying ones left out: a place outlying in
    latitude or in longitude is dropped from both (villages filed under a distant province lie apart in
    longitude only, and would still stretch the latitudes). An area's conventional point is its
    geographic centre; the population-weighted mean is pulled towards its largest city (Texas's lands near
    Houston), and the plain mean towards where villages are dense."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    wraps = bool(lons) and max(lons) - min(lons) > 180  # the area straddles the antimeridian (Fiji, Chukotka)
    if wraps:
        lons = [lo + 360 if lo < 0 else lo for lo in lons]
    (la0, la1), (lo0, lo1) = _kept_range(lats), _kept_range(lons)
    kept = [(la, lo) for la, lo in zip(lats, lons, strict=True) if la0 <= la <= la1 and lo0 <= lo <= lo1]
    if kept:
        (la0, la1), (lo0, lo1) = _kept_range([k[0] for k in kept]), _kept_range([k[1] for k in kept])
    lat, lon = (la0 + la1) / 2, (lo0 + lo1) / 2
    return lat, lon - 360 if wraps and lon > 180 else lon


def population_centre(points: Sequence[tuple[float, float, int]]) -> tuple[float, float]:
    """The population-weighted mean point of (lat, lon, population) places (each counted at least once)."""
    total = sum(max(p, 1) for _, _, p in points)
    return (sum(la * max(p, 1) for la, _, p in points) / total, sum(lo * max(p, 1) for _, lo, p in points) / total)


__all__ = ["EARTH_RADIUS_KM", "OUTLIER_GAP_DEG", "OUTLIER_SHARE", "distance_km", "extent_centre", "population_centre"]
