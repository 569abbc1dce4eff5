"""The life cycle is one table (``subsidies/lifecycle.py``) and everything asks it: every status has its groups and
its "what happens next", every status is reachable, and the application page offers exactly the steps whose pages
take them (the step's page answers; a step the page does not offer because of the status answers 409)."""

import re
from collections import deque

import pytest
from django.urls import reverse
from django.utils import translation

from subsidies import lifecycle
from subsidies.lifecycle import (
    AWAITING_DECISION,
    COUNTED,
    DECIDED,
    GRANTED,
    PHASES,
    PRIVATE,
    STEPS,
    TRANSITIONS,
    Status,
)
from tests.subsidies.builders import STAGES

pytestmark = pytest.mark.django_db


def test_every_status_has_one_phase_and_the_groups_fit_together():
    assert set(PHASES) == set(Status)
    assert GRANTED <= DECIDED, "the budget holds money only for decided applications"
    assert not AWAITING_DECISION & DECIDED
    assert not PRIVATE & (COUNTED | AWAITING_DECISION | DECIDED), "the office never sees nor counts a draft"
    assert all(PHASES[status].applicant_next for status in Status), "every status tells the applicant what is next"


def test_every_status_is_reachable_from_a_draft_and_every_step_starts_somewhere():
    reached, todo = {Status.DRAFT}, deque([Status.DRAFT])
    while todo:
        current = todo.popleft()
        for start, target in TRANSITIONS:
            if start == current and target not in reached:
                reached.add(target)
                todo.append(target)
    assert reached == set(Status)
    assert all(step.sources and step.rule.startswith("subsidies.") for step in STEPS.values())


def test_what_happens_next_is_written_out_for_every_stage_in_every_language(make_application):
    for stage in STAGES:
        application = make_application(stage)
        for language in ("nl", "en", "de"):
            with translation.override(language):
                for office in (False, True):
                    for paragraph in lifecycle.what_next(application, office=office):
                        assert paragraph and not re.search(r"\{\w+\}|%\(\w+\)s", paragraph), (stage, paragraph)


def offered_urls(html: str, application) -> set[str]:
    """The step URLs the application page links to or posts to."""
    step_urls = {reverse(f"subsidies:{step.url_name}", kwargs={"pk": application.pk}) for step in STEPS.values()}
    return {url for url in re.findall(r'(?:href|action)="([^"]+)"', html) if url in step_urls}


@pytest.mark.parametrize("stage", STAGES)
def test_the_page_offers_exactly_the_steps_the_user_may_take_now(client, people, make_application, stage):
    application = make_application(stage)
    for role in ("rep", "civil", "civil2"):
        user = getattr(people, role)
        client.force_login(user)
        response = client.get(reverse("subsidies:detail", kwargs={"pk": application.pk}))
        if response.status_code == 404:  # a draft: the office does not see it
            assert application.status in PRIVATE and role != "rep"
            continue
        offers = response.context["steps"]
        assert offered_urls(response.content.decode(), application) == {offer.url for offer in offers}, role
        for step in STEPS.values():
            url = reverse(f"subsidies:{step.url_name}", kwargs={"pk": application.pk})
            offered = any(offer.name == step.name for offer in offers)
            if offered and not step.post:
                assert client.get(url).status_code == 200, (role, step.name)
            if not step.fits(application) and user.has_perm(step.rule, application):
                assert not offered
                assert client.post(url, {}).status_code == 409, (role, step.name)
