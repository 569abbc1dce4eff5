"""Form helpers shared by every app."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DateInput(forms.DateInput):
    """The browser's own date picker (``<input type="date">``), which sends and shows ISO dates."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    """The browser's own date and time picker (``<input type="datetime-local">``), to the minute."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class AccessibleFormMixin:
    """NL Design System classes on every widget.

    Django ties each field to its help text and error message itself (``aria-describedby`` naming
    ``<id>_helptext`` and ``<id>_error``, ``aria-invalid`` on an invalid field, at render time, so help texts
    set after ``__init__`` count too); ``templates/includes/form_field.html`` renders those ids. Groups of
    checkboxes or radio buttons carry it on their fieldset instead.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.HiddenInput):
                continue
            if isinstance(widget, forms.CheckboxSelectMultiple):
                widget.attrs.setdefault("class", "utrecht-checkbox utrecht-checkbox--html-input")
            elif isinstance(widget, forms.RadioSelect):
                # Before the text-box default: a radio group is a ChoiceWidget, not a Select.
                widget.attrs.setdefault("class", "utrecht-radio-button utrecht-radio-button--html-input")
            elif isinstance(widget, forms.CheckboxInput):
                widget.attrs.setdefault("class", "utrecht-checkbox utrecht-checkbox--html-input")
            elif isinstance(widget, (forms.Select, forms.SelectMultiple)):
                widget.attrs.setdefault("class", "utrecht-select utrecht-select--html-select")
            elif isinstance(widget, forms.Textarea):
                widget.attrs.setdefault("class", "utrecht-textarea utrecht-textarea--html-textarea")
                widget.attrs.setdefault("rows", 5)
            elif isinstance(widget, forms.ClearableFileInput):
                widget.attrs.setdefault("class", "utrecht-file-input")
            else:
                widget.attrs.setdefault("class", "utrecht-textbox utrecht-textbox--html-input")
            # autofocus skips the skip link and the page's heading (Django's login form sets it).
            widget.attrs.pop("autofocus", None)
            if field.required and type(widget) is forms.Select:
                blank_first_choice(field)


def blank_first_choice(field) -> None:
    """A required single select starts with an empty option (HTML requires it; nothing is chosen silently).

    A field with a default (an action's status) keeps its value selected; the empty option only comes first.
    """
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label is None:
            field.empty_label = CHOOSE
        return
    choices = list(field.choices)
    if not choices or choices[0][0] not in ("", None):
        field.choices = [("", CHOOSE), *choices]


CHOOSE = _("(choose)")
