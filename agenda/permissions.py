"""Who may do what on the work agenda: every rule in one place (django ``rules``).

Views check these with ``user.has_perm("agenda.<rule>", action)``. The rules on an action are
``Condition`` compositions (``deventer_intl.permissions``): each atom carries its Python test and its
queryset filter side by side, so the lists (``Action.objects.editable_by(user)``, ``visible_to``,
``involving_organisations_of``) are the same rules, not a restatement; ``tests/agenda/test_rule_matrix.py``
checks that both forms agree on every role × action. The names differ from Django's model permissions
(``agenda.change_action`` …) on purpose: those stay the admin's, granted only through the coordinator's
group, so an office role never opens the admin or its importer.
"""

import rules
from django.db.models import Q

from agenda.models import Action, Participation
from deventer_intl.permissions import NO_ROW, Condition, my_sector_ids, prefetched_ids
from deventer_intl.roles import is_ambassador, is_office, is_office_staff, is_partner_representative, links


def _leads(user, action) -> bool:
    return action.lead_person_id is not None and action.lead_person_id == user.pk


leads_action = Condition.on_object("leads_action", test=_leads, where=lambda user: Q(lead_person=user.pk))


#: The user was invited as co-editor.
co_edits_action = Condition.linked("co_edits_action", model=Action, relation="editors", ids=lambda user: [user.pk])
#: The action belongs to the ambassador's sector.
action_in_my_sector = Condition.linked("action_in_my_sector", model=Action, relation="sectors", ids=my_sector_ids)


def _takes_part(user, action) -> bool:
    partner_ids = links(user).partner_ids
    if not partner_ids:
        return False
    if action.lead_partner_id in partner_ids:
        return True
    participant_ids = prefetched_ids(action, "participations", "partner_id")
    if participant_ids is not None:
        return bool(participant_ids & partner_ids)
    return action.participations.filter(partner__in=partner_ids).exists()


def _takes_part_where(user) -> Q:
    partner_ids = list(links(user).partner_ids)
    if not partner_ids:
        return NO_ROW
    return Q(lead_partner__in=partner_ids) | Q(
        pk__in=Participation.objects.filter(partner__in=partner_ids).values("action")
    )


#: One of the user's organisations leads the action or participates in it.
my_organisation_takes_part = Condition.on_object(
    "my_organisation_takes_part", test=_takes_part, where=_takes_part_where
)

action_is_public = Condition.fact("action_is_public", test=lambda action: action.public, where=Q(public=True))
action_is_open = Condition.fact(
    "action_is_open", test=lambda action: action.is_open, where=Q(status__in=Action.OPEN_STATUSES)
)

office_staff = Condition.on_user(is_office_staff)
ambassador = Condition.on_user(is_ambassador)
partner_representative = Condition.on_user(is_partner_representative)

# --- The rules on an action, each once; querysets.py filters with the same conditions. ---
#: Office staff edit every action; an ambassador those they lead, co-edit, or that belong to their sector.
can_edit_action = office_staff | (ambassador & (leads_action | co_edits_action | action_in_my_sector))
#: A partner representative whose organisation leads the action or takes part in it.
involves_my_organisation = partner_representative & my_organisation_takes_part
can_see_action = action_is_public | can_edit_action | involves_my_organisation
can_close_action = can_edit_action & action_is_open
can_post_update = can_edit_action | involves_my_organisation
can_join_action = partner_representative & action_is_public & action_is_open


@rules.predicate
def represents_participant(user, participation) -> bool:
    """The participation is of one of the user's own organisations."""
    return participation is not None and participation.partner_id in links(user).partner_ids


def of_action(predicate):
    """The same predicate, asked about a participation's action."""
    return rules.predicate(
        lambda user, participation: predicate.test(user, participation.action if participation is not None else None),
        name=f"of_action({predicate.name})",
    )


rules.add_perm("agenda.see_action", can_see_action.predicate)
rules.add_perm("agenda.propose_action", is_office)
rules.add_perm("agenda.edit_action", can_edit_action.predicate)
rules.add_perm("agenda.close_action", can_close_action.predicate)
rules.add_perm("agenda.view_history", can_edit_action.predicate)
rules.add_perm("agenda.manage_participants", can_edit_action.predicate)
# A participation ends by an editor of its action, or by a representative of that partner (leaving).
rules.add_perm(
    "agenda.remove_participation",
    of_action(can_edit_action.predicate) | (is_partner_representative & represents_participant),
)
rules.add_perm("agenda.post_update", can_post_update.predicate)
rules.add_perm("agenda.join_action", can_join_action.predicate)
rules.add_perm("agenda.view_monitoring", is_office)


@rules.predicate
def answers_participation_request(user, request) -> bool:
    """An invitation is answered by a representative of the invited partner; a claim to co-lead by an editor of
    the action (its lead among them)."""
    if request is None:
        return False
    if request.kind == request.Kind.INVITATION:
        return bool(is_partner_representative(user)) and request.partner_id in links(user).partner_ids
    return bool(can_edit_action.predicate(user, request.action))


rules.add_perm("agenda.answer_participation_request", answers_participation_request)
rules.add_perm("agenda.view_my_agenda", is_office | is_partner_representative)
