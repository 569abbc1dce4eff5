"""Health checks for load balancers: liveness needs nothing, readiness needs the database and the cache."""

import pytest
from django.urls import reverse

from deventer_intl.version import VERSION

pytestmark = pytest.mark.django_db


def test_liveness_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("livez"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": VERSION}
    assert "no-cache" in response["Cache-Control"]


def test_readiness_checks_the_database_and_the_cache(client):
    response = client.get(reverse("readyz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": VERSION, "database": "ok", "cache": "ok"}


def test_readiness_fails_when_the_cache_does_not_answer(client, settings):
    # A real cache backend that cannot write: a file cache whose directory would have to be under a file.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "/dev/null/nowhere"}
    }
    response = client.get(reverse("readyz"))
    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"
    assert response.json()["database"] == "ok"


def test_healthz_reports_the_version(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json()["version"] == VERSION


def test_every_page_shows_the_version_in_its_footer(client):
    response = client.get(reverse("home"))
    assert f"Portaalversie {VERSION}" in response.content.decode()
