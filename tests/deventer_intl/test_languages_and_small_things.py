"""Things that read as unfinished: the 403 page says "u"; every page names its translations by absolute URL with
an x-default; Dutch-only content carries lang="nl" on English and German pages; required selects start empty."""

import re

import pytest
from django import forms
from django.urls import reverse
from django.utils import translation

from deventer_intl import roles
from deventer_intl.forms import AccessibleFormMixin
from tests.factories import partner_with_search

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _dutch_afterwards():
    """A request to an /en/ or /de/ page leaves its language active in this thread: later tests expect Dutch."""
    yield
    translation.activate("nl")


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def test_the_no_access_page_says_u(client, make_user):
    client.force_login(make_user(role=roles.PARTNER_REPRESENTATIVE))
    html = client.get(url("agenda:monitoring", "nl")).content.decode()
    assert "U bent ingelogd, maar uw rol" in html and "Denkt u" in html
    assert not re.search(r"\b[Jj]e\b", html)


def test_alternates_are_absolute_with_an_x_default(client):
    partner = partner_with_search(name="Stichting Schoolbanken", slug="schoolbanken", description="Bouwt scholen.")
    html = client.get(url("partners:detail", "en", slug=partner.slug)).content.decode()
    for code in ("nl", "en", "de"):
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/partners/schoolbanken/">' in html
        )
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/nl/partners/schoolbanken/">' in html


@pytest.mark.parametrize("language, marked", [("nl", False), ("en", True), ("de", True)])
def test_dutch_only_content_says_it_is_dutch(client, language, marked):
    partner = partner_with_search(name="Stichting Schoolbanken", slug="schoolbanken", description="Bouwt scholen.")
    html = client.get(url("partners:detail", language, slug=partner.slug)).content.decode()
    assert ('<meta name="description" lang="nl" content="Bouwt scholen.">' in html) is marked
    assert ('<div class="utrecht-paragraph" lang="nl"><p>Bouwt scholen.</p></div>' in html) is marked
    assert f'<html lang="{language}"' in html


def test_a_required_select_starts_with_an_empty_choice():
    class Form(AccessibleFormMixin, forms.Form):
        kind = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], initial="b")
        optional = forms.ChoiceField(choices=[("a", "A")], required=False)

    form = Form()
    assert form.fields["kind"].choices[0][0] == "" and form.fields["optional"].choices[0][0] == "a"
    assert 'value="b" selected' in str(form["kind"])
