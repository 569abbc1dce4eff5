"""Forms of the subsidies: the applicant's application and final report, and the office's review steps."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from deventer_intl.forms import AccessibleFormMixin, DateInput, KeepValidFilesMixin, SearchableSelect
from partners.models import Country, GlobalGoal, Partner
from subsidies.files import clean_attachment, without_image_metadata
from subsidies.lifecycle import above_maximum, not_admitted
from subsidies.models import Application, Attachment, Decision, Scheme

MONEY = {"max_digits": 12, "decimal_places": 2}
FILE_HELP = _("PDF, Word (DOCX), Excel (XLSX) or an image.")


class AttachmentField(forms.FileField):
    """An uploaded document checked by content and size; ``cleaned_data`` holds (upload, safe name)."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return None
        return without_image_metadata(upload, clean_attachment(upload))


class OtherFundingForm(AccessibleFormMixin, forms.Form):
    """One row of other funding; its labels name the row, so "Source" is not read out three times alike."""

    source = forms.CharField(label=_("Source"), max_length=200, required=False)
    amount = forms.DecimalField(label=_("Amount (EUR)"), required=False, min_value=Decimal("0"), **MONEY)

    def __init__(self, *args, row: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if row is not None:
            self.fields["source"].label = _("Source, row {number}").format(number=row)
            self.fields["amount"].label = _("Amount (EUR), row {number}").format(number=row)

    def clean(self):
        cleaned = super().clean()
        source, amount = cleaned.get("source"), cleaned.get("amount")
        if source and amount is None and "amount" not in self.errors:
            self.add_error("amount", _("Give the amount of this source."))
        if amount is not None and not source:
            self.add_error("source", _("Name the source of this amount."))
        return cleaned


class BaseOtherFundingFormSet(forms.BaseFormSet):
    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "row": None if index is None else index + 1}


OtherFundingFormSet = forms.formset_factory(
    OtherFundingForm, formset=BaseOtherFundingFormSet, extra=3, max_num=20, validate_max=True
)


def funding_rows(formset) -> list[tuple[str, Decimal]]:
    return [
        (form.cleaned_data["source"], form.cleaned_data["amount"])
        for form in formset.forms
        if form.cleaned_data.get("source")
    ]


