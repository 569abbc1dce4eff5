import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from deventer_intl import backups


class Command(BaseCommand):
    help = (
        "Write one tar archive with a consistent pg_dump of the database, the media and private media files and "
        "a manifest (date, schema, row counts, checksums). Restore it with `manage.py restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="The archive to write (default: var/backups/portal-<date>-<time>.tar, or BACKUP_DIR).",
        )

    def handle(self, *args, output=None, **options):
        if output:
            path = Path(output)
        else:
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
            path = Path(settings.BACKUP_DIR) / f"portal-{stamp}.tar"
        try:
            manifest = backups.backup(path)
        except backups.BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"Backup written to {path}: {len(manifest['tables'])} tables with {rows} rows, "
            f"{len(manifest['files'])} files."
        )
