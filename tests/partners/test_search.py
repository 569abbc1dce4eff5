"""Directory filters and search: PostgreSQL full-text search (dutch, unaccented, prefixes) plus pg_trgm."""

import pytest
from django.urls import reverse

from partners.models import Partner, Sector

pytestmark = pytest.mark.django_db


def names(response):
    return [partner.name for partner in response.context["page_obj"].object_list]


@pytest.fixture
def directory(make_partner):
    return {
        "romania": make_partner(name="Stichting Deventer - Roemenië", countries=["RO"], goals=[4]),
        "uganda": make_partner(
            name="Stichting Kinderen van Uganda",
            countries=["UG"],
            goals=[1, 4],
            description="Ondersteunt scholen en waterprojecten.",
        ),
        "school": make_partner(
            name="Etty Hillesum Lyceum",
            kind=Partner.Kind.SCHOOL,
            sector=Sector.objects.get(slug="onderwijs"),
            countries=["DE", "NO"],
            goals=[4],
        ),
        "hidden": make_partner(name="Verborgen Roemenië Stichting", countries=["RO"], published=False),
    }


def search(client, **params):
    return client.get(reverse("partners:list"), params)


def test_search_without_diacritics_finds_roemenie(client, directory):
    response = search(client, q="Roemenie")
    assert names(response) == ["Stichting Deventer - Roemenië"]


def test_search_by_country_name_in_another_language_finds_partner(client, directory):
    assert names(search(client, q="Romania")) == ["Stichting Deventer - Roemenië"]
    assert names(search(client, q="Oeganda")) == ["Stichting Kinderen van Uganda"]


def test_search_matches_prefixes(client, directory):
    assert names(search(client, q="Hilles")) == ["Etty Hillesum Lyceum"]


def test_search_uses_dutch_stemming(client, directory):
    # The plural "waterprojecten" in the description is found through the Dutch stemmer.
    assert "Stichting Kinderen van Uganda" in names(search(client, q="waterproject"))
    assert "Stichting Kinderen van Uganda" in names(search(client, q="school"))


def test_a_misspelling_still_finds_the_partner(client, directory):
    assert names(search(client, q="Hilesum")) == ["Etty Hillesum Lyceum"]
    assert "Stichting Kinderen van Uganda" in names(search(client, q="Ugada"))
    assert names(search(client, q="Roemenei")) == ["Stichting Deventer - Roemenië"]


def test_search_ranks_name_matches_first(client, directory, make_partner):
    make_partner(name="Wereldwinkel", description="Verkoopt producten uit Uganda en Roemenië.")
    result = names(search(client, q="Uganda"))
    assert result[0] == "Stichting Kinderen van Uganda"
    assert "Wereldwinkel" in result


def test_search_never_shows_unpublished_partners(client, directory):
    assert "Verborgen Roemenië Stichting" not in names(search(client, q="Roemenie"))


def test_search_with_only_punctuation_shows_everything(client, directory):
    assert len(names(search(client, q="!!! ???"))) == 3


def test_search_that_finds_nothing_says_so(client, directory):
    response = search(client, q="xyzzyqwv")
    assert names(response) == []
    assert "Er zijn geen partners die aan deze filters voldoen." in response.content.decode()


def test_filter_by_sector_kind_country_goal_and_network(client, directory, make_partner):
    from tests.factories import MembershipFactory, NetworkFactory

    network = NetworkFactory(name="Platform Deventer-Oeganda", slug="platform-deventer-oeganda")
    MembershipFactory(partner=directory["uganda"], network=network)
    assert names(search(client, sector="onderwijs")) == ["Etty Hillesum Lyceum"]
    assert names(search(client, kind="school")) == ["Etty Hillesum Lyceum"]
    assert names(search(client, country="ro")) == ["Stichting Deventer - Roemenië"]
    assert names(search(client, goal="1")) == ["Stichting Kinderen van Uganda"]
    assert names(search(client, network="platform-deventer-oeganda")) == ["Stichting Kinderen van Uganda"]
    assert sorted(names(search(client, goal="4"))) == [
        "Etty Hillesum Lyceum",
        "Stichting Deventer - Roemenië",
        "Stichting Kinderen van Uganda",
    ]


def test_filters_combine_and_stay_in_the_pagination_links(client, make_partner):
    for number in range(30):
        make_partner(name=f"Stichting Roemenië {number:02}", countries=["RO"])
    make_partner(name="Stichting Elders", countries=["UG"])
    response = search(client, country="ro", q="stichting")
    assert response.context["paginator"].count == 30
    assert "country=ro" in response.context["querystring"] and "q=stichting" in response.context["querystring"]
    assert "page=2" in response.content.decode()
    second = client.get(reverse("partners:list"), {"country": "ro", "q": "stichting", "page": 2})
    assert len(names(second)) == 6


@pytest.mark.parametrize(
    "params, field",
    [
        ({"sector": "bestaat-niet"}, "sector"),
        ({"q": "stichting", "sector": "bestaat-niet"}, "sector"),
        ({"q": "stichting", "goal": "99"}, "goal"),
        ({"country": "zz"}, "country"),
    ],
)
def test_an_unknown_filter_value_gives_a_clear_error_and_no_crash(client, directory, params, field):
    response = search(client, **params)
    assert response.status_code == 200
    assert field in response.context["filter"].form.errors
    assert names(response) == []


def test_a_nul_byte_in_the_search_is_refused_with_the_sites_400_page(client, directory):
    # One middleware refuses NUL bytes in every URL before they reach PostgreSQL (deventer_intl/middleware.py).
    response = search(client, q="a\x00b")
    assert response.status_code == 400


def test_country_filter_only_offers_countries_with_partners(client, directory):
    response = search(client)
    choices = dict(response.context["filter"].form.fields["country"].choices)
    assert "ro" in choices and "ug" in choices
    assert "fr" not in choices


def test_renaming_a_network_in_the_admin_updates_its_partners_search(coordinator_client, make_partner):
    from tests.factories import MembershipFactory, NetworkFactory

    network = NetworkFactory(name="Oud Netwerk", slug="oud-netwerk")
    partner = make_partner(name="Stichting Lid")
    MembershipFactory(partner=partner, network=network)
    from partners.services import partners_refresh_search

    partners_refresh_search(partner_ids=[partner.pk])
    response = coordinator_client.post(
        reverse("admin:partners_network_change", args=[network.pk]),
        {"name": "Kleurrijk Deventer", "slug": "oud-netwerk", "description": "", "website": ""},
    )
    assert response.status_code == 302
    assert [p.name for p in Partner.objects.search("kleurrijk")] == ["Stichting Lid"]


def test_a_correctly_spelled_word_is_not_widened_by_typo_correction(client, make_partner):
    make_partner(name="Stichting Schoolbanken Oeganda")
    make_partner(name="Saxion", description="Een school voor hoger onderwijs.")
    assert names(search(client, q="schoolbanken")) == ["Stichting Schoolbanken Oeganda"]
    assert sorted(names(search(client, q="schoolbankn"))) == ["Stichting Schoolbanken Oeganda"]
