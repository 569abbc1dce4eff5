"""The shared cache: cached pages for anonymous visitors, their headers, and that no edit ever leaves one stale.

Runs on the production default without Redis (Django's database cache, in the test database) with the page
cache on. A commit is what publishes an edit, so every change runs inside ``django_capture_on_commit_callbacks``
(the test's transaction never commits): the generation moves after the commit, as in production.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from agenda.models import Action
from deventer_intl import cache as page_cache
from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR
from events.models import Event
from events.services import cancel_token
from partners.models import Partner, Sector
from tests.factories import ActionFactory, EventFactory, action_form_data, in_days, meeting
from tests.partners.test_import import GOOD_ROWS, confirm, import_file, write_csv

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": settings.CACHE_TABLE,
            "KEY_FUNCTION": "deventer_intl.cache.make_key",
        }
    }
    settings.PAGE_CACHE_SECONDS = 600
    call_command("createcachetable", verbosity=0)


@pytest.fixture
def visitor():
    return Client()


def visit(visitor, path, **headers):
    response = visitor.get(path, **headers)
    assert response.status_code == 200, path
    return response


def cached_twice(visitor, path):
    """Ask twice: the second answer comes from the cache."""
    visit(visitor, path)
    second = visit(visitor, path)
    assert second["X-Page-Cache"] == "hit"
    return second


# --- What is cached, with which headers -------------------------------------------------------------


def test_an_anonymous_page_is_stored_once_and_then_served_from_the_cache(visitor, make_partner):
    make_partner(name="Stichting Sibiu")
    first = visit(visitor, "/nl/partners/")
    assert first["X-Page-Cache"] == "miss"
    second = visit(visitor, "/nl/partners/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Stichting Sibiu" in second.content.decode()


def test_a_cache_hit_costs_one_query_on_the_database_cache(visitor, make_partner, django_assert_num_queries):
    make_partner(name="Stichting Sibiu")
    visit(visitor, "/nl/partners/")
    with django_assert_num_queries(1):  # the generation and the page, fetched together
        assert visit(visitor, "/nl/partners/")["X-Page-Cache"] == "hit"


def test_cached_answers_carry_validators_and_vary_on_language_and_cookie(visitor):
    for response in (visit(visitor, "/nl/"), visit(visitor, "/nl/")):
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"]
        assert {"public", "max-age=0", "must-revalidate"} <= {
            part.strip() for part in response["Cache-Control"].split(",")
        }
        vary = {part.strip().lower() for part in response["Vary"].split(",")}
        assert {"accept-language", "cookie"} <= vary


def test_a_client_with_the_current_etag_gets_304(visitor):
    etag = visit(visitor, "/nl/")["ETag"]
    assert visitor.get("/nl/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert visitor.get("/nl/", HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_each_language_has_its_own_copy(visitor):
    cached_twice(visitor, "/nl/")
    english = visit(visitor, "/en/")
    assert english["X-Page-Cache"] == "miss"
    assert english["Content-Language"] == "en"
    assert visit(visitor, "/nl/")["Content-Language"] == "nl"


def test_a_query_string_is_part_of_the_key(visitor, make_partner):
    make_partner(name="Stichting Sibiu", countries=["RO"])
    make_partner(name="Oeganda School", countries=["UG"])
    cached_twice(visitor, "/nl/partners/?country=ro")
    uganda = visit(visitor, "/nl/partners/?country=ug")
    assert uganda["X-Page-Cache"] == "miss"
    assert "Oeganda School" in uganda.content.decode()


def test_logged_in_users_never_get_nor_put_a_cached_page(client, make_user, visitor):
    cached_twice(visitor, "/nl/")
    client.force_login(make_user(role=AMBASSADOR, sector="onderwijs"))
    mine = client.get("/nl/")
    assert "X-Page-Cache" not in mine
    assert "Log out" in mine.content.decode() or "Uitloggen" in mine.content.decode()
    assert "private" in mine["Cache-Control"]
    cache.clear()
    client.get("/nl/agenda/")
    assert not [key for key in cache_keys() if page_cache.PAGE_PREFIX in key], "nothing stored for a login"


def test_pages_with_a_form_or_a_message_are_not_stored(visitor):
    event = meeting(start=in_days(10), end=in_days(10, 21))
    path = event.get_absolute_url()
    visit(visitor, path)
    again = visit(visitor, path)  # the registration form carries this visitor's CSRF token
    assert "X-Page-Cache" not in again
    assert "csrfmiddlewaretoken" in again.content.decode()


def test_never_cache_views_stay_uncached(visitor):
    visit(visitor, "/healthz")
    assert "X-Page-Cache" not in visit(visitor, "/healthz")


def cache_keys() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT cache_key FROM "{page_cache.settings.CACHE_TABLE}"')
        return [row[0] for row in cursor.fetchall()]


# --- Never stale: one test per kind of change -------------------------------------------------------


def admin_form_data(response, **changes) -> dict:
    """What the admin's change form posts unchanged (its form and every inline formset), plus ``changes``."""
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = "" if value is None else str(value)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, field in formset.management_form.fields.items():
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value() or field.initial
        for sub in formset.forms:
            for name in sub.fields:
                value = sub[name].value()
                if value not in (None, False):
                    data[sub.add_prefix(name)] = "on" if value is True else str(value)
    data.update(changes)
    return data


