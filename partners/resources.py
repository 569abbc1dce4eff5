"""Spreadsheet import/export (CSV, XLSX) of the partner core, used by the admin."""

from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from deventer_intl.resources import FormulaSafeResource
from partners.models import Country, GlobalGoal, Membership, Network, Partner, Relation, RelationPartner, Sector
from partners.services import partners_refresh_search


class CountryCodesWidget(widgets.ManyToManyWidget):
    """Countries as ISO codes ("UG,RO"); an unknown code is an error, not a silent skip."""

    def __init__(self):
        super().__init__(Country, field="code", separator=",")

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip().upper() for code in str(value or "").split(",") if code.strip()]
        found = list(Country.objects.filter(code__in=codes))
        missing = sorted(set(codes) - {str(country.code) for country in found})
        if missing:
            raise ValueError(_("Unknown country code(s): {codes}").format(codes=", ".join(missing)))
        return found


class GoalNumbersWidget(widgets.ManyToManyWidget):
    """Global Goals as numbers ("4,17"); anything outside 1–17 is an error."""

    def __init__(self):
        super().__init__(GlobalGoal, field="number", separator=",")

    def clean(self, value, row=None, **kwargs):
        raw = [part.strip() for part in str(value or "").replace(";", ",").split(",") if part.strip()]
        try:
            numbers = sorted({int(float(part)) for part in raw})
        except ValueError:
            raise ValueError(_("Global Goals must be numbers from 1 to 17, separated by commas.")) from None
        found = list(GlobalGoal.objects.filter(number__in=numbers))
        if len(found) != len(numbers):
            raise ValueError(_("Global Goals must be numbers from 1 to 17, separated by commas."))
        return found


class StrictForeignKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key by slug whose error names the value that was not found."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No {model} with slug “{value}”.").format(model=self.model._meta.verbose_name, value=value)
            ) from None


class CountryCodeWidget(widgets.ForeignKeyWidget):
    """One country by its ISO code ("RO"); an unknown code is an error."""

    def __init__(self):
        super().__init__(Country, field="code")

    def clean(self, value, row=None, **kwargs):
        code = str(value or "").strip().upper()
        country = Country.objects.filter(code=code).first() if code else None
        if country is None:
            raise ValueError(_("Unknown country code(s): {codes}").format(codes=code or "–"))
        return country


class StrictSlugsWidget(widgets.ManyToManyWidget):
    """Rows by slug ("a,b"), written on export."""

    def __init__(self, model):
        super().__init__(model, field="slug", separator=",")


class PartnerResource(FormulaSafeResource):
    sector = fields.Field(attribute="sector", column_name="sector", widget=StrictForeignKeyWidget(Sector, field="slug"))
    countries = fields.Field(attribute="countries", column_name="countries", widget=CountryCodesWidget())
    global_goals = fields.Field(attribute="global_goals", column_name="global_goals", widget=GoalNumbersWidget())
    # An empty spreadsheet cell arrives as None; a TextField stores it as "" (CharFields already do).
    description = fields.Field(attribute="description", column_name="description", widget=widgets.CharWidget())

    class Meta:
        model = Partner
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "name",
            "kind",
            "sector",
            "description",
            "website",
            "public_email",
            "countries",
            "global_goals",
            "published",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def after_import(self, dataset, result, **kwargs):
        # Rebuild search text in the same transaction, so a rolled-back import leaves nothing behind.
        if not kwargs.get("dry_run"):
            partners_refresh_search(partner_ids=[row.object_id for row in result.rows if row.object_id])
        super().after_import(dataset, result, **kwargs)


class RefreshesPartnerSearchAfterImport:
    """Partners' search text holds the names of their sectors and networks: rebuild it after an import."""

    def after_import(self, dataset, result, **kwargs):
        if not kwargs.get("dry_run"):
            ids = [row.object_id for row in result.rows if row.object_id]
            partners = self._meta.model.objects.filter(pk__in=ids).values_list("partners", flat=True)
            partners_refresh_search(partner_ids=[pk for pk in partners if pk])
        super().after_import(dataset, result, **kwargs)