class SchemeQuestionsMixin:
    """The chosen scheme's own questions as form fields (before AccessibleFormMixin styles every field)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_questions()

    def add_questions(self):
        """A text field per question of the chosen scheme (the draft's, the posted or the preselected one). Answers
        may wait while it is a draft; submitting asks for the required ones. After choosing another scheme, its
        questions appear once the draft is saved."""
        scheme_id = self.data.get(self.add_prefix("scheme")) if self.is_bound else None
        scheme_id = scheme_id or self.initial.get("scheme") or self.instance.scheme_id
        scheme = Scheme.objects.filter(pk=scheme_id).first() if str(scheme_id or "").isdigit() else None
        self.questions = list(scheme.questions.all()) if scheme else []
        answers = {}
        if self.instance.pk:
            answers = {answer.question_id: answer.text for answer in self.instance.answers.all()}
        for question in self.questions:
            self.fields[f"question_{question.pk}"] = forms.CharField(
                label=question.text,
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 3}),
                initial=answers.get(question.pk, ""),
                help_text=_("Needed to submit.") if question.required else _("Optional."),
            )

    def answers(self) -> dict[int, str]:
        return {question.pk: self.cleaned_data.get(f"question_{question.pk}", "") for question in self.questions}


class ApplicationForm(KeepValidFilesMixin, AccessibleFormMixin, SchemeQuestionsMixin, forms.ModelForm):
    """A new application or a draft; documents are added here too (they are checked by content)."""

    plan = AttachmentField(label=_("Project plan"), required=False, help_text=FILE_HELP)
    budget = AttachmentField(label=_("Project budget"), required=False, help_text=FILE_HELP)
    other = AttachmentField(label=_("Other document"), required=False, help_text=FILE_HELP)

    class Meta:
        model = Application
        fields = [
            "partner",
            "scheme",
            "title",
            "description",
            "country",
            "local_partner",
            "global_goals",
            "start_date",
            "end_date",
            "amount_requested",
            "total_budget",
        ]
        widgets = {
            "global_goals": forms.CheckboxSelectMultiple,
            "start_date": DateInput,
            "end_date": DateInput,
            "country": SearchableSelect,
        }

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = Partner.objects.filter(pk__in=partners).order_by("name").only("pk", "name")
        # One organisation: it is the one; several: the applicant picks, nothing is assumed.
        self.fields["partner"].empty_label = _("Choose your organisation")
        if len(partners) == 1 and not self.instance.partner_id and not self.initial.get("partner"):
            # One organisation: it is the one (the empty choice stays first, as a required select has it).
            self.initial["partner"] = next(iter(partners))
        # Schemes open now (and the draft's own, should it have closed since). A new application starts with no
        # scheme chosen: the applicant picks one ("Apply under ..." on My subsidies preselects it).
        self.fields["scheme"].queryset = Scheme.objects.open_on(timezone.localdate(), keep=self.instance.scheme_id)
        self.fields["scheme"].empty_label = _("Choose a scheme")
        self.fields["country"].queryset = Country.objects.all()
        self.fields["country"].choices = [("", _("Choose a country"))] + sorted(
            ((country.pk, country.name) for country in Country.objects.all()), key=lambda item: item[1]
        )
        self.fields["global_goals"].queryset = GlobalGoal.objects.all()
        self.fields["global_goals"].required = False
        for name in ("amount_requested", "total_budget"):
            self.fields[name].validators.append(MinValueValidator(Decimal("0.01")))
            self.fields[name].widget.attrs["min"] = "0.01"
        self.fields["total_budget"].help_text = _("The whole project's cost, of which you ask part.")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        requested, total = cleaned.get("amount_requested"), cleaned.get("total_budget")
        if requested and total and total < requested:
            self.add_error("total_budget", _("The total project budget is at least the amount requested."))
        scheme = cleaned.get("scheme")
        above = above_maximum(requested, scheme) if scheme else None
        if above:
            self.add_error("amount_requested", above)
        refused_kind = not_admitted(cleaned.get("partner"), scheme)
        if refused_kind:
            self.add_error("scheme", refused_kind)
        return cleaned

    def uploads(self) -> list[tuple[str, object, str]]:
        return [
            (kind, *self.cleaned_data[field])
            for field, kind in (
                ("plan", Attachment.Kind.PLAN),
                ("budget", Attachment.Kind.BUDGET),
                ("other", Attachment.Kind.OTHER),
            )
            if self.cleaned_data.get(field)
        ]


class ReviewForm(AccessibleFormMixin, forms.Form):
    """Per criterion of the scheme: met, not met or still open, with a note."""

    CHOICES = [("", _("not yet assessed")), ("yes", _("met")), ("no", _("not met"))]

    def __init__(self, *args, criteria, review=None, **kwargs):
        current = {item.criterion_id: item for item in review.assessments.all()} if review else {}
        self.criteria = list(criteria)
        # The fields depend on the scheme: built before the form (and AccessibleFormMixin) copies them.
        fields = {}
        for number, criterion in enumerate(self.criteria, start=1):
            item = current.get(criterion.pk)
            fields[f"met_{criterion.pk}"] = forms.ChoiceField(
                label=criterion.text,
                choices=self.CHOICES,
                required=False,
                widget=forms.RadioSelect,
                initial="" if item is None or item.met is None else ("yes" if item.met else "no"),
            )
            fields[f"note_{criterion.pk}"] = forms.CharField(
                label=_("Note on criterion {number}").format(number=number),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=item.note if item else "",
            )
        fields["note"] = forms.CharField(
            label=_("Overall note"), required=False, widget=forms.Textarea, initial=review.note if review else ""
        )
        self.base_fields = fields
        super().__init__(*args, **kwargs)

    def assessments(self) -> dict[int, tuple[bool | None, str]]:
        meaning = {"": None, "yes": True, "no": False}
        return {
            criterion.pk: (meaning[self.cleaned_data[f"met_{criterion.pk}"]], self.cleaned_data[f"note_{criterion.pk}"])
            for criterion in self.criteria
        }


class DecisionForm(AccessibleFormMixin, forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=Decision.Outcome.choices, widget=forms.RadioSelect)
    amount = forms.DecimalField(
        label=_("Amount granted in part (EUR)"),
        required=False,
        min_value=Decimal("0.01"),
        help_text=_("Only for a grant in part; a grant in full is the amount requested."),
        **MONEY,
    )
    motivation = forms.CharField(
        label=_("Motivation"), widget=forms.Textarea, help_text=_("The applicant reads this with the decision.")
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("outcome") == Decision.Outcome.PARTIAL
            and cleaned.get("amount") is None
            and "amount" not in self.errors
        ):
            self.add_error("amount", _("Give the amount of a grant in part."))
        return cleaned


class PaymentForm(AccessibleFormMixin, forms.Form):
    date = forms.DateField(label=_("Payment date"), widget=DateInput)
    amount = forms.DecimalField(label=_("Amount (EUR)"), min_value=Decimal("0.01"), **MONEY)


class FinalReportForm(KeepValidFilesMixin, AccessibleFormMixin, forms.Form):
    what_was_done = forms.CharField(label=_("What was done"), widget=forms.Textarea)
    amount_spent = forms.DecimalField(label=_("Money actually spent (EUR)"), min_value=Decimal("0"), **MONEY)
    report = AttachmentField(label=_("Report document"), required=False, help_text=FILE_HELP)
    other = AttachmentField(label=_("Other document"), required=False, help_text=FILE_HELP)

    def uploads(self) -> list[tuple[str, object, str]]:
        return [
            (kind, *self.cleaned_data[field])
            for field, kind in (("report", Attachment.Kind.REPORT), ("other", Attachment.Kind.OTHER))
            if self.cleaned_data.get(field)
        ]


class SettleForm(AccessibleFormMixin, forms.Form):
    amount = forms.DecimalField(
        label=_("Definitive amount (EUR)"),
        min_value=Decimal("0"),
        **MONEY,
        help_text=_("At most the amount granted; the difference returns to the budget."),
    )
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea)


class FiguresYearForm(AccessibleFormMixin, forms.Form):
    """The figures of one year (the council report is yearly), or of all years."""

    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years"))] + [(str(year), str(year)) for year in years]

    def chosen_year(self) -> int | None:
        """The year asked for, or None for all years (also for an unknown or malformed value)."""
        return self.cleaned_data["year"] if self.is_valid() else None


def add_service_error(form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form (on the whole form: the service speaks about the application)."""
    for message in error.messages:
        form.add_error(None, message)
