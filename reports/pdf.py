"""The report as a PDF, rendered by WeasyPrint from the same report body as the page.

The charts are the pages' inline SVG (vectors in the PDF); the print stylesheet (``static/css/report-print.css``)
sets the site's fonts and Deventer colours, page numbers in the footer and the page of each section in the table
of contents (``target-counter``). WeasyPrint needs Pango from the system (``bin/ensure-pango``).
"""

from __future__ import annotations

import hashlib

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

#: Laying out the PDF takes seconds of CPU; the same HTML always gives the same PDF, so it is kept this long.
CACHE_SECONDS = 24 * 60 * 60


def render(report, *, request=None) -> bytes:
    """The PDF of ``report``: its bytes, from the cache when the report's HTML and stylesheet are unchanged (the
    key is their hash, so any change in the data, texts, language or style makes a new PDF)."""
    html = render_to_string(
        "reports/report_pdf.html",
        {"report": report, "LANGUAGE_CODE": translation.get_language()},
        request=request,
    )
    stylesheet = finders.find("css/report-print.css")
    with open(stylesheet, "rb") as handle:
        digest = hashlib.sha256(html.encode() + handle.read()).hexdigest()
    key = f"reports:pdf:{digest}"
    pdf = cache.get(key)
    if pdf is None:
        pdf = _write_pdf(html, stylesheet)
        cache.set(key, pdf, CACHE_SECONDS)
    return pdf


def _write_pdf(html: str, stylesheet: str) -> bytes:
    # Imported here: loading WeasyPrint loads Pango, which only the report needs.
    from weasyprint import CSS, HTML

    # No base URL: the report has no images or links to fetch, so WeasyPrint never requests anything.
    return HTML(string=html).write_pdf(stylesheets=[CSS(filename=stylesheet)])
