from django.core.management.base import BaseCommand

from agenda.models import Action
from deventer_intl.demo.loader import ensure_demo_users, load_agenda, load_events, load_partners, load_subsidies
from events.models import Event
from partners.models import Partner
from subsidies.models import Scheme


class Command(BaseCommand):
    help = "Load the demo data drawn from the municipality's policy documents (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true",
            help="Load each part (partners, work agenda, subsidies, events) only when the database holds none of it yet.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Partner.objects.exists():
            self.stdout.write("Demo data: the database already holds partners; partners not loaded.")
        else:
            counts = load_partners()
            self.stdout.write(
                self.style.SUCCESS(f"Demo data loaded: {counts['partners']} partners in {counts['networks']} networks.")
            )
        ensure_demo_users()
        if if_empty and Action.objects.exists():
            self.stdout.write("Demo data: the database already holds actions; work agenda not loaded.")
        else:
            counts = load_agenda()
            self.stdout.write(
                self.style.SUCCESS(f"Demo data loaded: {counts['actions']} actions with {counts['updates']} updates.")
            )
        if if_empty and Scheme.objects.exists():
            self.stdout.write("Demo data: the database already holds subsidy schemes; subsidies not loaded.")
        else:
            counts = load_subsidies()
            self.stdout.write(self.style.SUCCESS(
                f"Demo data loaded: {counts['schemes']} subsidy schemes with {counts['applications']} applications."))
        if if_empty and Event.objects.exists():
            self.stdout.write("Demo data: the database already holds events; events not loaded.")
        else:
            counts = load_events()
            self.stdout.write(
                self.style.SUCCESS(f"Demo data loaded: {counts['events']} events and {counts['relations']} relations.")
            )
