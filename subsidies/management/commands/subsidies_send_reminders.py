from django.core.management.base import BaseCommand

from subsidies.services import reminders_send


class Command(BaseCommand):
    help = (
        "Mail the applicants whose final report is due (3 months after the project's end); each once. "
        "Run daily from cron."
    )

    def handle(self, *args, **options):
        sent = reminders_send()
        self.stdout.write(f"Final report reminders sent: {sent}.")
