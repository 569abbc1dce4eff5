"""Who may do what with subsidies: every rule in one place (django ``rules``).

Views check these with ``user.has_perm("subsidies.<rule>", application)`` after finding the application
through ``Application.objects.visible_to(user)`` (another organisation's application is a 404). Whether a
step fits the application's status is not a rule but the life cycle in ``models.STEPS``, checked by the
services, so a refused step gets its own clear message. Ambassadors have no access to applications;
an organisation's link on a profile counts only for a partner representative. Someone who is both office staff
and a representative of the applying organisation may see its application, but takes none of the office's
steps on it (review, propose, confirm, pay, settle).
"""

import rules

from deventer_intl.roles import is_office_staff, is_partner_representative
from subsidies.querysets import represented_partner_ids


@rules.predicate
def of_my_organisation(user, application) -> bool:
    return application is not None and application.partner_id in represented_partner_ids(user)


@rules.predicate
def is_draft(user, application) -> bool:
    return application is not None and application.status == "draft"


@rules.predicate
def proposed_by_someone_else(user, application) -> bool:
    """Four eyes: the decision was proposed by another person than ``user``."""
    decision = getattr(application, "decision", None) if application is not None else None
    return decision is not None and decision.proposed_by_id != user.pk


@rules.predicate
def represents_an_organisation(user) -> bool:
    return bool(represented_partner_ids(user))


applicant = is_partner_representative & of_my_organisation
#: The office's steps on an application; never by someone who also represents the applying organisation.
office_step = is_office_staff & ~applicant

rules.add_perm("subsidies.apply", is_partner_representative & represents_an_organisation)
rules.add_perm("subsidies.see_mine", is_partner_representative & represents_an_organisation)
rules.add_perm("subsidies.see_application", applicant | (is_office_staff & ~is_draft))
rules.add_perm("subsidies.edit_application", applicant)
rules.add_perm("subsidies.file_report", applicant)
rules.add_perm("subsidies.see_review", is_office_staff)
rules.add_perm("subsidies.review", office_step)
rules.add_perm("subsidies.confirm_decision", office_step & proposed_by_someone_else)
rules.add_perm("subsidies.record_payment", office_step)
rules.add_perm("subsidies.settle", office_step)
rules.add_perm("subsidies.view_queue", is_office_staff)
rules.add_perm("subsidies.see_budgets", is_office_staff)
rules.add_perm("subsidies.view_figures", is_office_staff)
