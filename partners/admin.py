"""Admin for the partner core: search, filters and spreadsheet import/export with dry-run preview."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin

from deventer_intl.admin_history import HistoryAdmin
from deventer_intl.resources import SpreadsheetCSV, SpreadsheetXLSX
from partners.forms import PartnerAdminForm
from partners.models import Country, GlobalGoal, Membership, Network, Partner, Relation, RelationPartner, Sector
from partners.resources import (
    MembershipResource,
    NetworkResource,
    PartnerResource,
    RelationPartnerResource,
    RelationResource,
    SectorResource,
)
from partners.services import partners_refresh_search


class SpreadsheetAdmin(ImportExportModelAdmin, HistoryAdmin):
    """Import/export in CSV and XLSX (every import previewed as a dry run first), and the change history."""

    formats = [SpreadsheetCSV, SpreadsheetXLSX]


class RefreshesPartnerSearch:
    """Names of sectors, networks and goals are part of each partner's search text: rebuild it on change."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            partners_refresh_search(partner_ids=obj.partners.values_list("pk", flat=True))


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["network"]


@admin.register(Partner)
class PartnerAdmin(SpreadsheetAdmin):
    form = PartnerAdminForm
    resource_classes = [PartnerResource]
    list_display = ["name", "sector", "kind", "published", "updated"]
    list_filter = ["published", "sector", "kind", "networks", "global_goals"]
    list_select_related = ["sector"]
    search_fields = ["name", "description", "contact_name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["countries"]
    filter_horizontal = ["global_goals"]
    inlines = [MembershipInline]
    readonly_fields = ["logo_thumbnail", "created", "updated"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "sector", "published"]}),
        (_("Public profile"), {"fields": ["description", "website", "public_email", "logo", "logo_thumbnail"]}),
        (_("Where and what"), {"fields": ["countries", "global_goals"]}),
        (_("Private contact"), {"fields": ["contact_name", "contact_email", "contact_phone"]}),
        (_("Dates"), {"fields": ["created", "updated"]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        partners_refresh_search(partner_ids=[form.instance.pk])


@admin.register(Sector)
class SectorAdmin(RefreshesPartnerSearch, SpreadsheetAdmin):
    resource_classes = [SectorResource]
    list_display = ["name_nl", "slug", "order", "colour", "is_hub"]
    list_editable = ["order"]
    list_filter = ["is_hub"]
    search_fields = ["name_nl", "name_en", "name_de"]
    prepopulated_fields = {"slug": ["name_nl"]}


@admin.register(Network)
class NetworkAdmin(RefreshesPartnerSearch, SpreadsheetAdmin):
    resource_classes = [NetworkResource]
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Membership)
class MembershipAdmin(SpreadsheetAdmin):
    """Memberships are edited inline on the partner; here they are listed, filtered and imported in bulk."""

    resource_classes = [MembershipResource]
    list_display = ["partner", "network", "role", "since"]
    list_filter = ["network", "role"]
    list_select_related = ["partner", "network"]
    search_fields = ["partner__name", "network__name"]
    autocomplete_fields = ["partner", "network"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        partners_refresh_search(partner_ids=[obj.partner_id])


@admin.register(GlobalGoal)
class GlobalGoalAdmin(RefreshesPartnerSearch, admin.ModelAdmin):
    """The 17 goals are fixed reference data: names may be corrected, goals not added or removed."""

    list_display = ["number", "name_nl", "name_en", "name_de", "colour"]
    search_fields = ["name_nl", "name_en", "name_de"]
    readonly_fields = ["number"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code"]

    def get_search_results(self, request, queryset, search_term):
        # Countries are searched by their name in any language, not only by ISO code.
        from django_countries import countries

        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term:
            codes = [code for code, name in countries if search_term.lower() in str(name).lower()]
            queryset = queryset | self.model.objects.filter(code__in=codes)
        return queryset, may_have_duplicates


class RelationPartnerInline(admin.TabularInline):
    model = RelationPartner
    extra = 1
    autocomplete_fields = ["partner"]


@admin.register(Relation)
class RelationAdmin(SpreadsheetAdmin):
    """The strategic index of international relations: local partners with their role, location, linked work."""

    resource_classes = [RelationResource]
    list_display = ["counterpart", "country", "kind", "since", "until", "municipality_role"]
    list_filter = ["kind", "municipality_role"]
    list_select_related = ["country"]
    search_fields = ["counterpart", "description"]
    prepopulated_fields = {"slug": ["counterpart"]}
    autocomplete_fields = ["country"]
    # Actions and applications by id: partners does not depend on the agenda's or subsidies' admin.
    raw_id_fields = ["actions", "subsidy_applications"]
    inlines = [RelationPartnerInline]
    fieldsets = [
        (None, {"fields": ["counterpart", "slug", "country", "kind", "since", "until", "municipality_role"]}),
        (_("Public profile"), {"fields": ["description", "latitude", "longitude"]}),
        (_("Linked work"), {"fields": ["actions", "subsidy_applications"]}),
    ]


@admin.register(RelationPartner)
class RelationPartnerAdmin(SpreadsheetAdmin):
    """Local partners in relations are edited inline on the relation; here they are listed and imported in bulk."""

    resource_classes = [RelationPartnerResource]
    list_display = ["relation", "partner", "role"]
    list_filter = ["role", "relation"]
    list_select_related = ["relation__country", "partner"]
    search_fields = ["relation__counterpart", "partner__name"]
    autocomplete_fields = ["relation", "partner"]
