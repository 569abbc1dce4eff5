"""The sitemap lists the public actions of the work agenda, never the unpublished ones."""

import pytest

from agenda.models import Action, PolicyPeriod

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_actions_in_every_language_and_hides_the_rest(client):
    period = PolicyPeriod.objects.get(name="2021-2026")
    shown = Action.objects.create(period=period, code="A1", list="A", title="Zichtbaar")
    hidden = Action.objects.create(period=period, code="A2", list="A", title="Verborgen", public=False)
    xml = "".join(client.get(f"/sitemap-actions-{language}.xml").content.decode() for language in ("nl", "en", "de"))
    for language in ("nl", "en", "de"):
        assert f"http://testserver/{language}/agenda/{shown.pk}/" in xml
        assert f"/agenda/{hidden.pk}/" not in xml
    assert "http://testserver/nl/agenda/</loc>" in client.get("/sitemap-pages-nl.xml").content.decode()


def test_home_page_computes_the_agenda_figure_from_public_actions(client):
    period = PolicyPeriod.objects.get(name="2021-2026")
    Action.objects.create(period=period, code="A1", list="A", title="Een", status="in_progress", progress=20)
    Action.objects.create(period=period, code="A2", list="A", title="Twee", status="realised", progress=100)
    Action.objects.create(period=period, code="A3", list="A", title="Drie", status="idea")
    Action.objects.create(
        period=period, code="A4", list="A", title="Vier", status="realised", progress=100, public=False
    )
    body = client.get("/nl/").content.decode()
    assert "2021-2026: 2 van 3 acties gerealiseerd of onderweg." in body
