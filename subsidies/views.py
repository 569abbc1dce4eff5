"""Subsidy pages: the applicant's "My subsidies", forms and application page; the office's queue, review steps,
budget and figures. Every application is found through ``Application.objects.visible_to(user)`` (else 404),
then the rule is checked (else 403); a step that does not fit the status answers 409 with the reason."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from rules.contrib.views import PermissionRequiredMixin

from partners.models import Country, GlobalGoal
from deventer_intl.views import CrumbsMixin, RoleRequiredMixin, SearchableFilterView, crumb
from subsidies import figures, services
from subsidies.filters import ApplicationFilter
from subsidies.forms import (
    ApplicationForm,
    DecisionForm,
    FiguresYearForm,
    FinalReportForm,
    OtherFundingFormSet,
    PaymentForm,
    ReviewForm,
    SettleForm,
    add_service_error,
    funding_rows,
)
from subsidies.models import DECIDED, Application, Attachment, Budget, Criterion, Scheme, step_allowed
from subsidies.querysets import represented_partner_ids
from subsidies.templatetags.subsidy_tags import money

PAGE_SIZE = 25


def mine_crumbs() -> list[dict]:
    """My subsidies sits in "My portal", like My agenda and My events."""
    return [crumb(gettext_lazy("My portal"), "profile"), crumb(gettext_lazy("My subsidies"), "subsidies:mine")]


def queue_crumb():
    # Named as in the header's link to it.
    return crumb(gettext_lazy("Subsidies"), "subsidies:list")


#: Why a step does not fit a status, where "not possible for an application that is ..." says too little.
REFUSED_REASONS = {
    ("report", Application.Status.GRANTED): gettext_lazy(
        "You can file the final report once the grant has been paid."),
    ("report", Application.Status.PARTLY_GRANTED): gettext_lazy(
        "You can file the final report once the grant has been paid."),
}


def submit_blockers(application: Application) -> list[str]:
    """What keeps a draft from being submitted, in the applicant's words (the service checks the same)."""
    blockers = []
    kinds = {attachment.kind for attachment in application.attachments.all()}
    missing = [str(label) for kind, label in Attachment.Kind.choices
               if kind in (Attachment.Kind.PLAN, Attachment.Kind.BUDGET) and kind not in kinds]
    if missing:
        blockers.append(_("Still needed: {missing}.").format(missing=", ".join(missing)))
    if application.amount_requested > application.scheme.max_amount:
        blockers.append(_("The scheme gives at most {max} per application.").format(
            max=money(application.scheme.max_amount)))
    if not application.scheme.is_open(timezone.localdate()):
        blockers.append(_("The scheme {scheme} is not open for applications now.").format(scheme=application.scheme))
    return blockers


def refused(request, message: str, application: Application | None = None) -> TemplateResponse:
    """A step that does not fit the application's status: the reason, and 409 Conflict."""
    return TemplateResponse(request, "subsidies/step_refused.html",
                            {"message": message, "application": application}, status=409)


class ApplicationMixin(RoleRequiredMixin, CrumbsMixin):
    """Finds the application among those the user may see (else 404), checks the rule (else 403) and the step
    (else 409)."""

    #: The step of ``models.STEPS`` this page performs, if any.
    step: str | None = None

    def get_application_queryset(self):
        return Application.objects.visible_to(self.request.user).select_related("scheme", "partner", "decision")

    @cached_property
    def application(self) -> Application:
        return get_object_or_404(self.get_application_queryset(), pk=self.kwargs["pk"])

    def get_permission_object(self):
        return self.application

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not self.has_permission():
            return self.handle_no_permission()
        if self.step and not step_allowed(self.application, self.step):
            message = _("This is not possible for an application that is {status}.").format(
                status=self.application.get_status_display())
            reason = REFUSED_REASONS.get((self.step, self.application.status))
            return refused(request, f"{message} {reason}" if reason else message, self.application)
        return super(PermissionRequiredMixin, self).dispatch(request, *args, **kwargs)

    def is_office(self) -> bool:
        return self.request.user.has_perm("subsidies.view_queue")

    def get_crumbs(self):
        first = [queue_crumb()] if self.is_office() else mine_crumbs()
        return [*first, crumb(self.application.reference, "subsidies:detail", pk=self.application.pk)]

    def get_context_data(self, **kwargs):
        return super().get_context_data(application=self.application, **kwargs)

    def done(self, message: str):
        messages.success(self.request, message)
        return HttpResponseRedirect(self.application.get_absolute_url())


