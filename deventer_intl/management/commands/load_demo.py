"""``manage.py load_demo``: each app's demo data, loaded by the app itself, in order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import models

from agenda.demo.loader import load as load_agenda
from agenda.models import Action
from deventer_intl.demo.network import load as load_network
from deventer_intl.demo.users import ensure_demo_users
from events.demo.loader import load_events
from events.models import Event
from partners.demo.loader import load as load_partners
from partners.models import Partner
from reports.demo.loader import load as load_reports
from reports.models import ReportText
from subsidies.demo.loader import load as load_subsidies
from subsidies.models import Scheme


def demo_users() -> dict[str, object]:
    """The demo logins by username (created when missing)."""
    return {user.username: user for user in ensure_demo_users()}


@dataclass(frozen=True)
class Part:
    """One app's demo data: its loader, and what ``--if-empty`` looks at and says."""

    name: str
    model: type[models.Model]
    holds: str
    load: Callable[[], dict[str, int]]
    loaded: str


PARTNERS = Part("partners", Partner, "partners", load_partners, "{partners} partners in {networks} networks")
AGENDA = Part("work agenda", Action, "actions", load_agenda, "{actions} actions with {updates} updates")
SUBSIDIES = Part(
    "subsidies",
    Scheme,
    "subsidy schemes",
    lambda: load_subsidies(users=demo_users()),
    "{schemes} subsidy schemes with {applications} applications",
)
EVENTS = Part(
    "events",
    Event,
    "events",
    lambda: load_events(by=demo_users().get("coordinator")),
    "{events} events and {relations} relations",
)
REPORTS = Part("progress report", ReportText, "report texts", load_reports, "{texts} texts of the progress report")


class Command(BaseCommand):
    help = "Load the demo data drawn from the municipality's policy documents (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Load each part (partners, work agenda, subsidies, events) only when the database holds none of it yet.",
        )

    def handle(self, *args, if_empty=False, **options):
        if not settings.DEMO_DATA:
            # A site holding demo data says so on every page (DEMO_DATA); one that does not say so gets none.
            raise CommandError("DEMO_DATA is off: this site does not say it runs on demo data, so none is loaded.")
        self.load(PARTNERS, if_empty)
        # The logins (the project's, not an app's) lead actions, apply for subsidies and organise events.
        ensure_demo_users()
        loaded = [self.load(part, if_empty) for part in (AGENDA, SUBSIDIES, EVENTS, REPORTS)]
        if any(loaded):
            # The links between the apps' demo data (relations, actions, events, subsidies), once they all exist.
            counts = load_network()
            self.stdout.write(self.style.SUCCESS("Demo data linked: {links} links in the network.".format(**counts)))

    def load(self, part: Part, if_empty: bool) -> bool:
        """Load one part; False when ``if_empty`` found it already there."""
        if if_empty and part.model.objects.exists():
            self.stdout.write(f"Demo data: the database already holds {part.holds}; {part.name} not loaded.")
            return False
        counts = part.load()
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded: {part.loaded.format(**counts)}."))
        return True
