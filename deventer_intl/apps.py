from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeventerIntlConfig(AppConfig):
    name = "deventer_intl"
    verbose_name = _("International Office Deventer")

    def ready(self):
        from django.db.backends.signals import connection_created

        from deventer_intl import checks  # noqa: F401 - registers the deployment checks
        from deventer_intl.cache import install_write_watcher

        # Every write to a content table, on every connection, makes cached pages out of date (cache.py).
        connection_created.connect(install_write_watcher, dispatch_uid="deventer_intl.cache.write_watcher")
