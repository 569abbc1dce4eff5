"""Writes on the work agenda: each one atomic, with who did it recorded in the history."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict

from concurrency.exceptions import RecordModifiedError
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from agenda import notifications
from agenda.models import Action, Participation, ParticipationRequest, PolicyPeriod, ProgressUpdate
from deventer_intl.history import by_user

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from typing_extensions import Unpack

    from agenda.models import Chapter
    from partners.models import Country, GlobalGoal, Partner, Sector


class ActionConflict(Exception):
    """Someone saved the action after the editor opened the form; nothing was written."""

    def __init__(self, current: Action):
        super().__init__(f"action {current.pk} was changed by someone else")
        self.current = current


def implied_progress(*, status: str, progress: int | None, current: int) -> int:
    """The progress that goes with a status: realised is 100 %, a new idea 0 %, else what was asked or kept."""
    if status in Action.STATUS_PROGRESS and (progress is None or status == Action.Status.REALISED):
        return Action.STATUS_PROGRESS[status]
    return current if progress is None else progress


class ActionValues(TypedDict, total=False):
    """What an editor sets on an action (the fields of the action form): its own fields, and its
    many-to-many fields as lists."""

    period: PolicyPeriod
    chapter: Chapter | None
    list: str
    code: str
    title: str
    description: str
    status: str
    progress: int
    lead_partner: Partner | None
    lead_person: AbstractBaseUser | None
    municipality_role: str
    start_date: datetime.date | None
    end_date: datetime.date | None
    public: bool
    editors: Iterable[AbstractBaseUser]
    sectors: Iterable[Sector]
    global_goals: Iterable[GlobalGoal]
    countries: Iterable[Country]


#: The many-to-many fields among ``ActionValues``: set after the action is saved.
RELATED_VALUES = ("editors", "sectors", "global_goals", "countries")


def _action_save(action: Action, *, by, values: dict) -> Action:
    """Set ``values`` on ``action`` and save it with ``by`` as the author of its history row."""
    unknown = values.keys() - ActionValues.__annotations__.keys()
    if unknown:
        raise TypeError(f"not a field of an action: {', '.join(sorted(unknown))}")
    related = {name: values.pop(name) for name in RELATED_VALUES if name in values}
    for name, value in values.items():
        setattr(action, name, value)
    try:
        # A savepoint: the form checked the code was free, but someone may have saved it since (a race).
        with transaction.atomic():
            by_user(action, by).save()
    except IntegrityError as error:
        if getattr(getattr(error.__cause__, "diag", None), "constraint_name", None) != "action_unique_code_per_period":
            raise
        raise ValidationError(
            {
                "code": _("Another action of {period} already has the code {code}.").format(
                    period=action.period.name, code=action.code
                )
            },
            code="duplicate_code",
        ) from None
    for name, items in related.items():
        getattr(action, name).set(items)
    return action


@transaction.atomic
def realised_too_early(*, status: str, start_date: datetime.date | None, today: datetime.date | None = None) -> str:
    """Why an action cannot have ``status`` yet ("" when it can): nothing is realised before it starts."""
    today = today or timezone.localdate()
    if status == Action.Status.REALISED and start_date is not None and start_date > today:
        return _("An action that starts on {date} cannot be realised yet.").format(date=formats.date_format(start_date))
    return ""


def _assign_code(values: dict) -> None:
    """Give an action without a code the next free number on its list in its period.

    The period's row is locked, so two actions created at the same moment get different numbers.
    """
    if values.get("code") or values.get("period") is None:
        return
    PolicyPeriod.objects.select_for_update().filter(pk=values["period"].pk).first()
    values["code"] = Action.objects.next_codes(values["period"])[values.get("list") or Action.List.A]


@transaction.atomic
def action_create(*, by, on: datetime.date | None = None, **values: Unpack[ActionValues]) -> Action:
    """Create an action; whoever creates it leads it unless ``lead_person`` names someone else.

    Without a code it gets the next free number on its list (``_assign_code``). ``on`` is the day it was
    proposed (today unless the demo or an import says otherwise): the stale flag counts from it until the
    first progress update.
    """
    if values.get("lead_person") is None:
        values["lead_person"] = by
    _assign_code(values)
    return _action_save(Action(last_update_on=on or timezone.localdate()), by=by, values=values)


def action_update(*, action: Action, by, version: int, **values: Unpack[ActionValues]) -> Action:
    """Save an edit made on ``version`` of the action, unless the action changed since (then ActionConflict)."""
    try:
        with transaction.atomic():
            # The version the editor started from: django-concurrency's UPDATE matches on it.
            action.version = version
            _assign_code(values)
            return _action_save(action, by=by, values=values)
    except RecordModifiedError:
        raise ActionConflict(Action.objects.get(pk=action.pk)) from None


@transaction.atomic
def update_post(
    *,
    action: Action,
    by,
    text: str,
    date: datetime.date | None = None,
    status: str = "",
    progress: int | None = None,
    image=None,
    attachment=None,
) -> ProgressUpdate:
    """Add a progress update to the timeline and move the action's status and progress with it."""
    locked = Action.objects.select_for_update().get(pk=action.pk)
    date = date or timezone.localdate()
    if status == Action.Status.REALISED and progress not in (None, 100):
        raise ValidationError(_("A realised action is at 100%."), code="realised_not_100")
    if too_early := realised_too_early(status=status, start_date=locked.start_date):
        raise ValidationError(too_early, code="realised_before_start")
    update = ProgressUpdate(
        action=locked,
        author=by,
        text=text,
        date=date,
        status=status or "",
        progress=progress,
        image=image or "",
        attachment=attachment or "",
    )
    by_user(update, by)
    update.full_clean()
    update.save()
    new_status = status or locked.status
    new_progress = (
        implied_progress(status=new_status, progress=progress, current=locked.progress)
        if (status or progress is not None)
        else locked.progress
    )
    last = max(locked.last_update_on, date)
    if (new_status, new_progress) != (locked.status, locked.progress):
        locked.status, locked.progress, locked.last_update_on = new_status, new_progress, last
        by_user(locked, by)
        locked.save()
    else:
        # Only the date of the latest update moves: no new version, so nobody's open edit form conflicts.
        Action.objects.filter(pk=locked.pk).update(last_update_on=last)
    return update