def test_an_admin_save_shows_at_once(client, make_user, visitor, django_capture_on_commit_callbacks):
    sector = Sector.objects.get(slug="onderwijs")
    cached_twice(visitor, "/nl/")
    client.force_login(make_user(role=COORDINATOR, is_staff=True, is_superuser=True))
    url = reverse("admin:partners_sector_change", args=[sector.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, admin_form_data(client.get(url), name_nl="Onderwijs en Wetenschap"))
    assert response.status_code == 302
    after = visit(visitor, "/nl/")
    assert after["X-Page-Cache"] == "miss"
    assert "Onderwijs en Wetenschap" in after.content.decode()


def test_a_form_in_the_browser_shows_at_once(client, make_user, visitor, django_capture_on_commit_callbacks):
    civil_servant = make_user(role=CIVIL_SERVANT)
    action = ActionFactory(title="Uitwisseling met Sibiu", public=True)
    path = action.get_absolute_url()
    cached_twice(visitor, path)
    client.force_login(civil_servant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("agenda:update", kwargs={"pk": action.pk}),
            action_form_data(action, title="Uitwisseling met Sibiu en Riga"),
        )
    assert response.status_code == 302
    assert "Uitwisseling met Sibiu en Riga" in visit(visitor, path).content.decode()


def test_an_import_shows_at_once(client, make_user, visitor, tmp_path, django_capture_on_commit_callbacks):
    cached_twice(visitor, "/nl/partners/")
    client.force_login(make_user(role=COORDINATOR, is_staff=True, is_superuser=True))
    preview = import_file(client, write_csv(tmp_path / "partners.csv", GOOD_ROWS), 0)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, preview)
    assert Partner.objects.filter(slug="stichting-sibiu").exists()
    assert "Stichting Sibiu" in visit(visitor, "/nl/partners/").content.decode()


def test_a_progress_update_shows_at_once(client, make_user, visitor, django_capture_on_commit_callbacks):
    lead = make_user(role=AMBASSADOR, sector="onderwijs")
    action = ActionFactory(lead_person=lead, status="planned", progress=10, sectors=["onderwijs"], public=True)
    path = action.get_absolute_url()
    cached_twice(visitor, path)
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("agenda:progress-create", kwargs={"pk": action.pk}),
            {"date": "2026-03-01", "text": "De eerste uitwisseling is geweest.", "status": "in_progress"},
        )
    assert response.status_code == 302
    assert "De eerste uitwisseling is geweest." in visit(visitor, path).content.decode()


