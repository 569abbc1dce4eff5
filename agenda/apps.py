from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    """Shell app: its models arrive with their own issue."""

    name = "agenda"
    verbose_name = _("Work agenda")