class MySubsidiesView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """The applicant's applications with status and decision, and the schemes they may apply under."""

    permission_required = "subsidies.see_mine"
    template_name = "subsidies/application_mine.html"

    def get_crumbs(self):
        return [crumb(_("My portal"), "profile"), crumb(_("My subsidies"))]

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        schemes = Scheme.objects.open_on(today).prefetch_related(
            Prefetch("criteria", queryset=Criterion.objects.order_by("order")))
        return super().get_context_data(
            applications=Application.objects.of_organisations_of(self.request.user).for_list()
            .order_by("-year", "-created"),
            schemes=schemes,
            **kwargs,
        )


def funding_formset(request, initial=None):
    """The other-funding rows of the application form and the final report: bound on POST."""
    if request.method == "POST":
        return OtherFundingFormSet(request.POST, prefix="funding")
    return OtherFundingFormSet(prefix="funding", initial=initial)


class ApplicationFormMixin:
    """The application form with its other-funding rows; saving goes through ``application_save``."""

    form_class = ApplicationForm
    template_name = "subsidies/application_form.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["partners"] = represented_partner_ids(self.request.user)
        return kwargs

    def funding_formset(self, initial=None):
        return funding_formset(self.request, initial)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("funding", self.funding_formset(self.funding_initial()))
        return super().get_context_data(**kwargs)

    def funding_initial(self):
        return None

    def post(self, request, *args, **kwargs):
        form, funding = self.get_form(), self.funding_formset()
        if not (form.is_valid() and funding.is_valid()):
            return self.render_to_response(self.get_context_data(form=form, funding=funding))
        application = form.save(commit=False)
        self.prepare(application)
        try:
            application = services.application_save(
                application=application, by=request.user, goals=form.cleaned_data["global_goals"],
                other_funding=funding_rows(funding), attachments=form.uploads())
        except services.StepNotAllowed as error:
            return refused(request, error.message, application)
        except ValidationError as error:
            add_service_error(form, error)
            return self.render_to_response(self.get_context_data(form=form, funding=funding))
        messages.success(request, _("Your application was saved as a draft. Submit it when it is complete."))
        return HttpResponseRedirect(application.get_absolute_url())

    def prepare(self, application: Application) -> None:
        pass


class ApplicationCreateView(ApplicationFormMixin, RoleRequiredMixin, CrumbsMixin, FormView):
    """A new application for one of the user's organisations, saved as a draft."""

    permission_required = "subsidies.apply"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = Application()
        scheme = self.request.GET.get("scheme")
        if scheme and scheme.isdigit():
            kwargs.setdefault("initial", {})["scheme"] = int(scheme)
        return kwargs

    def prepare(self, application):
        application.applicant = self.request.user
        application.language = (self.request.LANGUAGE_CODE or "nl")[:2]
        application.year = timezone.localdate().year

    def get_crumbs(self):
        return [*mine_crumbs(), crumb(_("New application"))]


class ApplicationUpdateView(ApplicationFormMixin, ApplicationMixin, FormView):
    """Edit a draft (only a draft: after submitting, the application is the office's to assess)."""

    permission_required = "subsidies.edit_application"
    step = "edit"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.application
        return kwargs

    def funding_initial(self):
        return [{"source": row.source, "amount": row.amount}
                for row in self.application.other_funding.filter(kind="expected")]

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Edit"))]


class ApplicationDetailView(ApplicationMixin, TemplateView):
    """An application with its documents, funding, review, decision, payments and final report."""

    permission_required = "subsidies.see_application"
    template_name = "subsidies/application_detail.html"

    def get_application_queryset(self):
        return Application.objects.visible_to(self.request.user).for_detail()

    def get_crumbs(self):
        return [*super().get_crumbs()[:-1], crumb(self.application.reference)]

    def get_context_data(self, **kwargs):
        user, application = self.request.user, self.application
        office = self.is_office()
        decision = getattr(application, "decision", None)
        applicant = user.has_perm("subsidies.edit_application", application)
        can_submit = applicant and step_allowed(application, "submit")
        context = super().get_context_data(**kwargs)
        context.update(
            office=office,
            applicant=applicant,
            decided=application.status in DECIDED,
            decision=decision,
            can_edit=applicant and step_allowed(application, "edit"),
            can_submit=can_submit,
            # A draft that cannot go in yet says what it still needs instead of offering a dead end.
            submit_blockers=submit_blockers(application) if can_submit else [],
            can_withdraw=applicant and step_allowed(application, "withdraw"),
            can_report=applicant and step_allowed(application, "report"),
            can_review=user.has_perm("subsidies.review", application) and step_allowed(application, "review"),
            can_confirm=office and decision is not None and not decision.is_confirmed
            and user.has_perm("subsidies.confirm_decision", application) and step_allowed(application, "confirm"),
            own_proposal=office and decision is not None and not decision.is_confirmed
            and decision.proposed_by_id == user.pk,
            can_pay=user.has_perm("subsidies.record_payment", application) and step_allowed(application, "pay")
            and application.payable > 0,
            can_settle=user.has_perm("subsidies.settle", application) and step_allowed(application, "settle"),
            expected=[row for row in application.other_funding.all() if row.kind == "expected"],
            raised=[row for row in application.other_funding.all() if row.kind == "actual"],
            final_report=getattr(application, "final_report", None),
            review=getattr(application, "review", None) if user.has_perm("subsidies.see_review", application)
            else None,
        )
        return context


