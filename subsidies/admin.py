"""Admin for subsidies: schemes with criteria, budgets, and applications with history and import/export."""

from django import forms
from django.contrib import admin

from deventer_intl.admin_history import HistoryAdmin
from partners.admin import SpreadsheetAdmin
from partners.models import PartnerKind
from subsidies.lifecycle import step_allowed
from subsidies.models import (
    Application,
    Attachment,
    Budget,
    Criterion,
    Decision,
    OtherFunding,
    Payment,
    Scheme,
    SchemeQuestion,
)
from subsidies.resources import ApplicationResource


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 1


class BudgetInline(admin.TabularInline):
    model = Budget
    extra = 1
    readonly_fields = ["granted_total", "paid_total"]
    # Deleting is done on the budget's own page, which refuses a budget that holds grants or payments.
    can_delete = False


def holds_money(budget: Budget) -> bool:
    return bool(budget.granted_total or budget.paid_total)


class SchemeQuestionInline(admin.TabularInline):
    model = SchemeQuestion
    extra = 0


class SchemeAdminForm(forms.ModelForm):
    # The kinds of organisation as checkboxes rather than a comma-separated text.
    partner_kinds = forms.MultipleChoiceField(
        choices=PartnerKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=Scheme._meta.get_field("partner_kinds").verbose_name,
        help_text=Scheme._meta.get_field("partner_kinds").help_text,
    )

    class Meta:
        model = Scheme
        fields = "__all__"  # noqa: DJ007 (the admin form of the whole scheme; only this field changes widget)


@admin.register(Scheme)
class SchemeAdmin(HistoryAdmin):
    form = SchemeAdminForm
    list_display = ["name_nl", "max_amount", "opens_on", "closes_on", "decision_weeks"]
    prepopulated_fields = {"slug": ["name_nl"]}
    inlines = [CriterionInline, SchemeQuestionInline, BudgetInline]


@admin.register(Budget)
class BudgetAdmin(HistoryAdmin):
    list_display = ["scheme", "year", "amount", "granted_total", "paid_total"]
    list_filter = ["scheme", "year"]
    readonly_fields = ["granted_total", "paid_total"]

    def has_delete_permission(self, request, obj=None):
        # A deleted budget would lose what its grants hold: a new one for the year would start from zero and let
        # grants exceed the real budget, and payments on the old grants would count nowhere.
        return super().has_delete_permission(request, obj) and (obj is None or not holds_money(obj))

    def get_actions(self, request):
        # The bulk delete would bypass the check above.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


class OtherFundingInline(admin.TabularInline):
    model = OtherFunding
    extra = 0


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    # Files are private: the admin lists them; the application page streams them after a permission check.
    fields = ["kind", "original_name", "uploaded_by", "created"]
    readonly_fields = fields
    can_delete = False


class PaymentInline(admin.TabularInline):
    model = Payment
    extra = 0
    readonly_fields = ["date", "amount", "recorded_by", "created"]
    can_delete = False


@admin.register(Application)
class ApplicationAdmin(SpreadsheetAdmin):
    """Status and money change through the portal's steps (they keep the budget right), not here."""

    resource_classes = [ApplicationResource]
    list_display = ["title", "partner", "scheme", "year", "status", "amount_requested", "granted_amount"]
    list_filter = ["scheme", "year", "status"]
    list_select_related = ["partner", "scheme"]
    search_fields = ["title", "partner__name", "local_partner"]
    autocomplete_fields = ["partner", "applicant", "country"]
    filter_horizontal = ["global_goals"]
    readonly_fields = [
        "status",
        "submitted_at",
        "decided_at",
        "granted_amount",
        "settled_amount",
        "report_reminder_sent_at",
        "created",
        "updated",
    ]
    inlines = [OtherFundingInline, AttachmentInline, PaymentInline]
    #: Once submitted, these decide which budget holds the application's money and how much: the steps keep
    #: ``Budget`` right, an edit here would not (a grant moved to another year would still count on the old one).
    locked_after_submission = ["partner", "scheme", "year", "amount_requested", "total_budget"]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and not step_allowed(obj, "edit"):
            readonly += self.locked_after_submission
        return readonly


@admin.register(Decision)
class DecisionAdmin(HistoryAdmin):
    list_display = ["application", "outcome", "amount", "proposed_by", "confirmed_by", "confirmed_at"]
    list_filter = ["outcome"]
    list_select_related = ["application", "proposed_by", "confirmed_by"]
    readonly_fields = ["application", "outcome", "amount", "proposed_by", "proposed_at", "confirmed_by", "confirmed_at"]
