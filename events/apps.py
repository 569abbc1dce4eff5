from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Shell app: its models arrive with their own issue."""

    name = "events"
    verbose_name = _("Events")
