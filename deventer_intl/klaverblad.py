"""Geometry of the klaverblad drawing: the hub in the middle, one leaf per sector around it."""

from __future__ import annotations

import math
from dataclasses import dataclass

CENTRE = 200
LEAF_DISTANCE = 105
LEAF_RADIUS = 78
HUB_RADIUS = 62


@dataclass
class Leaf:
    sector: object
    cx: float
    cy: float
    r: float
    label_y: float
    is_hub: bool


def klaverblad_leaves(sectors) -> list[Leaf]:
    """Place the hub sector(s) at the centre and the other sectors evenly on a circle, first at the top."""
    leaves = [s for s in sectors if not s.is_hub]
    hubs = [s for s in sectors if s.is_hub]
    placed = []
    for index, sector in enumerate(leaves):
        angle = -math.pi / 2 + 2 * math.pi * index / max(len(leaves), 1)
        cx = round(CENTRE + LEAF_DISTANCE * math.cos(angle), 1)
        cy = round(CENTRE + LEAF_DISTANCE * math.sin(angle), 1)
        placed.append(Leaf(sector, cx, cy, LEAF_RADIUS, cy, False))
    for sector in hubs[:1]:
        placed.append(Leaf(sector, CENTRE, CENTRE, HUB_RADIUS, CENTRE, True))
    return placed
