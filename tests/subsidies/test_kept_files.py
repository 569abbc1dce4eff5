"""After a submit with errors, files that passed their checks are kept: the applicant chooses only the one that
failed again (the browser never fills a file input in again)."""

import re

import pytest
from django.urls import reverse

from subsidies.models import Application
from tests.subsidies.files import docx_bytes, pdf_bytes, upload, xlsx_bytes
from tests.subsidies.test_lifecycle import application_data

pytestmark = pytest.mark.django_db


def kept_token(html: str, name: str) -> str:
    match = re.search(rf'<input type="hidden" name="{name}_kept"(?: value="([^"]*)")?', html)
    assert match, f"no hidden {name}_kept field"
    return match.group(1) or ""


def test_a_valid_file_is_kept_when_another_fails_and_only_the_failed_one_is_asked_again(client, people, scheme, media):
    client.force_login(people.rep)
    data = application_data(
        people, scheme, title="", plan=upload("projectplan.docx", docx_bytes()), budget=upload("begroting.pdf", b"nep")
    )
    response = client.post(reverse("subsidies:create"), data)
    html = response.content.decode()
    assert response.status_code == 200 and not Application.objects.exists()
    assert "projectplan.docx" in html, "the page says which file is kept"
    plan_token, budget_token = kept_token(html, "plan"), kept_token(html, "budget")
    assert plan_token and not budget_token
    assert list((media / "pending").rglob("projectplan.docx")), "kept in private storage, not public"

    # Sent again: the title and a real budget now, and no plan chosen: the kept plan is used.
    data = application_data(people, scheme, plan_kept=plan_token, budget=upload("begroting.xlsx", xlsx_bytes()))
    del data["plan"]
    response = client.post(reverse("subsidies:create"), data)
    assert response.status_code == 302
    application = Application.objects.get()
    assert sorted(a.original_name for a in application.attachments.all()) == ["begroting.xlsx", "projectplan.docx"]
    assert not list((media / "pending").rglob("*.docx")), "the kept copy is gone once used"


def test_a_forged_or_foreign_reference_is_ignored(client, people, scheme):
    client.force_login(people.rep)
    data = application_data(people, scheme, plan_kept="pending/../../etc/passwd", budget=upload("b.pdf", pdf_bytes()))
    del data["plan"]
    response = client.post(reverse("subsidies:create"), data)
    assert response.status_code == 302
    assert [a.original_name for a in Application.objects.get().attachments.all()] == ["b.pdf"]


def test_files_are_kept_when_only_a_funding_row_is_wrong(client, people, scheme):
    client.force_login(people.rep)
    data = application_data(people, scheme, **{"funding-2-source": "Gemeente", "funding-2-amount": ""})
    response = client.post(reverse("subsidies:create"), data)
    html = response.content.decode()
    assert response.status_code == 200 and not Application.objects.exists()
    assert kept_token(html, "plan") and kept_token(html, "budget")
