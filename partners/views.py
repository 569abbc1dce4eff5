"""Public pages of the partner directory."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
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
    """A page about one subject (sector, goal, country, network) with its partners, paginated."""

    paginate_by = PAGE_SIZE
    context_object_name = "partners"
    subject_filter: str = ""

    parent_crumb: tuple = ()

    def get_subject(self):
        raise NotImplementedError

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
    subject_filter = "sector"

    def get_subject(self):
        return get_object_or_404(Sector, slug=self.kwargs["slug"])


class GlobalGoalDetailView(SubjectPartnerListView):
    """One of the 17 Global Goals with the partners working on it."""

    template_name = "partners/globalgoal_detail.html"
    subject_filter = "global_goals"
    parent_crumb = (_("Global Goals"), "partners:goal-list")

    def get_subject(self):
        return get_object_or_404(GlobalGoal, number=self.kwargs["number"])


class NetworkDetailView(SubjectPartnerListView):
    """A network with its member partners."""

    template_name = "partners/network_detail.html"
    subject_filter = "networks"
    parent_crumb = (_("Networks"), "partners:network-list")

    def get_subject(self):
        return get_object_or_404(Network, slug=self.kwargs["slug"])


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
