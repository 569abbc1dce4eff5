"""Open data: every public list of the portal as a download, CSV (UTF-8 with BOM) and JSON, under CC0 1.0.

The downloads are the public API's own lists (``<app>/api.py``): the same querysets, the same serializers, every
row instead of a page. So the API, the downloads and the pages agree on what is public; nothing here decides
that again. A CSV row is the JSON object flattened: a name in three languages becomes ``name_nl``, ``name_en``,
``name_de``; a list of codes becomes one cell ``4; 6``; the actions' timeline is its own CSV, one row per update.

Licence: CC0 1.0 (public domain dedication), as the Dutch government's open-data policy recommends for government
data (data.overheid.nl): anyone may reuse the data without conditions. Attribution under CC-BY would oblige every
app and map that mixes these lists with other sources to carry the credit along, for facts the municipality
publishes anyway; the page asks for a mention without requiring it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from rest_framework.renderers import JSONRenderer

from deventer_intl.resources import formula_safe
from deventer_intl.views import CrumbsMixin

LICENCE = {"name": "CC0 1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"}


@dataclass(frozen=True)
class Dataset:
    """One download: its file name, title, description, the API endpoint it equals, and how to get its rows."""

    name: str
    title: str
    description: str
    endpoint: str
    rows: Callable


def _viewset_rows(path: str) -> Callable:
    """Every row of an API list (its queryset, ordering and serializer), unpaginated."""

    def rows(request) -> list[dict]:
        viewset = import_string(path)()
        queryset = viewset.get_queryset()
        ordering = getattr(viewset, "ordering", None)
        if ordering:
            queryset = queryset.order_by(*ordering)
        return viewset.get_serializer_class()(queryset, many=True, context={"request": request}).data

    return rows


def _figure_rows(path: str) -> Callable:
    """The rows of a computed API list (figures): ``<app>.api.<name>_rows()``."""

    def rows(request) -> list[dict]:
        return import_string(path)()

    return rows


def _timeline_rows(request) -> list[dict]:
    """One row per progress update of a public action (the actions' JSON nests them)."""
    actions = _viewset_rows("agenda.api.ActionViewSet")(request)
    return [
        {"action_id": action["id"], "action_code": action["code"], **entry}
        for action in actions
        for entry in action["timeline"]
    ]


DATASETS: dict[str, Dataset] = {
    dataset.name: dataset
    for dataset in [
        Dataset(
            "partners",
            _("Partners"),
            _("Published partner organisations: kind, sector, countries, Global Goals, networks, website."),
            "partners",
            _viewset_rows("partners.api.PartnerViewSet"),
        ),
        Dataset(
            "actions",
            _("Work agenda"),
            _(
                "Public actions of the work agenda (lists A and B): status, progress, period and chapter, lead and "
                "partners, sectors, goals, countries; the JSON holds each action's timeline."
            ),
            "actions",
            _viewset_rows("agenda.api.ActionViewSet"),
        ),
        Dataset(
            "actions-timeline",
            _("Timeline of the work agenda"),
            _("Every progress update of a public action: date, text, the status and progress it set."),
            "actions",
            _timeline_rows,
        ),
        Dataset(
            "events",
            _("Events"),
            _(
                "Public events, coming and past: kind, dates, place, organisers, sectors, goals, linked actions and "
                "relations, expected and counted visitors."
            ),
            "events",
            _viewset_rows("events.api.EventViewSet"),
        ),
        Dataset(
            "relations",
            _("International relations"),
            _("Deventer's international relations: counterpart, country, kind, since and until, local partners."),
            "relations",
            _viewset_rows("partners.api.RelationViewSet"),
        ),
        Dataset(
            "subsidies",
            _("Subsidies granted"),
            _(
                "The subsidy register: every granted subsidy with organisation, project title, scheme, amount "
                "granted (and settled), country and Global Goals. Nothing that was not granted."
            ),
            "subsidies",
            _viewset_rows("subsidies.api.GrantViewSet"),
        ),
        Dataset(
            "subsidy-totals",
            _("Subsidies granted per year"),
            _("Per budget year: the number of subsidies granted and their total."),
            "subsidy-totals",
            _figure_rows("subsidies.api.totals_rows"),
        ),
        Dataset(
            "event-totals",
            _("Events and visitors per year"),
            _("Per calendar year: public events held, how many have a visitor count, and the visitors."),
            "event-totals",
            _figure_rows("events.api.totals_rows"),
        ),
        Dataset(
            "sectors",
            _("Sectors"),
            _("The sectors of the klaverblad, with their names in Dutch, English and German."),
            "sectors",
            _viewset_rows("partners.api.SectorViewSet"),
        ),
        Dataset(
            "goals",
            _("Global Goals"),
            _("The 17 Global Goals, with their names in Dutch, English and German and their colours."),
            "goals",
            _viewset_rows("partners.api.GlobalGoalViewSet"),
        ),
    ]
}


def flatten(row: dict, prefix: str = "") -> dict:
    """A JSON object as one CSV row: nested objects become ``a_b`` columns, lists of codes one ``x; y`` cell, and
    nested lists of objects (the timeline) are left to their own dataset."""
    flat = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            if value and isinstance(value[0], dict):
                continue
            flat[name] = "; ".join(str(item) for item in value)
        else:
            flat[name] = value
    return flat


def as_csv(rows: list[dict]) -> bytes:
    """UTF-8 with a BOM (so Excel reads the accents); no cell can run as a formula (``formula_safe``)."""
    flat = [flatten(row) for row in rows]
    columns = list(dict.fromkeys(key for row in flat for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in flat:
        writer.writerow({key: "" if value is None else formula_safe(value) for key, value in row.items()})
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_json(dataset: Dataset, rows: list[dict], generated) -> bytes:
    document = {
        "dataset": dataset.name,
        "title": str(dataset.title),
        "licence": LICENCE,
        "publisher": "Gemeente Deventer, International Office",
        "generated": generated.isoformat(),
        "count": len(rows),
        "items": rows,
    }
    return JSONRenderer().render(document)


class OpenDataView(CrumbsMixin, TemplateView):
    """What can be downloaded, in which formats, under which licence, and how the API relates to it."""

    template_name = "open_data.html"
    crumb_label = _("Open data")

    def get_context_data(self, **kwargs):
        return super().get_context_data(datasets=DATASETS.values(), licence=LICENCE, today=timezone.now(), **kwargs)


class DownloadView(View):
    """One dataset as CSV or JSON, made when it is asked for (so it is as current as the site)."""

    def get(self, request, *args, name: str, fmt: str, **kwargs):
        dataset = DATASETS.get(name)
        if dataset is None or fmt not in ("csv", "json"):
            raise Http404
        generated = timezone.now()
        rows = json.loads(JSONRenderer().render(dataset.rows(request)))  # plain values, as the API writes them
        if fmt == "csv":
            response = HttpResponse(as_csv(rows), content_type="text/csv; charset=utf-8")
        else:
            response = HttpResponse(as_json(dataset, rows, generated), content_type="application/json")
        stamp = timezone.localdate(generated).isoformat()
        response["Content-Disposition"] = f'attachment; filename="deventer-international-{name}-{stamp}.{fmt}"'
        response["Access-Control-Allow-Origin"] = "*"
        return response
