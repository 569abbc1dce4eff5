"""The demo's cross-app links (loaded last by ``load_demo``): which actions and granted subsidies belong to which
relation, which events belong to which action, and the Global Goals the demo reads into partners' work.

Every link follows a seed document (VJR: five-year report 2015-2020, AN: ambition note 2021-2026), as the
comments say. Relations, events and actions themselves are loaded by their own apps before this runs.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from agenda.models import Action
from events.models import Event
from partners.models import GlobalGoal, Partner, Relation
from partners.services import partners_refresh_search
from subsidies import lifecycle
from subsidies.models import Application

P1, P2 = "2015-2020", "2021-2026"

#: Per relation the actions of the work agenda (period, code) the seeds tie to it.
RELATION_ACTIONS = {
    "sibiu": [(P2, "B10")],  # AN: Stedenband met Sibiu
    "bukomansimbi": [(P1, "B3"), (P2, "B11"), (P2, "B12")],  # VNG International; Platform Deventer-Oeganda
    "osnabrueck": [(P2, "B13"), (P2, "A7")],  # AN: Osnabrück and the universities; Global Goals exchange
    "rostock": [(P2, "B16")],  # AN: regional trade delegations to the Hanzedagen' economic forum
    "hanze": [(P1, "A3"), (P2, "B15"), (P2, "B16"), (P2, "B17"), (P2, "A5"), (P2, "A8")],
    "riga": [(P2, "B15"), (P2, "B16")],  # AN: Hanzedagen Riga 2021
    "malmo": [(P2, "A1")],
    "goteborg": [(P2, "A1")],
    "shelter-city": [(P2, "B9")],
}

#: Per action (period, code) the events the seeds tie to it.
ACTION_EVENTS = {
    (P2, "B10"): ["focus-op-roemenie-2019", "delegatie-sibiu-2019", "leerlingen-sibiu-het-vlier-2019"],
    (P1, "B4"): [
        "delegatie-sibiu-2019",
        "delegatie-bukomansimbi-2018",
        "ondernemersdelegatie-rostock-2019",
        "roemeense-handelsattache-2018",
        "ambassadeur-oeganda-platform-2019",
    ],
    (P1, "A3"): ["hanzedagen-kampen-2017"],
    (P2, "B15"): ["hanzedagen-riga-2021"],
    (P2, "B16"): ["hanzedagen-riga-2021"],
    (P2, "A1"): ["handelsreis-malmo-goteborg-2021"],
    (P2, "B11"): ["delegatie-bukomansimbi-2018", "zone-college-bukomansimbi-2018"],
    (P2, "B12"): ["ambassadeur-oeganda-platform-2019"],
    (P2, "B13"): ["handelsmissie-osnabrueck-2016"],
}

#: Granted subsidies whose (invented) title names the relation's place.
RELATION_SUBSIDY_WORDS = {"sibiu": "Sibiu"}

#: THE DEMO'S READING, NOT THE SEEDS': Global Goals for organisations whose own description or name plainly
#: concerns a goal. The seeds give these organisations no goal (the 2021 note's goal icons did not survive into
#: its text), so they are the demo's interpretation and only added where the seed data gives none.
GOALS_DEMO_READING = {
    "amnesty-international-deventer": [16],  # human rights
    "vrede-voor-palestina": [16],  # peace
    "veteranen-voor-libanon": [16],  # peace
    "wereldwinkel-deventer": [12],  # fair trade: responsible consumption
    "wereldwinkel-bathmen": [12],
    "vluchtelingenwerk-deventer": [10],  # refugees: reduced inequalities
    "vrouwen-voor-elkaar": [5],  # women: gender equality
}


@transaction.atomic
def load() -> dict[str, int]:
    """Link the demo relations, actions, events and granted subsidies; idempotent."""
    actions = {(action.period.name, action.code): action for action in Action.objects.select_related("period")}
    events = {event.slug: event for event in Event.objects.all()}
    links = 0
    for relation in Relation.objects.filter(slug__in=RELATION_ACTIONS):
        linked = [actions[key] for key in RELATION_ACTIONS[relation.slug] if key in actions]
        relation.actions.set(linked)
        links += len(linked)
    for relation in Relation.objects.filter(slug__in=RELATION_SUBSIDY_WORDS):
        granted = Application.objects.filter(
            Q(title__icontains=RELATION_SUBSIDY_WORDS[relation.slug]), status__in=lifecycle.GRANTED
        )
        relation.subsidy_applications.set(granted)
        links += granted.count()
    for key, slugs in ACTION_EVENTS.items():
        if key in actions:
            for slug in slugs:
                if slug in events:
                    events[slug].actions.add(actions[key])
                    links += 1
    goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
    read = list(Partner.objects.filter(slug__in=GOALS_DEMO_READING, global_goals__isnull=True))
    for partner in read:
        partner.global_goals.set([goals[number] for number in GOALS_DEMO_READING[partner.slug]])
    partners_refresh_search(partner_ids=[partner.pk for partner in read])
    return {"links": links}
