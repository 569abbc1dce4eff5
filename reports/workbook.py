"""The report's figures and lists as an XLSX workbook (openpyxl): a sheet about the report, then one sheet per
subject (partners, work agenda, subsidies, events, relations) with its figures as tables and its list.

Cells are typed: counts as whole numbers, money as numbers in a euro format, the multiplier as a number with one
decimal, dates as dates. Headers are in the report's language (the active one). Text that a spreadsheet would
read as a formula is written as text (``deventer_intl.resources`` escapes exports the same way).
"""

from __future__ import annotations

import io
import re

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from deventer_intl.figures import Subject

MONEY_FORMAT = '"€" #,##0.00'
RATIO_FORMAT = '0.0"×"'
COUNT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="A3000F")
TITLE_FONT = Font(bold=True, size=13, color="A3000F")
BOLD = Font(bold=True)
FORMATS = {"money": MONEY_FORMAT, "ratio": RATIO_FORMAT, "count": COUNT_FORMAT}


def _text(value: str) -> str:
    """Text as text: a leading =, +, - or @ would make a spreadsheet read it as a formula."""
    return f"'{value}" if re.match(r"^[=+\-@\t\r]", value or "") else value


def sheet_title(title: str) -> str:
    """A valid sheet name: at most 31 characters, without []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31]


class _Sheet:
    def __init__(self, sheet):
        self.sheet = sheet
        self.row = 1
        self.widths: dict[int, int] = {}

    def write(self, values: list, *, formats: list | None = None, font=None, fill=None) -> None:
        for index, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=self.row, column=index, value=_text(value) if isinstance(value, str) else value)
            if formats and formats[index - 1] and value is not None:
                cell.number_format = formats[index - 1]
            if font:
                cell.font = font
            if fill:
                cell.fill = fill
            width = len(str(value)) if value is not None else 0
            self.widths[index] = max(self.widths.get(index, 8), min(width + 2, 60))
        self.row += 1

    def skip(self) -> None:
        self.row += 1

    def finish(self) -> None:
        for index, width in self.widths.items():
            self.sheet.column_dimensions[get_column_letter(index)].width = width


def _subject(sheet: _Sheet, subject: Subject) -> None:
    for figure in subject.figures:
        sheet.write([figure.title], font=TITLE_FONT)
        sheet.write([figure.description])
        sheet.write(
            [figure.label_header, *[column.label for column in figure.columns]], font=HEADER_FONT, fill=HEADER_FILL
        )
        formats = [None, *[FORMATS[column.kind] for column in figure.columns]]
        for row in figure.rows:
            sheet.write(
                [row.label, *[_cell(row.values.get(column.key), column.kind) for column in figure.columns]],
                formats=formats,
            )
        if figure.total:
            sheet.write(
                [_("Total"), *[_cell(figure.total.get(column.key), column.kind) for column in figure.columns]],
                formats=formats,
                font=BOLD,
            )
        sheet.skip()


def _cell(value, kind: str):
    """Numbers stay numbers: money and the multiplier as floats with their format, counts as integers."""
    if value is None:
        return None
    if kind in ("money", "ratio"):
        return float(value)
    return int(value)


def render(report) -> bytes:
    """The workbook of ``report``: its bytes."""
    workbook = Workbook()
    about = _Sheet(workbook.active)
    about.sheet.title = sheet_title(_("Report"))
    about.write([report.title], font=TITLE_FONT)
    about.write([_("First year"), report.period.start], formats=[None, "0"])
    about.write([_("Last year"), report.period.end], formats=[None, "0"])
    about.write([_("Date of the data"), report.generated_on], formats=[None, DATE_FORMAT])
    if report.figures.policy_period:
        about.write([_("Policy period of the work agenda"), report.figures.policy_period.name])
    about.skip()
    about.write([_("Key figures")], font=TITLE_FONT)
    for label, value in report.summary_facts:
        about.write([label, value])
    about.finish()

    lists = {
        "actions": (
            _("Actions"),
            [_("Code"), _("Action"), _("List"), _("Status"), _("Start")],
            [[item.code, item.title, item.list, item.status, item.start] for item in report.actions],
        ),
        "events": (
            _("Events held"),
            [_("Date"), _("Event"), _("Kind of event"), _("Visitors")],
            [[item.date, item.title, item.kind, item.visitors] for item in report.events],
        ),
    }
    list_formats = {
        "actions": [None, None, None, None, DATE_FORMAT],
        "events": [DATE_FORMAT, None, None, COUNT_FORMAT],
    }
    for subject in report.figures.subjects:
        sheet = _Sheet(workbook.create_sheet(sheet_title(subject.title)))
        _subject(sheet, subject)
        if subject.key in lists:
            title, header, rows = lists[subject.key]
            sheet.write([title], font=TITLE_FONT)
            sheet.write(header, font=HEADER_FONT, fill=HEADER_FILL)
            for row in rows:
                sheet.write(row, formats=list_formats[subject.key])
        sheet.finish()
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
