"""Form helpers shared by every app."""

import hashlib
import os

from django import forms
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from deventer_intl.storage import private_storage


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


class SearchableMixin:
    """A long list of choices people can search by typing: Tom Select (npm ``tom-select``, served from
    ``node_modules`` like the NL Design System CSS) enhances the select; without JavaScript it is a plain select.

    ``static/js/searchable.js`` (external, so the CSP holds) starts it on every ``select[data-searchable]`` and
    passes the field's help text on to the text box people type in.
    """

    class Media:
        css = {"all": ["vendor/tom-select/css/tom-select.default.min.css"]}
        js = [
            forms.Script("vendor/tom-select/js/tom-select.complete.min.js", defer=True),
            forms.Script("js/searchable.js", defer=True),
        ]

    def __init__(self, attrs=None, *args, **kwargs):
        attrs = {
            "data-searchable": "",
            "data-no-results": _("No matches"),
            "data-remove-label": _("Remove"),
            **(attrs or {}),
        }
        super().__init__(attrs, *args, **kwargs)


class SearchableSelect(SearchableMixin, forms.Select):
    """One choice out of many (a lead partner among 65 organisations)."""


class SearchableSelectMultiple(SearchableMixin, forms.SelectMultiple):
    """Several choices out of many (countries, organisers, linked actions, editors)."""


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
            if field.required and single_select(widget):
                blank_first_choice(field)


def single_select(widget) -> bool:
    return isinstance(widget, forms.Select) and not isinstance(widget, (forms.SelectMultiple, forms.NullBooleanSelect))


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
#: The help of a searchable multiple choice: typing works with JavaScript, Ctrl-click in the plain list.
CHOOSE_SEVERAL = _("Type to search and choose one or more. In a plain list, hold Ctrl (Cmd on a Mac) to choose more.")


KEPT_FILE_SALT = "deventer_intl.forms.kept_file"
#: How long a file kept from a failed submit can be used: a day, so a form left open overnight still works.
KEPT_FILE_MAX_AGE = 24 * 60 * 60


class KeepValidFilesMixin:
    """Files that passed their checks survive a submit with errors: nobody has to choose them again.

    A browser never fills a file input in again. So when the form has errors, each file that was valid is kept
    in private storage (``pending/<sha256>/<name>``, never public) and the form carries a signed reference in a
    hidden field ``<name>_kept``; the field's help text says which file is kept. Sent again without a new file,
    the kept one is used (and checked again like any upload); a new file replaces it. Only a file that failed
    its check has to be chosen again. A view that sends the form back for another reason (its formset, a
    service's refusal) calls ``keep_files()``; ``add_error`` after validation does so itself. Abandoned kept
    files are removed by ``manage.py clean_kept_files``.
    """

    _validated = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.file_names = [name for name, field in self.fields.items() if isinstance(field, forms.FileField)]
        self.restored: dict[str, str] = {}
        self.kept_notes: dict[str, str] = {}
        for name in self.file_names:
            self.fields[f"{name}_kept"] = forms.CharField(required=False, widget=forms.HiddenInput)
        if self.is_bound:
            self._restore_kept_files()

    def _restore_kept_files(self) -> None:
        files = self.files.copy()
        storage = private_storage()
        for name in self.file_names:
            token = self.data.get(f"{name}_kept")
            if files.get(name) or not token:
                continue
            try:
                kept = signing.loads(token, salt=KEPT_FILE_SALT, max_age=KEPT_FILE_MAX_AGE)
            except signing.BadSignature:
                continue
            if not storage.exists(kept["path"]):
                continue
            with storage.open(kept["path"]) as handle:
                files[name] = SimpleUploadedFile(kept["name"], handle.read(), content_type=kept["type"])
            self.restored[name] = kept["path"]
        self.files = files

    def full_clean(self):
        self._validated = False
        super().full_clean()
        if not self.is_bound:
            return
        self._validated = True
        if self._errors:
            self.keep_files()
            return
        # Everything is in memory now; should the page come back after all, keep_files() stores it again.
        storage = private_storage()
        for path in self.restored.values():
            storage.delete(path)

    def add_error(self, field, error):
        super().add_error(field, error)
        if self._validated:
            self.keep_files()

    def keep_files(self) -> None:
        """Keep every valid file for the next try, and say so next to its field."""
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return
        data = self.data.copy()
        for name in self.file_names:
            upload = self.files.get(name)
            valid = upload and name not in self._errors and self.cleaned_data.get(name)
            data[f"{name}_kept"] = self._keep(upload) if valid else ""
            if valid and name not in self.kept_notes:
                note = _("Kept from your last attempt: {name}. Choose a file only to replace it.").format(
                    name=upload.name
                )
                self.kept_notes[name] = note
                self.fields[name].help_text = f"{note} {self.fields[name].help_text}".strip()
                # The bound field read the help text when validation made it.
                self[name].help_text = self.fields[name].help_text
        self.data = data

    @staticmethod
    def _keep(upload) -> str:
        """Store ``upload`` under a name derived from its content; returns the signed reference for the form."""
        upload.seek(0)
        content = upload.read()
        upload.seek(0)
        name = get_valid_filename(os.path.basename(upload.name)) or "file"
        path = f"pending/{hashlib.sha256(content).hexdigest()}/{name}"
        storage = private_storage()
        if not storage.exists(path):
            storage.save(path, ContentFile(content))
        content_type = getattr(upload, "content_type", None) or "application/octet-stream"
        return signing.dumps({"path": path, "name": name, "type": content_type}, salt=KEPT_FILE_SALT)
