"""Forms of the work agenda, for ambassadors and partners in the browser (not the admin)."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from agenda.models import Action, Chapter, Participation, PolicyPeriod
from agenda.services import realised_too_early
from deventer_intl.forms import (
    CHOOSE_SEVERAL,
    AccessibleFormMixin,
    DateInput,
    KeepValidFilesMixin,
    SearchableSelect,
    SearchableSelectMultiple,
)
from partners.images import clean_image
from partners.models import Country, Partner

PDF_MAX_BYTES = 10 * 1024 * 1024
BASE_VALUES_SALT = "agenda.ActionForm.base_values"


class ActionForm(AccessibleFormMixin, forms.ModelForm):
    """Create or edit an action. ``version`` carries the version the editor started from."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    #: The newest history entry when the form was opened: on a conflict we show what changed since.
    base_history = forms.IntegerField(widget=forms.HiddenInput, required=False)
    #: The values the editor started from (signed), so a conflict keeps exactly the fields they changed.
    base_values = forms.CharField(widget=forms.HiddenInput, required=False)

    BOOKKEEPING = ("version", "base_history", "base_values")

    class Meta:
        model = Action
        fields = [
            "period",
            "chapter",
            "list",
            "code",
            "title",
            "description",
            "status",
            "progress",
            "lead_partner",
            "lead_person",
            "editors",
            "sectors",
            "municipality_role",
            "global_goals",
            "countries",
            "start_date",
            "end_date",
            "public",
        ]
        widgets = {
            "sectors": forms.CheckboxSelectMultiple,
            "global_goals": forms.CheckboxSelectMultiple,
            # Long lists: searchable (Tom Select) with JavaScript, plain selects without.
            "countries": SearchableSelectMultiple,
            "editors": SearchableSelectMultiple,
            "lead_partner": SearchableSelect,
            "lead_person": SearchableSelect,
            "start_date": DateInput,
            "end_date": DateInput,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chapter"].queryset = Chapter.objects.select_related("period")
        self.fields["lead_partner"].queryset = Partner.objects.order_by("name").only("pk", "name")
        User = get_user_model()
        # People with a role, plus whoever leads or co-edits now (a lead who lost their role stays valid).
        current = [self.instance.lead_person_id] if self.instance.lead_person_id else []
        if self.instance.pk:
            current += list(self.instance.editors.values_list("pk", flat=True))
        people = (
            User.objects.filter(Q(is_active=True, groups__isnull=False) | Q(pk__in=current))
            .distinct()
            .order_by("first_name", "last_name", "username")
        )
        self.fields["lead_person"].queryset = people
        self.fields["lead_person"].label_from_instance = lambda user: user.get_full_name() or user.username
        self.fields["editors"].queryset = people
        self.fields["editors"].label_from_instance = lambda user: user.get_full_name() or user.username
        self.fields["editors"].required = False
        self.fields["countries"].queryset = Country.objects.all()
        self.fields["countries"].choices = sorted(
            ((country.pk, country.name) for country in Country.objects.all()), key=lambda item: item[1]
        )
        self.fields["progress"].help_text = _("0 to 100. Realised sets 100; a new idea starts at 0.")
        self.fields["countries"].help_text = CHOOSE_SEVERAL
        self.fields["editors"].help_text = _("People besides the lead who may edit this action. {how}").format(
            how=CHOOSE_SEVERAL
        )
        if not self.instance.pk and not self.is_bound:
            self.fields["period"].initial = (
                PolicyPeriod.objects.order_by("-start_year").values_list("pk", flat=True).first()
            )
        self.propose_code()
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
            latest = self.instance.history.order_by("-history_id").values_list("history_id", flat=True).first()
            self.fields["base_history"].initial = latest
            self.fields["base_values"].initial = signing.dumps(self.snapshot(), salt=BASE_VALUES_SALT)

    def propose_code(self) -> None:
        """The code is optional: empty, the portal gives the next free number on the chosen list and period."""
        field = self.fields["code"]
        field.required = False
        period_id = self.instance.period_id or self.fields["period"].initial
        period = PolicyPeriod.objects.filter(pk=period_id).first() if period_id else None
        if period is None:
            field.help_text = _("Leave empty: the portal gives the next free number on the chosen list.")
            return
        codes = Action.objects.next_codes(period)
        field.help_text = _(
            "Leave empty: the portal gives the next free number on the chosen list ({a} or {b} in {period})."
        ).format(a=codes[Action.List.A], b=codes[Action.List.B], period=period)

    def clean(self):
        cleaned = super().clean()
        status, progress = cleaned.get("status"), cleaned.get("progress")
        if too_early := realised_too_early(status=status, start_date=cleaned.get("start_date")):
            self.add_error("status", too_early)
        if status == Action.Status.REALISED:
            if "progress" in self.changed_data and progress not in (None, 100):
                self.add_error("progress", _("A realised action is at 100%."))
            else:
                cleaned["progress"] = 100
                self.instance.progress = 100
        elif status == Action.Status.IDEA and "status" in self.changed_data and "progress" not in self.changed_data:
            cleaned["progress"] = 0
            self.instance.progress = 0
        period, chapter = cleaned.get("period"), cleaned.get("chapter")
        if chapter is not None and period is not None and chapter.period_id != period.pk:
            self.add_error(
                "chapter", _("This chapter belongs to the policy period {period}.").format(period=chapter.period)
            )
        code, action_list = cleaned.get("code"), cleaned.get("list")
        if code and action_list and not code.startswith(action_list):
            self.add_error(
                "code",
                _("An action on list {list} has a code starting with {list}, e.g. {list}1.").format(list=action_list),
            )
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        if self.instance.pk and cleaned.get("version") is None:
            raise ValidationError(_("This form is incomplete; reload the page and try again."))
        return cleaned

    def action_values(self) -> dict:
        """The cleaned fields, as ``action_create`` and ``action_update`` take them (no bookkeeping)."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}

    def snapshot(self) -> dict:
        """The unbound form's values, as plain JSON: what the editor sees when the form opens."""
        values = {}
        for name, field in self.fields.items():
            if name in self.BOOKKEEPING:
                continue
            value = field.prepare_value(self[name].initial)
            if isinstance(value, (list, tuple)):
                value = sorted(str(item.pk if hasattr(item, "pk") else item) for item in value)
            elif isinstance(value, datetime.date):
                value = value.isoformat()
            elif hasattr(value, "pk"):
                value = value.pk
            values[name] = value
        return values

    def base_snapshot(self) -> dict | None:
        try:
            return signing.loads(self.data.get("base_values", ""), salt=BASE_VALUES_SALT)
        except signing.BadSignature:
            return None

    def edited_fields(self) -> list[str]:
        """The fields this editor changed against what they started from (all submitted fields if unknown)."""
        base = self.base_snapshot()
        if base is None:
            return [name for name in self.fields if name not in self.BOOKKEEPING]
        edited = []
        for name, initial in base.items():
            field = self.fields.get(name)
            if field is None:
                continue
            if isinstance(field, forms.DateField) and initial:
                initial = field.to_python(initial)
            if field.has_changed(initial, self[name].data):
                edited.append(name)
        return edited

    @classmethod
    def rebased(cls, submitted: ActionForm, current: Action) -> tuple[ActionForm, list[str], list[str]]:
        """The newest version of the action with this editor's own changes on top, to check and save again.

        Returns the new bound form, the fields the editor changed, and those of them the other person
        changed too (there the editor's value is in the form, and they should look twice).
        """
        edited = submitted.edited_fields()
        fresh = cls(instance=current)
        now = fresh.snapshot()
        base = submitted.base_snapshot() or {}
        both = [name for name in edited if name in base and base[name] != now.get(name)]
        data = QueryDict(mutable=True)
        for name, value in now.items():
            if name in edited:
                data.setlist(name, submitted.data.getlist(name))
            elif isinstance(value, list):
                data.setlist(name, value)
            elif isinstance(value, bool):
                if value:
                    data[name] = "on"
            else:
                data[name] = "" if value is None else str(value)
        data["version"] = str(current.version)
        data["base_history"] = str(fresh.fields["base_history"].initial or "")
        data["base_values"] = signing.dumps(now, salt=BASE_VALUES_SALT)
        rebased = cls(data=data, instance=current)
        rebased.is_valid()
        return rebased, edited, both

    def _post_clean(self):
        super()._post_clean()
        # The checks above give clearer messages than the database constraints for the same rules.
        for name in ("progress", "code", "end_date"):
            errors = self._errors.get(name) if self._errors else None
            if errors and len(errors) > 1:
                self._errors[name] = self.error_class(errors[:1])


class ProgressUpdateForm(KeepValidFilesMixin, AccessibleFormMixin, forms.Form):
    """A progress update: what happened, and optionally a new status, progress, photo or PDF."""

    date = forms.DateField(label=_("Date"), widget=DateInput)
    text = forms.CharField(label=_("What happened"), widget=forms.Textarea, max_length=5000)
    status = forms.ChoiceField(
        label=_("New status"),
        required=False,
        choices=[("", _("(unchanged)")), *Action.Status.choices],
    )
    progress = forms.IntegerField(
        label=_("New progress (%)"),
        required=False,
        min_value=0,
        max_value=100,
        help_text=_("Leave empty to keep the current progress."),
    )
    image = forms.FileField(label=_("Photo"), required=False, help_text=_("PNG, JPEG, WebP or GIF, at most 5 MB."))
    attachment = forms.FileField(label=_("Attachment (PDF)"), required=False, help_text=_("A PDF of at most 10 MB."))

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if not upload:
            return None
        return clean_image(upload, basename="update").original

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        if upload.size > PDF_MAX_BYTES:
            raise ValidationError(_("The file is larger than 10 MB."), code="too_large")
        upload.seek(0)
        head = upload.read(5)
        upload.seek(0)
        # Checked by content, not by name: a PDF starts with "%PDF-".
        if head != b"%PDF-":
            raise ValidationError(_("This file is not a PDF. Upload a PDF document."), code="not_pdf")
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Action.Status.REALISED and cleaned.get("progress") not in (None, 100):
            self.add_error("progress", _("A realised action is at 100%."))
        return cleaned


class MonitoringForm(AccessibleFormMixin, forms.Form):
    """Which policy period the monitoring page shows, and optionally the date to count the statuses on."""

    period = forms.CharField(label=_("Policy period"), required=False, widget=forms.Select)
    as_of = forms.DateField(
        label=_("Status as of (optional)"),
        required=False,
        widget=DateInput,
        help_text=_("Counts the statuses on the timelines on that date, e.g. a mid-term review."),
    )

    def __init__(self, *args, periods=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Any name may be asked for (an unknown one shows the newest period): the choices only offer them.
        self.fields["period"].widget.choices = [(period.name, period.name) for period in periods]


class CloseActionForm(AccessibleFormMixin, forms.Form):
    status = forms.ChoiceField(
        label=_("How did it end?"),
        choices=[(Action.Status.REALISED, _("Realised")), (Action.Status.STOPPED, _("Stopped"))],
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Closing note"),
        widget=forms.Textarea,
        max_length=5000,
        help_text=_("What was achieved, or why it stopped. Shown on the timeline."),
    )


class ParticipationForm(AccessibleFormMixin, forms.Form):
    """Invite a partner (editors) or join with one of your own organisations (partner representatives)."""

    partner = forms.ModelChoiceField(label=_("Organisation"), queryset=Partner.objects.none())
    role = forms.ChoiceField(
        label=_("Role"), choices=Participation.Role.choices, initial=Participation.Role.PARTICIPANT
    )

    def __init__(self, *args, partners=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners if partners is not None else Partner.objects.order_by("name")


class LeadMessageForm(AccessibleFormMixin, forms.Form):
    """A visitor's message to the lead of an action."""

    name = forms.CharField(label=_("Your name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("The lead replies to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    message = forms.CharField(label=_("Message"), widget=forms.Textarea, max_length=3000)
    # A field people never see and bots fill in.
    website = forms.CharField(
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        label=_("Leave this field empty"),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave this field empty."))
        return ""
