"""Structured logs: JSON lines in production, readable lines in development (structlog).

Every line carries an event name, the time, the level and the logger; lines written while a request
is handled also carry its ``request_id`` and the ``user_id`` (a number, never an e-mail address or a
name). Django's own loggers go through the same formatter, so an operator reads one format.

Why not django-structlog: it logs the full path with its query string and the client's address.
Our URLs carry secrets (the cancel link of a registration, password-reset tokens) and search terms,
and an address is personal data; we log the route's name instead of the path, and no address.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

import structlog
from django.urls import Resolver404, resolve
from django.utils.functional import LazyObject, empty

REQUEST_ID_HEADER = "X-Request-ID"
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[A-Za-z]{2,}")

logger = structlog.get_logger("deventer_intl.request")


def scrub_emails(_logger, _method, event_dict: dict) -> dict:
    """Last line of defence: an e-mail address that slipped into a log line is masked."""
    for key, value in event_dict.items():
        if isinstance(value, str) and "@" in value:
            event_dict[key] = _EMAIL.sub("[e-mail]", value)
    return event_dict


SHARED_PROCESSORS = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
    structlog.stdlib.ExtraAdder(),
    scrub_emails,
]


def logging_config(*, json: bool, level: str) -> dict:
    """The ``LOGGING`` dict for Django: one handler, JSON or console, for structlog and stdlib alike."""
    renderer = (
        structlog.processors.JSONRenderer(sort_keys=False)
        if json
        else structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback)
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "structured": {
                "()": structlog.stdlib.ProcessorFormatter,
                "processors": [
                    structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.format_exc_info if json else _keep,
                    renderer,
                ],
                "foreign_pre_chain": SHARED_PROCESSORS,
            }
        },
        # The handler's level, not only the root's: Django's own loggers propagate here too.
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "structured", "level": level}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # The request line below replaces Django's own, which names the full path.
            "django.request": {"level": "ERROR"},
            "django.server": {"level": "ERROR" if json else level},
        },
    }


def _keep(_logger, _method, event_dict: dict) -> dict:
    return event_dict


def configure_structlog() -> None:
    structlog.configure(
        processors=[
            *SHARED_PROCESSORS,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )


class RequestLogMiddleware:
    """Binds a request id (the proxy's ``X-Request-ID`` when it looks safe, else a new one) and logs
    ``request_finished`` with the route's name, the status and the time taken in milliseconds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = incoming if _SAFE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
        except Exception:
            self._bind_user(request)
            logger.exception("request_failed", method=request.method, route=_route(request))
            raise
        self._bind_user(request)
        response[REQUEST_ID_HEADER] = request_id
        status = response.status_code
        log = logger.warning if status >= 500 else logger.info
        log(
            "request_finished",
            method=request.method,
            route=_route(request),
            status=status,
            duration_ms=round((time.perf_counter() - started) * 1000, 1),
        )
        structlog.contextvars.clear_contextvars()
        return response

    @staticmethod
    def _bind_user(request) -> None:
        """The user id, only when the request already looked its user up: asking here would load the session
        (a query, and an error while the database is unreachable) for pages that never needed it."""
        user = getattr(request, "user", None)
        if isinstance(user, LazyObject) and user._wrapped is empty:
            return
        if user is not None and getattr(user, "is_authenticated", False):
            structlog.contextvars.bind_contextvars(user_id=user.pk)


def _route(request) -> str:
    """The URL pattern's name (``agenda:detail``), never the path with its values."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return "unknown"
    return match.view_name or "unknown"


logging.captureWarnings(True)
