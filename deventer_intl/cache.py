"""The shared cache: keys per database, the site's content generation, and cached pages for anonymous visitors.

**Content generation.** One value in the shared cache names the current state of everything public. Every
write to a content table bumps it, found at the SQL level (an execute wrapper on every database connection
sees each ``INSERT``/``UPDATE``/``DELETE``/``TRUNCATE`` and its table), so a model, a page or a service added
later invalidates the cache without registering anything: admin saves, forms, imports, ``QuerySet.update()``,
``bulk_create`` and cascades alike. Only bookkeeping tables (sessions, the cache table, login throttling,
audit and log tables: ``CONTENT_IGNORED_TABLES``) do not count.

A bump writes a new unique token (never ``incr``: the database cache cannot increment atomically, and two
bumps that raced must still leave a value nobody read before). It happens after the transaction commits (once per
transaction, however many rows it wrote), so a page rendered from data read before the commit can only be stored
under the old token, which no request asks for any more. Bumping inside the transaction would, with the database
cache, lock the generation's row until the commit and serialise every writer.

**Cached pages.** ``AnonymousPageCacheMiddleware`` answers GET requests of visitors without a session or
message cookie from the shared cache: one round trip fetches the generation and the page together, and the
page counts only when it was stored under the current generation. It stores only 200 answers that set no
cookie (so no page with a CSRF token, no message, no session), are not marked private/no-store/no-cache and do
not vary on anything but language and cookie. Logged-in users neither get nor put a cached page: their
requests carry the session cookie. A view opts out with ``never_cache``.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging
import re
import secrets
import time
from functools import cache as memoize
from functools import partial

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import ProgrammingError, connections, transaction
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from psycopg.errors import UndefinedTable

logger = logging.getLogger(__name__)

GENERATION_KEY = "content:generation"
PAGE_PREFIX = "page:"
#: What a stored page keeps of its response.
_NEVER_CACHED_PATHS = {"/healthz", "/livez", "/readyz"}
_KEPT_HEADERS = {"content-type", "content-language", "content-disposition", "x-frame-options", "cache-control"}


def make_key(key: str, key_prefix: str, version: int) -> str:
    """Django's cache key with the database's name in front: several sites (or the test databases of
    parallel test processes) may share one Redis without ever reading each other's pages."""
    database = connections["default"].settings_dict.get("NAME") or ""
    return f"{database}:{key_prefix}:{version}:{key}"


# --------------------------------------------------------------------------------------
# The content generation
# --------------------------------------------------------------------------------------


def _new_token() -> str:
    return f"{time.time_ns():x}-{secrets.token_hex(4)}"


def current_generation() -> str:
    """The content generation, created when the cache has none (first start, eviction)."""
    value = cache.get(GENERATION_KEY)
    return value if value is not None else _start_generation()


def _start_generation() -> str:
    cache.add(GENERATION_KEY, _new_token(), None)
    return cache.get(GENERATION_KEY) or _new_token()


def bump_generation() -> None:
    """Every cached page is out of date from now on, on every process.

    A cache that cannot be reached (or whose table is not created yet, during the first migrate) never makes
    the write itself fail: it is logged, and the pages it holds cannot be read either."""
    try:
        cache.set(GENERATION_KEY, _new_token(), None)
    except ProgrammingError as error:
        if not isinstance(error.__cause__, UndefinedTable):
            raise
        # The database cache's table is not there yet (the first migrate): it holds nothing out of date.
    except Exception:
        logger.exception("The content generation could not be bumped; cached pages may be out of date.")


def _bump_after_commit(connection, write: int) -> None:
    """Run after the commit of a transaction that wrote ``write`` (a running number per connection): the first
    of a transaction's callbacks bumps, the others see that it covered them."""
    if getattr(connection, "_content_bumped_through", 0) >= write:
        return
    connection._content_bumped_through = connection._content_writes
    bump_generation()


def remember(name: str, compute, *, timeout: int = 3600):
    """``compute()``, kept in the shared cache until the content generation moves (any edit): for per-request
    work that depends only on the data, such as a filter's choice list. One round trip fetches the generation
    and the value together."""
    key = f"remember:{name}"
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or _start_generation()
    entry = found.get(key)
    if entry is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    cache.set(key, (generation, value), timeout)
    return value


_WRITE = re.compile(
    r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?"?([A-Za-z0-9_.]+)', re.IGNORECASE
)


