"""Events: public lists, calendar, iCal feeds and pages; registration; the organisers' forms and figures."""

from __future__ import annotations

import calendar as month_calendar
import datetime
import hashlib
from types import SimpleNamespace
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import condition, require_safe
from django.views.generic import CreateView, FormView, TemplateView, UpdateView, View

from agenda.models import Action
from deventer_intl.charts import Column, simple_figure
from deventer_intl.idempotency import IdempotentPostMixin
from deventer_intl.ratelimits import over_limit, too_many_requests
from deventer_intl.views import CrumbsMixin, RoleRequiredMixin, ScopedObjectMixin, SearchableFilterView, crumb
from events import feeds, figures, ical, resources
from events.filters import EventFilter
from events.forms import AttendanceForm, EventForm, RegistrationForm
from events.models import Event, Registration
from events.services import (
    LINKS,
    EventConflict,
    attendance_record,
    cancel_token,
    checkin_set,
    event_create,
    event_delete,
    event_update,
    registration_cancel,
    registration_create,
    registration_from_token,
    walk_in_add,
)

PAGE_SIZE = 25
MY_PAST_PAGE_SIZE = 10
HISTORY_SHOWN = 10


def events_crumb():
    return crumb(gettext_lazy("Events"), "events:list")


def base_url(request) -> str:
    """The site's scheme and host, for absolute links in feeds and e-mails."""
    return request.build_absolute_uri("/").rstrip("/")


