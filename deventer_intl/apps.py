from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeventerIntlConfig(AppConfig):
    name = "deventer_intl"
    verbose_name = _("International Office Deventer")

    def ready(self):
        # The audit log listens to log-ins, saves, deletes and exports (deventer_intl.audit).
        from deventer_intl import audit

        audit.connect_axes()
        audit.connect_import_export()
        from django.core.signals import got_request_exception

        from deventer_intl.middleware import mark_database_unreachable

        got_request_exception.connect(mark_database_unreachable, dispatch_uid="deventer_intl.database_unreachable")

        from django.db.backends.signals import connection_created

        from deventer_intl import checks  # noqa: F401 - registers the deployment checks
        from deventer_intl.cache import install_write_watcher

        # Every write to a content table, on every connection, makes cached pages out of date (cache.py).
        connection_created.connect(install_write_watcher, dispatch_uid="deventer_intl.cache.write_watcher")
