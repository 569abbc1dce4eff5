"""The pages of the partner core that gather every app: a country's whole dossier, a partner's, a sector's and a
Global Goal's linked work, and the goal × sector matrix.

They extend the partner directory's own views (which show only partners) with what ``deventer_intl.network``
reads from the agenda, events and subsidies, and take over those views' URLs and names in the ``partners``
namespace (deventer_intl/urls.py), so ``partners`` itself imports no other app.
"""

from django.urls import path

from deventer_intl import network
from deventer_intl.maps import locator
from partners import views as partner_views
from partners.models import Sector


class CountryDossierView(partner_views.CountryDetailView):
    """A country's dossier: partners, actions, coming and past events, relations and granted subsidies."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            locator=locator(str(self.subject.code)), **network.country_dossier(self.subject), **kwargs
        )


class PartnerDossierView(partner_views.PartnerDetailView):
    """A partner with the actions it leads or joins, its events, its relations and its granted subsidies."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(**network.partner_dossier(self.object), **kwargs)


class SectorDossierView(partner_views.SectorDetailView):
    """A sector with its ambassadors, partners, actions and events."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(**network.sector_dossier(self.subject), **kwargs)


class GlobalGoalDossierView(partner_views.GlobalGoalDetailView):
    """A Global Goal with its partners, actions, events and granted subsidies."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(**network.goal_dossier(self.subject), **kwargs)


class GlobalGoalMatrixView(partner_views.GlobalGoalListView):
    """The 17 goals, and per goal and sector the partners and actions working on it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sectors = list(Sector.objects.filter(is_hub=False).order_by("order", "name_nl"))
        context.update(sectors=sectors, matrix=network.goal_sector_matrix(context["goals"], sectors))
        return context


#: Included with the partner directory's own URLs in the ``partners`` namespace (deventer_intl/urls.py).
urlpatterns = [
    path("partners/<slug:slug>/", PartnerDossierView.as_view(), name="detail"),
    path("sectoren/<slug:slug>/", SectorDossierView.as_view(), name="sector-detail"),
    path("doelen/", GlobalGoalMatrixView.as_view(), name="goal-list"),
    path("doelen/<int:number>/", GlobalGoalDossierView.as_view(), name="goal-detail"),
    path("landen/<str:code>/", CountryDossierView.as_view(), name="country-detail"),
]
