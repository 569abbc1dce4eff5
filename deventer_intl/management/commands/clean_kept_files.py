"""Remove files kept from failed form submits (``KeepValidFilesMixin``) once nobody can use them any more."""

import time

from django.core.management.base import BaseCommand

from deventer_intl.forms import KEPT_FILE_MAX_AGE
from deventer_intl.storage import private_storage


class Command(BaseCommand):
    help = "Delete kept uploads (private storage, pending/) older than a day: their form references have expired."

    def handle(self, *args, **options):
        storage = private_storage()
        if not storage.exists("pending"):
            return
        cutoff = time.time() - KEPT_FILE_MAX_AGE
        removed = 0
        directories, _files = storage.listdir("pending")
        for directory in directories:
            names = storage.listdir(f"pending/{directory}")[1]
            for name in names:
                path = f"pending/{directory}/{name}"
                if storage.get_modified_time(path).timestamp() < cutoff:
                    storage.delete(path)
                    removed += 1
        self.stdout.write(f"Removed {removed} kept file(s).")
