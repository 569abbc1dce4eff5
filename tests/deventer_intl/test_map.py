"""The offline map: country shapes decoded and projected from the installed world-atlas package, one link per
shaded country, relation markers, the table equal to the map, locator maps; a query budget that does not grow."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deventer_intl import atlas
from tests.deventer_intl.test_relations import build_network
from tests.factories import PartnerFactory, RelationFactory

pytestmark = pytest.mark.django_db


def test_the_projection_and_the_decoded_shapes():
    assert atlas.equal_earth(0, 0) == pytest.approx((atlas.WIDTH / 2, atlas.HEIGHT / 2))
    west, _ = atlas.equal_earth(-180, 0)
    east, _ = atlas.equal_earth(180, 0)
    assert (west, east) == pytest.approx((0, atlas.WIDTH))
    assert atlas.equal_earth(5, 60)[1] < atlas.equal_earth(5, 50)[1]  # north is up
    shapes = {shape.code: shape for shape in atlas.shapes()}
    for code in ("NL", "BE", "RO", "UG", "DE", "SE", "LV"):
        assert shapes[code].path.startswith("M")
    # The Netherlands lies where Deventer is (6.16 E, 52.25 N), inside the Europe view.
    x, y = atlas.equal_earth(6.16, 52.25)
    netherlands = shapes["NL"].box
    assert netherlands[0] < x < netherlands[2] and netherlands[1] < y < netherlands[3]
    assert shapes["NL"].meets(atlas.EUROPE) and not shapes["UG"].meets(atlas.EUROPE)
    assert all(shape.box[2] - shape.box[0] < atlas.WIDTH / 2 for shape in shapes.values() if shape.code != "RU")


def svg_links(html: str, name: str) -> tuple[list[str], list[str]]:
    """The country links and the marker links of one map view."""
    svg = re.search(rf'<figure class="map map--{name}">(.*?)</figure>', html, re.S).group(1)
    countries = re.findall(r'<a class="map__link" href="([^"]+)"', svg)
    markers = re.findall(r'<a class="map__link map__link--marker" href="([^"]+)"', svg)
    return countries, markers


def test_one_link_per_shaded_country_and_the_table_equals_the_map(client):
    partner = PartnerFactory(countries=["UG", "RO", "NL"])
    RelationFactory(counterpart="Sibiu", partners=[partner], latitude=45.79306, longitude=24.15111)
    RelationFactory(counterpart="Shelter City", country_id="NL", latitude=None, longitude=None)
    response = client.get(reverse("relations:map"))
    html = response.content.decode()
    world, world_markers = svg_links(html, "world")
    europe, europe_markers = svg_links(html, "europe")
    assert sorted(world) == sorted(set(world)) == ["/nl/landen/nl/", "/nl/landen/ro/", "/nl/landen/ug/"]
    assert sorted(europe) == ["/nl/landen/nl/", "/nl/landen/ro/"]  # Uganda is not in Europe
    assert world_markers == europe_markers == ["/nl/relaties/sibiu/"]
    table = html[html.index('id="map-table-heading"') :]
    assert sorted(
        re.findall(r'<th class="utrecht-table__cell" scope="row"><a class="utrecht-link" href="([^"]+)"', table)
    ) == sorted(world)
    assert re.findall(r'<li><a class="utrecht-link" href="(/nl/relaties/[^"]+)"', table) == world_markers
    for name in ("world", "europe"):
        assert f'<title id="map-{name}-title">' in html and f'<desc id="map-{name}-desc">' in html
    # Nothing is fetched from elsewhere: the shapes are in the page.
    svg = html[html.index("<figure") : html.index('id="map-table-heading"')]
    assert "http" not in svg


def test_country_and_relation_pages_show_a_locator_map(client):
    sibiu = RelationFactory(counterpart="Sibiu", latitude=45.79306, longitude=24.15111)
    for url in (reverse("partners:country-detail", kwargs={"code": "ro"}), sibiu.get_absolute_url()):
        html = client.get(url).content.decode()
        assert 'class="locator__svg"' in html and 'role="img"' in html
    assert 'class="map__marker"' in client.get(sibiu.get_absolute_url()).content.decode()


def test_the_map_needs_the_same_queries_at_demo_size_and_100_times(client):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("relations:map")).status_code == 200
        return len(queries)

    build_network(2)
    few = count()
    build_network(198, offset=2)
    assert count() == few <= 8
