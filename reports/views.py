"""The council's progress report: choose a period, read it as a page, download it as PDF or XLSX.

The report is public, like the council's own report: it holds only public figures and lists (published partners,
public actions and events, granted subsidies), nothing an applicant or the office keeps private.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from deventer_intl.figure_pages import PeriodForm
from deventer_intl.figures import Period, default_period, period_choices
from deventer_intl.views import CrumbsMixin, crumb
from reports import pdf, workbook
from reports.report import Report


class ReportIndexView(CrumbsMixin, TemplateView):
    """Choose the period of the report; a valid choice goes to its page."""

    template_name = "reports/report_index.html"
    crumb_label = _("Progress report")

    def get(self, request, *args, **kwargs):
        self.form = PeriodForm(
            request.GET if "period" in request.GET else None,
            choices=period_choices(),
            initial={"period": default_period().slug},
        )
        if self.form.is_bound and self.form.is_valid():
            return redirect("reports:detail", period=self.form.chosen().slug)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, periods=period_choices(), **kwargs)


class ReportMixin:
    """The report of the period in the URL (``2019-2020``); 404 for anything else."""

    @cached_property
    def report(self) -> Report:
        period = Period.parse(self.kwargs["period"])
        if period is None or period.slug != self.kwargs["period"]:
            raise Http404
        return Report(period)


class ReportView(ReportMixin, CrumbsMixin, TemplateView):
    """The report as a printable page."""

    template_name = "reports/report_detail.html"

    def get_crumbs(self):
        return [crumb(_("Progress report"), "reports:index"), crumb(self.report.period.label)]

    def get_context_data(self, **kwargs):
        return super().get_context_data(report=self.report, **kwargs)


class ReportPdfView(ReportMixin, View):
    """The report as a PDF (WeasyPrint)."""

    def get(self, request, *args, **kwargs):
        response = HttpResponse(pdf.render(self.report, request=request), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{self.report.filename}.pdf"'
        return response


class ReportXlsxView(ReportMixin, View):
    """The report's figures and lists as an XLSX workbook, one sheet per subject."""

    def get(self, request, *args, **kwargs):
        response = HttpResponse(
            workbook.render(self.report),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.report.filename}.xlsx"'
        return response
