"""Forms of events: editing in the browser, registering, recording attendance."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from agenda.models import Action
from deventer_intl.forms import (
    CHOOSE_SEVERAL,
    AccessibleFormMixin,
    DateTimeInput,
    KeepValidFilesMixin,
    SearchableSelect,
    SearchableSelectMultiple,
)
from deventer_intl.roles import links
from events.models import Event, Series
from partners.images import clean_image
from partners.models import Country, Partner, Relation


class EventForm(KeepValidFilesMixin, AccessibleFormMixin, forms.ModelForm):
    """Create or edit an event. A partner representative organises for their own organisations only."""

    image_upload = forms.ImageField(
        label=_("Image"), required=False, help_text=_("PNG, JPEG, WebP or GIF. Shown on the event page.")
    )
    #: The version the editor started from: a save over a newer edit is refused (no silent overwrite).
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Event
        fields = [
            "title",
            "kind",
            "start",
            "end",
            "all_day",
            "venue",
            "city",
            "country",
            "description",
            "image_alt",
            "organisers",
            "sectors",
            "global_goals",
            "actions",
            "relations",
            "series",
            "parent",
            "public",
            "expected_visitors",
            "registration_required",
            "capacity",
            "waiting_list",
        ]
        widgets = {
            "start": DateTimeInput,
            "end": DateTimeInput,
            "sectors": forms.CheckboxSelectMultiple,
            "global_goals": forms.CheckboxSelectMultiple,
            # Long lists (65 organisations, 36 actions) are searchable (Tom Select); without JavaScript a phone
            # shows a plain multiple select as a list with tick marks.
            "organisers": SearchableSelectMultiple,
            "actions": SearchableSelectMultiple,
            "country": SearchableSelect,
            "relations": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # The image and its description together, after the description of the event.
        order = list(self.fields)
        order.remove("image_upload")
        order.insert(order.index("image_alt"), "image_upload")
        self.order_fields(order)
        self.user = user
        held = links(user)
        partners = Partner.objects.order_by("name").only("pk", "name")
        if not user.has_perm("deventer_intl.is_office"):
            # A partner representative adds events for their own organisations only.
            partners = partners.filter(pk__in=list(held.partner_ids))
            self.fields["organisers"].required = True
        self.fields["organisers"].queryset = partners
        # Only the actions the user may see: a non-public action's title is not told to others.
        self.fields["actions"].queryset = (
            Action.objects.visible_to(user)
            .select_related("period")
            .only("pk", "code", "title", "period__name")
            .order_by("-period__start_year", "list", "number")
        )
        self.fields["relations"].queryset = Relation.objects.select_related("country")
        self.fields["series"].queryset = Series.objects.all()
        # Festivals the user may see, plus the one the event already belongs to (kept on save).
        parents = Event.objects.filter(
            Q(pk__in=Event.objects.visible_to(user).values("pk")) | Q(pk=self.instance.parent_id),
            kind=Event.Kind.FESTIVAL,
            parent__isnull=True,
        ).only("pk", "title", "start")
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents.order_by("-start")
        self.fields["country"].queryset = Country.objects.all()
        self.fields["capacity"].widget.attrs["min"] = 0
        self.fields["expected_visitors"].widget.attrs["min"] = 0
        # Every list starts with a choice that says what to do, not "---------"; kinds read as in the lists.
        self.fields["kind"].choices = [
            ("", _("Choose a kind")),
            *((value, label.capitalize()) for value, label in Event.Kind.choices),
        ]
        self.fields["country"].choices = [
            ("", _("Choose a country")),
            *sorted(((country.pk, country.name) for country in Country.objects.all()), key=lambda item: item[1]),
        ]
        for name in ("organisers", "actions"):
            self.fields[name].help_text = CHOOSE_SEVERAL
        self.fields["series"].empty_label = _("No series")
        self.fields["parent"].empty_label = _("Not part of a festival")
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
            # The form holds only what the user may choose; the rest is kept on save (_keep_unchoosable).
            for name in ("organisers", "actions"):
                linked = [item.pk for item in self.initial.get(name, [])]
                self.initial[name] = list(self.fields[name].queryset.filter(pk__in=linked).values_list("pk", flat=True))
        elif not self.is_bound and held.sector_id:
            self.fields["sectors"].initial = [held.sector_id]
        if not self.instance.pk and not self.is_bound and len(held.partner_ids) == 1:
            self.fields["organisers"].initial = list(held.partner_ids)

    def _keep_unchoosable(self, name: str):
        """The chosen values plus those already linked that the user cannot choose (and may not see).

        A partner representative sees only their own organisations among the organisers, and nobody
        sees another's non-public actions: saving must not silently drop those links.
        """
        chosen = list(self.cleaned_data.get(name) or [])
        if not self.instance.pk:
            return chosen
        field = self.fields[name]
        kept = getattr(self.instance, name).exclude(pk__in=field.queryset.values("pk"))
        return [*chosen, *kept]

    def clean_organisers(self):
        return self._keep_unchoosable("organisers")

    def clean_actions(self):
        return self._keep_unchoosable("actions")

    def clean_title(self):
        """One line: the title is an e-mail subject and a calendar SUMMARY too."""
        return " ".join(self.cleaned_data["title"].split())

    def clean_image_upload(self):
        upload = self.cleaned_data.get("image_upload")
        if upload:
            clean_image(upload)  # raises a ValidationError in the user's language; the service stores it
            upload.seek(0)
        return upload

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end is before the start."))
        if cleaned.get("registration_required") and cleaned.get("capacity") is None:
            self.add_error("capacity", _("An event with registration needs a number of places."))
        parent = cleaned.get("parent")
        if parent is not None and parent.parent_id is not None:
            self.add_error("parent", _("A festival cannot itself be part of another festival."))
        if self.instance.pk and parent is not None and self.instance.sub_events.exists():
            self.add_error("parent", _("This event has events of its own, so it cannot be part of a festival."))
        if self.instance.pk and cleaned.get("version") is None:
            raise ValidationError(_("This form is incomplete; reload the page and try again."))
        return cleaned


class RegistrationForm(AccessibleFormMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send the confirmation and a link to cancel to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class AttendanceForm(AccessibleFormMixin, forms.Form):
    # At most what the integer column holds: a bigger number was a 500.
    actual_visitors = forms.IntegerField(
        label=_("Actual visitors"),
        min_value=0,
        max_value=2_147_483_647,
        required=False,
        help_text=_("The number of people who came, also those who did not register."),
    )
    present = forms.MultipleChoiceField(label=_("Present"), required=False, widget=forms.CheckboxSelectMultiple)
    all_present = forms.BooleanField(
        label=_("Everyone who registered was present"),
        required=False,
        help_text=_("Ticks every registrant below; you need not tick them one by one."),
    )

    def __init__(self, *args, registrations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = list(registrations)
        self.fields["present"].choices = [(str(item.pk), item.name) for item in self.registrations]

    def clean_present(self):
        return [int(value) for value in self.cleaned_data.get("present") or []]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("all_present") and "present" in cleaned:
            cleaned["present"] = [item.pk for item in self.registrations]
        return cleaned

    def rows(self):
        """(registration, its checkbox) per confirmed registrant, for the attendance table."""
        boxes = {str(box.data["value"]): box for box in self["present"]}
        return [(item, boxes[str(item.pk)]) for item in self.registrations]
