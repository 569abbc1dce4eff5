"""The work agenda: public lists and pages, and the browser forms of ambassadors and partners."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, FormView, TemplateView, UpdateView, View

from agenda import monitoring
from agenda.filters import ActionFilter
from agenda.forms import (
    ActionForm,
    CloseActionForm,
    LeadMessageForm,
    MonitoringForm,
    ParticipationForm,
    ProgressUpdateForm,
)
from agenda.models import Action, Participation, ParticipationRequest
from agenda.querysets import public_list_ordering
from agenda.services import (
    ActionConflict,
    action_close,
    action_create,
    action_update,
    co_lead_claim,
    invitation_send,
    lead_message_send,
    participation_add,
    participation_remove,
    participation_request_answer,
    update_post,
)
from deventer_intl.idempotency import IdempotentPostMixin
from deventer_intl.ratelimits import RateLimitedFormMixin
from deventer_intl.roles import links
from deventer_intl.views import CrumbsMixin, RoleRequiredMixin, ScopedObjectMixin, SearchableFilterView, crumb
from partners.models import Partner

PAGE_SIZE = 25
#: Saved changes shown on the action page for its editors.
RECENT_HISTORY = 3


def agenda_crumb():
    return crumb(ActionListView.crumb_label, "agenda:list")


class ActionListView(SearchableFilterView):
    """Both lists of the public agenda, filtered and searched, ranked by relevance when searching."""

    filterset_class = ActionFilter
    template_name = "agenda/action_list.html"
    paginate_by = PAGE_SIZE
    crumb_label = gettext_lazy("Work agenda")

    @property
    def ordering(self):
        return public_list_ordering()

    def get_queryset(self):
        return Action.objects.public().for_list()

    def get_filterset_kwargs(self, filterset_class):
        # The office also filters on "no update for 90 days"; the public sees the flag, not the filter.
        kwargs = super().get_filterset_kwargs(filterset_class)
        kwargs["with_stale"] = self.request.user.has_perm("agenda.view_monitoring")
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["today"] = timezone.localdate()
        context["can_add"] = self.request.user.has_perm("agenda.propose_action")
        return context


class ActionObjectMixin(ScopedObjectMixin):
    """An action the user may see (else 404) and may do this page's ``permission_required`` on (else 403)."""

    scope_model = Action
    scope_context_name = "action"

    @property
    def action(self) -> Action:
        return self.scoped_object

    def get_crumbs(self):
        return [agenda_crumb(), crumb(self.action.code, "agenda:detail", pk=self.action.pk)]


