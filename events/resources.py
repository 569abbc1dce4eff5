"""Spreadsheets (CSV, XLSX) of events with django-import-export: the admin's import/export with its dry-run
preview, and the registrations export for an event's organisers."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import fields, widgets

from agenda.resources import NamedForeignKeyWidget, SlugsWidget
from deventer_intl.resources import FormulaSafeResource, spreadsheet
from events.models import Event, Registration, Series
from partners.models import Country, Partner, Sector
from partners.resources import GoalNumbersWidget


class EventResource(FormulaSafeResource):
    """Events keyed by slug; organisers and sectors by slug, goals by number, the country by ISO code."""

    country = fields.Field(
        attribute="country", column_name="country", widget=NamedForeignKeyWidget(Country, field="code")
    )
    series = fields.Field(attribute="series", column_name="series", widget=NamedForeignKeyWidget(Series, field="slug"))
    parent = fields.Field(attribute="parent", column_name="parent", widget=NamedForeignKeyWidget(Event, field="slug"))
    organisers = fields.Field(
        attribute="organisers", column_name="organisers", widget=SlugsWidget(Partner, field="slug")
    )
    sectors = fields.Field(attribute="sectors", column_name="sectors", widget=SlugsWidget(Sector, field="slug"))
    global_goals = fields.Field(attribute="global_goals", column_name="global_goals", widget=GoalNumbersWidget())
    description = fields.Field(attribute="description", column_name="description", widget=widgets.CharWidget())

    class Meta:
        model = Event
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "title",
            "kind",
            "start",
            "end",
            "all_day",
            "venue",
            "city",
            "country",
            "organisers",
            "sectors",
            "global_goals",
            "series",
            "parent",
            "description",
            "public",
            "expected_visitors",
            "actual_visitors",
            "registration_required",
            "capacity",
            "waiting_list",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True


class RegistrationResource(FormulaSafeResource):
    """An event's registrations as its organisers download them (export only; headers in the UI's language)."""

    name = fields.Field(attribute="name", column_name=gettext_lazy("Name"))
    email = fields.Field(attribute="email", column_name=gettext_lazy("E-mail address"))
    status = fields.Field(column_name=gettext_lazy("Status"))
    created = fields.Field(column_name=gettext_lazy("Registered"))
    checked_in = fields.Field(column_name=gettext_lazy("Present"))
    language = fields.Field(attribute="language", column_name=gettext_lazy("Language"))

    class Meta:
        model = Registration
        fields = ["name", "email", "status", "created", "checked_in", "language"]
        export_order = fields

    def dehydrate_status(self, registration: Registration) -> str:
        return registration.get_status_display()

    def dehydrate_created(self, registration: Registration):
        return registration.created

    def dehydrate_checked_in(self, registration: Registration) -> str:
        return _("yes") if registration.checked_in else _("no")


def registrations_export(event: Event, *, fmt: str) -> tuple[bytes, str]:
    """The event's registrations, oldest first, as CSV (UTF-8 with a byte-order mark, for Excel) or XLSX;
    returns the file's content and content type."""
    queryset = event.registrations.order_by("created", "pk")
    return spreadsheet(RegistrationResource(), queryset, fmt=fmt)
