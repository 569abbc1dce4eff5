"""E-mails about the work agenda: to a person in their own language (their profile's), with a link to the action.

Sent after the transaction that caused them commits, so a rolled-back change mails nobody. The links start with
``SITE_URL`` (mails also go out from the weekly command, outside any request) and point at the page in the
recipient's language.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from agenda.models import STALE_AFTER_DAYS, Action, Participation


def language_of(user) -> str:
    """The language ``user`` reads their e-mails in (their profile's; Dutch without a profile)."""
    profile = getattr(user, "profile", None)
    return getattr(profile, "language", None) or settings.LANGUAGE_CODE


def action_link(action: Action, language: str) -> str:
    """The absolute address of the action's page in ``language``."""
    with translation.override(language):
        path = reverse("agenda:detail", kwargs={"pk": action.pk})
    return settings.SITE_URL.rstrip("/") + path


def send_to(user, *, subject, body) -> None:
    """After the commit, mail ``user`` (if they have an address) what ``subject(language)`` and ``body(language)``
    say in their language."""
    if user is None or not user.email:
        return
    language = language_of(user)
    with translation.override(language):
        message = EmailMessage(subject=str(subject(language)), body=str(body(language)), to=[user.email])
    transaction.on_commit(message.send)


def lead_told_of_participation(*, action: Action, partner, role: str, by) -> None:
    """The action's lead learns that ``partner`` now takes part (joined, or accepted an invitation)."""
    if action.lead_person_id is None or action.lead_person_id == getattr(by, "pk", None):
        return
    send_to(
        action.lead_person,
        subject=lambda language: _("{partner} takes part in {code}").format(partner=partner, code=action.code),
        body=lambda language: _(
            "{partner} now takes part in your action {code} “{title}” as {role}.\n\n{link}\n\n"
            "International Office Deventer"
        ).format(
            partner=partner,
            code=action.code,
            title=action.title,
            role=Participation.Role(role).label,
            link=action_link(action, language),
        ),
    )


def my_organisation_link(language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse("my-organisation")


def representatives_told_of_invitation(*, invitation) -> None:
    """Each representative of the invited partner learns of the invitation and where to answer it."""
    from deventer_intl.models import Profile
    from deventer_intl.roles import PARTNER_REPRESENTATIVE

    action = invitation.action
    profiles = Profile.objects.filter(
        partners=invitation.partner, user__groups__name=PARTNER_REPRESENTATIVE, user__is_active=True
    ).select_related("user")
    for profile in profiles:
        send_to(
            profile.user,
            subject=lambda language: _("Invitation to take part in {code}").format(code=action.code),
            body=lambda language: _(
                "{partner} is invited to take part in the action {code} “{title}” as {role}.\n\n"
                "The action: {link}\nAccept or decline on your organisation's page: {answer}\n\n"
                "International Office Deventer"
            ).format(
                partner=invitation.partner,
                code=action.code,
                title=action.title,
                role=Participation.Role(invitation.role).label,
                link=action_link(action, language),
                answer=my_organisation_link(language),
            ),
        )


def lead_told_of_claim(*, claim) -> None:
    """The lead learns that a partner asks to co-lead, and approves or declines on the action's page."""
    action = claim.action
    if action.lead_person_id is None:
        return
    send_to(
        action.lead_person,
        subject=lambda language: _("{partner} asks to co-lead {code}").format(partner=claim.partner, code=action.code),
        body=lambda language: _(
            "{partner} asks to co-lead your action {code} “{title}”. Approve or decline it on the action's page:\n\n"
            "{link}\n\nInternational Office Deventer"
        ).format(partner=claim.partner, code=action.code, title=action.title, link=action_link(action, language)),
    )


def requester_told_of_answer(*, request) -> None:
    """Whoever invited or asked learns the answer."""
    action = request.action
    accepted = request.status == request.Status.ACCEPTED
    if accepted and request.requested_by_id == action.lead_person_id:
        return  # the lead was told already that the partner takes part
    send_to(
        request.requested_by,
        subject=lambda language: (
            (_("{partner} accepted: {code}") if accepted else _("{partner} declined: {code}")).format(
                partner=request.partner, code=action.code
            )
            if request.kind == request.Kind.INVITATION
            else (
                _("Your request to co-lead {code} was approved")
                if accepted
                else _("Your request to co-lead {code} was declined")
            ).format(code=action.code)
        ),
        body=lambda language: _("{title}\n\n{link}\n\nInternational Office Deventer").format(
            title=action.title, link=action_link(action, language)
        ),
    )


def stale_digests_send(*, today: datetime.date | None = None, now: datetime.datetime | None = None) -> int:
    """Mail each lead who wants it (profile) one overview of their open actions without an update for
    ``STALE_AFTER_DAYS`` days; at most once in six days per person (safe to run twice, or daily). Returns how many
    were sent."""
    from deventer_intl.models import Profile

    today = today or timezone.localdate()
    now = now or timezone.now()
    stale = Action.objects.stale(today).filter(lead_person__isnull=False).select_related("lead_person__profile")
    by_lead: dict[int, list[Action]] = {}
    for action in stale.order_by("lead_person_id", "last_update_on", "pk"):
        by_lead.setdefault(action.lead_person_id, []).append(action)
    sent = 0
    week_ago = now - datetime.timedelta(days=6)
    for actions in by_lead.values():
        lead = actions[0].lead_person
        profile = getattr(lead, "profile", None)
        if not lead.email or profile is None or not profile.stale_digest:
            continue
        with transaction.atomic():
            # Claim the week first, so two runs at once never mail twice.
            claimed = (
                Profile.objects.filter(pk=profile.pk).exclude(digest_sent_at__gt=week_ago).update(digest_sent_at=now)
            )
            if not claimed:
                continue
            send_to(
                lead,
                subject=lambda language, actions=actions: digest_subject(actions),
                body=lambda language, actions=actions: digest_body(actions, language, today),
            )
        sent += 1
    return sent


def digest_subject(actions) -> str:
    return _("{count} of your actions had no update for {days} days").format(count=len(actions), days=STALE_AFTER_DAYS)


def digest_body(actions, language: str, today: datetime.date) -> str:
    lines = [
        _("These actions you lead have had no progress update for more than {days} days:").format(
            days=STALE_AFTER_DAYS
        ),
        "",
    ]
    for action in actions:
        lines.append(
            _("{code} {title}: last update {date} ({days} days ago)").format(
                code=action.code,
                title=action.title,
                date=action.last_update_on.isoformat(),
                days=(today - action.last_update_on).days,
            )
        )
        lines.append(action_link(action, language))
        lines.append("")
    with translation.override(language):
        profile = settings.SITE_URL.rstrip("/") + reverse("profile")
    lines += [
        _("Post an update on the action's page, or close the action if it has ended."),
        _("You receive this overview once a week. Turn it off on your profile: {link}").format(link=profile),
        "",
        _("International Office Deventer"),
    ]
    return "\n".join(lines)
