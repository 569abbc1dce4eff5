"""``make loadtest``: the users of the portal at once (bin/loadtest.py starts make serve and runs this headless).

Anonymous visitors browse the public pages (most of the traffic); ambassadors log in, edit actions of their
sector and post progress updates; partner representatives apply for a subsidy; visitors register for events.
The floor view (``/bench/floor``: no template, no query) is requested in the same run for comparison. Data
(slugs, ids, logins) comes from ``LOADTEST_DATA`` (JSON, written by ``bin/bench.py --loadtest-data``).

Production mode sets Secure cookies; this runs over plain http on this machine, so the clients send them back
anyway (``_PlainHttpCookies``), as a browser on localhost does.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from html.parser import HTMLParser

from locust import HttpUser, between, task
from requests.cookies import RequestsCookieJar

DATA = json.loads(os.environ.get("LOADTEST_DATA", "{}"))


class _PlainHttpCookies(RequestsCookieJar):
    """Keeps production's Secure cookies for plain http on this machine (as browsers do on localhost)."""

    def set_cookie(self, cookie, *args, **kwargs):
        cookie.secure = False
        return super().set_cookie(cookie, *args, **kwargs)


class FormReader(HTMLParser):
    """The fields of the first POST form on a page that has ``field`` (not the logout form): what a browser
    would send unchanged."""

    def __init__(self, field: str):
        super().__init__()
        self.field, self.forms, self.current, self.select, self.textarea = field, [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self.current = {"action": attrs.get("action") or "", "data": [], "names": set()}
        elif self.current is None:
            return
        elif tag == "input" and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            self.current["names"].add(attrs["name"])
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.current["data"].append((attrs["name"], attrs.get("value") or "on"))
            elif kind not in ("submit", "file", "button"):
                self.current["data"].append((attrs["name"], attrs.get("value") or ""))
        elif tag == "select":
            self.select = attrs.get("name")
            self.current["names"].add(self.select)
            self.multiple, self.first_option, self.chosen = "multiple" in attrs, None, False
        elif tag == "option" and self.select:
            if self.first_option is None:
                self.first_option = attrs.get("value") or ""
            if "selected" in attrs:
                self.chosen = True
                self.current["data"].append((self.select, attrs.get("value") or ""))
        elif tag == "textarea":
            self.textarea = attrs.get("name")
            self.current["names"].add(self.textarea)
            self.current["data"].append((self.textarea, ""))

    def handle_data(self, data):
        if self.current is not None and self.textarea:
            name, value = self.current["data"][-1]
            self.current["data"][-1] = (name, value + data)

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            if self.current is not None and self.select and not self.chosen and not self.multiple:
                # A browser sends a single select's first option when none is marked selected.
                self.current["data"].append((self.select, self.first_option or ""))
            self.select = None
        elif tag == "form" and self.current is not None:
            self.forms.append(self.current)
            self.current = None

    def form(self, html: str) -> dict:
        self.feed(html)
        for form in self.forms:
            if self.field in form["names"]:
                return form
        raise LookupError(f"no form with {self.field}")


def form_of(html: str, field: str) -> dict:
    return FormReader(field).form(html)


def replace(data: list, **values) -> list:
    kept = [(name, value) for name, value in data if name not in values]
    return kept + list(values.items())


def options(html: str, name: str) -> list[str]:
    block = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S)
    return [value for value in re.findall(r'<option value="([^"]+)"', block.group(1)) if value] if block else []


class PortalUser(HttpUser):
    abstract = True

    def on_start(self):
        self.client.cookies = _PlainHttpCookies()

    def log_in(self, username: str) -> None:
        page = self.client.get("/nl/account/inloggen/", name="login form")
        form = form_of(page.text, "username")
        data = replace(form["data"], username=username, password=DATA["password"])
        with self.client.post(
            "/nl/account/inloggen/", data=data, name="login", allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 302:
                response.failure(f"login as {username}: {response.status_code}")

    def post_form(self, path: str, data: list, name: str) -> None:
        with self.client.post(path, data=data, name=name, allow_redirects=False, catch_response=True) as response:
            if response.status_code not in (302, 303):
                errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]{0,120})', response.text)
                response.failure(f"{name}: {response.status_code} {errors[:3]}")


