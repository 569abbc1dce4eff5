"""Who may do what on the work agenda: every rule in one place (django ``rules``).

Views check these with ``user.has_perm("agenda.<rule>", action)``; lists use the matching
querysets (``ActionQuerySet.editable_by``), and a test keeps both in step. The names differ from
Django's model permissions (``agenda.change_action`` …) on purpose: those stay the admin's, granted
only through the coordinator's group, so an office role never opens the admin or its importer.
"""

import rules

from deventer_intl.roles import is_ambassador, is_office, is_office_staff, is_partner_representative, links


@rules.predicate
def leads_action(user, action) -> bool:
    return action is not None and action.lead_person_id is not None and action.lead_person_id == user.pk


@rules.predicate
def edits_action(user, action) -> bool:
    """The user was invited as co-editor."""
    return action is not None and action.editors.filter(pk=user.pk).exists()


@rules.predicate
def action_in_my_sector(user, action) -> bool:
    sector_id = links(user).sector_id
    return action is not None and sector_id is not None and action.sectors.filter(pk=sector_id).exists()


@rules.predicate
def my_organisation_takes_part(user, action) -> bool:
    """One of the user's organisations leads the action or participates in it."""
    partner_ids = links(user).partner_ids
    if action is None or not partner_ids:
        return False
    return action.lead_partner_id in partner_ids or action.participations.filter(partner__in=partner_ids).exists()


@rules.predicate
def action_is_public(user, action) -> bool:
    return action is not None and action.public


@rules.predicate
def action_is_open(user, action) -> bool:
    return action is not None and action.is_open


@rules.predicate
def represents_participant(user, participation) -> bool:
    """The participation is of one of the user's own organisations."""
    return participation is not None and participation.partner_id in links(user).partner_ids


def of_action(predicate):
    """The same predicate, asked about a participation's action."""
    return rules.predicate(lambda user, participation: predicate.test(user, participation.action
                                                                     if participation is not None else None),
                           name=f"of_action({predicate.name})")


can_edit_action = is_office_staff | (is_ambassador & (leads_action | action_in_my_sector | edits_action))

rules.add_perm("agenda.see_action", action_is_public | can_edit_action
               | (is_partner_representative & my_organisation_takes_part))
rules.add_perm("agenda.propose_action", is_office)
rules.add_perm("agenda.edit_action", can_edit_action)
rules.add_perm("agenda.close_action", can_edit_action & action_is_open)
rules.add_perm("agenda.view_history", can_edit_action)
rules.add_perm("agenda.manage_participants", can_edit_action)
# A participation ends by an editor of its action, or by a representative of that partner (leaving).
rules.add_perm("agenda.remove_participation",
               of_action(can_edit_action) | (is_partner_representative & represents_participant))
rules.add_perm("agenda.post_update", can_edit_action | (is_partner_representative & my_organisation_takes_part))
rules.add_perm("agenda.join_action", is_partner_representative & action_is_public & action_is_open)
rules.add_perm("agenda.view_monitoring", is_office)
rules.add_perm("agenda.view_my_agenda", is_office | is_partner_representative)
