"""Who may do what on events: every rule in one place (django ``rules``).

Views check these with ``user.has_perm("events.<rule>", event)``; lists use the matching querysets
(``EventQuerySet.editable_by`` / ``visible_to``), and a test keeps both in step. The names differ from
Django's model permissions (``events.change_event`` …), which stay the admin's (coordinators).
"""

import rules

from deventer_intl.roles import is_ambassador, is_office, is_office_staff, is_partner_representative, links


@rules.predicate
def created_event(user, event) -> bool:
    return event is not None and event.created_by_id is not None and event.created_by_id == user.pk


@rules.predicate
def event_in_my_sector(user, event) -> bool:
    sector_id = links(user).sector_id
    if event is None or sector_id is None:
        return False
    # The detail queryset prefetches sectors; use them when there, else one indexed query.
    cache = getattr(event, "_prefetched_objects_cache", {})
    if "sectors" in cache:
        return any(sector.pk == sector_id for sector in cache["sectors"])
    return event.sectors.filter(pk=sector_id).exists()


@rules.predicate
def my_organisation_organises(user, event) -> bool:
    partner_ids = links(user).partner_ids
    if event is None or not partner_ids:
        return False
    cache = getattr(event, "_prefetched_objects_cache", {})
    if "organisers" in cache:
        return any(partner.pk in partner_ids for partner in cache["organisers"])
    return event.organisers.filter(pk__in=partner_ids).exists()


@rules.predicate
def event_is_public(user, event) -> bool:
    return event is not None and event.public


@rules.predicate
def registration_open(user, event) -> bool:
    return event is not None and event.registration_open()


can_edit_event = (is_office_staff | (is_ambassador & (created_event | event_in_my_sector))
                  | (is_partner_representative & my_organisation_organises))

rules.add_perm("events.see_event", event_is_public | can_edit_event)
# Partner representatives add events for their own organisation only (the form limits the organisers).
rules.add_perm("events.propose_event", is_office | is_partner_representative)
rules.add_perm("events.edit_event", can_edit_event)
rules.add_perm("events.remove_event", can_edit_event)
rules.add_perm("events.see_registrations", can_edit_event)
rules.add_perm("events.record_attendance", can_edit_event)
rules.add_perm("events.register", event_is_public & registration_open)
rules.add_perm("events.view_figures", is_office)
rules.add_perm("events.view_my_events", is_office | is_partner_representative)
