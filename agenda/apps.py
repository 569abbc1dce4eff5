from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Work agenda")

    def ready(self):
        # Registers the agenda's rules (django-rules) with the permission backend.
        from agenda import permissions  # noqa: F401
