from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events, missions and delegations: calendar, iCal, registration and visitor figures."""

    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from events import permissions  # noqa: F401  (registers the rules)
