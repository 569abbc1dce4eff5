"""Who may do what with subsidies: every rule in one place (django ``rules``).

Views check these with ``user.has_perm("subsidies.<rule>", application)`` after finding the application
through ``Application.objects.visible_to(user)`` (another organisation's application is a 404). The rules on
an application are ``Condition`` compositions (``deventer_intl.permissions``): each atom carries its Python
test and its queryset filter side by side, so ``visible_to`` and ``of_organisations_of`` are these same rules,
not a restatement; ``tests/subsidies/test_rule_matrix.py`` checks that both forms agree on every role ×
application. Whether a step fits the application's status is not a rule but the life cycle in
``lifecycle.STEPS``, checked by the services, so a refused step gets its own clear message. Ambassadors have no
access to applications; an organisation's link on a profile counts only for a partner representative. Someone
who is both office staff and a representative of the applying organisation may see its application, but takes
none of the office's steps on it (review, propose, confirm, pay, settle).
"""

import rules
from django.db.models import Q

from deventer_intl.permissions import NO_ROW, Condition
from deventer_intl.roles import is_office_staff, is_partner_representative
from subsidies.lifecycle import PRIVATE
from subsidies.models import Decision
from subsidies.querysets import represented_partner_ids


def _of_my_organisation_where(user) -> Q:
    partner_ids = list(represented_partner_ids(user))
    return Q(partner__in=partner_ids) if partner_ids else NO_ROW


#: The application is of an organisation the user represents (as a partner representative).
of_my_organisation = Condition.on_object(
    "of_my_organisation",
    test=lambda user, application: application.partner_id in represented_partner_ids(user),
    where=_of_my_organisation_where,
)

#: Still private to the applicant (a draft): the life cycle's ``PRIVATE`` group.
is_draft = Condition.fact(
    "is_draft", test=lambda application: application.status in PRIVATE, where=Q(status__in=PRIVATE)
)


def _proposed_by_someone_else(user, application) -> bool:
    decision = getattr(application, "decision", None)
    return decision is not None and decision.proposed_by_id != user.pk


#: Four eyes: a decision was proposed, by another person than the user.
proposed_by_someone_else = Condition.on_object(
    "proposed_by_someone_else",
    test=_proposed_by_someone_else,
    where=lambda user: Q(pk__in=Decision.objects.exclude(proposed_by=user.pk).values("application")),
)

office_staff = Condition.on_user(is_office_staff)
partner_representative = Condition.on_user(is_partner_representative)

# --- The rules on an application, each once; querysets.py filters with the same conditions. ---
applicant = partner_representative & of_my_organisation
#: The office's steps on an application; never by someone who also represents the applying organisation.
office_step = office_staff & ~applicant
#: The own organisation's applications (drafts included); the office sees every submitted one.
can_see_application = applicant | (office_staff & ~is_draft)
can_confirm_decision = office_step & proposed_by_someone_else


@rules.predicate
def represents_an_organisation(user) -> bool:
    return bool(represented_partner_ids(user))


rules.add_perm("subsidies.apply", is_partner_representative & represents_an_organisation)
rules.add_perm("subsidies.see_mine", is_partner_representative & represents_an_organisation)
rules.add_perm("subsidies.see_application", can_see_application.predicate)
rules.add_perm("subsidies.edit_application", applicant.predicate)
rules.add_perm("subsidies.file_report", applicant.predicate)
rules.add_perm("subsidies.see_review", is_office_staff)
rules.add_perm("subsidies.review", office_step.predicate)
rules.add_perm("subsidies.confirm_decision", can_confirm_decision.predicate)
rules.add_perm("subsidies.record_payment", office_step.predicate)
rules.add_perm("subsidies.settle", office_step.predicate)
rules.add_perm("subsidies.view_queue", is_office_staff)
rules.add_perm("subsidies.see_budgets", is_office_staff)
rules.add_perm("subsidies.view_figures", is_office_staff)
rules.add_perm("subsidies.download_dossier", office_step.predicate)
