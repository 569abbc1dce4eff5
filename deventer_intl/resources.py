"""What every spreadsheet export shares (django-import-export), written once for the admin's import/export, the
monitoring export and the registrations export:

- text nobody can turn into a formula (``formula_safe``);
- typed cells: dates and date-times as dates in local time, money (every DecimalField here is in euros) as numbers
  with a euro format, counts as numbers, yes/no as booleans (``SpreadsheetXLSX``);
- CSV in UTF-8 with a byte-order mark and ``charset=utf-8``, so a spreadsheet opens accents right (``SpreadsheetCSV``);
- headers as human labels in the user's language, while an import accepts the headers in any of the site's
  languages as well as the technical column names (``FormulaSafeResource``): a file the export wrote can be
  imported again as it is.

import-export's own ``IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT`` drops only one leading "=" ("==1+1" stays a
formula; "+", "-" and "@" start one too) and turns every cell into text; titles, names and descriptions are typed
by ambassadors, partners and visitors and the office opens the exports in Excel, so the resource quotes them instead.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.text import capfirst
from import_export import resources
from import_export.formats import base_formats

#: A cell starting with one of these is run as a formula by a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@")
#: A number as the widgets write it ("-12.50", "1,234"): a spreadsheet reads it as a number, not a formula.
NUMBER = re.compile(r"-?[\d.,]+")
#: Excel's number format for euros; the separators follow the reader's locale.
EURO_FORMAT = '"€" #,##0.00'
#: Date formats as each language writes them (Excel shows the date as a date, sortable, in this form).
DATE_FORMATS = {"nl": "dd-mm-yyyy", "de": "dd.mm.yyyy", "en": "yyyy-mm-dd"}


def formula_safe(value):
    """Text with a quote before it when a spreadsheet would run it as a formula; numbers (also written as
    text, e.g. a negative amount), dates and empty cells as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


def local(value):
    """A date-time as the wall-clock time in Deventer, without a zone (spreadsheets have none); anything else as is."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


#: What a spreadsheet cell holds as a typed value; anything else (a country, a lazy string) is written as text.
CELL_TYPES = (str, bool, int, float, Decimal, datetime.date, datetime.time)


def cell(value):
    """The value as a spreadsheet cell: typed where a spreadsheet has the type, date-times in local time, else text."""
    value = local(value)
    if value is None or isinstance(value, CELL_TYPES):
        return value
    return str(value)


class FormulaSafeResource(resources.ModelResource):
    """A model resource for spreadsheets: typed cells, formula-safe text, headers in the user's language.

    Export cells are the widgets' native values (``force_native_type``): the format decides how a date or an
    amount is written. A header is the label in ``labels`` (for columns that are not a model field), else the
    verbose name of the model field the column reads, else the column name.
    """

    #: Human labels (lazy translations) by column name, for columns a model field does not name.
    labels: dict = {}

    def export_field(self, field, instance, **kwargs):
        kwargs["force_native_type"] = True
        return formula_safe(cell(super().export_field(field, instance, **kwargs)))

    def get_export_headers(self, selected_fields=None):
        return [self.header(field) for field in self.get_export_fields(selected_fields) if field]

    def header(self, field) -> str:
        """The column's label in the active language."""
        name = str(field.column_name)
        if name in self.labels:
            return str(self.labels[name])
        if isinstance(field.column_name, Promise):
            return str(field.column_name)
        model = self._meta.model
        for candidate in (name, (field.attribute or "").split("__")[0]):
            try:
                return str(capfirst(model._meta.get_field(candidate).verbose_name))
            except FieldDoesNotExist:
                continue
        return name

    def column_names_by_header(self) -> dict[str, str]:
        """Every header this resource writes, in every language of the site (case-insensitive), to its column."""
        fields = [field for field in self.get_export_fields() if field]
        known = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                for field in fields:
                    known.setdefault(self.header(field).casefold(), str(field.column_name))
        for field in self.get_import_fields():
            known[str(field.column_name).casefold()] = str(field.column_name)
        return known

    def before_import(self, dataset, **kwargs):
        # A file this resource exported has labels as headers: read them back as the column names.
        if dataset.headers:
            known = self.column_names_by_header()
            dataset.headers = [
                known.get(str(header).strip().casefold(), header) if header is not None else header
                for header in dataset.headers
            ]
        super().before_import(dataset, **kwargs)


class SpreadsheetCSV(base_formats.CSV):
    """CSV in UTF-8 with a byte-order mark (Excel then reads accents right) and ``charset=utf-8``; dates and
    date-times in ISO form and local time, amounts with a decimal point, yes/no as 1/0 (what the import reads)."""

    CONTENT_TYPE = "text/csv; charset=utf-8"

    def export_data(self, dataset, **kwargs):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(dataset.headers or [])
        for row in dataset:
            writer.writerow([csv_text(value) for value in row])
        return "\ufeff" + out.getvalue()


def csv_text(value) -> str:
    value = cell(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


class SpreadsheetXLSX(base_formats.XLSX):
    """XLSX with typed cells: dates as dates in local time, money as numbers in euros, text as text (never a
    formula), a bold frozen header row and columns wide enough to read."""

    def export_data(self, dataset, **kwargs):
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        date_format = DATE_FORMATS.get((translation.get_language() or "nl")[:2], DATE_FORMATS["nl"])
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = (dataset.title or "Export")[:31]
        headers = [str(header) for header in dataset.headers or []]
        sheet.append(headers)
        for header_cell in sheet[1]:
            header_cell.font = Font(bold=True)
        widths = [len(header) for header in headers]
        for row_number, row in enumerate(dataset, start=2):
            for column, value in enumerate(row, start=1):
                value = cell(value)
                target = sheet.cell(row=row_number, column=column)
                if isinstance(value, str):
                    target.value = ILLEGAL_CHARACTERS_RE.sub("\N{REPLACEMENT CHARACTER}", value)
                    target.data_type = "s"  # never a formula, whatever the text starts with
                else:
                    target.value = value
                if isinstance(value, Decimal):
                    target.number_format = EURO_FORMAT
                elif isinstance(value, datetime.datetime):
                    target.number_format = f"{date_format} hh:mm"
                elif isinstance(value, datetime.date):
                    target.number_format = date_format
                if column <= len(widths):
                    widths[column - 1] = max(widths[column - 1], min(len(str(value or "")), 60))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = max(width, 8) + 2
        sheet.freeze_panes = "A2"
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()


#: The formats every import/export offers (the admin's, the monitoring export, the registrations export).
FORMATS = {"csv": SpreadsheetCSV, "xlsx": SpreadsheetXLSX}


def spreadsheet(resource: FormulaSafeResource, queryset, *, fmt: str) -> tuple[bytes, str]:
    """The queryset exported by the resource as ``fmt`` ("csv" or "xlsx"): the file's content and content type.
    The rows are read in chunks with their prefetches (import-export would page the queryset with OFFSET)."""
    file_format = FORMATS[fmt]()
    content = file_format.export_data(resource.export(queryset=queryset.iterator(chunk_size=2000)))
    if isinstance(content, str):
        content = content.encode("utf-8")
    return content, file_format.get_content_type()
