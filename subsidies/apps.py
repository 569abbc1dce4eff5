from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubsidiesConfig(AppConfig):
    name = "subsidies"
    verbose_name = _("Subsidies")

    def ready(self):
        # Registers the subsidy rules (django-rules) with the permission backend.
        from subsidies import permissions  # noqa: F401
