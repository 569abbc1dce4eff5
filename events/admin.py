"""Admin for events: history, and import/export with a dry-run preview (coordinators)."""

from concurrency.forms import ConcurrentForm
from django.contrib import admin

from deventer_intl.admin_history import HistoryAdmin
from events.models import Event, Registration, Series
from events.resources import EventResource
from partners.admin import SpreadsheetAdmin


@admin.register(Series)
class SeriesAdmin(HistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    fields = ["name", "email", "status", "checked_in", "language", "created"]
    readonly_fields = ["created"]


class EventAdminForm(ConcurrentForm):
    """The admin's form carries the version too, as the actions' does: a stale admin form is refused."""

    class Meta:
        model = Event
        fields = "__all__"


@admin.register(Event)
class EventAdmin(SpreadsheetAdmin):
    form = EventAdminForm
    resource_classes = [EventResource]
    list_display = ["title", "kind", "start", "city", "country", "public", "expected_visitors", "actual_visitors"]
    list_filter = ["kind", "public", "series", "sectors", "registration_required"]
    list_select_related = ["country"]
    search_fields = ["title", "description", "venue", "city"]
    date_hierarchy = "start"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["organisers", "country", "actions", "relations", "parent", "series", "created_by"]
    filter_horizontal = ["sectors", "global_goals"]
    readonly_fields = ["image_thumbnail", "created", "updated"]
    inlines = [RegistrationInline]


@admin.register(Registration)
class RegistrationAdmin(HistoryAdmin):
    list_display = ["name", "event", "status", "checked_in", "created"]
    list_filter = ["status", "checked_in"]
    list_select_related = ["event"]
    search_fields = ["name", "email", "event__title"]
    autocomplete_fields = ["event"]
