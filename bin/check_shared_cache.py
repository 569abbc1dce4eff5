#!/usr/bin/env python
"""Two instances share one cache: an edit through one is visible at once through the other.

Usage: ``bin/check_shared_cache.py http://127.0.0.1:8000 http://127.0.0.1:8001 [action id]`` against two
``make serve`` instances (``make serve PORT=8001``) on the same ``DATABASE_URL`` and ``REDIS_URL`` with the
demo data (it logs in as ``ambtenaar``). It warms the action's public page on both, posts a progress update
through the first, and reads the page through the second: it must be a cache miss that shows the update.
"""

from __future__ import annotations

import re
import sys
import time

import requests

PASSWORD = "deventer-demo-2026"


def cookies_of(response, jar: dict) -> dict:
    # Set-Cookie is Secure in production mode; over plain http on this machine we carry the cookies ourselves.
    for cookie in response.raw.headers.getlist("Set-Cookie"):
        name, value = cookie.split(";", 1)[0].split("=", 1)
        jar[name] = value
    return jar


def header(jar: dict) -> dict:
    return {"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())} if jar else {}


def form_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def anonymous(base: str, path: str) -> requests.Response:
    response = requests.get(base + path, allow_redirects=False, timeout=30)
    response.raise_for_status()
    return response


def main(first: str, second: str, action: str) -> int:
    page = f"/nl/agenda/{action}/"
    for base in (first, second):
        anonymous(base, page)
        print(f"{base}{page}: {anonymous(base, page).headers.get('X-Page-Cache')}")
    jar: dict = {}
    login = requests.get(first + "/nl/account/inloggen/", timeout=30)
    cookies_of(login, jar)
    response = requests.post(
        first + "/nl/account/inloggen/",
        data={"username": "ambtenaar", "password": PASSWORD, "csrfmiddlewaretoken": form_token(login.text)},
        headers={**header(jar), "Referer": first + "/nl/account/inloggen/"},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, f"login failed: {response.status_code}"
    cookies_of(response, jar)
    form = requests.get(first + page + "voortgang/", headers=header(jar), timeout=30)
    text = f"Gedeelde cache controle {time.strftime('%H:%M:%S')}"
    response = requests.post(
        first + page + "voortgang/",
        data={"date": time.strftime("%Y-%m-%d"), "text": text, "csrfmiddlewaretoken": form_token(form.text)},
        headers={**header(cookies_of(form, jar)), "Referer": first + page},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, f"progress update failed: {response.status_code}"
    print(f"posted {text!r} through {first}")
    seen = anonymous(second, page)
    found = text in seen.text
    print(f"{second}{page}: {seen.headers.get('X-Page-Cache')}, shows the update: {found}")
    return 0 if found else 1


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "9"))
