"""Distances and the points of areas."""

from __future__ import annotations

import math
from collections.abc import Sequence

EARTH_RADIUS_KM = 6371.0088
# The share of member places left out at each end when an area's extent is measured (outlying islands).
EXTENT_TRIM = 0.01


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def _trimmed_middle(values: Sequence[float]) -> float:
    ordered = sorted(values)
    cut = int(len(ordered) * EXTENT_TRIM)
    return (ordered[cut] + ordered[len(ordered) - 1 - cut]) / 2


def extent_centre(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the extent of an area's member places (latitude and longitude ranges, 1% trimmed at
    each end). An area's conventional point is its geographic centre; the population-weighted mean is
    pulled towards its largest city (Texas's lands near Houston), and the plain mean towards where
    villages are dense."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if lons and max(lons) - min(lons) > 180:  # the area straddles the antimeridian (Fiji, Chukotka)
        lons = [lo + 360 if lo < 0 else lo for lo in lons]
        lon = _trimmed_middle(lons)
        return _trimmed_middle(lats), lon - 360 if lon > 180 else lon
    return _trimmed_middle(lats), _trimmed_middle(lons)


def population_centre(points: Sequence[tuple[float, float, int]]) -> tuple[float, float]:
    """The population-weighted mean point of (lat, lon, population) places (each counted at least once)."""
    total = sum(max(p, 1) for _, _, p in points)
    return (sum(la * max(p, 1) for la, _, p in points) / total, sum(lo * max(p, 1) for _, lo, p in points) / total)


__all__ = ["EARTH_RADIUS_KM", "EXTENT_TRIM", "distance_km", "extent_centre", "population_centre"]
