"""Subsidy pages: the applicant's "My subsidies", forms and application page; the office's queue, review steps,
budget and figures. Every application is found through ``Application.objects.visible_to(user)`` (else 404),
then the rule is checked (else 403); a step that does not fit the status answers 409 with the reason."""

from __future__ import annotations

import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from rules.contrib.views import PermissionRequiredMixin

from deventer_intl.charts import Column, simple_figure
from deventer_intl.idempotency import IdempotentPostMixin
from deventer_intl.views import CrumbsMixin, RoleRequiredMixin, ScopedObjectMixin, SearchableFilterView, crumb
from partners.models import Country, GlobalGoal, Partner
from subsidies import figures, lifecycle, register, services
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
from subsidies.models import Application, Budget, Criterion, OtherFunding, Scheme
from subsidies.querysets import represented_partner_ids

PAGE_SIZE = 25


def mine_crumbs() -> list[dict]:
    """My subsidies sits in "My portal", like My agenda and My events."""
    return [crumb(gettext_lazy("My portal"), "profile"), crumb(gettext_lazy("My subsidies"), "subsidies:mine")]


def queue_crumb():
    # Named as the queue names itself (and as the header's link to it).
    return crumb(QueueView.crumb_label, "subsidies:list")


def refused(request, message: str, application: Application | None = None) -> TemplateResponse:
    """A step that does not fit the application's status: the reason, and 409 Conflict."""
    editable = bool(application is not None and application.pk and lifecycle.step_allowed(application, "edit"))
    return TemplateResponse(
        request,
        "subsidies/step_refused.html",
        {"message": message, "application": application, "editable": editable},
        status=409,
    )