class SectorResource(RefreshesPartnerSearchAfterImport, FormulaSafeResource):
    class Meta:
        model = Sector
        import_id_fields = ["slug"]
        fields = ["slug", "name_nl", "name_en", "name_de", "description", "colour", "order", "is_hub"]
        clean_model_instances = True


class NetworkResource(RefreshesPartnerSearchAfterImport, FormulaSafeResource):
    class Meta:
        model = Network
        import_id_fields = ["slug"]
        fields = ["slug", "name", "description", "website"]
        clean_model_instances = True


class MembershipResource(FormulaSafeResource):
    """Network memberships by slugs: partner, network, role, since."""

    partner = fields.Field(attribute="partner", column_name="partner", widget=StrictForeignKeyWidget(Partner, "slug"))
    network = fields.Field(attribute="network", column_name="network", widget=StrictForeignKeyWidget(Network, "slug"))

    class Meta:
        model = Membership
        import_id_fields = ["partner", "network"]
        fields = ["partner", "network", "role", "since"]
        export_order = fields
        clean_model_instances = True

    def after_import(self, dataset, result, **kwargs):
        if not kwargs.get("dry_run"):
            ids = [row.object_id for row in result.rows if row.object_id]
            partners_refresh_search(
                partner_ids=Membership.objects.filter(pk__in=ids).values_list("partner_id", flat=True)
            )
        super().after_import(dataset, result, **kwargs)


class StrictIdsWidget(widgets.ManyToManyWidget):
    """Linked rows by id ("12,40"); an id that does not exist is an error, not a silent skip."""

    def clean(self, value, row=None, **kwargs):
        raw = [part.strip() for part in str(value or "").replace(";", ",").split(",") if part.strip()]
        try:
            ids = sorted({int(float(part)) for part in raw})
        except ValueError:
            raise ValueError(_("Give ids as whole numbers, separated by commas.")) from None
        found = list(self.model.objects.filter(pk__in=ids))
        missing = sorted(set(ids) - {item.pk for item in found})
        if missing:
            raise ValueError(
                _("No {model} with id(s) {ids}.").format(
                    model=self.model._meta.verbose_name, ids=", ".join(str(pk) for pk in missing)
                )
            )
        return found


def _related(field_name: str):
    # Actions and applications live in apps partners does not import: read their model from the field.
    return Relation._meta.get_field(field_name).related_model


class RelationResource(FormulaSafeResource):
    """The strategic index: one row per relation; local partners by slug (their roles: RelationPartnerResource),
    actions and subsidy applications by id."""

    country = fields.Field(attribute="country", column_name="country", widget=CountryCodeWidget())
    partners = fields.Field(
        attribute="partners", column_name="partners", widget=StrictSlugsWidget(Partner), readonly=True
    )
    actions = fields.Field(attribute="actions", column_name="actions", widget=StrictIdsWidget(_related("actions")))
    subsidy_applications = fields.Field(
        attribute="subsidy_applications",
        column_name="subsidy_applications",
        widget=StrictIdsWidget(_related("subsidy_applications")),
    )
    description = fields.Field(attribute="description", column_name="description", widget=widgets.CharWidget())

    class Meta:
        model = Relation
        import_id_fields = ["slug"]
        fields = [
            "slug",
            "counterpart",
            "country",
            "kind",
            "since",
            "until",
            "municipality_role",
            "description",
            "latitude",
            "longitude",
            "partners",
            "actions",
            "subsidy_applications",
        ]
        export_order = fields
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True


class RelationPartnerResource(FormulaSafeResource):
    """Local partners in relations by slugs: relation, partner, role."""

    relation = fields.Field(
        attribute="relation", column_name="relation", widget=StrictForeignKeyWidget(Relation, "slug")
    )
    partner = fields.Field(attribute="partner", column_name="partner", widget=StrictForeignKeyWidget(Partner, "slug"))

    class Meta:
        model = RelationPartner
        import_id_fields = ["relation", "partner"]
        fields = ["relation", "partner", "role"]
        export_order = fields
        clean_model_instances = True
