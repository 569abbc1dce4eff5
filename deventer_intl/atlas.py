"""Country shapes for the offline map: Natural Earth's countries from the npm package ``world-atlas`` (TopoJSON,
installed by ``npm ci``, never committed), decoded and projected here, on the server, so the map needs no
internet, no tile server and no JavaScript.

TopoJSON stores shared borders once as delta-encoded, quantised arcs; a polygon lists its rings as arc indices
(``~i`` walks arc ``i`` backwards). The projection is Equal Earth (Šavrič, Patterson & Jenny, 2018): equal-area,
so no country looks bigger than it is, and simple enough to write out. The projected shapes are static, so they
are computed once per process (``lru_cache``); nothing else depends on that cache.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django_countries import countries as country_names

#: The 1:110 million countries: small enough to inline in a page, detailed enough for the Netherlands in the
#: Europe view.
ATLAS_FILE = settings.BASE_DIR / "node_modules" / "world-atlas" / "countries-110m.json"
#: The projected world is this many units wide (SVG user units); coordinates are rounded to 0.1 unit.
WIDTH = 1000.0
#: Left out of the map: Antarctica (no partner works there and it would take a fifth of the height).
LEFT_OUT = {"010"}

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
#: Equal Earth's x at longitude 180° on the equator, to scale the world to WIDTH.
_X_MAX = math.pi / (_M * _A1)


def equal_earth(longitude: float, latitude: float) -> tuple[float, float]:
    """Project degrees to map units: x to the east from the left edge, y down from the top (SVG orientation)."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    scale = WIDTH / (2 * _X_MAX)
    return (x + _X_MAX) * scale, (_Y_MAX - y) * scale


def _y_max() -> float:
    """Equal Earth's y at the pole, before scaling."""
    theta = math.asin(_M)
    t2 = theta * theta
    t6 = t2 * t2 * t2
    return theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))


_Y_MAX = _y_max()
#: The projected world's height (the poles' y), in the same units.
HEIGHT = 2 * _Y_MAX * WIDTH / (2 * _X_MAX)


@dataclass(frozen=True)
class Shape:
    """One country: its ISO alpha-2 code, its SVG path and its bounding box in map units."""

    code: str
    path: str
    box: tuple[float, float, float, float]  # min x, min y, max x, max y

    def meets(self, box: tuple[float, float, float, float]) -> bool:
        return not (self.box[2] < box[0] or self.box[0] > box[2] or self.box[3] < box[1] or self.box[1] > box[3])


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Every arc as absolute longitude/latitude points (TopoJSON's delta encoding and quantisation undone)."""
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their end and start point.
        points.extend(arc[1:] if points else arc)
    return points


def _path(rings: list[list[tuple[float, float]]]) -> tuple[str, tuple[float, float, float, float]]:
    parts = []
    xs, ys = [], []
    for ring in rings:
        longitudes = [lon for lon, _lat in ring]
        if max(longitudes) - min(longitudes) > 180:
            # A ring across the antimeridian (Fiji): keep it in one piece east of 180°; the view clips the rest.
            ring = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
        projected = [equal_earth(lon, lat) for lon, lat in ring]
        xs += [x for x, _y in projected]
        ys += [y for _x, y in projected]
        commands = []
        last = None
        for x, y in projected:
            point = (round(x, 1), round(y, 1))
            if point != last:
                commands.append(f"{point[0]:g} {point[1]:g}")
                last = point
        if len(commands) > 2:
            parts.append("M" + "L".join(commands) + "Z")
    return "".join(parts), (min(xs), min(ys), max(xs), max(ys))


@lru_cache(maxsize=1)
def shapes() -> tuple[Shape, ...]:
    """Every country of the atlas with an ISO code, projected (computed once per process)."""
    with open(ATLAS_FILE, encoding="utf-8") as handle:
        topology = json.load(handle)
    arcs = _decode_arcs(topology)
    result = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        code = country_names.alpha2(int(numeric)) if numeric and numeric.isdigit() else ""
        if not code or numeric in LEFT_OUT:
            continue
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        path, box = _path(rings)
        result.append(Shape(code=code, path=path, box=box))
    return tuple(result)


def box_around(
    west: float, south: float, east: float, north: float, *, margin: float = 0.0
) -> tuple[float, float, float, float]:
    """The map-unit box around a longitude/latitude box (its corners and edge midpoints projected)."""
    points = [
        equal_earth(lon, lat) for lon in (west, (west + east) / 2, east) for lat in (south, (south + north) / 2, north)
    ]
    xs, ys = [x for x, _y in points], [y for _x, y in points]
    return (min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin)


#: The Europe view: Iceland to the Urals' foot, Crete to the North Cape.
EUROPE = box_around(-25, 34, 45, 71.5)