class EventListView(SearchableFilterView):
    """Upcoming public events, filtered and searched; soonest first."""

    filterset_class = EventFilter
    template_name = "events/event_list.html"
    paginate_by = PAGE_SIZE
    ordering = ["start", "pk"]
    past = False

    def get_queryset(self):
        events = Event.objects.public().for_list()
        return events.past() if self.past else events.upcoming()

    def get_crumbs(self):
        return [crumb(_("Past events"))] if self.past else [crumb(_("Events"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["past"] = self.past
        context["can_add"] = self.request.user.has_perm("events.propose_event")
        # The list's twin: the same filters (the filled-in ones), every page, as iCalendar.
        filters = self.request.GET.copy()
        for key in [key for key, value in filters.items() if key == "page" or not value]:
            filters.pop(key)
        context["ics_url"] = reverse("events:feed") + (f"?{filters.urlencode()}" if filters else "")
        if not self.past and context["paginator"].count == 0 and filters:
            # Nothing coming: say whether the same search finds past events (one query, only then).
            past = EventFilter(self.request.GET, queryset=Event.objects.public().past(), request=self.request)
            context["past_matches"] = past.qs.count() if past.is_valid() else 0
            context["past_url"] = reverse("events:past") + f"?{filters.urlencode()}"
        return context


class PastEventListView(EventListView):
    """Past public events, latest first."""

    ordering = ["-start", "-pk"]
    past = True


class CalendarView(CrumbsMixin, TemplateView):
    """A month of public events, day by day; previous and next month are plain links."""

    template_name = "events/event_calendar.html"

    def get_month(self) -> tuple[int, int]:
        if "year" in self.kwargs:
            year, month = self.kwargs["year"], self.kwargs["month"]
            if not (1900 <= year <= 2200 and 1 <= month <= 12):
                raise Http404
            return year, month
        today = timezone.localdate()
        return today.year, today.month

    def get_crumbs(self):
        return [events_crumb(), crumb(_("Calendar"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year, month = self.get_month()
        zone = timezone.get_current_timezone()
        first = datetime.date(year, month, 1)
        days_in_month = month_calendar.monthrange(year, month)[1]
        after = first + datetime.timedelta(days=days_in_month)
        start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
        end = datetime.datetime.combine(after, datetime.time.min, tzinfo=zone)
        events = list(Event.objects.public().overlapping(start, end).for_list().order_by("start", "pk"))
        days = []
        shown = set()
        for number in range(days_in_month):
            day = first + datetime.timedelta(days=number)
            day_start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
            day_end = day_start + datetime.timedelta(days=1)
            # An event of several days is listed once: on its first day in this month, with its span.
            on_day = [
                event for event in events if event.pk not in shown and event.start < day_end and event.end >= day_start
            ]
            shown.update(event.pk for event in on_day)
            if on_day:
                days.append({"date": day, "events": on_day})
        previous = first - datetime.timedelta(days=1)
        context.update(
            month_start=first,
            days=days,
            event_count=len(events),
            previous={"year": previous.year, "month": previous.month, "date": previous.replace(day=1)},
            next={"year": after.year, "month": after.month, "date": after},
        )
        if not events:
            # An empty month points to the next public event after it, if any.
            context["next_event"] = (
                Event.objects.public()
                .filter(start__gte=end)
                .order_by("start", "pk")
                .only("pk", "slug", "title", "start", "end", "all_day")
                .first()
            )
        return context


class EventObjectMixin(ScopedObjectMixin):
    """An event the user may see (else 404) and may do this page's ``permission_required`` on (else 403)."""

    scope_model = Event
    scope_lookup = "slug"
    scope_context_name = "event"

    @property
    def event(self) -> Event:
        return self.scoped_object

    def get_crumbs(self):
        return [events_crumb(), crumb(self.event.title, "events:detail", slug=self.event.slug)]


class EventDetailView(EventObjectMixin, CrumbsMixin, TemplateView):
    """An event with its organisers, related actions, festival or series, registration and "add to calendar"."""

    permission_required = "events.see_event"
    template_name = "events/event_detail.html"

    def get_scope_queryset(self):
        return super().get_scope_queryset().for_detail()

    def get_crumbs(self):
        return [events_crumb(), crumb(self.event.title)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, event = self.request.user, self.event
        can_edit = user.has_perm("events.edit_event", event)
        sub_events = Event.objects.visible_to(user).filter(parent=event).for_list().order_by("start", "pk")
        context.update(
            can_edit=can_edit,
            sub_events=sub_events,
            series_events=(
                Event.objects.public().filter(series_id=event.series_id).exclude(pk=event.pk).order_by("-start")[:10]
                if event.series_id
                else []
            ),
            # The agenda's own rule: a non-public action is shown to those who may see it, not to every editor.
            actions=Action.objects.visible_to(user).filter(events=event).only("pk", "code", "title"),
            parent=event.parent if event.parent and user.has_perm("events.see_event", event.parent) else None,
            past=event.is_past(),
            started=event.start <= timezone.now(),
        )
        if event.registration_required:
            counts = event.registrations.counts()
            context["places_left"] = max(event.capacity - counts["confirmed"], 0)
            context["registration_counts"] = counts
            mine = (
                event.registrations.live().filter(email__iexact=user.email).order_by("created", "pk").first()
                if user.is_authenticated and user.email
                else None
            )
            if mine is not None:
                # Registered already: say so, with the way to cancel, instead of the form again.
                context["my_registration"] = mine
                context["my_cancel_url"] = reverse("events:cancel", kwargs={"token": cancel_token(mine)})
            elif user.has_perm("events.register", event):
                context["registration_form"] = kwargs.get("registration_form") or RegistrationForm(
                    initial={"name": user.get_full_name(), "email": user.email} if user.is_authenticated else None
                )
        if can_edit:
            context["history"] = fold_history(
                event.history.select_related("history_user").order_by("-history_date")[: HISTORY_SHOWN * 5]
            )[:HISTORY_SHOWN]
        return context


def fold_history(entries) -> list[SimpleNamespace]:
    """History lines, newest first; changes by one person within an hour of each other become one line."""
    lines: list[SimpleNamespace] = []
    for entry in entries:
        last = lines[-1] if lines else None
        if (
            last
            and entry.history_type == "~"
            and last.history_type == "~"
            and last.history_user_id == entry.history_user_id
            and last.first - entry.history_date < datetime.timedelta(hours=1)
        ):
            last.first, last.count = entry.history_date, last.count + 1
            continue
        lines.append(
            SimpleNamespace(
                history_date=entry.history_date,
                first=entry.history_date,
                count=1,
                history_type=entry.history_type,
                history_user=entry.history_user,
                history_user_id=entry.history_user_id,
            )
        )
    return lines


class EventRegisterView(IdempotentPostMixin, EventDetailView):
    """POST a registration from the event page; errors are shown on the event page itself."""

    permission_required = "events.register"

    def get(self, request, *args, **kwargs):
        return HttpResponseRedirect(self.event.get_absolute_url() + "#register")

    def handle_no_permission(self):
        # The event is visible (else 404 already): registration is closed, or the event has none. Logging
        # in would not change that, so say it on the event page instead of sending a visitor to the login.
        if self.request.method == "POST":
            messages.error(self.request, _("Registration for this event is closed."))
        return HttpResponseRedirect(self.event.get_absolute_url())

    def post(self, request, *args, **kwargs):
        form = RegistrationForm(request.POST)
        if form.is_valid():
            seconds = over_limit(request, "registration")
            if seconds is not None:
                return too_many_requests(request, seconds)
            try:
                registration = registration_create(
                    event=self.event,
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    language=translation.get_language() or "nl",
                    base_url=base_url(request),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if registration.status == Registration.Status.WAITING:
                    messages.info(
                        request,
                        _("All places are taken: you are on the waiting list. We sent an e-mail to {email}.").format(
                            email=registration.email
                        ),
                    )
                else:
                    messages.success(
                        request,
                        _("You are registered. We sent a confirmation with a link to cancel to {email}.").format(
                            email=registration.email
                        ),
                    )
                # The registration itself, not the empty form again: with "add to my calendar" and the way to cancel.
                return HttpResponseRedirect(
                    reverse("events:registration", kwargs={"token": cancel_token(registration)})
                )
        return self.render_to_response(self.get_context_data(registration_form=form), status=400)


class RegistrationView(CrumbsMixin, TemplateView):
    """A registration as its visitor sees it right after registering (and from the e-mail's link): the event, the
    status, "add to my calendar" and the way to cancel. No login; the signed token is the key."""

    template_name = "events/registration_detail.html"

    @cached_property
    def registration(self) -> Registration:
        pk = registration_from_token(self.kwargs["token"])
        if pk is None:
            raise Http404
        return get_object_or_404(Registration.objects.select_related("event"), pk=pk)

    def get_crumbs(self):
        event = self.registration.event
        return [events_crumb(), crumb(event.title, "events:detail", slug=event.slug), crumb(_("Your registration"))]

    def get_context_data(self, **kwargs):
        # The URL's token is in the context already (TemplateView passes the URL's keywords).
        return super().get_context_data(registration=self.registration, event=self.registration.event, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["Cache-Control"] = "private, no-store"  # a name and an address: never in a shared cache
        return response


class RegistrationCancelView(IdempotentPostMixin, CrumbsMixin, TemplateView):
    """The link in the confirmation e-mail: GET asks, POST cancels (no login; the signed token is the key)."""

    template_name = "events/registration_cancel.html"

    @cached_property
    def registration(self) -> Registration:
        pk = registration_from_token(self.kwargs["token"])
        if pk is None:
            raise Http404
        return get_object_or_404(Registration.objects.select_related("event"), pk=pk)

    def get_crumbs(self):
        return [events_crumb(), crumb(_("Cancel registration"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(registration=self.registration, event=self.registration.event, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.registration.event.is_past():
            return self.expired()
        return super().get(request, *args, **kwargs)

    def expired(self):
        """The link expires when the event has ended: there is nothing left to cancel (410, nothing changed)."""
        return self.render_to_response(self.get_context_data(expired=True), status=410)

    def post(self, request, *args, **kwargs):
        registration = self.registration
        if registration.event.is_past():
            return self.expired()
        if registration.status != Registration.Status.CANCELLED:
            registration_cancel(registration=registration, base_url=base_url(request))
        messages.success(
            request, _("Your registration for {title} is cancelled.").format(title=registration.event.title)
        )
        return HttpResponseRedirect(reverse("events:list"))


def _feed(request) -> feeds.Feed:
    """The feed this request's filters select, read once per request (the ETag and the body both need it)."""
    if not hasattr(request, "events_feed"):
        request.events_feed = feeds.public_feed(request.GET)
    return request.events_feed


def _feed_key(request) -> str:
    """The feed's version as this request renders it: its language and host are in the body too."""
    return hashlib.sha256(
        f"{translation.get_language()}|{request.get_host()}|{_feed(request).version}".encode()
    ).hexdigest()


def _feed_etag(request) -> str:
    return f'"{_feed_key(request)[:32]}"'


@require_safe
@cache_control(public=True, max_age=300)
@condition(etag_func=_feed_etag)
def feed(request):
    """All public events (past and coming) matching the list's filters, as an iCalendar feed.

    Building the whole feed costs seconds at tens of thousands of events, and calendar apps poll it. So
    the feed's version (events/feeds.py, one aggregate query) names it: a client that has it gets 304
    (``condition()``; weak validators match too), and each version is built once, by one process behind a lock
    in the shared cache, and kept there. No Last-Modified: a deleted event leaves the latest change as it was, only the ETag moves.
    """
    body = feeds.body(
        _feed(request),
        key=f"events:feed:{_feed_key(request)}",
        name=_("Events – International Office Deventer"),
        base_url=base_url(request),
        host=request.get_host().split(":")[0],
    )
    return ics_response(body, "evenementen.ics")


class EventIcsView(EventObjectMixin, View):
    """One event as an .ics file ("add to calendar")."""

    permission_required = "events.see_event"

    def get(self, request, *args, **kwargs):
        body = ical.calendar(
            [self.event], name=self.event.title, base_url=base_url(request), host=request.get_host().split(":")[0]
        )
        return ics_response(body, f"{self.event.slug}.ics")


def ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_details(form: EventForm) -> dict:
    """The valid form's values as the services take them: plain values, the links as lists."""
    details = {name: form.cleaned_data[name] for name in EventForm.Meta.fields}
    return {name: list(value) if name in LINKS else value for name, value in details.items()}


class EventCreateView(IdempotentPostMixin, RoleRequiredMixin, CrumbsMixin, CreateView):
    """A new event, added in the browser by an ambassador, civil servant or partner representative."""

    permission_required = "events.propose_event"
    form_class = EventForm
    template_name = "events/event_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        event = event_create(by=self.request.user, image=form.cleaned_data["image_upload"], **event_details(form))
        messages.success(self.request, _("The event {title} was created.").format(title=event.title))
        return HttpResponseRedirect(event.get_absolute_url())

    def get_crumbs(self):
        return [events_crumb(), crumb(_("New event"))]


class EventUpdateView(IdempotentPostMixin, EventObjectMixin, CrumbsMixin, UpdateView):
    """Edit an event; a save over someone else's newer save is refused and the newest version shown."""

    permission_required = "events.edit_event"
    form_class = EventForm
    template_name = "events/event_form.html"

    def get_object(self, queryset=None):
        return self.event

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Edit"))]

    def form_valid(self, form):
        try:
            event = event_update(
                event=self.event,
                by=self.request.user,
                version=form.cleaned_data["version"],
                base_url=base_url(self.request),
                image=form.cleaned_data["image_upload"],
                **event_details(form),
            )
        except EventConflict:
            fresh = EventForm(instance=Event.objects.get(pk=self.event.pk), user=self.request.user)
            messages.error(
                self.request,
                _(
                    "Someone else saved this event after you opened the form. Nothing of "
                    "yours was saved; the form now shows the newest version: make your "
                    "changes again."
                ),
            )
            return self.render_to_response(self.get_context_data(form=fresh), status=409)
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Your changes to {title} were saved.").format(title=event.title))
        return HttpResponseRedirect(event.get_absolute_url())


class EventDeleteView(IdempotentPostMixin, EventObjectMixin, CrumbsMixin, TemplateView):
    """Delete an event after confirmation; the history keeps it."""

    permission_required = "events.remove_event"
    template_name = "events/event_confirm_delete.html"

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Delete"))]

    def get_context_data(self, **kwargs):
        told = 0 if self.event.is_past() else self.event.registrations.live().count()
        return super().get_context_data(registrants_told=told, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            event_delete(event=self.event, by=request.user)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return HttpResponseRedirect(self.event.get_absolute_url())
        messages.success(request, _("The event {title} was deleted.").format(title=self.event.title))
        return HttpResponseRedirect(reverse("events:mine"))


class RegistrationListView(EventObjectMixin, CrumbsMixin, TemplateView):
    """Who registered (names and addresses): for the event's organisers only."""

    permission_required = "events.see_registrations"
    template_name = "events/registration_list.html"

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Registrations"))]

    def get_context_data(self, **kwargs):
        registrations = list(self.event.registrations.order_by("status", "created", "pk"))
        return super().get_context_data(
            registrations=registrations,
            counts=self.event.registrations.counts(),
            started=self.event.start <= timezone.now(),
            **kwargs,
        )


class RegistrationExportView(EventObjectMixin, View):
    """The registrations as CSV or XLSX, for the event's organisers."""

    permission_required = "events.see_registrations"

    def get(self, request, *args, fmt, **kwargs):
        if fmt not in ("csv", "xlsx"):
            raise Http404
        content, content_type = resources.registrations_export(self.event, fmt=fmt)
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="aanmeldingen-{self.event.slug}.{fmt}"'
        response["Cache-Control"] = "private, no-store"
        return response


class AttendanceView(IdempotentPostMixin, EventObjectMixin, CrumbsMixin, FormView):
    """After the event: the number of visitors, and which registrants came."""

    permission_required = "events.record_attendance"
    form_class = AttendanceForm
    template_name = "events/attendance_form.html"

    @cached_property
    def confirmed(self) -> list[Registration]:
        return list(self.event.registrations.filter(status=Registration.Status.CONFIRMED).order_by("name", "pk"))

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "registrations": self.confirmed}

    def get_initial(self):
        present = [str(item.pk) for item in self.confirmed if item.checked_in]
        return {"actual_visitors": self.event.actual_visitors, "present": present}

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Attendance"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(started=self.event.start <= timezone.now(), **kwargs)

    def form_valid(self, form):
        attendance_record(
            event=self.event,
            by=self.request.user,
            actual_visitors=form.cleaned_data["actual_visitors"],
            present_ids=form.cleaned_data["present"],
        )
        messages.success(self.request, _("The attendance of {title} was saved.").format(title=self.event.title))
        return HttpResponseRedirect(self.event.get_absolute_url())


class CheckInView(EventObjectMixin, CrumbsMixin, TemplateView):
    """At the door, on a phone: every confirmed registrant is on the page (so it works for a moment without a
    connection), a search box narrows the list, "Arrived" checks one in, a counter adds walk-ins; the event's
    visitor count follows. Works without JavaScript (forms and a GET search); static/js/checkin.js filters as you
    type and queues taps while offline, sending them when the connection is back (they ask for JSON)."""

    permission_required = "events.record_attendance"
    template_name = "events/checkin.html"

    def get_crumbs(self):
        return [*super().get_crumbs(), crumb(_("Check-in"))]

    def get_context_data(self, **kwargs):
        registrations = self.event.registrations.filter(status=Registration.Status.CONFIRMED).order_by("name", "pk")
        query = " ".join(self.request.GET.get("q", "").split())[:100]
        shown = [r for r in registrations if query.casefold() in r.name.casefold()] if query else list(registrations)
        arrived = sum(1 for r in registrations if r.checked_in)
        return super().get_context_data(
            registrations=shown, query=query, arrived=arrived, total=len(registrations), **kwargs
        )

    def post(self, request, *args, **kwargs):
        try:
            if "walk_in" in request.POST:
                count = {"+1": 1, "-1": -1}.get(request.POST["walk_in"])
                if count is None:
                    raise ValidationError(_("Unknown counter step."))
                event = walk_in_add(event=self.event, by=request.user, count=count)
            else:
                registration = get_object_or_404(self.event.registrations, pk=request.POST.get("registration") or 0)
                event = checkin_set(
                    registration=registration, by=request.user, arrived=request.POST.get("arrived") != "0"
                )
        except (ValidationError, ValueError) as error:
            message = " ".join(getattr(error, "messages", [str(error)]))
            if "application/json" in request.headers.get("Accept", ""):
                return JsonResponse({"error": message}, status=400)
            messages.error(request, message)
            return HttpResponseRedirect(request.path)
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"walk_ins": event.walk_ins, "visitors": event.actual_visitors})
        query = request.POST.get("q", "")
        return HttpResponseRedirect(request.path + (f"?{urlencode({'q': query})}" if query else ""))


class MyEventsView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """The events I may edit, coming and past."""

    permission_required = "events.view_my_events"
    template_name = "events/my_events.html"

    def get_crumbs(self):
        return [crumb(_("My portal"), "profile"), crumb(_("My events"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        mine = Event.objects.editable_by(user).for_list()
        context["upcoming"] = mine.upcoming().order_by("start", "pk")[:100]
        # Past events a page at a time: the office may edit every event, so this list only grows.
        context["page_obj"] = Paginator(mine.past().order_by("-start", "-pk"), MY_PAST_PAGE_SIZE).get_page(
            self.request.GET.get("page")
        )
        context["past"] = context["page_obj"].object_list
        context["can_add"] = user.has_perm("events.propose_event")
        # "You may edit every event" is true for office staff only; an ambassador edits their own and their sector's.
        context["office"] = user.has_perm("deventer_intl.is_office_staff")
        # The events I registered for myself (by my e-mail address), still to come.
        context["registered"] = (
            Registration.objects.live()
            .filter(email__iexact=user.email, event__end__gte=timezone.now())
            .select_related("event")
            .order_by("event__start", "pk")
            if user.email
            else []
        )
        return context


class FiguresView(RoleRequiredMixin, CrumbsMixin, TemplateView):
    """Visitor figures per year, kind and series, for the office and the council's report."""

    permission_required = "events.view_figures"
    template_name = "events/figures.html"

    def get_crumbs(self):
        return [events_crumb(), crumb(_("Visitor figures"))]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(per_year=figures.per_year(), per_kind=figures.per_kind(), per_series=figures.per_series())
        visitors = Column("visitors", _("Visitors"))
        context["year_chart"] = simple_figure(
            "events-visitors-per-year",
            _("Visitors per year"),
            _("Recorded visitors of every event, per calendar year."),
            _("Year"),
            visitors,
            [(row["year"], row["visitors"]) for row in context["per_year"]],
        )
        context["kind_chart"] = simple_figure(
            "events-visitors-per-kind",
            _("Visitors per kind"),
            _("Recorded visitors of every event, per kind of event."),
            _("Kind of event"),
            visitors,
            [(str(row["label"]).capitalize(), row["visitors"]) for row in context["per_kind"]],
        )
        context["festivals"] = (
            Event.objects.filter(kind=Event.Kind.FESTIVAL, sub_events__isnull=False)
            .distinct()
            .with_visitors()
            .order_by("-start")[:20]
        )
        return context
