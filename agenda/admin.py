"""Admin for the work agenda: history with revert (coordinators), import/export with dry-run preview."""

from concurrency.forms import ConcurrentForm
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
from agenda.resources import ActionResource, ParticipationResource, ProgressUpdateResource
from partners.admin import SpreadsheetAdmin


class ActionAdminForm(ConcurrentForm):
    """The admin's form carries the version too: a stale admin form is refused, never saved over a newer edit."""

    class Meta:
        model = Action
        fields = "__all__"


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["partner"]
    readonly_fields = ["added_by", "created"]


class ProgressUpdateInline(admin.StackedInline):
    model = ProgressUpdate
    extra = 0
    fields = ["date", "author", "text", "status", "progress", "image", "attachment"]
    autocomplete_fields = ["author"]
    show_change_link = True


@admin.register(Action)
class ActionAdmin(SpreadsheetAdmin):
    form = ActionAdminForm
    resource_classes = [ActionResource]
    list_display = ["code", "title", "period", "status", "progress", "lead_partner", "public", "last_update_on"]
    list_filter = ["period", "list", "status", "public", "sectors", "municipality_role", "chapter"]
    list_select_related = ["period", "lead_partner"]
    search_fields = ["code", "title", "description"]
    autocomplete_fields = ["lead_partner", "lead_person", "countries", "editors"]
    filter_horizontal = ["sectors", "global_goals"]
    inlines = [ParticipationInline, ProgressUpdateInline]
    readonly_fields = ["created", "updated", "last_update_on"]
    fieldsets = [
        (None, {"fields": ["period", "chapter", "list", "code", "title", "description", "public", "version"]}),
        (_("Progress"), {"fields": ["status", "progress", "start_date", "end_date", "last_update_on"]}),
        (_("Who"), {"fields": ["lead_partner", "lead_person", "editors", "municipality_role", "sectors"]}),
        (_("Where and what"), {"fields": ["countries", "global_goals"]}),
        (_("Dates"), {"fields": ["created", "updated"]}),
    ]


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(SpreadsheetAdmin):
    resource_classes = [ProgressUpdateResource]
    list_display = ["action", "date", "author", "status", "progress"]
    list_filter = ["status", "action__period"]
    list_select_related = ["action", "author"]
    search_fields = ["text", "action__code", "action__title"]
    autocomplete_fields = ["action", "author"]


@admin.register(Participation)
class ParticipationAdmin(SpreadsheetAdmin):
    resource_classes = [ParticipationResource]
    list_display = ["action", "partner", "role", "created"]
    list_filter = ["role"]
    list_select_related = ["action", "partner"]
    search_fields = ["action__code", "action__title", "partner__name"]
    autocomplete_fields = ["action", "partner"]


class ChapterInline(admin.TabularInline):
    model = Chapter
    extra = 0


@admin.register(PolicyPeriod)
class PolicyPeriodAdmin(admin.ModelAdmin):
    list_display = ["name", "start_year", "end_year", "document"]
    inlines = [ChapterInline]
