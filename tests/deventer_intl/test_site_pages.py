"""Site-wide pages: the 403 page, the home page's events card, the footer, and radio groups in forms."""

import datetime

import pytest
from django import forms
from django.urls import reverse
from django.utils import timezone

from deventer_intl import roles
from deventer_intl.forms import AccessibleFormMixin
from events.models import Event


def test_no_access_is_the_sites_own_page_in_the_users_language(client, make_user):
    client.force_login(make_user(role=roles.PARTNER_REPRESENTATIVE))
    response = client.get(reverse("agenda:monitoring"), HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 403
    html = response.content.decode()
    assert '<h1 class="utrecht-heading-1">Geen toegang</h1>' in html
    assert reverse("profile") in html


def make_event(title, start, **fields):
    return Event.objects.create(
        title=title,
        slug=title.lower().replace(" ", "-"),
        kind="concert",
        start=start,
        end=start + datetime.timedelta(hours=2),
        **fields,
    )


@pytest.mark.django_db
def test_home_links_the_events_and_lists_the_next_public_ones(client):
    now = timezone.now()
    make_event("Past concert", now - datetime.timedelta(days=30))
    make_event("Hidden concert", now + datetime.timedelta(days=1), public=False)
    for day in (3, 1, 2, 4):
        make_event(f"Concert {day}", now + datetime.timedelta(days=day))
    html = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("events:list")}"' in html
    assert "Binnenkort op dit portaal" not in html
    shown = [
        title
        for title in ("Concert 1", "Concert 2", "Concert 3", "Concert 4", "Past concert", "Hidden concert")
        if title in html
    ]
    assert shown == ["Concert 1", "Concert 2", "Concert 3"]
    assert html.index("Concert 1") < html.index("Concert 2") < html.index("Concert 3")


@pytest.mark.django_db
def test_footer_offers_log_in_only_to_visitors(client, make_user):
    login_link = f'href="{reverse("login")}"'
    footer = client.get(reverse("home")).content.decode().split("<footer")[1]
    assert login_link in footer
    client.force_login(make_user(role=roles.AMBASSADOR))
    footer = client.get(reverse("home")).content.decode().split("<footer")[1]
    assert login_link not in footer
    assert f'href="{reverse("events:list")}"' in footer


def test_radio_groups_get_radio_button_classes_not_text_box_ones():
    class Choice(AccessibleFormMixin, forms.Form):
        outcome = forms.ChoiceField(choices=[("yes", "Yes"), ("no", "No")], widget=forms.RadioSelect)
        several = forms.MultipleChoiceField(choices=[("a", "A")], widget=forms.CheckboxSelectMultiple)
        name = forms.CharField()

    form = Choice()
    assert form.fields["outcome"].widget.attrs["class"] == "utrecht-radio-button utrecht-radio-button--html-input"
    assert "utrecht-checkbox" in form.fields["several"].widget.attrs["class"]
    assert "utrecht-textbox" in form.fields["name"].widget.attrs["class"]
    assert 'class="utrecht-radio-button' in str(form["outcome"])
