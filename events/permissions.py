"""Who may do what on events: every rule in one place (django ``rules``).

Views check these with ``user.has_perm("events.<rule>", event)``. The rules on an event are ``Condition``
compositions (``deventer_intl.permissions``): each atom carries its Python test and its queryset filter side by
side, so ``Event.objects.editable_by(user)`` and ``visible_to(user)`` are the same rules, not a restatement;
``tests/events/test_rule_matrix.py`` checks that both forms agree on every role × event. The names differ from
Django's model permissions (``events.change_event`` …), which stay the admin's (coordinators).
"""

import rules
from django.db.models import Q

from deventer_intl.permissions import Condition, my_sector_ids
from deventer_intl.roles import is_ambassador, is_office, is_office_staff, is_partner_representative, links
from events.models import Event


def _created(user, event) -> bool:
    return event.created_by_id is not None and event.created_by_id == user.pk


created_event = Condition.on_object("created_event", test=_created, where=lambda user: Q(created_by=user.pk))


#: The event belongs to the ambassador's sector.
event_in_my_sector = Condition.linked("event_in_my_sector", model=Event, relation="sectors", ids=my_sector_ids)
#: One of the user's organisations organises the event.
my_organisation_organises = Condition.linked(
    "my_organisation_organises", model=Event, relation="organisers", ids=lambda user: links(user).partner_ids
)

event_is_public = Condition.fact("event_is_public", test=lambda event: event.public, where=Q(public=True))

office_staff = Condition.on_user(is_office_staff)
ambassador = Condition.on_user(is_ambassador)
partner_representative = Condition.on_user(is_partner_representative)

# --- The rules on an event, each once; querysets.py filters with the same conditions. ---
#: Office staff edit every event; an ambassador those they created or of their sector; a partner
#: representative those their organisation organises.
can_edit_event = (
    office_staff
    | (ambassador & (created_event | event_in_my_sector))
    | (partner_representative & my_organisation_organises)
)
can_see_event = event_is_public | can_edit_event


@rules.predicate
def registration_open(user, event) -> bool:
    """Registration is asked for and the event has not started yet (a moment's fact: no list asks for it)."""
    return event is not None and event.registration_open()


rules.add_perm("events.see_event", can_see_event.predicate)
# Partner representatives add events for their own organisation only (the form limits the organisers).
rules.add_perm("events.propose_event", is_office | is_partner_representative)
rules.add_perm("events.edit_event", can_edit_event.predicate)
rules.add_perm("events.remove_event", can_edit_event.predicate)
rules.add_perm("events.see_registrations", can_edit_event.predicate)
rules.add_perm("events.record_attendance", can_edit_event.predicate)
rules.add_perm("events.register", event_is_public.predicate & registration_open)
rules.add_perm("events.view_figures", is_office)
rules.add_perm("events.view_my_events", is_office | is_partner_representative)
