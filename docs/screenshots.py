#!/usr/bin/env python
"""Take the manuals' screenshots from the demo data in headless Chromium (called by ``make docs``).

Starts the portal on a free local port against the same database as ``make run`` (demo data loaded by
``make demo``), logs each demo role in by a session cookie, and writes PNG files to
``docs/img/screenshots/`` (ignored by git: the screenshots are always taken afresh, never committed).
Local use only, like the demo logins.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}

sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "deventer_intl.settings")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"The portal stopped before it answered (exit code {server.returncode}).")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"The portal did not answer at {url} within {seconds:.0f} s.")


def session_key(user) -> str:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = user._meta.pk.value_to_string(user)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


def shots() -> list[tuple[str, str | None, str, dict]]:
    """(file name, username or None for a visitor, path, viewport) for every screenshot the manuals show."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from django.utils import translation

    from agenda.models import Action
    from subsidies.lifecycle import Status
    from subsidies.models import Application

    users = get_user_model().objects
    with translation.override("nl"):
        ambassador = users.get(username="ambassadeur-cultuur")
        partner = users.get(username="partner-roemenie")
        action = Action.objects.editable_by(ambassador).order_by("pk").first()
        in_review = Application.objects.filter(status__in=[Status.SUBMITTED, Status.IN_REVIEW]).order_by("pk").first()
        own = Application.objects.visible_to(partner).order_by("pk").first()
        found = [
            ("home", None, reverse("home"), DESKTOP),
            ("agenda-phone", None, reverse("agenda:list"), PHONE),
            ("coordinator-admin", "coordinator", reverse("admin:index"), DESKTOP),
            ("civil-servant-queue", "ambtenaar", reverse("subsidies:list"), DESKTOP),
            ("civil-servant-monitoring", "ambtenaar", reverse("agenda:monitoring"), DESKTOP),
            ("civil-servant-budget", "ambtenaar", reverse("subsidies:budget"), DESKTOP),
            ("ambassador-my-agenda", "ambassadeur-cultuur", reverse("agenda:mine"), DESKTOP),
            ("partner-my-subsidies", "partner-roemenie", reverse("subsidies:mine"), DESKTOP),
            ("partner-my-events", "partner-roemenie", reverse("events:mine"), DESKTOP),
        ]
        if action is not None:
            found += [
                ("ambassador-action", "ambassadeur-cultuur", reverse("agenda:detail", args=[action.pk]), DESKTOP),
                ("ambassador-edit", "ambassadeur-cultuur", reverse("agenda:update", args=[action.pk]), DESKTOP),
                ("coordinator-history", "coordinator", reverse("agenda:history", args=[action.pk]), DESKTOP),
            ]
        if in_review is not None:
            found.append(
                ("civil-servant-review", "ambtenaar", reverse("subsidies:review", args=[in_review.pk]), DESKTOP)
            )
        if own is not None:
            found.append(
                ("partner-application", "partner-roemenie", reverse("subsidies:detail", args=[own.pk]), DESKTOP)
            )
    return found


def main() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from playwright.sync_api import sync_playwright

    from deventer_intl.demo.users import ensure_demo_users

    if settings.PRODUCTION:
        sys.exit("The documentation's screenshots are taken from the demo data, never in production.")
    ensure_demo_users()
    OUT.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", "--nothreading", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(f"{base}/livez", server)
        taken = []
        users = get_user_model().objects
        # Every database question before the browser starts: Playwright's event loop forbids Django's ORM.
        planned = [
            (name, session_key(users.get(username=username)) if username else None, path, viewport)
            for name, username, path, viewport in shots()
        ]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for name, key, path, viewport in planned:
                context = browser.new_context(viewport=viewport, locale="nl-NL")
                if key:
                    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": key, "url": base}])
                page = context.new_page()
                response = page.goto(base + path)
                if response is None or response.status != 200:
                    sys.exit(f"{path} answered {response.status if response else 'nothing'} (screenshot {name})")
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=False)
                context.close()
                taken.append(name)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"{len(taken)} screenshots in {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