class Visitor(PortalUser):
    """Anonymous browsing of the public pages."""

    weight = 12
    wait_time = between(0.2, 1.0)

    @task(4)
    def home(self):
        self.client.get("/nl/", name="home")

    @task(3)
    def directory(self):
        page = random.choice([1, 1, 1, 2, 5, 20, 100, 200])
        self.client.get(f"/nl/partners/?page={page}", name="directory")

    @task(3)
    def partner(self):
        self.client.get(f"/nl/partners/{random.choice(DATA['partners'])}/", name="partner detail")

    @task(1)
    def search(self):
        self.client.get(f"/nl/partners/?q={random.choice(['onderwijs', 'oeganda', 'water', 'sibiu'])}", name="search")

    @task(3)
    def agenda(self):
        self.client.get(f"/nl/agenda/?page={random.choice([1, 1, 2, 10, 400])}", name="agenda")

    @task(3)
    def action(self):
        self.client.get(f"/nl/agenda/{random.choice(DATA['public_actions'])}/", name="action detail")

    @task(3)
    def events(self):
        self.client.get("/nl/evenementen/", name="events")

    @task(1)
    def past_events(self):
        self.client.get(f"/nl/evenementen/geweest/?page={random.choice([1, 2, 50, 200])}", name="past events")

    @task(2)
    def event(self):
        self.client.get(f"/nl/evenementen/{random.choice(DATA['events'])}/", name="event detail")

    @task(1)
    def calendar(self):
        self.client.get("/nl/evenementen/kalender/", name="calendar")

    @task(1)
    def sitemap(self):
        self.client.get("/sitemap.xml", name="sitemap index")

    @task(1)
    def goals(self):
        self.client.get(f"/nl/doelen/{random.randint(1, 17)}/", name="goal page")

    @task(2)
    def floor(self):
        self.client.get("/bench/floor", name="floor (no template, no query)")


class Ambassador(PortalUser):
    """Edits actions of their sector and posts progress updates."""

    weight = 2
    wait_time = between(1, 3)

    def on_start(self):
        super().on_start()
        self.log_in(DATA["ambassador"])

    @task(2)
    def post_update(self):
        action = random.choice(DATA["actions"])
        path = f"/nl/agenda/{action}/voortgang/"
        form = form_of(self.client.get(path, name="progress form").text, "text")
        data = replace(form["data"], text=f"Voortgang onder belasting {time.time():.3f}")
        self.post_form(path, data, "progress update")

    @task(1)
    def edit_action(self):
        action = random.choice(DATA["actions"])
        path = f"/nl/agenda/{action}/bewerken/"
        page = self.client.get(path, name="action edit form")
        form = form_of(page.text, "title")
        title = dict(form["data"]).get("title", "Actie")
        new_title = re.sub(r" \(bijgewerkt \d+\)$", "", title) + f" (bijgewerkt {random.randint(1, 999)})"
        with self.client.post(
            path,
            data=replace(form["data"], title=new_title),
            name="action edit",
            catch_response=True,
            allow_redirects=False,
        ) as response:
            # 302: saved; 200 with the conflict notice: someone saved in between (optimistic locking), not an error.
            if response.status_code == 302 or (response.status_code == 200 and "conflict" in response.text):
                response.success()
            else:
                response.failure(f"action edit: {response.status_code}")

    @task(2)
    def my_agenda(self):
        self.client.get("/nl/mijn/agenda/", name="my agenda")


class PartnerRepresentative(PortalUser):
    """Applies for a subsidy for their organisation (a draft)."""

    weight = 1
    wait_time = between(2, 5)

    def on_start(self):
        super().on_start()
        self.log_in(DATA["partner"])

    @task
    def apply(self):
        path = "/nl/subsidies/aanvragen/nieuw/"
        page = self.client.get(path, name="application form")
        form = form_of(page.text, "title")
        schemes = options(page.text, "scheme")
        countries = options(page.text, "country")
        data = replace(
            form["data"],
            scheme=schemes[-1] if schemes else "",
            title=f"Uitwisseling onder belasting {time.time():.0f}",
            description="Een project met partners in Sibiu.",
            country=countries[0] if countries else "",
            local_partner="Asociația Prietenii Sibiului",
            start_date="2027-03-01",
            end_date="2027-09-30",
            amount_requested="2500",
            total_budget="6000",
        )
        self.post_form(path, data, "application create")

    @task
    def mine(self):
        self.client.get("/nl/mijn/subsidies/", name="my subsidies")


class Registrant(PortalUser):
    """A visitor who registers for an event (events with a waiting list, so a full one still takes them)."""

    weight = 1
    wait_time = between(2, 5)

    @task
    def register(self):
        slug = random.choice(DATA["registrable_events"])
        page = self.client.get(f"/nl/evenementen/{slug}/", name="event detail (registration)")
        form = form_of(page.text, "email")
        stamp = f"{time.time_ns()}{random.randint(0, 999)}"
        data = replace(form["data"], name="Bezoeker Belasting", email=f"bezoeker-{stamp}@example.org")
        self.post_form(form["action"] or f"/nl/evenementen/{slug}/aanmelden/", data, "registration")