def action_close(*, action: Action, by, status: str, text: str) -> ProgressUpdate:
    """Close an action as realised or stopped, with a closing note on its timeline."""
    if status not in (Action.Status.REALISED, Action.Status.STOPPED):
        raise ValidationError(_("An action is closed as realised or as stopped."), code="close_status")
    return update_post(action=action, by=by, text=text, status=status)


def participation_add(*, action: Action, partner, role: str, by) -> Participation:
    """Let ``partner`` take part in ``action``; a partner takes part once, and the lead partner leads already."""
    if action.lead_partner_id == partner.pk:
        raise ValidationError(_("{partner} already leads this action.").format(partner=partner), code="is_lead")
    participation = Participation(action=action, partner=partner, role=role, added_by=by)
    by_user(participation, by)
    try:
        with transaction.atomic():
            participation.save()
    except IntegrityError:
        raise ValidationError(
            _("{partner} already takes part in this action.").format(partner=partner), code="duplicate"
        ) from None
    notifications.lead_told_of_participation(action=action, partner=partner, role=role, by=by)
    return participation


@transaction.atomic
def invitation_send(*, action: Action, partner, role: str, by) -> ParticipationRequest:
    """Invite ``partner`` to take part in ``action`` as ``role``; its representatives are mailed and accept or
    decline on their organisation's page."""
    _check_can_take_part(action, partner)
    invitation = _request_create(
        action=action, partner=partner, role=role, by=by, kind=ParticipationRequest.Kind.INVITATION
    )
    notifications.representatives_told_of_invitation(invitation=invitation)
    return invitation


@transaction.atomic
def co_lead_claim(*, action: Action, partner, by) -> ParticipationRequest:
    """A representative asks that ``partner`` co-lead ``action``; the lead is mailed and approves or declines."""
    _check_can_take_part(action, partner)
    claim = _request_create(
        action=action,
        partner=partner,
        role=Participation.Role.CO_LEAD,
        by=by,
        kind=ParticipationRequest.Kind.CO_LEAD_CLAIM,
    )
    notifications.lead_told_of_claim(claim=claim)
    return claim


@transaction.atomic
def participation_request_answer(*, request: ParticipationRequest, by, accept: bool) -> ParticipationRequest:
    """Accept (the partner takes part, the lead is told) or decline an invitation or a claim to co-lead; whoever
    asked is told the answer. Only a pending request can be answered (under a row lock: two answers at once give
    one)."""
    locked = ParticipationRequest.objects.select_for_update().select_related("action", "partner").get(pk=request.pk)
    if locked.status != ParticipationRequest.Status.PENDING:
        raise ValidationError(_("This request was answered already."), code="answered")
    if accept:
        participation_add(action=locked.action, partner=locked.partner, role=locked.role, by=by)
    locked.status = ParticipationRequest.Status.ACCEPTED if accept else ParticipationRequest.Status.DECLINED
    locked.answered_by, locked.answered_at = by, timezone.now()
    by_user(locked, by).save()
    notifications.requester_told_of_answer(request=locked)
    return locked


def _check_can_take_part(action: Action, partner) -> None:
    if action.lead_partner_id == partner.pk:
        raise ValidationError(_("{partner} already leads this action.").format(partner=partner), code="is_lead")
    if action.participations.filter(partner=partner).exists():
        raise ValidationError(
            _("{partner} already takes part in this action.").format(partner=partner), code="duplicate"
        )


def _request_create(*, action, partner, role, by, kind) -> ParticipationRequest:
    request = ParticipationRequest(action=action, partner=partner, role=role, kind=kind, requested_by=by)
    try:
        with transaction.atomic():
            by_user(request, by).save()
    except IntegrityError:
        raise ValidationError(
            _("{partner} has been asked already; the answer is awaited.").format(partner=partner), code="pending"
        ) from None
    return request


@transaction.atomic
def participation_remove(*, participation: Participation, by) -> None:
    """End a partner's participation; the history keeps that it took part, and who removed it."""
    by_user(participation, by)
    participation.delete()


def lead_message_send(*, action: Action, name: str, email: str, message: str) -> None:
    """Forward a visitor's message to the action's lead; the lead's address is never shown to the visitor."""
    lead = action.lead_person
    recipient = lead.email if lead is not None and lead.email else settings.INTERNATIONAL_OFFICE_EMAIL
    language = notifications.language_of(lead) if lead is not None else settings.LANGUAGE_CODE
    with translation.override(language):
        subject = _("Message about {code} {title}").format(code=action.code, title=action.title)
        body = _(
            "{name} <{email}> sent a message about action {code} “{title}” via the portal:\n\n{message}\n\n"
            "The action: {link}\n\nReply to this e-mail to answer {name}."
        ).format(
            name=name,
            email=email,
            code=action.code,
            title=action.title,
            message=message,
            link=notifications.action_link(action, language),
        )
    EmailMessage(subject=subject, body=body, to=[recipient], reply_to=[email]).send()