def written_table(sql: str) -> str | None:
    """The table a write statement changes; None for reads. A write whose table cannot be read counts as ``?``."""
    head = sql.lstrip()[:8].upper()
    if not head.startswith(("INSERT", "UPDATE", "DELETE", "TRUNCATE")):
        return None
    match = _WRITE.match(sql)
    return match.group(1).split(".")[-1].lower() if match else "?"


@memoize
def _ignored_patterns() -> tuple[str, ...]:
    patterns = list(settings.CONTENT_IGNORED_TABLES)
    for config in settings.CACHES.values():
        if config["BACKEND"].endswith("DatabaseCache"):
            patterns.append(config["LOCATION"].lower())
    return tuple(patterns)


def is_content_table(table: str) -> bool:
    return not any(fnmatch.fnmatchcase(table, pattern) for pattern in _ignored_patterns())


def content_changed(connection) -> None:
    """A content table was written on ``connection``: bump the generation once it is committed."""
    if not connection.in_atomic_block:
        bump_generation()
        return
    write = getattr(connection, "_content_writes", 0) + 1
    connection._content_writes = write
    transaction.on_commit(partial(_bump_after_commit, connection, write), using=connection.alias)
    if isinstance(caches["default"], LocMemCache):
        # One process only (the tests): nobody else can read the new token early, and a test's own transaction
        # never commits, so a request later in the same test must not get what was kept before its writes.
        bump_generation()


def watch_writes(execute, sql, params, many, context):
    """Execute wrapper installed on every connection (apps.py): writes to content tables bump the generation."""
    result = execute(sql, params, many, context)
    if sql[:1] not in "SsWw(":  # reads never pay more than this check
        table = written_table(sql)
        if table is not None and is_content_table(table):
            content_changed(context["connection"])
    return result


def install_write_watcher(sender, connection, **kwargs) -> None:
    """``connection_created`` receiver; the wrapper list survives reconnects, so it is added once."""
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)


# --------------------------------------------------------------------------------------
# Cached pages
# --------------------------------------------------------------------------------------


def _cookies_mean_personal(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES


def page_key(request) -> str:
    """One key per scheme, host, language and full path (with its query string) of a GET."""
    name = f"{request.scheme}|{request.get_host()}|{translation.get_language()}|{request.get_full_path()}"
    return PAGE_PREFIX + hashlib.sha256(name.encode()).hexdigest()


def _storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form with this visitor's token
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and (messages._queued_messages or messages.used):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    varies = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return varies <= {"cookie", "accept-language", "accept-encoding"}


def _finish(response, etag: str, stored_at: float) -> None:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(stored_at)
    if not response.has_header("Cache-Control"):
        # Shared caches and browsers may keep it, but must ask again each time (an edit shows at once);
        # the ETag makes that question cheap.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))


class AnonymousPageCacheMiddleware:
    """Public pages for visitors without a session from the shared cache (see the module's docstring).
    Sits after the locale, session, CSRF, authentication and message middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or request.method not in ("GET", "HEAD") or _cookies_mean_personal(request):
            response = self.get_response(request)
            if _cookies_mean_personal(request) and not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)  # a logged-in page never lands in a shared cache
            return response

        if request.path_info in _NEVER_CACHED_PATHS:  # health checks must tell the truth, and need no cache
            return self.get_response(request)
        key = page_key(request)
        try:
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY) or _start_generation()
        except Exception:  # a cache that does not answer (Redis down, no cache table yet) means "not cached"
            logger.warning("page_cache_unavailable", exc_info=True)
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry["generation"] == generation:
            response = HttpResponse(entry["content"], status=200)
            for name, value in entry["headers"]:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            _finish(response, entry["etag"], entry["stored_at"])
            return get_conditional_response(
                request, etag=entry["etag"], last_modified=int(entry["stored_at"]), response=response
            )

        response = self.get_response(request)
        if request.method != "GET" or not _storable(request, response):
            return response
        etag = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        stored_at = time.time()
        entry = {
            "generation": generation,
            "content": response.content,
            "headers": [(name, value) for name, value in response.items() if name.lower() in _KEPT_HEADERS],
            "etag": response.get("ETag") or etag,
            "stored_at": stored_at,
        }
        try:
            cache.set(key, entry, seconds)
        except Exception:
            logger.warning("page_cache_unavailable", exc_info=True)
            return response
        response["X-Page-Cache"] = "miss"
        _finish(response, entry["etag"], stored_at)
        return get_conditional_response(request, etag=entry["etag"], last_modified=int(stored_at), response=response)
