"""Public events are in the sitemap in every language; unpublished ones are not."""

import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_public_events_and_event_lists_are_in_the_sitemap(client):
    public = EventFactory(title="Festival de Oriënt", slug="festival-de-orient-2016")
    hidden = EventFactory(title="Verborgen", slug="verborgen", public=False)
    index = client.get("/sitemap.xml").content.decode()
    for language in ("nl", "en", "de"):
        assert f"/sitemap-events-{language}.xml" in index
        xml = client.get(f"/sitemap-events-{language}.xml").content.decode()
        assert f"http://testserver/{language}/evenementen/{public.slug}/" in xml
        assert hidden.slug not in xml
        pages = client.get(f"/sitemap-pages-{language}.xml").content.decode()
        for path in ("evenementen/", "evenementen/geweest/", "evenementen/kalender/"):
            assert f"http://testserver/{language}/{path}</loc>" in pages
