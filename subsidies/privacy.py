"""Personal data of subsidy applications (AVG): after the retention period for its outcome, an application
keeps what the figures, the budget and the public register need (organisation, scheme, year, title, country,
Global Goals, dates, amounts, statuses, other funding) and loses what may name or describe people: the link to
the applicant's login, the project description and local partner, the office's notes and motivation, the
final report's text, and the documents (files and rows). The same fields are cleared in every history row.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q, QuerySet

from subsidies import lifecycle
from subsidies.models import Application, Attachment, CriterionAssessment, Decision, FinalReport, Review

ANONYMISED = "[geanonimiseerd]"


def applications_due(*, granted_before, refused_before, withdrawn_before) -> QuerySet:
    """Applications whose retention period has passed, per outcome, that still hold personal data.

    Granted (and paid, reported, closed): counted from the settlement, or from the decision if never
    settled; rejected: from the decision; withdrawn and abandoned drafts: from their last change.
    """
    granted = Q(status__in=lifecycle.GRANTED) & (
        Q(final_report__settled_at__lt=granted_before)
        | Q(final_report__settled_at__isnull=True, decided_at__lt=granted_before)
    )
    refused = Q(status=lifecycle.Status.REJECTED, decided_at__lt=refused_before)
    withdrawn = Q(status__in=[lifecycle.Status.WITHDRAWN, lifecycle.Status.DRAFT], updated__lt=withdrawn_before)
    return Application.objects.filter(granted | refused | withdrawn).exclude(description=ANONYMISED)


@transaction.atomic
def application_anonymise(*, application: Application) -> None:
    """Clear the personal data of one application and of its history (figures and counts untouched)."""
    pk = application.pk
    texts = {"description": ANONYMISED, "local_partner": "", "applicant_id": None}
    Application.objects.filter(pk=pk).update(**texts)
    Application.history.filter(id=pk).update(**texts)
    reviews = Review.objects.filter(application_id=pk)
    review_ids = list(reviews.values_list("pk", flat=True))
    reviews.update(note="")
    Review.history.filter(id__in=review_ids).update(note="")
    CriterionAssessment.objects.filter(review_id__in=review_ids).update(note="")
    CriterionAssessment.history.filter(review_id__in=review_ids).update(note="")
    Decision.objects.filter(application_id=pk).update(motivation=ANONYMISED)
    Decision.history.filter(application_id=pk).update(motivation=ANONYMISED)
    FinalReport.objects.filter(application_id=pk).update(what_was_done=ANONYMISED, settlement_note="")
    FinalReport.history.filter(application_id=pk).update(what_was_done=ANONYMISED, settlement_note="")
    attachments = list(Attachment.objects.filter(application_id=pk))
    for attachment in attachments:
        stored, storage = attachment.file.name, attachment.file.storage
        attachment.delete()
        transaction.on_commit(lambda stored=stored, storage=storage: storage.delete(stored))
    Attachment.history.filter(application_id=pk).update(file="", original_name=ANONYMISED)


def applications_of(user) -> QuerySet:
    """The applications this login made (as applicant)."""
    return Application.objects.filter(applicant=user)


def days_ago(now: datetime.datetime, *, days: int = 0, years: int = 0) -> datetime.datetime:
    """``now`` minus days or whole years (29 February becomes 28 February)."""
    if years:
        try:
            return now.replace(year=now.year - years)
        except ValueError:
            return now.replace(year=now.year - years, day=28)
    return now - datetime.timedelta(days=days)
