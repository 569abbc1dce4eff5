"""Where each role lands after logging in, and the partner representative's overview of their organisation.

After the login form, a safe ``next`` wins (Django's LoginView checks its host and scheme); otherwise each role
lands on its work: coordinators on the admin, civil servants on the review queue (the decisions awaiting their
confirmation at the top), ambassadors on "My agenda", partner representatives on their organisation's overview.
A login with several roles lands where the first of these applies; one without a role on its profile.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE, links
from deventer_intl.views import CrumbsMixin, RoleRequiredMixin, crumb
from partners.models import Partner

#: In order: the first role a login holds decides where it lands.
LANDINGS = [
    (COORDINATOR, "admin:index"),
    (CIVIL_SERVANT, "subsidies:list"),
    (AMBASSADOR, "agenda:mine"),
    (PARTNER_REPRESENTATIVE, "my-organisation"),
]


def landing_url(user) -> str:
    """The page ``user`` works on first."""
    roles = links(user).roles
    if user.is_superuser:
        return reverse("admin:index")
    for role, url_name in LANDINGS:
        if role in roles:
            return reverse(url_name)
    return reverse("profile")


class MyOrganisationView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """A partner representative's overview: per organisation its actions, applications and coming events, with
    the steps to take next. Each app's part comes from its own read layer, scoped to the user."""

    permission_required = "subsidies.see_mine"
    template_name = "my_organisation.html"
    crumb_label = gettext_lazy("My organisation")

    def get_crumbs(self):
        return [crumb(_("My portal"), "profile"), crumb(_("My organisation"))]

    def get_context_data(self, **kwargs):
        from agenda.models import Action, ParticipationRequest
        from events.models import Event
        from subsidies.models import Application

        user = self.request.user
        partners = Partner.objects.filter(pk__in=links(user).partner_ids).order_by("name").only("pk", "name", "slug")
        actions = list(
            Action.objects.involving_organisations_of(user)
            .for_list()
            .prefetch_related("participations")
            .order_by("-period__start_year", "list", "number")
        )
        applications = list(Application.objects.of_organisations_of(user).for_list().order_by("-year", "-created"))
        invitations = list(
            ParticipationRequest.objects.filter(
                partner__in=partners,
                kind=ParticipationRequest.Kind.INVITATION,
                status=ParticipationRequest.Status.PENDING,
            )
            .select_related("action")
            .order_by("created", "pk")
        )
        events = list(
            Event.objects.editable_by(user).upcoming().prefetch_related("organisers").order_by("start", "pk")[:20]
        )
        organisations = []
        for partner in partners:
            organisations.append(
                {
                    "partner": partner,
                    "invitations": [i for i in invitations if i.partner_id == partner.pk],
                    "actions": [a for a in actions if involves(a, partner)],
                    "applications": [a for a in applications if a.partner_id == partner.pk],
                    "events": [e for e in events if any(o.pk == partner.pk for o in e.organisers.all())],
                }
            )
        return super().get_context_data(organisations=organisations, today=timezone.localdate(), **kwargs)


def involves(action, partner) -> bool:
    return action.lead_partner_id == partner.pk or any(p.partner_id == partner.pk for p in action.participations.all())