class StepView(ApplicationMixin, View):
    """A step by a single button (submit, withdraw, confirm): POST only; refused steps answer 409."""

    http_method_names = ["post"]
    service = None
    success_message = ""

    def perform(self):
        return type(self).service(application=self.application, by=self.request.user)

    def post(self, request, *args, **kwargs):
        try:
            self.perform()
        except services.StepNotAllowed as error:
            return refused(request, error.message, self.application)
        return self.done(str(self.success_message))


class SubmitView(StepView):
    permission_required = "subsidies.edit_application"
    step = "submit"
    service = services.application_submit
    success_message = gettext_lazy("Your application was submitted. You will receive a confirmation by e-mail.")


class WithdrawView(StepView):
    permission_required = "subsidies.edit_application"
    step = "withdraw"
    service = services.application_withdraw
    success_message = gettext_lazy("Your application was withdrawn.")


class ConfirmView(StepView):
    """Confirms the proposal the confirmer was shown: the button carries its ``proposed_at``."""

    permission_required = "subsidies.confirm_decision"
    step = "confirm"
    success_message = gettext_lazy("The decision was confirmed and the applicant informed.")

    def perform(self):
        try:
            seen = parse_datetime(self.request.POST.get("proposal", ""))
        except ValueError:  # well-formed but impossible, e.g. month 13
            seen = None
        if seen is None or timezone.is_naive(seen):
            raise services.StepNotAllowed(_("The page did not say which proposed decision you confirm. Open the "
                                            "application again and confirm from there."))
        return services.decision_confirm(application=self.application, by=self.request.user, seen=seen)


class AttachmentView(ApplicationMixin, View):
    """An application's document, streamed to those who may see the application (files live in private storage)."""

    permission_required = "subsidies.see_application"

    def get(self, request, *args, attachment_pk, **kwargs):
        attachment = get_object_or_404(self.application.attachments, pk=attachment_pk)
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError:
            raise Http404 from None  # the row outlived its file (e.g. a restore without the private media)
        response = FileResponse(handle, as_attachment=True, filename=attachment.original_name)
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


class AttachmentDeleteView(ApplicationMixin, View):
    """Remove a document from a draft (POST only)."""

    http_method_names = ["post"]
    permission_required = "subsidies.edit_application"
    step = "edit"

    def post(self, request, *args, attachment_pk, **kwargs):
        attachment = get_object_or_404(self.application.attachments, pk=attachment_pk)
        try:
            services.attachment_delete(attachment=attachment, by=request.user)
        except services.StepNotAllowed as error:
            return refused(request, error.message, self.application)
        return self.done(_("“{name}” was removed.").format(name=attachment.original_name))


class StepFormView(ApplicationMixin, FormView):
    """A step with a form (review, propose, pay, report, settle): the service's objections show on the form."""

    template_name = "subsidies/step_form.html"
    heading = ""
    submit_label = ""

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(str(self.heading))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.heading, submit_label=self.submit_label, **kwargs)

    def form_valid(self, form):
        try:
            message = self.perform(form)
        except services.StepNotAllowed as error:
            return refused(self.request, error.message, self.application)
        except ValidationError as error:
            add_service_error(form, error)
            return self.form_invalid(form)
        return self.done(message)


class ReviewView(StepFormView):
    permission_required = "subsidies.review"
    step = "review"
    form_class = ReviewForm
    template_name = "subsidies/review_form.html"
    heading = gettext_lazy("Review against the criteria")
    submit_label = gettext_lazy("Save the review")

    def get_application_queryset(self):
        # The reviewer reads what the applicant wrote next to the criteria.
        return Application.objects.visible_to(self.request.user).for_detail()

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["criteria"] = self.application.scheme.criteria.order_by("order", "pk")
        kwargs["review"] = getattr(self.application, "review", None)
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context["criteria_fields"] = [(form[f"met_{criterion.pk}"], form[f"note_{criterion.pk}"])
                                      for criterion in form.criteria]
        return context

    def perform(self, form):
        services.review_save(application=self.application, by=self.request.user,
                             assessments=form.assessments(), note=form.cleaned_data["note"])
        return _("The review was saved.")


