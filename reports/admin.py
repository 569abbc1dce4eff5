"""The report texts in the admin: a coordinator writes each section's short text; every save is kept (history)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from reports.models import ReportText


@admin.register(ReportText)
class ReportTextAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "start_year", "end_year", "section", "sector", "updated"]
    list_filter = ["end_year", "section", "sector"]
    fields = ["start_year", "end_year", "section", "sector", "text_nl", "text_en", "text_de"]
    search_fields = ["text_nl", "text_en", "text_de"]
