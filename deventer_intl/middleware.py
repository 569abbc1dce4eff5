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


# --- The database cannot be reached ------------------------------------------------------------------------
#: Seconds a browser or client is asked to wait before trying again.
RETRY_AFTER_SECONDS = 30


def database_unreachable(error: BaseException | None) -> bool:
    """Whether ``error`` means the database cannot be reached (refused, gone, restarting), not bad SQL."""
    from django.db import InterfaceError, OperationalError

    return isinstance(error, OperationalError | InterfaceError)


def unavailable_response() -> HttpResponse:
    """The site's 503 page with Retry-After, rendered without the request: no session, no user, no query."""
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def mark_database_unreachable(sender, request=None, **kwargs) -> None:
    """``got_request_exception``: note on the request that the database failed (errors in other middleware,
    such as saving the session, reach only this signal and the 500 handler)."""
    import sys

    if request is not None and database_unreachable(sys.exc_info()[1]):
        request.database_unreachable = True


class DatabaseUnavailableMiddleware:
    """Every page answers 503 in the site's style, with Retry-After, while the database cannot be reached.

    Django closes a connection that failed at the end of the request, so the next request connects afresh
    and the site recovers by itself once the database is back. With the embedded server (no DATABASE_URL) a
    dead server is started again here (``deventer_intl.database.revive_embedded``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        if response.status_code >= 500 and getattr(request, "database_unreachable", False):
            return self.unavailable()
        return response

    def process_exception(self, request: HttpRequest, exception: Exception):
        if database_unreachable(exception):
            return self.unavailable(exception)
        return None

    @staticmethod
    def unavailable(exception: Exception | None = None) -> HttpResponse:
        import logging

        from django.db import connections

        from deventer_intl import database

        logging.getLogger("deventer_intl.database").warning("Database unreachable: %s", exception or "see above")
        # A broken connection is not kept for the next request (Django also does this when the request ends).
        for each in connections.all(initialized_only=True):
            each.close_if_unusable_or_obsolete()
        try:
            database.revive_embedded()
        except Exception:  # noqa: BLE001  (a failed restart is logged; the page is a 503 either way)
            logging.getLogger("deventer_intl.database").exception("Could not start the embedded database again")
        return unavailable_response()
