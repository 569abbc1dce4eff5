from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from deventer_intl import backups


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup` into an empty database and empty media folders "
        "(--force replaces what is there), then check every row count and file checksum against its manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar archive written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Empty a database with tables and media folders with files before restoring (they are lost).",
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = backups.restore(Path(archive), force=force)
        except backups.BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"Restored {archive} (made {manifest['created']}): {len(manifest['tables'])} tables with {rows} rows "
            f"and {len(manifest['files'])} files, all checked against the manifest. If this portal's code is newer "
            "than the backup, run `manage.py migrate` now."
        )