class ApplicationMixin(ScopedObjectMixin, CrumbsMixin):
    """Finds the application among those the user may see (else 404), checks the rule (else 403) and the step
    (else 409, with the reason)."""

    scope_model = Application
    scope_context_name = "application"
    #: The step of ``lifecycle.STEPS`` this page performs, if any.
    step: str | None = None

    def get_scope_queryset(self):
        return super().get_scope_queryset().select_related("scheme", "partner", "decision")

    @property
    def application(self) -> Application:
        return self.scoped_object

    def dispatch(self, request, *args, **kwargs):
        # A visitor logs in first (the application's lookup would only say 404); then 404, 403, 409 in turn.
        if not request.user.is_authenticated or not self.has_permission():
            return self.handle_no_permission()
        if self.step and not lifecycle.step_allowed(self.application, self.step):
            return refused(request, lifecycle.refusal(self.application, self.step), self.application)
        return super(PermissionRequiredMixin, self).dispatch(request, *args, **kwargs)

    def get_permission_required(self):
        # A page that performs a step asks the step's rule (``lifecycle.STEPS``).
        return (lifecycle.STEPS[self.step].rule,) if self.step else super().get_permission_required()

    def is_office(self) -> bool:
        return self.request.user.has_perm("deventer_intl.is_office_staff")

    def get_crumbs(self):
        first = [queue_crumb()] if self.is_office() else mine_crumbs()
        return [*first, crumb(self.application.reference, "subsidies:detail", pk=self.application.pk)]

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
            Prefetch("criteria", queryset=Criterion.objects.order_by("order"))
        )
        # Only the schemes one of the user's organisations may apply under (a scheme may be for some kinds only).
        partners = Partner.objects.filter(pk__in=represented_partner_ids(self.request.user)).only("pk", "kind")
        schemes = [scheme for scheme in schemes if any(scheme.admits(partner) for partner in partners)]
        return super().get_context_data(
            applications=Application.objects.of_organisations_of(self.request.user)
            .for_list()
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
            form.keep_files()  # also when only the funding rows were wrong
            return self.render_to_response(self.get_context_data(form=form, funding=funding))
        try:
            application = services.application_save(
                by=request.user,
                application=self.draft(),
                language=(request.LANGUAGE_CODE or "nl")[:2],
                **{name: form.cleaned_data[name] for name in services.DETAILS},
                goals=form.cleaned_data["global_goals"],
                other_funding=funding_rows(funding),
                attachments=form.uploads(),
                answers=form.answers(),
            )
        except services.StepNotAllowed as error:
            return refused(request, error.message, self.draft())
        except ValidationError as error:
            add_service_error(form, error)
            return self.render_to_response(self.get_context_data(form=form, funding=funding))
        messages.success(request, _("Your application was saved as a draft. Submit it when it is complete."))
        return HttpResponseRedirect(application.get_absolute_url())

    def draft(self) -> Application | None:
        """The draft being edited (None: a new application)."""
        return None


class ApplicationCreateView(IdempotentPostMixin, ApplicationFormMixin, RoleRequiredMixin, CrumbsMixin, FormView):
    """A new application for one of the user's organisations, saved as a draft."""

    permission_required = "subsidies.apply"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = Application()
        scheme = self.request.GET.get("scheme")
        if scheme and scheme.isdigit():
            kwargs.setdefault("initial", {})["scheme"] = int(scheme)
        return kwargs

    def get_crumbs(self):
        return [*mine_crumbs(), crumb(_("New application"))]


class ApplicationUpdateView(IdempotentPostMixin, ApplicationFormMixin, ApplicationMixin, FormView):
    """Edit a draft (only a draft: after submitting, the application is the office's to assess)."""

    step = "edit"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.application
        return kwargs

    def draft(self):
        return self.application

    def funding_initial(self):
        return [
            {"source": row.source, "amount": row.amount}
            for row in self.application.other_funding.filter(kind=OtherFunding.Kind.EXPECTED)
        ]

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Edit"))]


class ApplicationDetailView(ApplicationMixin, TemplateView):
    """An application with its documents, funding, review, decision, payments and final report."""

    permission_required = "subsidies.see_application"
    template_name = "subsidies/application_detail.html"

    def get_scope_queryset(self):
        return super().get_scope_queryset().for_detail()

    def get_crumbs(self):
        return [*super().get_crumbs()[:-1], crumb(self.application.reference)]

    def get_context_data(self, **kwargs):
        user, application = self.request.user, self.application
        office = self.is_office()
        decision = getattr(application, "decision", None)
        steps = lifecycle.available_steps(application, user)
        context = super().get_context_data(**kwargs)
        context.update(
            office=office,
            applicant=user.has_perm("subsidies.edit_application", application),
            dossier=user.has_perm("subsidies.download_dossier", application),
            decided=application.phase.decided,
            decision=decision,
            steps=steps,
            step_names={offer.name for offer in steps},
            # A draft that cannot go in yet says what it still needs instead of offering a dead end.
            submit_blockers=lifecycle.submit_blockers(application)
            if lifecycle.may_take(application, user, "submit")
            else [],
            what_next=lifecycle.what_next(application, office=False),
            office_next=lifecycle.what_next(application, office=True),
            own_proposal=office
            and decision is not None
            and not decision.is_confirmed
            and decision.proposed_by_id == user.pk,
            expected=[row for row in application.other_funding.all() if row.kind == OtherFunding.Kind.EXPECTED],
            raised=[row for row in application.other_funding.all() if row.kind == OtherFunding.Kind.ACTUAL],
            final_report=getattr(application, "final_report", None),
            review=getattr(application, "review", None) if user.has_perm("subsidies.see_review", application) else None,
        )
        return context


class StepView(IdempotentPostMixin, ApplicationMixin, View):
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
    """Submits a draft once the applicant has declared it true (the checkbox next to the button)."""

    step = "submit"
    success_message = gettext_lazy("Your application was submitted. You will receive a confirmation by e-mail.")

    def perform(self):
        if self.request.POST.get("declaration") != "yes":
            raise services.StepNotAllowed(
                _("Tick the declaration that the information is true and complete, then submit again.")
            )
        return services.application_submit(application=self.application, by=self.request.user)


class WithdrawView(StepView):
    step = "withdraw"
    service = services.application_withdraw
    success_message = gettext_lazy("Your application was withdrawn.")


class ConfirmView(StepView):
    """Confirms the proposal the confirmer was shown: the button carries its ``proposed_at``."""

    step = "confirm"
    success_message = gettext_lazy("The decision was confirmed and the applicant informed.")

    def perform(self):
        try:
            seen = parse_datetime(self.request.POST.get("proposal", ""))
        except ValueError:  # well-formed but impossible, e.g. month 13
            seen = None
        if seen is None or timezone.is_naive(seen):
            raise services.StepNotAllowed(
                _(
                    "The page did not say which proposed decision you confirm. Open the "
                    "application again and confirm from there."
                )
            )
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


def private_download(handle, filename: str, content_type: str | None = None) -> FileResponse:
    """A private file as a download that no cache keeps."""
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class LetterView(ApplicationMixin, View):
    """The decision or settlement letter (PDF) as it was sent, for the applicant and the office (anyone else: 404).

    A decision confirmed before letters existed (or whose letter could not be made at the time) gets its letter
    made now, once; after that the stored file is served, never made again."""

    permission_required = "subsidies.see_application"

    def get(self, request, *args, kind, **kwargs):
        from subsidies.models import Letter

        if kind not in Letter.Kind.values:
            raise Http404
        letter = self.application.letters.filter(kind=kind).first()
        if letter is None:
            try:
                letter = services.letter_issue(application=self.application, kind=kind)
            except services.StepNotAllowed:
                raise Http404 from None
        try:
            handle = letter.file.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        return private_download(handle, letter.filename, "application/pdf")


class DossierView(ApplicationMixin, View):
    """The whole dossier of an application for the office: a ZIP with the dossier as PDF, the letters as sent and
    every document the applicant uploaded."""

    permission_required = "subsidies.download_dossier"

    def get(self, request, *args, **kwargs):
        from subsidies import letters

        application = Application.objects.for_detail().prefetch_related("letters").get(pk=self.application.pk)
        content = letters.dossier_zip(application)
        return private_download(io.BytesIO(content), f"dossier-{application.reference}.zip", "application/zip")


class AttachmentDeleteView(IdempotentPostMixin, ApplicationMixin, View):
    """Remove a document from a draft (POST only)."""

    http_method_names = ["post"]
    step = "edit"

    def post(self, request, *args, attachment_pk, **kwargs):
        attachment = get_object_or_404(self.application.attachments, pk=attachment_pk)
        try:
            services.attachment_delete(attachment=attachment, by=request.user)
        except services.StepNotAllowed as error:
            return refused(request, error.message, self.application)
        return self.done(_("“{name}” was removed.").format(name=attachment.original_name))


class StepFormView(IdempotentPostMixin, ApplicationMixin, FormView):
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
    step = "review"
    form_class = ReviewForm
    template_name = "subsidies/review_form.html"
    heading = gettext_lazy("Review against the criteria")
    submit_label = gettext_lazy("Save the review")

    def get_scope_queryset(self):
        # The reviewer reads what the applicant wrote next to the criteria.
        return super().get_scope_queryset().for_detail()

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["criteria"] = self.application.scheme.criteria.order_by("order", "pk")
        kwargs["review"] = getattr(self.application, "review", None)
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context["criteria_fields"] = [
            (form[f"met_{criterion.pk}"], form[f"note_{criterion.pk}"]) for criterion in form.criteria
        ]
        return context

    def perform(self, form):
        services.review_save(
            application=self.application,
            by=self.request.user,
            assessments=form.assessments(),
            note=form.cleaned_data["note"],
        )
        return _("The review was saved.")


class ProposeView(StepFormView):
    step = "propose"
    form_class = DecisionForm
    heading = gettext_lazy("Propose a decision")
    submit_label = gettext_lazy("Propose")

    def perform(self, form):
        data = form.cleaned_data
        services.decision_propose(
            application=self.application,
            by=self.request.user,
            outcome=data["outcome"],
            amount=data["amount"],
            motivation=data["motivation"],
        )
        return _("The decision was proposed; another civil servant confirms it.")


class PaymentView(StepFormView):
    step = "pay"
    form_class = PaymentForm
    heading = gettext_lazy("Record a payment")
    submit_label = gettext_lazy("Record the payment")

    def get_initial(self):
        return {"date": timezone.localdate(), "amount": self.application.payable}

    def perform(self, form):
        services.payment_record(
            application=self.application,
            by=self.request.user,
            date=form.cleaned_data["date"],
            amount=form.cleaned_data["amount"],
        )
        return _("The payment was recorded.")


class SettleView(StepFormView):
    step = "settle"
    form_class = SettleForm
    heading = gettext_lazy("Settle the final report")
    submit_label = gettext_lazy("Settle")

    def get_initial(self):
        return {"amount": self.application.granted_amount}

    def perform(self, form):
        services.final_report_settle(
            application=self.application,
            by=self.request.user,
            amount=form.cleaned_data["amount"],
            note=form.cleaned_data["note"],
        )
        services.settlement_notify(application=self.application)
        return _("The definitive amount was settled; the applicant received the settlement letter.")


class FinalReportView(StepFormView):
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
        form.keep_files()  # also when only the funding rows were wrong
        return self.render_to_response(self.get_context_data(form=form, funding=funding))

    def perform(self, form):
        services.final_report_file(
            application=self.application,
            by=self.request.user,
            what_was_done=form.cleaned_data["what_was_done"],
            amount_spent=form.cleaned_data["amount_spent"],
            other_funding=funding_rows(self.funding),
            attachments=form.uploads(),
        )
        return _("Thank you: your final report was filed.")


class QueueView(RoleRequiredMixin, SearchableFilterView):
    """The office's review queue: filters in the URL, age and decision deadline, overdue ones flagged."""

    permission_required = "subsidies.view_queue"
    filterset_class = ApplicationFilter
    template_name = "subsidies/application_list.html"
    crumb_label = gettext_lazy("Subsidies")
    paginate_by = PAGE_SIZE
    ordering = ["submitted_at", "pk"]

    def get_queryset(self):
        return Application.objects.visible_to(self.request.user).in_queue().for_list()

    def get_filterset_kwargs(self, filterset_class):
        # Always bound, so the default (awaiting a decision) applies to the bare URL too.
        kwargs = super().get_filterset_kwargs(filterset_class)
        kwargs["data"] = self.request.GET
        return kwargs

    def get_context_data(self, **kwargs):
        # At the top: the decisions the other civil servant proposed, which wait for this one's confirmation.
        to_confirm = list(
            Application.objects.visible_to(self.request.user)
            .awaiting_confirmation_by(self.request.user)
            .for_list()
            .select_related("decision__proposed_by")
            .order_by("decision__proposed_at", "pk")
        )
        return super().get_context_data(today=timezone.localdate(), to_confirm=to_confirm, **kwargs)


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
        by_year = figures.by_year(counted)
        chart = simple_figure(
            "subsidies-granted-per-year",
            _("Granted per year"),
            _("Total granted per budget year (the definitive amount once settled)."),
            _("Year"),
            Column("total_granted", _("Total granted"), "money"),
            [(row["year"], row["total_granted"]) for row in by_year],
        )
        return super().get_context_data(
            by_scheme=by_scheme,
            by_year=by_year,
            year_chart=chart,
            by_country=countries,
            by_goal=goals,
            form=form,
            year=year,
            **kwargs,
        )


class RegisterView(SearchableFilterView):
    """The public subsidy register: granted subsidies per year, filterable, with their totals (``register``)."""

    filterset_class = register.RegisterFilter
    template_name = "subsidies/register.html"
    crumb_label = gettext_lazy("Subsidies granted")
    paginate_by = 50
    ordering = ["-year", "partner__name", "title", "pk"]

    def get_queryset(self):
        return register.grants()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["totals"] = register.totals(context["filter"].qs)
        context["querystring_export"] = context["querystring"]
        return context


class RegisterExportView(View):
    """The register (with the page's filters) as CSV (UTF-8 with BOM, for Excel) or XLSX: public columns only."""

    def get(self, request, *args, fmt="csv", **kwargs):
        if fmt not in register.CONTENT_TYPES:
            raise Http404
        grants = register.RegisterFilter(request.GET, queryset=register.grants()).qs
        response = HttpResponse(register.export(grants, fmt), content_type=register.CONTENT_TYPES[fmt])
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="subsidieregister-{stamp}.{fmt}"'
        return response
