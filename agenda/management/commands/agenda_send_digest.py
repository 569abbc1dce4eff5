from django.core.management.base import BaseCommand

from agenda.notifications import stale_digests_send


class Command(BaseCommand):
    help = (
        "Mail each lead who wants it an overview of their open actions without an update for 90 days; at most "
        "once a week per person. Run weekly (or daily) from cron."
    )

    def handle(self, *args, **options):
        sent = stale_digests_send()
        self.stdout.write(f"Weekly overviews sent: {sent}.")
