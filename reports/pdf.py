"""The report as a PDF, rendered by WeasyPrint from the same report body as the page.

The charts are the pages' inline SVG (vectors in the PDF); the print stylesheet (``static/css/report-print.css``)
sets the site's fonts and Deventer colours, page numbers in the footer and the page of each section in the table
of contents (``target-counter``). WeasyPrint needs Pango from the system (``bin/ensure-pango``).
"""

from __future__ import annotations

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation


def render(report, *, request=None) -> bytes:
    """The PDF of ``report``: its bytes."""
    # Imported here: loading WeasyPrint loads Pango, which only the report needs.
    from weasyprint import CSS, HTML

    html = render_to_string(
        "reports/report_pdf.html",
        {"report": report, "LANGUAGE_CODE": translation.get_language()},
        request=request,
    )
    stylesheet = CSS(filename=finders.find("css/report-print.css"))
    base_url = request.build_absolute_uri("/") if request is not None else None
    return HTML(string=html, base_url=base_url).write_pdf(stylesheets=[stylesheet])
