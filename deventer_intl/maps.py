"""/kaart/: the world map of the network, and the small locator maps on country and relation pages.

Inline SVG drawn on the server from ``deventer_intl.atlas`` (no tiles, no CDN, no JavaScript). Every shaded
country is one link to its country page and every relation with a location one marker linking to its page; the
table under the maps holds the same rows, so the map has a text alternative that says everything it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from agenda.models import Action
from deventer_intl import atlas
from deventer_intl.views import CrumbsMixin
from events.models import Event
from partners.models import Country, Partner, Relation
from subsidies import lifecycle
from subsidies.models import Application

#: Shading classes: a country with at least this much activity gets the class (the last one that fits).
SHADES = [(1, 1), (3, 2), (6, 3), (12, 4)]
#: Map units around a locator map's subject.
LOCATOR_MIN_SIZE = 90.0
MARKER_RADIUS = {"world": 4.5, "europe": 1.6}


@dataclass
class CountryActivity:
    """What happens in one country: its published partners, public actions, public events held there, relations
    and granted subsidies."""

    country: Country
    partners: int = 0
    actions: int = 0
    events: int = 0
    relations: int = 0
    subsidies: int = 0
    shape: atlas.Shape | None = field(default=None, repr=False)

    @property
    def total(self) -> int:
        return self.partners + self.actions + self.events + self.relations + self.subsidies

    @property
    def shade(self) -> int:
        return max((level for threshold, level in SHADES if self.total >= threshold), default=0)


def country_activity() -> list[CountryActivity]:
    """Every country with activity, by name in the active language (five grouped queries).

    Events held in the Netherlands are Deventer's own and would drown every other country; the map counts the
    ones abroad.
    """
    rows: dict[str, CountryActivity] = {}

    def row(code) -> CountryActivity:
        code = str(code)
        if code not in rows:
            rows[code] = CountryActivity(country=Country(code=code))
        return rows[code]

    grouped = [
        ("partners", Partner.countries.through.objects.filter(partner__published=True), "country"),
        ("actions", Action.countries.through.objects.filter(action__public=True), "country"),
        ("events", Event.objects.public().exclude(country="NL"), "country"),
        ("relations", Relation.objects.all(), "country"),
        ("subsidies", Application.objects.filter(status__in=lifecycle.GRANTED), "country"),
    ]
    for name, queryset, key in grouped:
        for item in queryset.order_by().values(key).annotate(count=Count("pk")):
            setattr(row(item[key]), name, item["count"])
    by_code = {shape.code: shape for shape in atlas.shapes()}
    for code, activity in rows.items():
        activity.shape = by_code.get(code)
    return sorted(rows.values(), key=lambda activity: activity.country.name)


def markers(relations, box) -> list[dict]:
    """The relations with a location inside ``box``, each with its position in map units (a marker outside the
    view would be an invisible link)."""
    result = []
    for relation in relations:
        if relation.has_location:
            x, y = atlas.equal_earth(float(relation.longitude), float(relation.latitude))
            if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                result.append({"relation": relation, "x": round(x, 1), "y": round(y, 1)})
    return result


def view_box(box) -> str:
    return " ".join(f"{value:.1f}" for value in (box[0], box[1], box[2] - box[0], box[3] - box[1]))


def map_view(name: str, box, activities, relations) -> dict:
    """One view (world or Europe) of the map: background shapes, shaded links and markers inside ``box``."""
    shaded = {activity.shape.code: activity for activity in activities if activity.shape and activity.shade}
    shapes = [shape for shape in atlas.shapes() if shape.meets(box)]
    return {
        "name": name,
        "view_box": view_box(box),
        "background": [shape for shape in shapes if shape.code not in shaded],
        "countries": [shaded[shape.code] for shape in shapes if shape.code in shaded],
        "markers": markers(relations, box),
        "radius": MARKER_RADIUS[name],
    }


class MapView(CrumbsMixin, TemplateView):
    """The world and Europe, shaded by how much happens in each country, with the relations as markers."""

    template_name = "map/map.html"
    crumb_label = _("Map")

    def get_context_data(self, **kwargs):
        activities = country_activity()
        relations = list(Relation.objects.select_related("country").order_by("counterpart"))
        world = (0.0, 0.0, atlas.WIDTH, atlas.HEIGHT * 0.86)  # to 60° south: Antarctica is left out
        return super().get_context_data(
            activities=activities,
            relations=relations,
            views=[
                map_view("world", world, activities, relations),
                map_view("europe", atlas.EUROPE, activities, relations),
            ],
            legend=[
                {"level": level, "low": low, "high": SHADES[index + 1][0] - 1 if index + 1 < len(SHADES) else None}
                for index, (low, level) in enumerate(SHADES)
            ],
            **kwargs,
        )


@dataclass
class Locator:
    """A small map around one country (highlighted) and, for a relation, its place."""

    view_box: str
    background: list
    highlight: atlas.Shape | None
    marker: dict | None

    @cached_property
    def radius(self) -> float:
        return float(self.view_box.split()[2]) / 60


def locator(code: str, relation: Relation | None = None) -> Locator | None:
    """The locator map for a country (ISO alpha-2), or around ``relation``'s place when it has one."""
    country = next((shape for shape in atlas.shapes() if shape.code == code), None)
    if relation is not None and relation.has_location:
        x, y = atlas.equal_earth(float(relation.longitude), float(relation.latitude))
        centre_x, centre_y, size = x, y, LOCATOR_MIN_SIZE
    elif country is not None:
        centre_x, centre_y = (country.box[0] + country.box[2]) / 2, (country.box[1] + country.box[3]) / 2
        size = max(LOCATOR_MIN_SIZE, 1.6 * max(country.box[2] - country.box[0], country.box[3] - country.box[1]))
    else:
        return None
    box = (centre_x - size / 2, centre_y - size * 0.375, centre_x + size / 2, centre_y + size * 0.375)
    marker = None
    if relation is not None and relation.has_location:
        marker = {"x": round(centre_x, 1), "y": round(centre_y, 1)}
    return Locator(
        view_box=view_box(box),
        background=[shape for shape in atlas.shapes() if shape.meets(box) and shape is not country],
        highlight=country,
        marker=marker,
    )
