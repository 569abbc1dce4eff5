"""Error monitoring through Sentry (sentry-sdk), only when ``SENTRY_DSN`` is set.

Nothing personal leaves the portal: no cookies, no form data, no query strings, no headers but a
few harmless ones, no user but the numeric id, and e-mail addresses masked in every message.
"""

from __future__ import annotations

import re
from typing import Any

_EMAIL = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[A-Za-z]{2,}")
_KEPT_HEADERS = {"Accept-Language", "Content-Type", "Content-Length", "Host", "User-Agent", "X-Request-Id"}


def init_sentry(*, dsn: str, environment: str, release: str, traces_sample_rate: float = 0.0, **options: Any) -> None:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=f"deventer-intl@{release}",
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=traces_sample_rate,
        before_send=scrub_event,
        before_send_transaction=scrub_event,
        **options,
    )


def scrub_event(event: dict, _hint: dict | None = None) -> dict:
    """Remove what could identify a person from an event before it is sent."""
    request = event.get("request")
    if isinstance(request, dict):
        request.pop("cookies", None)
        request.pop("data", None)
        request.pop("query_string", None)
        request.pop("env", None)
        headers = request.get("headers") or {}
        request["headers"] = {name: value for name, value in headers.items() if name.title() in _KEPT_HEADERS}
        if isinstance(request.get("url"), str):
            request["url"] = request["url"].split("?", 1)[0]
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {"id": user["id"]} if "id" in user else {}
    event.pop("server_name", None)
    return _mask(event)


def _mask(value: Any) -> Any:
    if isinstance(value, str):
        return _EMAIL.sub("[e-mail]", value)
    if isinstance(value, dict):
        return {key: _mask(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_mask(item) for item in value]
    return value
