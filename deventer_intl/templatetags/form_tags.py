"""The error summary of a form (NL Design System / GOV.UK pattern) and the page title that says a form failed."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms, template
from django.forms.formsets import BaseFormSet
from django.utils.translation import gettext

register = template.Library()


@dataclass(frozen=True)
class Problem:
    """One line of the error summary: what is wrong, and the id of the field it links to (if any)."""

    text: str
    target: str = ""


def _field_target(bound) -> str:
    """The id a link to the field should jump to: the input, or the first box of a group of choices."""
    if bound.field.widget.use_fieldset or isinstance(bound.field.widget, forms.RadioSelect):
        return f"{bound.auto_id}_0" if bound.auto_id else ""
    return bound.id_for_label or ""


def _form_problems(form) -> list[Problem]:
    problems = [Problem(str(error)) for error in form.non_field_errors()]
    for bound in form:
        if bound.is_hidden:
            problems += [Problem(str(error)) for error in bound.errors]
            continue
        for error in bound.errors:
            problems.append(Problem(f"{bound.label}: {error}", _field_target(bound)))
    return problems


def problems_of(*items) -> list[Problem]:
    """Every error of the given forms and formsets, in the order the page shows them."""
    problems = []
    for item in items:
        if isinstance(item, BaseFormSet):
            if not item.is_bound:
                continue
            problems += [Problem(str(error)) for error in item.non_form_errors()]
            for form in item.forms:
                problems += _form_problems(form)
        elif isinstance(item, forms.BaseForm) and item.is_bound:
            problems += _form_problems(item)
    return problems


@register.simple_tag
def error_summary(*items) -> list[Problem]:
    """``{% error_summary form formset as problems %}``: the lines of the error summary."""
    return problems_of(*items)


@register.simple_tag(takes_context=True)
def error_title_prefix(context) -> str:
    """ "Error: " before the page title when a form on the page was sent back with errors (WCAG 3.3.1)."""
    for value in context.flatten().values():
        # Only forms the view validated: asking an unvalidated form for its errors would validate it here. The
        # type is asked with type(), not isinstance(): isinstance() would evaluate lazy context values such as
        # csrf_token, which sets a CSRF cookie on every page and keeps it out of the shared page cache.
        is_form = issubclass(type(value), (forms.BaseForm, BaseFormSet))
        validated = is_form and getattr(value, "_errors", None) is not None
        if validated and value.is_bound and problems_of(value):
            return gettext("Error:") + " "
    return ""
