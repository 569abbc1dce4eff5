"""Rate limits on the forms that send e-mail or create something without a login, and the client's address.

Counted per client address in the shared ``default`` cache by django-ratelimit, so a limit holds across
gunicorn workers and machines. Over the limit the form answers 429 with the site's page that says when to
try again (and a ``Retry-After`` header). Log-ins are throttled by django-axes, which uses the same address.

Behind a reverse proxy the address the application sees is the proxy's; ``TRUSTED_PROXY_COUNT`` says how many
proxies in front of the application append to ``X-Forwarded-For``, and the client is the address the
outermost of them saw. Without proxies (the default) the header is ignored: anyone can send it.
"""

from __future__ import annotations

import datetime
import ipaddress

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django_ratelimit.core import get_usage


def client_ip(request: HttpRequest) -> str:
    """The client's address: ``REMOTE_ADDR``, or with N trusted proxies the N-th address from the right of
    ``X-Forwarded-For`` (each proxy appends the address it received the request from).

    A header with fewer addresses than proxies did not come through all of them: ``REMOTE_ADDR`` then.
    """
    remote = request.META.get("REMOTE_ADDR", "") or "0.0.0.0"
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def axes_client_ip(request: HttpRequest) -> str:
    """django-axes' ``AXES_CLIENT_IP_CALLABLE``: the same client address as the rate limits."""
    return client_ip(request)


def _key(group: str, request: HttpRequest) -> str:
    return client_ip(request)


def over_limit(request: HttpRequest, group: str) -> int | None:
    """Count this POST against the client's limit for ``group``; the seconds to wait when over it, else None."""
    rate = settings.RATE_LIMITS.get(group)
    if not rate or request.method != "POST":
        return None
    usage = get_usage(request, group=group, key=_key, rate=rate, method="POST", increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return max(usage["time_left"], 1)


def too_many_requests(request: HttpRequest, seconds: int) -> HttpResponse:
    """The 429 page: what happened, nothing was sent or saved, and when to try again."""
    again = timezone.localtime() + datetime.timedelta(seconds=seconds)
    response = TemplateResponse(
        request, "429.html", {"retry_at": again, "retry_minutes": max(1, -(-seconds // 60))}, status=429
    )
    response["Retry-After"] = str(seconds)
    return response


class RateLimitedFormMixin:
    """A form view whose valid POSTs (those that send or create something) count against the client's limit
    named ``rate_limit_group`` (a key of ``RATE_LIMITS``); over it, the 429 page and nothing is sent.

    Replaces ``ProcessFormView.post`` (same steps, the count between validating and ``form_valid``), so the
    view's own ``form_valid`` stays as it is. A form with errors does not count.
    """

    rate_limit_group: str = ""

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if not form.is_valid():
            return self.form_invalid(form)
        seconds = over_limit(request, self.rate_limit_group)
        if seconds is not None:
            return too_many_requests(request, seconds)
        return self.form_valid(form)
