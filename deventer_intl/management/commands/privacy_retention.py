from django.core.management.base import BaseCommand

from deventer_intl.privacy import retention_run


class Command(BaseCommand):
    help = (
        "Anonymise personal data past its retention period (RETENTION_* settings): registrations after the "
        "event, subsidy applications per outcome. Figures and counts stay. Run daily."
    )

    def handle(self, *args, **options):
        done = retention_run()
        self.stdout.write(
            f"{done['registrations']} registrations and {done['applications']} applications anonymised, "
            f"{done['audit_entries']} audit entries deleted."
        )
