"""Form helpers shared by every app."""

from django import forms


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
    """NL Design System classes on every widget, and invalid fields tied to their error text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
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
            descriptions = []
            if field.help_text:
                descriptions.append(f"id_{self.add_prefix(name)}-help")
            if descriptions:
                widget.attrs["aria-describedby"] = " ".join(descriptions)
            if field.required and not isinstance(widget, forms.CheckboxSelectMultiple):
                widget.attrs["required"] = True

    def full_clean(self):
        super().full_clean()
        # Errors are known only now: point the invalid fields at their messages.
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                described = widget.attrs.get("aria-describedby", "").split()
                if f"id_{self.add_prefix(name)}-error" not in described:
                    described.append(f"id_{self.add_prefix(name)}-error")
                widget.attrs["aria-describedby"] = " ".join(described)
