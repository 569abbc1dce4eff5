from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeventerIntlConfig(AppConfig):
    name = "deventer_intl"
    verbose_name = _("International Office Deventer")
