"""The one chart component: a figure's table drawn as a horizontal bar chart by pygal, as SVG on the server.

pygal writes its look as an inline ``<style>`` element, a ``<script>`` for its tooltips and ``style``
attributes, all of which the site's Content-Security-Policy (no inline script or style) blocks. So the chart is
rendered to an element tree, those three are removed, and the look is written as SVG presentation attributes
(``fill``, ``stroke``, ``font-size``), which are not CSS and which CSP allows; the same SVG then draws in the
browser, in print and in WeasyPrint's PDF. ``static/css/site.css`` only adds the forced-colours (high contrast)
overrides. The chart is an image (``role="img"``) named by its ``<title>`` and described by its ``<desc>``; the
table next to it holds the same numbers and the links to the lists they count.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from xml.etree import ElementTree

import pygal
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from pygal.etree import etree as pygal_etree
from pygal.style import Style

# pygal builds on lxml when it is installed; the stdlib tree keeps the output the same on every machine.
pygal_etree.to_etree()

SVG = "http://www.w3.org/2000/svg"
ElementTree.register_namespace("", SVG)
ElementTree.register_namespace("xlink", "http://www.w3.org/1999/xlink")

#: The Deventer colours of the site (static/css/tokens.css): bars in Deventer red, text near-black.
BAR = "#a3000f"
TEXT = "#1a1a1a"
GUIDE = "#6b6b6b"
FONT = '"Fira Sans", "Segoe UI", system-ui, Arial, "DejaVu Sans", sans-serif'
WIDTH = 720
BAR_HEIGHT = 34
TITLE_SPACE = 48

STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground=TEXT,
    foreground_strong=TEXT,
    foreground_subtle=GUIDE,
    colors=(BAR,),
    font_family=FONT,
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=13,
    title_font_size=16,
    opacity="1",
    opacity_hover="1",
)

#: Presentation attributes per pygal class: what its stylesheet would have said.
FONT_SIZES = {"title": "16", "value": "13", "label": "13", "major": "13"}


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    #: ``count`` (a whole number), ``money`` (euros) or ``ratio`` (the multiplier).
    kind: str = "count"


@dataclass
class Row:
    label: str
    values: dict
    url: str | None = None


@dataclass
class Figure:
    """One figure: a table whose first column names the rows, drawn as a bar chart of ``chart_column``."""

    key: str
    title: str
    description: str
    label_header: str
    columns: list[Column]
    rows: list[Row]
    chart_column: str
    #: A totals row, for figures whose rows do not overlap (a partner has one sector, but many countries).
    total: dict | None = None
    #: The list this figure counts, unfiltered (the rows link to it with their filters).
    list_url: str | None = None

    @property
    def chart_label(self) -> str:
        return next(column.label for column in self.columns if column.key == self.chart_column)

    @cached_property
    def chart(self) -> SafeString:
        return bar_chart(self)

    def value(self, label: str, key: str):
        """The number in row ``label``, column ``key`` (for tests and the report's text)."""
        return next(row.values[key] for row in self.rows if row.label == label)


def format_value(value, kind: str) -> str:
    """A figure's number as the pages print it: money as the active language writes euros, a multiplier with one
    decimal and ×, a count grouped."""
    from subsidies.templatetags.subsidy_tags import money

    if value is None:
        return "–"
    if kind == "money":
        return money(value)
    if kind == "ratio":
        return f"{number_format(value, 1)}×"
    return number_format(value, 0, force_grouping=True)


def _number(value, kind: str) -> str:
    if kind == "money":
        return "€ " + number_format(value, 0, force_grouping=True)
    if kind == "ratio":
        return f"{number_format(value, 1)}×" if value is not None else "–"
    return number_format(value, 0, force_grouping=True)


def _short(label: str, limit: int = 34) -> str:
    """Long labels (a chapter's title) shortened on the axis; the description and the table have them whole."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(figure: Figure) -> SafeString:
    """``figure`` (``deventer_intl.figures.Figure``) as an accessible, CSP-safe SVG bar chart of its chart column."""
    column = next(column for column in figure.columns if column.key == figure.chart_column)
    rows = [row for row in figure.rows if row.values.get(column.key) is not None]
    chart_id = f"chart-{slugify(figure.key)}"
    height = TITLE_SPACE + max(1, len(rows)) * BAR_HEIGHT + 40
    chart = pygal.HorizontalBar(
        style=STYLE,
        width=WIDTH,
        height=height,
        show_legend=False,
        print_values=True,
        js=[],
        css=[],
        disable_xml_declaration=True,
        no_prefix=True,
        explicit_size=False,
        truncate_label=-1,
        spacing=12,
        margin=8,
        margin_right=110,
        show_y_guides=False,
        value_formatter=lambda value: _number(value, column.kind),
        no_data_text=str(_("No data")),
        title=f"{figure.title}: {column.label}",
    )
    # Top row first, as in the table.
    chart.x_labels = [_short(str(row.label)) for row in reversed(rows)]
    chart.add(str(column.label), [float(row.values[column.key]) for row in reversed(rows)])
    tree = chart.render_tree()
    _make_csp_safe(tree)
    _make_accessible(tree, chart_id, figure, column, rows)
    # The prefix registry is global: another library may have taken the empty prefix since this module loaded
    # (the SVG then came out as ns0:svg, ns0:title). Claim it again just before writing.
    ElementTree.register_namespace("", SVG)
    return mark_safe(ElementTree.tostring(tree, encoding="unicode"))  # noqa: S308 - pygal escapes all text


def _make_csp_safe(tree) -> None:
    """Drop pygal's inline style and script, its tooltip and its comments (they name the version and the date,
    noise that would change every rendering); write the look as presentation attributes."""
    for parent in list(tree.iter()):
        for child in list(parent):
            if not isinstance(child.tag, str):
                parent.remove(child)
                continue
            tag = child.tag.split("}")[-1]
            classes = (child.get("class") or "").split()
            # pygal's own <title>/<desc> elements are its tooltips; the chart gets one title and one description.
            if tag in ("style", "script", "title", "desc") or "tooltip" in classes or "tooltip-overlay" in classes:
                parent.remove(child)
    parents = {child: parent for parent in tree.iter() for child in parent}

    def axis_of(element) -> set[str]:
        while element is not None:
            classes = set((element.get("class") or "").split())
            if "axis" in classes:
                return classes
            element = parents.get(element)
        return set()

    bars, values = [], []
    for element in tree.iter():
        element.attrib.pop("style", None)
        tag = element.tag.split("}")[-1]
        classes = set((element.get("class") or "").split())
        if tag == "rect" and "background" in classes:
            element.set("fill", "#ffffff")
        elif tag == "rect" and "reactive" in classes:
            element.set("fill", BAR)
            bars.append(element)
        elif tag == "text":
            element.set("fill", TEXT)
            element.set("font-family", FONT)
            element.set("font-size", "16" if "title" in classes else "13")
            axis = axis_of(element)
            if "title" in classes:
                element.set("font-weight", "bold")
                element.set("text-anchor", "middle")
            elif "value" in classes:
                values.append(element)
            elif "y" in axis:
                element.set("text-anchor", "end")
            elif "x" in axis:
                element.set("text-anchor", "middle")
        elif tag == "path" and "line" in classes:
            element.set("stroke", GUIDE if "guide" in classes else TEXT)
            element.set("stroke-width", "1")
            element.set("fill", "none")
    # Each value is printed just past the end of its bar, in the text colour (on white, never on the bar).
    for bar, value in zip(bars, values, strict=False):
        if bar.get("width") is None:
            continue
        value.set("x", f"{float(bar.get('x')) + float(bar.get('width')) + 6:.2f}")
        value.set("text-anchor", "start")


def _make_accessible(tree, chart_id: str, figure, column, rows) -> None:
    """Name the chart by a ``<title>``, describe it by a ``<desc>`` with every number, and mark it an image."""
    # pygal writes the namespaces as plain attributes too; the serializer declares them.
    for name in [name for name in tree.attrib if name.startswith("xmlns")]:
        del tree.attrib[name]
    tree.set("id", chart_id)
    tree.set("role", "img")
    tree.set("aria-labelledby", f"{chart_id}-title {chart_id}-desc")
    tree.set("class", "chart")
    tree.set("focusable", "false")
    summary = "; ".join(f"{row.label}: {_number(row.values[column.key], column.kind)}" for row in rows)
    description = f"{figure.description} {summary}." if rows else f"{figure.description} {_('No data')}."
    desc = ElementTree.Element(f"{{{SVG}}}desc", {"id": f"{chart_id}-desc"})
    desc.text = description
    title = ElementTree.Element(f"{{{SVG}}}title", {"id": f"{chart_id}-title"})
    title.text = f"{figure.title}: {column.label}"
    tree.insert(0, desc)
    tree.insert(0, title)


def simple_figure(key: str, title: str, description: str, label_header: str, column: Column, rows: list) -> Figure:
    """A one-column figure from (label, value) pairs, for pages that keep their own detailed tables (the staff
    figures of subsidies and events) and only add the chart."""
    return Figure(
        key,
        title,
        description,
        label_header,
        [column],
        [Row(str(label), {column.key: value}) for label, value in rows],
        column.key,
    )