class ProposeView(StepFormView):
    permission_required = "subsidies.review"
    step = "propose"
    form_class = DecisionForm
    heading = gettext_lazy("Propose a decision")
    submit_label = gettext_lazy("Propose")

    def perform(self, form):
        services.decision_propose(application=self.application, by=self.request.user, **form.cleaned_data)
        return _("The decision was proposed; another civil servant confirms it.")


class PaymentView(StepFormView):
    permission_required = "subsidies.record_payment"
    step = "pay"
    form_class = PaymentForm
    heading = gettext_lazy("Record a payment")
    submit_label = gettext_lazy("Record the payment")

    def get_initial(self):
        return {"date": timezone.localdate(), "amount": self.application.payable}

    def perform(self, form):
        services.payment_record(application=self.application, by=self.request.user, **form.cleaned_data)
        return _("The payment was recorded.")


class SettleView(StepFormView):
    permission_required = "subsidies.settle"
    step = "settle"
    form_class = SettleForm
    heading = gettext_lazy("Settle the final report")
    submit_label = gettext_lazy("Settle")

    def get_initial(self):
        return {"amount": self.application.granted_amount}

    def perform(self, form):
        services.final_report_settle(application=self.application, by=self.request.user, **form.cleaned_data)
        return _("The definitive amount was settled.")


class FinalReportView(StepFormView):
    permission_required = "subsidies.file_report"
    step = "report"
    form_class = FinalReportForm
    heading = gettext_lazy("File the final report")
    submit_label = gettext_lazy("File the final report")

    def get_context_data(self, **kwargs):
        kwargs.setdefault("funding", funding_formset(self.request))
        kwargs["funding_legend"] = _("Other funding actually raised")
        return super().get_context_data(**kwargs)

    def post(self, request, *args, **kwargs):
        form, funding = self.get_form(), funding_formset(self.request)
        if form.is_valid() and funding.is_valid():
            self.funding = funding
            return self.form_valid(form)
        return self.render_to_response(self.get_context_data(form=form, funding=funding))

    def perform(self, form):
        services.final_report_file(
            application=self.application, by=self.request.user, what_was_done=form.cleaned_data["what_was_done"],
            amount_spent=form.cleaned_data["amount_spent"], other_funding=funding_rows(self.funding),
            attachments=form.uploads())
        return _("Thank you: your final report was filed.")


class QueueView(RoleRequiredMixin, SearchableFilterView):
    """The office's review queue: filters in the URL, age and decision deadline, overdue ones flagged."""

    permission_required = "subsidies.view_queue"
    filterset_class = ApplicationFilter
    template_name = "subsidies/application_list.html"
    paginate_by = PAGE_SIZE
    ordering = ["submitted_at", "pk"]

    def get_queryset(self):
        return Application.objects.visible_to(self.request.user).in_queue().for_list()

    def get_filterset_kwargs(self, filterset_class):
        # Always bound, so the default (awaiting a decision) applies to the bare URL too.
        kwargs = super().get_filterset_kwargs(filterset_class)
        kwargs["data"] = self.request.GET
        return kwargs

    def get_crumbs(self):
        return [crumb(_("Subsidies"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(today=timezone.localdate(), **kwargs)


class BudgetView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """Per scheme and year: budget, requested, granted, paid and remaining."""

    permission_required = "subsidies.see_budgets"
    template_name = "subsidies/budget.html"

    def get_crumbs(self):
        return [queue_crumb(), crumb(_("Budgets"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(budgets=Budget.objects.for_view(), **kwargs)


class FiguresView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """The figures for the council report: per year and scheme, per country and per Global Goal."""

    permission_required = "subsidies.view_figures"
    template_name = "subsidies/figures.html"

    def get_crumbs(self):
        return [queue_crumb(), crumb(_("Figures"))]

    def get_context_data(self, **kwargs):
        years = Application.objects.in_queue().order_by("-year").values_list("year", flat=True).distinct()
        form = FiguresYearForm(self.request.GET or None, years=years)
        year = form.chosen_year() if form.is_bound else None
        counted = Application.objects.filter(year=year) if year else None
        countries = figures.by_country(counted)
        for row in countries:
            row["name"] = Country(code=row["country"]).name
        countries.sort(key=lambda row: row["name"])
        goals = figures.by_global_goal(counted)
        names = {goal.number: goal for goal in GlobalGoal.objects.all()}
        for row in goals:
            row["goal"] = names[row["global_goals__number"]]
        by_scheme = figures.by_year_and_scheme(counted)
        schemes = {scheme.pk: scheme for scheme in Scheme.objects.all()}
        for row in by_scheme:
            row["scheme"] = schemes[row["scheme__pk"]]
        return super().get_context_data(by_scheme=by_scheme, by_year=figures.by_year(counted), by_country=countries,
                                        by_goal=goals, form=form, year=year, **kwargs)
