"""/nl/open-data/: every public list as CSV (UTF-8 with BOM) and JSON under CC0, equal to the API's lists, with
nothing private in them; linked from every page's footer."""

import csv
import io
import json

import pytest
from django.urls import reverse

from deventer_intl.opendata import DATASETS
from tests.deventer_intl.test_api import EMAIL, media, world  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def download(client, name, fmt):
    response = client.get(reverse("open-data-download", kwargs={"name": name, "fmt": fmt}))
    assert response.status_code == 200, (name, fmt)
    assert f"deventer-international-{name}-" in response["Content-Disposition"]
    return response


def test_the_page_documents_every_download_with_its_licence_and_date(client):
    page = client.get(reverse("open-data")).content.decode()
    for name in DATASETS:
        for fmt in ("csv", "json"):
            assert reverse("open-data-download", kwargs={"name": name, "fmt": fmt}) in page
    assert "creativecommons.org/publicdomain/zero/1.0" in page and 'rel="license"' in page
    assert reverse("api:docs") in page and reverse("api:schema") in page
    home = client.get(reverse("home")).content.decode()
    footer = home.split("<footer", 1)[1]
    assert reverse("open-data") in footer and reverse("subsidies:register") in footer


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_download_is_csv_with_bom_and_json_with_licence_and_nothing_private(client, world, name):  # noqa: F811
    raw = download(client, name, "csv").content
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    document = json.loads(download(client, name, "json").content)
    assert document["licence"]["name"] == "CC0 1.0" and document["generated"]
    assert document["count"] == len(document["items"]) == len(rows)
    text = raw.decode("utf-8-sig") + json.dumps(document, ensure_ascii=False)
    assert not EMAIL.search(text), EMAIL.search(text)
    for secret in ["Geheim", "Project draft", "Project rejected", "Project submitted", "Ioana Popescu", "Asociația"]:
        assert secret not in text, secret


def test_downloads_hold_the_same_rows_as_the_api(client, world):  # noqa: F811
    api = client.get("/api/v1/subsidies/").json()["results"]
    document = json.loads(download(client, "subsidies", "json").content)
    assert document["items"] == api
    rows = list(csv.DictReader(io.StringIO(download(client, "subsidies", "csv").content.decode("utf-8-sig"))))
    assert [row["reference"] for row in rows] == [item["reference"] for item in api]
    assert rows[0]["scheme_name_nl"] == api[0]["scheme"]["name"]["nl"]
    timeline = list(
        csv.DictReader(io.StringIO(download(client, "actions-timeline", "csv").content.decode("utf-8-sig")))
    )
    assert [(row["action_code"], row["text"]) for row in timeline] == [(world.action.code, "Eerste bezoek gedaan.")]


def test_no_cell_runs_as_a_formula(client, make_partner):
    make_partner(name='=HYPERLINK("http://evil.example","klik")', slug="formule")
    rows = list(csv.DictReader(io.StringIO(download(client, "partners", "csv").content.decode("utf-8-sig"))))
    assert rows[0]["name"].startswith("'=")


def test_an_unknown_dataset_or_format_is_not_found(client):
    assert client.get("/nl/open-data/applications.csv").status_code == 404
    assert client.get("/nl/open-data/partners.xml").status_code == 404


@pytest.mark.parametrize("name", ["partners", "actions", "events", "subsidies"])
def test_downloads_keep_their_queries_at_two_sizes(client, make_partner, name, django_assert_max_num_queries):
    from tests.factories import ActionFactory, EventFactory

    counts = []
    for numbers in (range(0, 2), range(2, 20)):
        for number in numbers:
            partner = make_partner(name=f"Stichting {number}", slug=f"stichting-{number}", countries=["RO"])
            ActionFactory(lead_partner=partner, countries=["RO"])
            EventFactory(organisers=[partner])
        with django_assert_max_num_queries(10) as captured:
            download(client, name, "json")
        counts.append(len(captured))
    assert counts[0] == counts[1]
