"""Site-wide request guards: bad input answered with 400 before any view sees it."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template import loader

NUL = "\x00"


def _has_nul(values) -> bool:
    return any(NUL in key or any(NUL in value for value in items if isinstance(value, str)) for key, items in values)


def bad_request_response(request: HttpRequest | None = None) -> HttpResponse:
    """The site's 400 page, rendered without the request's context processors (nothing in it can fail)."""
    return HttpResponse(loader.render_to_string("400.html"), status=400)


class RejectBadInputMiddleware:
    """A NUL byte in the path, the query string or a posted field is answered with 400.

    PostgreSQL cannot store or compare text with NUL bytes: every lookup by slug, code or search text would
    raise a DataError (a 500). Django's form fields already refuse them; this catches the URL and the views
    that read ``request.GET`` or ``request.POST`` themselves, once for every page. Invalid UTF-8 in the URL is
    decoded by Django with replacement characters, so it needs nothing here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if NUL in request.path or NUL in request.path_info or _has_nul(request.GET.lists()):
            return bad_request_response(request)
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            if _has_nul(request.POST.lists()):
                return bad_request_response(request)
        return self.get_response(request)
