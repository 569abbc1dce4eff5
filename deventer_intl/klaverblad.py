"""Geometry of the klaverblad drawing: the hub in the middle, one leaf per sector around it."""

from __future__ import annotations

import math
from dataclasses import dataclass

CENTRE = 200
LEAF_DISTANCE = 105
LEAF_RADIUS = 78
HUB_RADIUS = 62
#: Labels sit a little further out than their leaf's centre, away from the hub that covers the
#: leaves' inner edge.
LABEL_DISTANCE = LEAF_DISTANCE * 1.1
#: Names longer than this get a smaller font and a wider label box.
LONG_NAME = 20


@dataclass
class Leaf:
    sector: object
    cx: float
    cy: float
    r: float
    label_x: float
    label_y: float
    is_hub: bool

    @property
    def long_name(self) -> bool:
        return len(self.sector.name) > LONG_NAME

    @property
    def label_width(self) -> int:
        return 108 if self.is_hub else 116 if self.long_name else 112


def klaverblad_leaves(sectors) -> list[Leaf]:
    """Place the hub sector at the centre and the other sectors evenly on a circle, first at the top."""
    leaves = [s for s in sectors if not s.is_hub]
    hubs = [s for s in sectors if s.is_hub]
    placed = []
    for index, sector in enumerate(leaves):
        angle = -math.pi / 2 + 2 * math.pi * index / max(len(leaves), 1)
        cos, sin = math.cos(angle), math.sin(angle)
        placed.append(
            Leaf(
                sector,
                cx=round(CENTRE + LEAF_DISTANCE * cos, 1),
                cy=round(CENTRE + LEAF_DISTANCE * sin, 1),
                r=LEAF_RADIUS,
                label_x=round(CENTRE + LABEL_DISTANCE * cos, 1),
                label_y=round(CENTRE + LABEL_DISTANCE * sin, 1),
                is_hub=False,
            )
        )
    for sector in hubs[:1]:
        placed.append(Leaf(sector, CENTRE, CENTRE, HUB_RADIUS, CENTRE, CENTRE, True))
    return placed