class ActionDetailView(ActionObjectMixin, CrumbsMixin, TemplateView):
    """An action with its participants and timeline; what the user may do there is offered inline."""

    permission_required = "agenda.see_action"
    template_name = "agenda/action_detail.html"

    def get_scope_queryset(self):
        return super().get_scope_queryset().for_detail()

    def get_crumbs(self):
        return [agenda_crumb(), crumb(self.action.code)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, action = self.request.user, self.action
        if user.has_perm("agenda.manage_participants", action):
            # Editors see who was asked and has not answered yet, and answer claims to co-lead here.
            context["pending_requests"] = list(
                action.participation_requests.filter(status=ParticipationRequest.Status.PENDING).select_related(
                    "partner"
                )
            )
        context.update(
            updates=action.updates.for_timeline(),
            can_edit=user.has_perm("agenda.edit_action", action),
            can_update=user.has_perm("agenda.post_update", action),
            can_close=user.has_perm("agenda.close_action", action),
            can_join=user.has_perm("agenda.join_action", action),
            own_partner_ids=links(user).partner_ids,
            stale=action.is_stale(),
            # What the action is connected with, through the reverse links (agenda imports neither app).
            linked_relations=action.relations.select_related("country").order_by("counterpart"),
            linked_events=action.events.filter(public=True)
            .select_related("country")
            .prefetch_related("organisers")
            .order_by("-start", "-pk"),
        )
        if context["can_join"]:
            context["join_form"] = ParticipationForm(
                partners=Partner.objects.not_taking_part_in(action).filter(pk__in=links(user).partner_ids)
            )
        if user.has_perm("agenda.view_history", action):
            # Editors see the latest saved changes on the page itself; the history page has them all.
            context["recent_history"] = monitoring.history_entries(action, limit=RECENT_HISTORY)
        return context


class ActionCreateView(IdempotentPostMixin, RoleRequiredMixin, CrumbsMixin, CreateView):
    """A new action, proposed in the browser by an ambassador or civil servant."""

    permission_required = "agenda.propose_action"
    form_class = ActionForm
    template_name = "agenda/action_form.html"

    def get_initial(self):
        initial = {"status": Action.Status.IDEA, "progress": 0}
        held = links(self.request.user)
        if held.sector_id:
            initial["sectors"] = [held.sector_id]
        if len(held.partner_ids) == 1:
            initial["lead_partner"] = next(iter(held.partner_ids))
        initial["lead_person"] = self.request.user.pk
        return initial

    def form_valid(self, form):
        try:
            action = action_create(by=self.request.user, **form.action_values())
        except ValidationError as error:  # the code was taken by someone else meanwhile
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Action {code} was created.").format(code=action.code))
        return HttpResponseRedirect(action.get_absolute_url())

    def get_crumbs(self):
        return [agenda_crumb(), crumb(_("New action"))]


class ActionUpdateView(IdempotentPostMixin, ActionObjectMixin, CrumbsMixin, UpdateView):
    """Edit an action; if someone saved in between, show what they changed and keep this user's edit."""

    permission_required = "agenda.edit_action"
    form_class = ActionForm
    template_name = "agenda/action_form.html"

    def get_object(self, queryset=None):
        return self.action

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Edit"))]

    def form_valid(self, form):
        try:
            action = action_update(
                action=self.action, by=self.request.user, version=form.cleaned_data["version"], **form.action_values()
            )
        except ActionConflict as conflict:
            return self.conflict(form, conflict.current)
        except ValidationError as error:  # the code was taken by someone else meanwhile
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your changes to {code} were saved.").format(code=action.code))
        return HttpResponseRedirect(action.get_absolute_url())

    def conflict(self, form, current: Action):
        """Re-show the newest version with this user's own changes on top, and what the other person changed."""
        changes = monitoring.changes_since(current, form.cleaned_data.get("base_history"))
        rebased, edited, both = ActionForm.rebased(form, current)
        latest = current.history.order_by("-history_id").select_related("history_user").first()
        labels = [rebased.fields[name].label for name in both]
        return self.render_to_response(
            self.get_context_data(
                form=rebased,
                conflict=True,
                conflict_changes=changes,
                conflict_both=labels,
                conflict_by=latest.history_user if latest else None,
            )
        )


class ActionHistoryView(ActionObjectMixin, CrumbsMixin, TemplateView):
    """Every saved change of an action, with who and when (for its editors)."""

    permission_required = "agenda.view_history"
    template_name = "agenda/action_history.html"

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("History"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(entries=monitoring.history_entries(self.action), **kwargs)


class ProgressUpdateCreateView(IdempotentPostMixin, ActionObjectMixin, CrumbsMixin, FormView):
    """Post a progress update: text, and optionally a new status or progress, a photo, a PDF."""

    permission_required = "agenda.post_update"
    form_class = ProgressUpdateForm
    template_name = "agenda/progressupdate_form.html"

    def get_initial(self):
        return {"date": timezone.localdate()}

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Post an update"))]

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            update_post(
                action=self.action,
                by=self.request.user,
                text=data["text"],
                date=data["date"],
                status=data["status"],
                progress=data["progress"],
                image=data["image"],
                attachment=data["attachment"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your update was added to the timeline."))
        return HttpResponseRedirect(self.action.get_absolute_url())


class ActionCloseView(IdempotentPostMixin, ActionObjectMixin, CrumbsMixin, FormView):
    """Close an action as realised or stopped, with a closing note."""

    permission_required = "agenda.close_action"
    form_class = CloseActionForm
    template_name = "agenda/action_close.html"

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Close"))]

    def form_valid(self, form):
        try:
            action_close(
                action=self.action,
                by=self.request.user,
                status=form.cleaned_data["status"],
                text=form.cleaned_data["text"],
            )
        except ValidationError as error:
            form.add_error("status", error)
            return self.form_invalid(form)
        messages.success(self.request, _("{code} was closed.").format(code=self.action.code))
        return HttpResponseRedirect(self.action.get_absolute_url())


class ParticipationCreateView(IdempotentPostMixin, ActionObjectMixin, CrumbsMixin, FormView):
    """Editors invite any partner; a partner representative joins with one of their own organisations."""

    form_class = ParticipationForm
    template_name = "agenda/participation_form.html"

    @cached_property
    def inviting(self) -> bool:
        return self.request.user.has_perm("agenda.manage_participants", self.action)

    def has_permission(self):
        user = self.request.user
        return self.inviting or user.has_perm("agenda.join_action", self.action)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        # Editors invite any partner; a representative joins with one of their own organisations.
        partners = Partner.objects.not_taking_part_in(self.action)
        kwargs["partners"] = partners if self.inviting else partners.filter(pk__in=links(self.request.user).partner_ids)
        return kwargs

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Invite a partner") if self.inviting else _("Take part"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(inviting=self.inviting, **kwargs)

    def form_valid(self, form):
        partner, role, user = form.cleaned_data["partner"], form.cleaned_data["role"], self.request.user
        # An editor invites a partner that has a representative on the portal (who accepts or declines) and adds
        # one without; a representative joins at once, or asks the lead to approve a claim to co-lead.
        try:
            if self.inviting and partner.representatives.exists():
                invitation_send(action=self.action, partner=partner, role=role, by=user)
                message = _("{partner} was invited; its representatives accept or decline.")
            elif not self.inviting and role == Participation.Role.CO_LEAD:
                co_lead_claim(action=self.action, partner=partner, by=user)
                message = _("Your request to co-lead was sent to the lead of {code}, who approves or declines it.")
            else:
                participation_add(action=self.action, partner=partner, role=role, by=user)
                message = _("{partner} takes part in {code}.")
        except ValidationError as error:
            form.add_error("partner", error)
            return self.form_invalid(form)
        messages.success(self.request, message.format(partner=partner, code=self.action.code))
        return HttpResponseRedirect(self.action.get_absolute_url())


class ParticipationRequestAnswerView(IdempotentPostMixin, RoleRequiredMixin, View):
    """Accept or decline an invitation (a representative of the partner) or a claim to co-lead (the action's
    editors); POST only. A request the user may not see is a 404."""

    permission_required = "agenda.answer_participation_request"

    @cached_property
    def participation_request(self) -> ParticipationRequest:
        visible = Action.objects.visible_to(self.request.user)
        return get_object_or_404(
            ParticipationRequest.objects.select_related("action", "partner").filter(action__in=visible),
            pk=self.kwargs["request_pk"],
            action_id=self.kwargs["pk"],
        )

    def get_permission_object(self):
        return self.participation_request

    def post(self, request, *args, answer, **kwargs):
        if answer not in ("ja", "nee"):
            raise Http404
        asked = self.participation_request
        try:
            participation_request_answer(request=asked, by=request.user, accept=answer == "ja")
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                (
                    _("{partner} takes part in {code}.") if answer == "ja" else _("You declined: {partner} for {code}.")
                ).format(partner=asked.partner, code=asked.action.code),
            )
        if asked.kind == ParticipationRequest.Kind.INVITATION:
            return HttpResponseRedirect(reverse("my-organisation"))
        return HttpResponseRedirect(asked.action.get_absolute_url())


class ParticipationDeleteView(IdempotentPostMixin, ActionObjectMixin, CrumbsMixin, TemplateView):
    """Remove a participant (editors), or leave an action (a representative of that partner)."""

    template_name = "agenda/participation_confirm_delete.html"

    @cached_property
    def participation(self) -> Participation:
        return get_object_or_404(
            self.action.participations.select_related("partner"), pk=self.kwargs["participation_pk"]
        )

    permission_required = "agenda.remove_participation"

    def get_permission_object(self):
        return self.participation

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Remove participant"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(participation=self.participation, **kwargs)

    def post(self, request, *args, **kwargs):
        participation = self.participation
        participation_remove(participation=participation, by=request.user)
        messages.success(
            request,
            _("{partner} no longer takes part in {code}.").format(partner=participation.partner, code=self.action.code),
        )
        return HttpResponseRedirect(self.action.get_absolute_url())


class UpdateFileView(ActionObjectMixin, View):
    """A progress update's photo or PDF, streamed to those who may see the action (files live in private storage)."""

    permission_required = "agenda.see_action"

    def get(self, request, *args, update_pk, kind, **kwargs):
        update = get_object_or_404(self.action.updates, pk=update_pk)
        stored = {"foto": update.image, "bijlage": update.attachment}.get(kind)
        if not stored:
            raise Http404
        response = FileResponse(
            stored.open("rb"), as_attachment=kind == "bijlage", filename=stored.name.rsplit("/", 1)[-1]
        )
        response["Cache-Control"] = "private, max-age=3600"
        return response


class LeadMessageView(IdempotentPostMixin, RateLimitedFormMixin, ActionObjectMixin, CrumbsMixin, FormView):
    """A visitor writes to the lead of a public action; the lead's address stays hidden (rate-limited per client,
    and a double submit sends one message)."""

    rate_limit_group = "lead-message"

    permission_required = "agenda.see_action"
    form_class = LeadMessageForm
    template_name = "agenda/lead_message_form.html"

    def get_initial(self):
        user = self.request.user
        if user.is_authenticated:
            return {"name": user.get_full_name(), "email": user.email}
        return {}

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Message to the lead"))]

    def form_valid(self, form):
        lead_message_send(
            action=self.action,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            message=form.cleaned_data["message"],
        )
        messages.success(self.request, _("Your message was sent to the lead of {code}.").format(code=self.action.code))
        return HttpResponseRedirect(self.action.get_absolute_url())


class MyAgendaView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """What I lead, what my organisations take part in, and what I may edit."""

    permission_required = "agenda.view_my_agenda"
    template_name = "agenda/my_agenda.html"

    def get_crumbs(self):
        return [crumb(_("My portal"), "profile"), crumb(_("My agenda"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(monitoring.my_agenda(self.request.user))
        context["today"] = timezone.localdate()
        context["can_add"] = self.request.user.has_perm("agenda.propose_action")
        return context


class MonitoringView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """Progress of the agenda for the office: counts by status per list, sector and chapter; stale actions."""

    permission_required = "agenda.view_monitoring"
    template_name = "agenda/monitoring.html"

    def get_crumbs(self):
        return [agenda_crumb(), crumb(_("Monitoring"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        asked = MonitoringForm(self.request.GET)
        as_of = asked.cleaned_data["as_of"] if asked.is_valid() else None
        context.update(monitoring.figures(asked.cleaned_data.get("period"), as_of=as_of))
        # The form shows the period and the date the figures are for.
        period = context["period"]
        context["form"] = MonitoringForm(
            initial={"period": period.name if period else None, "as_of": as_of}, periods=context["periods"]
        )
        context["as_of"] = as_of
        return context


class MonitoringExportView(RoleRequiredMixin, View):
    """The agenda as a spreadsheet (CSV or XLSX) for the office, with status, progress and stale flag."""

    permission_required = "agenda.view_monitoring"

    def get(self, request, *args, fmt="csv", **kwargs):
        if fmt not in ("csv", "xlsx"):
            raise Http404
        period_name = request.GET.get("period")
        if fmt == "csv":
            # Streamed: 20,000 rows never sit in memory at once, and the download starts at once.
            rows = monitoring.export_csv(period_name=period_name)
            response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
        else:
            content, content_type = monitoring.export(fmt=fmt, period_name=period_name)
            response = HttpResponse(content, content_type=content_type)
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="werkagenda-{stamp}.{fmt}"'
        return response
