"""Storage for files that are served only through a view that checks permissions."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT (read at use, so tests can move it) without a public URL."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public URL; link to the view that checks permissions.")


def private_storage() -> PrivateStorage:
    """The storage of private files (a callable, so migrations do not hold a path)."""
    return PrivateStorage()


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Production static files: hashed names (served by whitenoise with a far-future, immutable Cache-Control)
    and pre-compressed copies. A file missing from the manifest (collectstatic ran without the production
    storage, or before a template named a new file) links to its plain name instead of failing the whole
    page with a 500; ``manage.py check --deploy`` (``deventer_intl.checks``) reports a missing manifest."""

    manifest_strict = False

    def stored_name(self, name):
        try:
            return super().stored_name(name)
        except ValueError:  # not in the manifest and not collected at all: its plain name (a 404, not a 500)
            return name
