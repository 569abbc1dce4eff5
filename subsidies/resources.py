"""Spreadsheet import/export (CSV, XLSX) of historic applications, with the admin's dry-run preview.

One row is one application as the office recorded it before the portal: organisation (slug), scheme (slug),
year, title, country (ISO code), amounts, status, the grant and what was paid. Imports run in one
transaction: one bad row imports nothing and the preview names the row and the problem.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from deventer_intl.resources import FormulaSafeResource
from partners.models import Country, Partner
from partners.resources import GoalNumbersWidget
from subsidies.models import Application, Scheme


class SlugWidget(widgets.ForeignKeyWidget):
    """A foreign key by slug (or code); the error names the value that was not found."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No {model} “{value}”.").format(model=self.model._meta.verbose_name, value=value)
            ) from None


class CountryWidget(SlugWidget):
    def clean(self, value, row=None, **kwargs):
        return super().clean(str(value or "").strip().upper(), row=row, **kwargs)


class ApplicationResource(FormulaSafeResource):
    partner = fields.Field(attribute="partner", column_name="organisation", widget=SlugWidget(Partner, field="slug"))
    scheme = fields.Field(attribute="scheme", column_name="scheme", widget=SlugWidget(Scheme, field="slug"))
    country = fields.Field(attribute="country", column_name="country", widget=CountryWidget(Country, field="code"))
    global_goals = fields.Field(attribute="global_goals", column_name="global_goals", widget=GoalNumbersWidget())
    description = fields.Field(attribute="description", column_name="description", widget=widgets.CharWidget())

    class Meta:
        model = Application
        import_id_fields = ["id"]
        fields = [
            "id",
            "partner",
            "scheme",
            "year",
            "title",
            "description",
            "country",
            "local_partner",
            "global_goals",
            "start_date",
            "end_date",
            "amount_requested",
            "total_budget",
            "status",
            "granted_amount",
            "settled_amount",
            "submitted_at",
            "decided_at",
        ]
        export_order = fields
        clean_model_instances = True
        use_transactions = True

    def before_import_row(self, row, **kwargs):
        # The import adds historic applications. An id would overwrite a live application past its life cycle and
        # four eyes, or insert one behind the database's id sequence (a later application would collide with it).
        if str(row.get("id") or "").strip():
            raise ValueError(
                _(
                    "Leave the id column empty: an import only adds historic applications and never "
                    "changes existing ones (id {id})."
                ).format(id=row.get("id"))
            )

    def before_save_instance(self, instance, row, **kwargs):
        # Historic rows were decided outside the portal; their status is taken as given, but must be a real one.
        if instance.status not in Application.Status.values:
            raise ValueError(_("Unknown status “{status}”.").format(status=instance.status))

    def after_import(self, dataset, result, **kwargs):
        # Imported grants count against their year's budget, in the same transaction: a budget they would
        # overrun refuses the whole import (the budget's CHECK constraint).
        from subsidies.services import budget_recount

        if not result.has_errors():
            pairs = {(row.get("scheme"), int(float(row.get("year")))) for row in dataset.dict if row.get("year")}
            for scheme_slug, year in sorted(pairs):
                scheme = Scheme.objects.filter(slug=scheme_slug).first()
                if scheme is not None:
                    budget_recount(scheme=scheme, year=year)
        super().after_import(dataset, result, **kwargs)
