"""The statements every Dutch government site publishes: privacy (AVG), cookies, and accessibility
(toegankelijkheidsverklaring, in the fields of the national model statement). Linked from every page's
footer (``templates/includes/footer_statements.html``); the retention periods come from the settings."""

from __future__ import annotations

import datetime
import functools
import json

from django.conf import settings
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from deventer_intl.views import CrumbsMixin

#: When the accessibility statement was last reviewed (the model statement asks for the date).
ACCESSIBILITY_REVIEWED = datetime.date(2026, 11, 30)


@functools.cache
def axe_version() -> str:
    """The axe-core version the automated checks run (installed by npm from package.json)."""
    try:
        package = settings.BASE_DIR / "node_modules" / "axe-core" / "package.json"
        return json.loads(package.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return "4"


class PrivacyView(CrumbsMixin, TemplateView):
    """What personal data the portal keeps, why, for how long (from the retention settings), and who to ask."""

    crumb_label = gettext_lazy("Privacy statement")
    template_name = "statements/privacy.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            registration_days=settings.RETENTION_REGISTRATION_DAYS,
            granted_years=settings.RETENTION_GRANTED_YEARS,
            refused_years=settings.RETENTION_REFUSED_YEARS,
            withdrawn_years=settings.RETENTION_WITHDRAWN_YEARS,
            form_hours=settings.FORM_SUBMISSION_KEEP_HOURS,
            audit_days=settings.RETENTION_AUDIT_DAYS,
            contact=settings.PRIVACY_CONTACT_EMAIL,
            **kwargs,
        )


class CookiesView(CrumbsMixin, TemplateView):
    """Functional cookies only, so no consent banner."""

    crumb_label = gettext_lazy("Cookies")
    template_name = "statements/cookies.html"


class AccessibilityView(CrumbsMixin, TemplateView):
    """The accessibility statement in the fields of the Dutch model statement."""

    crumb_label = gettext_lazy("Accessibility statement")
    template_name = "statements/accessibility.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            reviewed=ACCESSIBILITY_REVIEWED,
            axe_version=axe_version(),
            contact=settings.INTERNATIONAL_OFFICE_EMAIL,
            **kwargs,
        )
