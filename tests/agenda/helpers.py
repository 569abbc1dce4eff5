"""Small helpers for the agenda tests: form data as a browser would post it, and Dutch messages."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import translation


def form_data(form) -> dict:
    """The POST data of ``form`` as rendered (bound or not): what a browser sends when the user only clicks save."""
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, forms.CheckboxInput):
            if value:
                data[name] = "on"
        elif value is None:
            data[name] = ""
        elif isinstance(value, (list, tuple)):
            data[name] = [str(item) for item in value]
        elif isinstance(value, datetime.date):
            data[name] = value.isoformat()
        else:
            data[name] = str(value)
    return data


def dutch(message: str, **placeholders) -> str:
    """``message`` as the Dutch UI shows it; fails when the catalog has no Dutch translation for it."""
    with translation.override("nl"):
        text = translation.gettext(message)
    assert text != message, f"no Dutch translation in locale/nl for: {message!r}"
    return text.format(**placeholders) if placeholders else text
