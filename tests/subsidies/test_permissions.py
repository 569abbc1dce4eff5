"""Every role × every subsidy page, on the applicant's own organisation's application and on another's (guessed
URL), plus attachments by guessed id. Visitors are sent to the login page; what a role may not see at all is 404,
what it sees but may not do is 403. The list querysets agree with the rules."""

import pytest
from django.urls import reverse

from subsidies.models import Application, Attachment
from tests.subsidies.builders import confirm_data
from tests.subsidies.files import pdf_bytes, upload

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "rep", "other_rep", "ambassador", "civil", "coordinator"]

# view, stage of the application, method, expected per role (anonymous is always the login page)
MATRIX = [
    ("detail", "in_review", "get", {"rep": 200, "other_rep": 404, "ambassador": 404, "civil": 200, "coordinator": 200}),
    ("detail", "draft", "get", {"rep": 200, "other_rep": 404, "ambassador": 404, "civil": 404, "coordinator": 404}),
    ("update", "draft", "get", {"rep": 200, "other_rep": 404, "ambassador": 404, "civil": 404, "coordinator": 404}),
    ("submit", "draft", "post", {"rep": 302, "other_rep": 404, "ambassador": 404, "civil": 404, "coordinator": 404}),
    (
        "withdraw",
        "submitted",
        "post",
        {"rep": 302, "other_rep": 404, "ambassador": 404, "civil": 403, "coordinator": 403},
    ),
    ("review", "submitted", "get", {"rep": 403, "other_rep": 404, "ambassador": 404, "civil": 200, "coordinator": 200}),
    (
        "propose",
        "in_review",
        "get",
        {"rep": 403, "other_rep": 404, "ambassador": 404, "civil": 200, "coordinator": 200},
    ),
    # The proposal is by "civil": the four-eyes rule leaves confirming to others in the office.
    (
        "confirm",
        "proposed",
        "post",
        {"rep": 403, "other_rep": 404, "ambassador": 404, "civil": 403, "coordinator": 302},
    ),
    ("payment", "granted", "get", {"rep": 403, "other_rep": 404, "ambassador": 404, "civil": 200, "coordinator": 200}),
    ("report", "paid", "get", {"rep": 200, "other_rep": 404, "ambassador": 404, "civil": 403, "coordinator": 403}),
    ("settle", "reported", "get", {"rep": 403, "other_rep": 404, "ambassador": 404, "civil": 200, "coordinator": 200}),
    (
        "attachment",
        "submitted",
        "get",
        {"rep": 200, "other_rep": 404, "ambassador": 404, "civil": 200, "coordinator": 200},
    ),
]
LISTS = [
    ("mine", {"rep": 200, "other_rep": 200, "ambassador": 403, "civil": 403, "coordinator": 403}),
    ("create", {"rep": 200, "other_rep": 200, "ambassador": 403, "civil": 403, "coordinator": 403}),
    ("list", {"rep": 403, "other_rep": 403, "ambassador": 403, "civil": 200, "coordinator": 200}),
    ("budget", {"rep": 403, "other_rep": 403, "ambassador": 403, "civil": 200, "coordinator": 200}),
    ("figures", {"rep": 403, "other_rep": 403, "ambassador": 403, "civil": 200, "coordinator": 200}),
]


def log_in(client, people, role):
    if role != "anonymous":
        client.force_login(getattr(people, role))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view, stage, method, expected", MATRIX, ids=[f"{row[0]}-{row[1]}" for row in MATRIX])
def test_application_pages(client, people, make_application, role, view, stage, method, expected):
    application = make_application(stage)
    kwargs = {"pk": application.pk}
    if view == "attachment":
        kwargs["attachment_pk"] = application.attachments.first().pk
    status_before = Application.objects.get(pk=application.pk).status
    log_in(client, people, role)
    data = confirm_data(application) if view == "confirm" else {"declaration": "yes"} if view == "submit" else {}
    response = getattr(client, method)(reverse(f"subsidies:{view}", kwargs=kwargs), data)
    if role == "anonymous":
        assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    else:
        assert response.status_code == expected[role]
    if response.status_code != 302 or role == "anonymous":
        assert Application.objects.get(pk=application.pk).status == status_before, "a refused request changes nothing"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view, expected", LISTS, ids=[row[0] for row in LISTS])
