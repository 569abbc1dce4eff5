"""WSGI entry point (gunicorn); the database comes from deventer_intl.database via the settings."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "deventer_intl.settings")
application = get_wsgi_application()
