"""Public pages of the partner directory."""

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from deventer_intl.views import CrumbsMixin, SearchableFilterView, crumb
from partners.filters import PartnerFilter
from partners.models import Country, GlobalGoal, Network, Partner, Sector

PAGE_SIZE = 24


class PartnerListView(SearchableFilterView):
    """The directory: filters and search in the URL, ranked by relevance when searching."""

    filterset_class = PartnerFilter
    template_name = "partners/partner_list.html"
    paginate_by = PAGE_SIZE
    ordering = ["name"]
    crumb_label = _("Partners")

    def get_queryset(self):
        return Partner.objects.published().for_list()


class PartnerDetailView(CrumbsMixin, DetailView):
    """One published partner: its profile, countries, goals and networks (never its private contact)."""

    template_name = "partners/partner_detail.html"

    def get_crumbs(self):
        return [crumb(PartnerListView.crumb_label, "partners:list"), crumb(self.object.name)]

    def get_queryset(self):
        return Partner.objects.published().for_detail()


class SubjectPartnerListView(CrumbsMixin, ListView):
    """A page about one subject (sector, goal, country, network) with its partners, paginated.

    The subject is the ``subject_model`` whose ``subject_lookup`` field is the URL keyword of that name (else
    404); ``subject_filter`` is how partners point at it.
    """

    paginate_by = PAGE_SIZE
    context_object_name = "partners"
    subject_model: type[models.Model]
    subject_lookup = "slug"
    subject_filter: str = ""
    parent_crumb: tuple = ()

    def get_subject(self):
        return get_object_or_404(self.subject_model, **{self.subject_lookup: self.kwargs[self.subject_lookup]})

    def get_crumbs(self):
        parent = [crumb(*self.parent_crumb)] if self.parent_crumb else []
        return parent + [crumb(str(self.subject))]

    @cached_property
    def subject(self):
        return self.get_subject()

    def get_queryset(self):
        return Partner.objects.published().filter(**{self.subject_filter: self.subject}).for_list().order_by("name")

    def get_context_data(self, **kwargs):
        return super().get_context_data(subject=self.subject, **kwargs)


class SectorDetailView(SubjectPartnerListView):
    """A leaf of the klaverblad (or the hub) with its partners."""

    template_name = "partners/sector_detail.html"
    subject_model = Sector
    subject_filter = "sector"


class GlobalGoalDetailView(SubjectPartnerListView):
    """One of the 17 Global Goals with the partners working on it."""

    template_name = "partners/globalgoal_detail.html"
    subject_model = GlobalGoal
    subject_lookup = "number"
    subject_filter = "global_goals"
    parent_crumb = (_("Global Goals"), "partners:goal-list")


class NetworkDetailView(SubjectPartnerListView):
    """A network with its member partners."""

    template_name = "partners/network_detail.html"
    subject_model = Network
    subject_filter = "networks"
    parent_crumb = (_("Networks"), "partners:network-list")


class CountryDetailView(SubjectPartnerListView):
    """Everything about one country in one place; later issues add actions, relations and events."""

    template_name = "partners/country_detail.html"
    subject_filter = "countries"
    parent_crumb = (_("Countries"), "partners:country-list")

    def get_subject(self):
        code = self.kwargs["code"]
        if code != code.lower():
            raise Http404
        return get_object_or_404(Country, code=code.upper())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sectors"] = Sector.objects.active_in(self.subject)
        return context


class GlobalGoalListView(CrumbsMixin, TemplateView):
    """The 17 goals with their number of partners."""

    crumb_label = _("Global Goals")
    template_name = "partners/globalgoal_list.html"

    def get_context_data(self, **kwargs):
        goals = GlobalGoal.objects.with_partner_counts().order_by("number")
        return super().get_context_data(goals=goals, **kwargs)


class CountryListView(CrumbsMixin, TemplateView):
    """The countries where partners are active, by name in the active language."""

    crumb_label = _("Countries")
    template_name = "partners/country_list.html"

    def get_context_data(self, **kwargs):
        countries = Country.objects.with_partner_counts().filter(partner_count__gt=0)
        countries = sorted(countries, key=lambda country: country.name)
        return super().get_context_data(countries=countries, **kwargs)


class NetworkListView(CrumbsMixin, TemplateView):
    """The networks with their number of partners."""

    crumb_label = _("Networks")
    template_name = "partners/network_list.html"

    def get_context_data(self, **kwargs):
        networks = Network.objects.with_partner_counts().order_by("name")
        return super().get_context_data(networks=networks, **kwargs)