def test_list_pages(client, people, role, view, expected, scheme):
    log_in(client, people, role)
    response = client.get(reverse(f"subsidies:{view}"))
    if role == "anonymous":
        assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    else:
        assert response.status_code == expected[role]


def test_another_organisations_application_and_attachment_by_guessed_url(client, people, make_application):
    mine = make_application("submitted")
    theirs = make_application("submitted", partner=people.other)
    their_file = theirs.attachments.first()
    client.force_login(people.rep)
    for view in ("detail", "update", "review", "report"):
        assert client.get(reverse(f"subsidies:{view}", kwargs={"pk": theirs.pk})).status_code == 404
    # Their attachment's id under their application, and under my own application: both 404.
    assert (
        client.get(
            reverse("subsidies:attachment", kwargs={"pk": theirs.pk, "attachment_pk": their_file.pk})
        ).status_code
        == 404
    )
    assert (
        client.get(reverse("subsidies:attachment", kwargs={"pk": mine.pk, "attachment_pk": their_file.pk})).status_code
        == 404
    )
    assert client.post(reverse("subsidies:withdraw", kwargs={"pk": theirs.pk})).status_code == 404
    assert Application.objects.get(pk=theirs.pk).status == "submitted"
    # The own file streams, as a download with a safe name, never cached by shared caches.
    response = client.get(
        reverse("subsidies:attachment", kwargs={"pk": mine.pk, "attachment_pk": mine.attachments.first().pk})
    )
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Content-Disposition"].startswith("attachment;") and "private" in response["Cache-Control"]


def test_attachments_live_in_private_storage_without_a_public_url(people, make_application, media, settings):
    application = make_application("submitted")
    attachment = application.attachments.first()
    assert attachment.file.path.startswith(str(media))
    assert not attachment.file.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018


def test_a_hostile_file_name_is_stored_and_served_under_a_safe_one(client, people, scheme):
    from subsidies import services

    application = Application.objects.create(
        partner=people.own,
        scheme=scheme,
        year=2026,
        applicant=people.rep,
        title="x",
        description="x",
        country_id="RO",
        local_partner="x",
        start_date="2026-01-01",
        end_date="2026-02-01",
        amount_requested=10,
        total_budget=10,
    )
    from subsidies.files import clean_attachment

    hostile = upload('../../etc/"pass wd";.exe.pdf', pdf_bytes())
    services.application_save(
        application=application, by=people.rep, attachments=[("plan", hostile, clean_attachment(hostile))]
    )
    attachment = Attachment.objects.get()
    assert attachment.original_name == "pass-wd-exe.pdf"
    assert attachment.file.name == f"subsidies/{application.pk}/pass-wd-exe.pdf"
    client.force_login(people.rep)
    response = client.get(
        reverse("subsidies:attachment", kwargs={"pk": application.pk, "attachment_pk": attachment.pk})
    )
    assert response["Content-Disposition"] == 'attachment; filename="pass-wd-exe.pdf"'


def test_the_list_querysets_agree_with_the_rules(people, make_application):
    applications = [make_application(stage) for stage in ("draft", "submitted", "granted")]
    applications += [make_application(stage, partner=people.other) for stage in ("draft", "in_review")]
    for role in ROLES[1:]:
        user = getattr(people, role)
        visible = set(Application.objects.visible_to(user).values_list("pk", flat=True))
        allowed = {app.pk for app in applications if user.has_perm("subsidies.see_application", app)}
        assert visible == allowed, role
    assert set(Application.objects.visible_to(people.civil).values_list("status", flat=True)) == {
        "submitted",
        "granted",
        "in_review",
    }


def test_an_attachment_whose_file_is_gone_is_404_not_an_error(client, people, make_application):
    application = make_application("submitted")
    attachment = application.attachments.first()
    attachment.file.storage.delete(attachment.file.name)
    client.force_login(people.civil)
    response = client.get(
        reverse("subsidies:attachment", kwargs={"pk": application.pk, "attachment_pk": attachment.pk})
    )
    assert response.status_code == 404
    assert Attachment.objects.filter(pk=attachment.pk).exists()
