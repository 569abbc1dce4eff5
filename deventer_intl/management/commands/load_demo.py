from django.core.management.base import BaseCommand

from deventer_intl.demo.loader import load_partners
from partners.models import Partner


class Command(BaseCommand):
    help = "Load the demo data drawn from the municipality's policy documents (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Only load when the database holds no partners yet."
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Partner.objects.exists():
            self.stdout.write("Demo data: the database already holds partners; nothing loaded.")
            return
        counts = load_partners()
        self.stdout.write(
            self.style.SUCCESS(f"Demo data loaded: {counts['partners']} partners in {counts['networks']} networks.")
        )
