"""Spreadsheet import/export (CSV, XLSX) of actions and progress updates: the admin and the monitoring export."""

from __future__ import annotations

from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
from deventer_intl.resources import FormulaSafeResource
from partners.models import Partner, Sector
from partners.resources import CountryCodesWidget, GoalNumbersWidget


class NamedForeignKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key by a readable field; the error names the value that was not found."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No {model} “{value}”.").format(model=self.model._meta.verbose_name, value=value)
            ) from None


class SlugsWidget(widgets.ManyToManyWidget):
    """Many rows by slug ("onderwijs,ondernemers"); an unknown slug is an error, not a silent skip."""

    def clean(self, value, row=None, **kwargs):
        slugs = [slug.strip() for slug in str(value or "").split(",") if slug.strip()]
        found = list(self.model.objects.filter(slug__in=slugs))
        missing = sorted(set(slugs) - {item.slug for item in found})
        if missing:
            raise ValueError(
                _("Unknown {model}: {slugs}").format(model=self.model._meta.verbose_name, slugs=", ".join(missing))
            )
        return found


class ChapterWidget(widgets.Widget):
    """A chapter by its number within the row's policy period."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        try:
            number = int(float(value))
        except (TypeError, ValueError):
            raise ValueError(_("A chapter is a number.")) from None
        chapter = Chapter.objects.filter(period__name=(row or {}).get("period"), number=number).first()
        if chapter is None:
            raise ValueError(
                _("The policy period {period} has no chapter {number}.").format(
                    period=(row or {}).get("period"), number=number
                )
            )
        return chapter

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else value.number


class ActionResource(FormulaSafeResource):
    period = fields.Field(
        attribute="period", column_name="period", widget=NamedForeignKeyWidget(PolicyPeriod, field="name")
    )
    chapter = fields.Field(attribute="chapter", column_name="chapter", widget=ChapterWidget())
    lead_partner = fields.Field(
        attribute="lead_partner", column_name="lead_partner", widget=NamedForeignKeyWidget(Partner, field="slug")
    )
    sectors = fields.Field(attribute="sectors", column_name="sectors", widget=SlugsWidget(Sector, field="slug"))
    global_goals = fields.Field(attribute="global_goals", column_name="global_goals", widget=GoalNumbersWidget())
    countries = fields.Field(attribute="countries", column_name="countries", widget=CountryCodesWidget())
    description = fields.Field(attribute="description", column_name="description", widget=widgets.CharWidget())
    last_update_on = fields.Field(
        attribute="last_update_on", column_name="last_update_on", readonly=True, widget=widgets.DateWidget()
    )
    stale = fields.Field(column_name="stale", readonly=True)

    labels = {"stale": _("Without an update for 90 days")}

    class Meta:
        model = Action
        import_id_fields = ["period", "code"]
        fields = [
            "period",
            "code",
            "list",
            "chapter",
            "title",
            "description",
            "status",
            "progress",
            "lead_partner",
            "sectors",
            "municipality_role",
            "global_goals",
            "countries",
            "start_date",
            "end_date",
            "public",
            "last_update_on",
            "stale",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def dehydrate_stale(self, action):
        return action.is_stale(self._today)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._today = timezone.localdate()


class ActionField(fields.Field):
    """The action of an update, given as its policy period and code in two columns."""

    def clean(self, row, **kwargs):
        action = Action.objects.filter(period__name=row.get("period"), code=row.get("code")).first()
        if action is None:
            raise ValueError(
                _("No action {code} in policy period {period}.").format(code=row.get("code"), period=row.get("period"))
            )
        return action


class ProgressUpdateResource(FormulaSafeResource):
    action = ActionField(attribute="action", column_name="code")
    period = fields.Field(attribute="action__period__name", column_name="period", readonly=True)
    author = fields.Field(
        attribute="author",
        column_name="author",
        widget=NamedForeignKeyWidget(Partner._meta.apps.get_model("auth", "User"), field="username"),
    )
    text = fields.Field(attribute="text", column_name="text", widget=widgets.CharWidget())

    labels = {"period": _("Policy period"), "code": _("Code")}

    class Meta:
        model = ProgressUpdate
        import_id_fields = ["id"]
        fields = ["id", "period", "action", "date", "author", "text", "status", "progress"]
        export_order = fields
        clean_model_instances = True

    def dehydrate_action(self, update):
        return update.action.code

    def after_import(self, dataset, result, **kwargs):
        # Imported history moves the date of each action's latest update, in the same transaction.
        if not kwargs.get("dry_run"):
            codes = {(row.get("period"), row.get("code")) for row in dataset.dict}
            for period, code in codes:
                latest = ProgressUpdate.objects.filter(action__period__name=period, action__code=code).aggregate(
                    latest=Max("date")
                )["latest"]
                if latest:
                    Action.objects.filter(period__name=period, code=code, last_update_on__lt=latest).update(
                        last_update_on=latest
                    )
        super().after_import(dataset, result, **kwargs)


class ParticipationResource(FormulaSafeResource):
    """Who takes part in which action: the action by period and code, the partner by slug."""

    action = ActionField(attribute="action", column_name="code")
    period = fields.Field(attribute="action__period__name", column_name="period", readonly=True)
    partner = fields.Field(
        attribute="partner", column_name="partner", widget=NamedForeignKeyWidget(Partner, field="slug")
    )
    created = fields.Field(attribute="created", column_name="created", readonly=True, widget=widgets.DateTimeWidget())

    labels = {"period": _("Policy period"), "code": _("Code")}

    class Meta:
        model = Participation
        import_id_fields = ["action", "partner"]
        fields = ["period", "action", "partner", "role", "created"]
        export_order = fields
        clean_model_instances = True

    def dehydrate_action(self, participation):
        return participation.action.code