def test_a_registration_that_fills_an_event_and_its_cancellation_show_at_once(
    visitor, django_capture_on_commit_callbacks
):
    event = meeting(start=in_days(10), end=in_days(10, 21), capacity=1)
    path = event.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post(
            reverse("events:register", kwargs={"slug": event.slug}), {"name": "Ioana", "email": "i@example.org"}
        )
    anonymous = Client()  # a visitor without the first one's message cookie
    full = cached_twice(anonymous, path)  # full: no form any more, so the page is cached
    assert "event-full" in full.content.decode()
    registration = event.registrations.get()
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(reverse("events:cancel", kwargs={"token": cancel_token(registration)}))
    assert "event-full" not in visit(anonymous, path).content.decode()


def test_a_delete_shows_at_once(client, make_user, visitor, django_capture_on_commit_callbacks):
    event = EventFactory(title="Hanzedagen Riga", start=in_days(20), end=in_days(20, 22), public=True)
    cached_twice(visitor, "/nl/evenementen/")
    assert "Hanzedagen Riga" in visit(visitor, "/nl/evenementen/").content.decode()
    client.force_login(make_user(role=CIVIL_SERVANT))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("events:delete", kwargs={"slug": event.slug}))
    assert not Event.objects.filter(pk=event.pk).exists()
    assert "Hanzedagen Riga" not in visit(visitor, "/nl/evenementen/").content.decode()


def test_a_bulk_update_without_signals_shows_at_once(visitor, django_capture_on_commit_callbacks):
    action = ActionFactory(title="Uitwisseling met Sibiu", public=True)
    cached_twice(visitor, action.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        Action.objects.filter(pk=action.pk).update(title="Fietsen voor Bukomansimbi")
    assert "Fietsen voor Bukomansimbi" in visit(visitor, action.get_absolute_url()).content.decode()


def test_a_write_to_a_table_no_model_knows_moves_the_generation(django_capture_on_commit_callbacks):
    """A model added later (another branch) needs nothing: the write itself is seen."""
    before = page_cache.current_generation()
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE relations_map_pin (id int)")
        with django_capture_on_commit_callbacks(execute=True):
            cursor.execute("INSERT INTO relations_map_pin VALUES (1)")
    assert page_cache.current_generation() != before


def test_a_rolled_back_write_leaves_the_pages(django_capture_on_commit_callbacks):
    from django.db import transaction

    before = page_cache.current_generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                Partner.objects.filter(pk=0).update(name="x")
                raise RuntimeError
        except RuntimeError:
            pass
    assert callbacks == []
    assert page_cache.current_generation() == before


def test_bookkeeping_writes_keep_the_pages(client, make_user, visitor, django_capture_on_commit_callbacks):
    cached_twice(visitor, "/nl/")
    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(make_user())  # a session row and the last login
        client.session.save()
        cache.set("ratelimit:somebody", 1)
    before = page_cache.current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        client.session.save()
    assert page_cache.current_generation() == before


def test_a_past_or_coming_event_change_also_moves_the_feed(visitor, django_capture_on_commit_callbacks):
    event = EventFactory(title="Wereldmuziek", start=in_days(5), end=in_days(5, 22), public=True)
    feed = cached_twice(visitor, "/nl/evenementen/feed.ics")
    assert "Wereldmuziek" in feed.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        event.title = "Wereldmuziek in de Bergkerk"
        event.save()
    assert "Wereldmuziek in de Bergkerk" in visit(visitor, "/nl/evenementen/feed.ics").content.decode()


@pytest.mark.parametrize(
    "sql, table",
    [
        ('INSERT INTO "partners_partner" ("name") VALUES (%s)', "partners_partner"),
        ('UPDATE "agenda_action" SET "title" = %s', "agenda_action"),
        ('DELETE FROM "events_event" WHERE "id" = %s', "events_event"),
        ('TRUNCATE "django_session"', "django_session"),
        ('SELECT "id" FROM "partners_partner" FOR UPDATE', None),
    ],
)
def test_the_written_table_is_read_from_the_sql(sql, table):
    assert page_cache.written_table(sql) == table


def test_bookkeeping_tables_are_not_content():
    assert not page_cache.is_content_table("django_session")
    assert not page_cache.is_content_table("axes_accessattempt")
    assert not page_cache.is_content_table("django_cache")
    assert page_cache.is_content_table("partners_partner")
    assert page_cache.is_content_table("relations_relationpin")
