"""The public figures page (``/cijfers/``): every figure of the network for a chosen period, each drawn as a chart
with the table behind it, each row a link to the list it counts."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from deventer_intl.figures import Figures, Period, default_period, period_choices
from deventer_intl.forms import AccessibleFormMixin
from deventer_intl.views import CrumbsMixin


class PeriodForm(AccessibleFormMixin, forms.Form):
    """The period of the figures or the report: a policy period or one of its two-year report periods."""

    period = forms.ChoiceField(
        label=_("Period"), error_messages={"invalid_choice": _("Choose a period from the list.")}
    )

    def __init__(self, *args, choices: list[Period], **kwargs):
        super().__init__(*args, **kwargs)
        # Any years in the URL (``?period=2018-2019``) are a valid period too; the list offers the usual ones.
        asked = Period.parse(self.data.get("period")) if self.is_bound else None
        if asked is not None and asked not in choices:
            choices = [asked, *choices]
        self.fields["period"].choices = [(period.slug, period.label) for period in choices]

    def chosen(self) -> Period | None:
        return Period.parse(self.cleaned_data["period"]) if self.is_valid() else None


class FiguresView(CrumbsMixin, TemplateView):
    """Partners, actions, subsidies, events and relations in figures, for a period; public."""

    template_name = "figures/figures.html"
    crumb_label = _("Figures")

    def get_context_data(self, **kwargs):
        choices = period_choices()
        default = default_period()
        data = self.request.GET if "period" in self.request.GET else None
        form = PeriodForm(data, choices=choices, initial={"period": default.slug})
        period = (form.chosen() if data is not None else None) or default
        return super().get_context_data(form=form, period=period, figures=Figures(period), **kwargs)
