"""Spreadsheet import/export (CSV, XLSX) of events in the admin, with django-import-export's dry-run preview."""

from __future__ import annotations

from import_export import fields, resources, widgets

from agenda.resources import NamedForeignKeyWidget, SlugsWidget
from events.models import Event, Series
from partners.models import Country, Partner, Sector
from partners.resources import GoalNumbersWidget


class EventResource(resources.ModelResource):
    """Events keyed by slug; organisers and sectors by slug, goals by number, the country by ISO code."""

    country = fields.Field(attribute="country", column_name="country",
                           widget=NamedForeignKeyWidget(Country, field="code"))
    series = fields.Field(attribute="series", column_name="series", widget=NamedForeignKeyWidget(Series, field="slug"))
    parent = fields.Field(attribute="parent", column_name="parent", widget=NamedForeignKeyWidget(Event, field="slug"))
    organisers = fields.Field(attribute="organisers", column_name="organisers",
                              widget=SlugsWidget(Partner, field="slug"))
    sectors = fields.Field(attribute="sectors", column_name="sectors", widget=SlugsWidget(Sector, field="slug"))
    global_goals = fields.Field(attribute="global_goals", column_name="global_goals", widget=GoalNumbersWidget())
    description = fields.Field(attribute="description", column_name="description", widget=widgets.CharWidget())

    class Meta:
        model = Event
        import_id_fields = ["slug"]
        fields = [
            "slug", "title", "kind", "start", "end", "all_day", "venue", "city", "country", "organisers", "sectors",
            "global_goals", "series", "parent", "description", "public", "expected_visitors", "actual_visitors",
            "registration_required", "capacity", "waiting_list",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
