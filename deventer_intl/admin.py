"""Admin for logins: each user's role (group) and its profile (sector, organisations) on one page."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import OuterRef, Subquery
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ExportMixin

from deventer_intl.models import AuditEvent, Profile
from deventer_intl.privacy import person_erase
from deventer_intl.resources import FormulaSafeResource


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    autocomplete_fields = ["partners"]
    verbose_name_plural = _("sector and organisations")


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    inlines = [ProfileInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active", "is_staff"]
    list_filter = ["groups", "is_active", "is_staff"]
    actions = ["erase_people"]

    @admin.action(description=_("Erase the selected people (AVG)"), permissions=["change"])
    def erase_people(self, request, queryset):
        """After a confirmation page: anonymise each login, its registrations and links (``privacy.person_erase``)."""
        people = list(queryset.exclude(pk=request.user.pk).order_by("username"))
        if request.POST.get("confirmed") == "yes":
            for person in people:
                person_erase(user=person, by=request.user)
            self.message_user(
                request,
                ngettext("%(count)d person was erased.", "%(count)d people were erased.", len(people))
                % {"count": len(people)},
                messages.SUCCESS,
            )
            return None
        return TemplateResponse(
            request,
            "admin/deventer_intl/erase_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Erase people"),
                "people": people,
                "yourself": queryset.filter(pk=request.user.pk).exists(),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "opts": self.model._meta,
            },
        )


class AuditEventResource(FormulaSafeResource):
    class Meta:
        model = AuditEvent
        fields = ["id", "at", "kind", "actor_id", "subject", "object_id", "detail", "ip_address"]
        export_order = fields


@admin.register(AuditEvent)
class AuditEventAdmin(ExportMixin, admin.ModelAdmin):
    """The audit log for coordinators: filter, search by id, export; nobody adds, changes or deletes a row."""

    resource_classes = [AuditEventResource]
    list_display = ["at", "kind", "actor", "subject", "object_id", "detail", "ip_address"]
    list_filter = ["kind", "subject", ("at", admin.DateFieldListFilter)]
    search_fields = ["=actor_id", "=object_id", "detail", "=ip_address"]
    date_hierarchy = "at"
    list_per_page = 100

    def get_queryset(self, request):
        # The login's current name beside its id, in the same query (an erased person shows the anonymised name).
        names = get_user_model().objects.filter(pk=OuterRef("actor_id")).values("username")[:1]
        return super().get_queryset(request).annotate(actor_name=Subquery(names))

    @admin.display(description=_("by"), ordering="actor_id")
    def actor(self, event):
        if event.actor_id is None:
            return "–"
        return f"{event.actor_name or '?'} (#{event.actor_id})"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
