"""The web layer every app shares: role-required pages, objects scoped to the user, breadcrumbs and the
searchable filtered list.

Every app's views build on these, so "who gets a 403 and who a 404" and "how a list is filtered, searched
and paged" are written once. Site-wide pages (home, health, errors) are in ``pages.py``.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django_filters.views import FilterView
from rules.contrib.views import PermissionRequiredMixin


def crumb(label, url_name=None, **kwargs) -> dict:
    """One breadcrumb: a label, and a URL unless it is the current page."""
    return {"label": label, "url": reverse(url_name, kwargs=kwargs or None) if url_name else None}


class CrumbsMixin:
    """Breadcrumbs below Home: ``crumbs`` as (label, url) pairs, the current page last without a URL.

    A page right below Home sets ``crumb_label``; a deeper one overrides ``get_crumbs``.
    """

    crumb_label = None

    def get_crumbs(self) -> list[dict]:
        return [crumb(self.crumb_label)] if self.crumb_label else []

    def get_context_data(self, **kwargs):
        return super().get_context_data(crumbs=self.get_crumbs(), **kwargs)


class RoleRequiredMixin(PermissionRequiredMixin):
    """Checks ``permission_required`` (django-rules): visitors go to the login page, logged-in users get 403."""

    def handle_no_permission(self):
        if self.request.user.is_authenticated:
            raise PermissionDenied
        return super().handle_no_permission()


class ScopedObjectMixin(RoleRequiredMixin):
    """Finds the object among those the user may see (else 404), then checks ``permission_required`` on it
    (else 403).

    Set ``scope_model`` (whose manager has ``visible_to(user)``), and ``scope_lookup`` when the URL names the
    object by another field than ``pk`` (the URL keyword has the same name). ``scope_context_name`` puts the
    object in the template context under that name.
    """

    scope_model: type[models.Model]
    scope_lookup = "pk"
    scope_context_name: str | None = None

    def get_scope_queryset(self) -> models.QuerySet:
        return self.scope_model.objects.visible_to(self.request.user)

    @cached_property
    def scoped_object(self):
        return get_object_or_404(self.get_scope_queryset(), **{self.scope_lookup: self.kwargs[self.scope_lookup]})

    def get_permission_object(self):
        return self.scoped_object

    def get_context_data(self, **kwargs):
        if self.scope_context_name:
            kwargs.setdefault(self.scope_context_name, self.scoped_object)
        return super().get_context_data(**kwargs)


class KeyFirstPaginator(Paginator):
    """Pages in two steps: sort and skip on the primary keys only (an index-only scan where an index matches the
    list's order), then read the page's full rows by key. A deep page no longer sorts and skips thousands of
    wide rows (with their joins), and page 200 costs about what page 1 does."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.order_by().filter(pk__in=keys)}
        return self._get_page([rows[key] for key in keys if key in rows], number, self)


class SearchableFilterView(CrumbsMixin, FilterView):
    """A filtered, searchable, paginated list: ranked by relevance when a search ran, else ``ordering``.

    The template gets ``querystring`` (the filters without the page, for pagination links) and
    ``active_filters``.
    """

    ordering: list[str] = []
    paginator_class = KeyFirstPaginator

    def paginate_queryset(self, queryset, page_size):
        # Relevance order when a search ran; an invalid filter form yields .none() without a rank.
        searched = "search_rank" in queryset.query.annotations
        ordering = ["-search_rank", *self.ordering] if searched else self.ordering
        return super().paginate_queryset(queryset.order_by(*ordering), page_size)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["querystring"] = query.urlencode()
        context["active_filters"] = any(value for key, value in self.request.GET.items() if key != "page")
        # Filters other than the search box are folded (so on a phone the results come first) unless one is set.
        context["filters_chosen"] = any(value for key, value in self.request.GET.items() if key not in ("page", "q"))
        return context
