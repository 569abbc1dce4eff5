from django.core.management.base import BaseCommand

from deventer_intl.idempotency import clear_submissions


class Command(BaseCommand):
    help = "Remove the remembered form submissions older than FORM_SUBMISSION_KEEP_HOURS (run daily)."

    def handle(self, *args, **options):
        count = clear_submissions()
        self.stdout.write(f"{count} form submissions removed.")
