from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubsidiesConfig(AppConfig):
    """Shell app: its models arrive with their own issue."""

    name = "subsidies"
    verbose_name = _("Subsidies")
