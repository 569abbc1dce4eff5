"""Browser fixtures: Debian's Chromium driven by Playwright, and axe-core from npm for accessibility.

Playwright never downloads a browser here: it launches /usr/bin/chromium (or $CHROMIUM_PATH).
When that is missing the browser tests are skipped with a message saying how to enable them;
`.ci/run` installs Chromium first, so CI always runs them.

Browser tests talk to pytest-django's ``live_server`` (another thread), so they need committed
data: mark them ``django_db(transaction=True, serialized_rollback=True)``. The serialized
rollback matters: a transactional test empties every table when it ends, and without it the
reference data from the migrations (sectors, Global Goals, countries) would be gone for the tests
that run after it.
"""

import functools
import json
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 740}

# Playwright's sync API runs an event loop in this thread; the live server's database work is
# in other threads, and the test's own ORM calls are synchronous by design.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(
        reason=f"Chromium not found at {CHROMIUM}: install Debian's package (apt-get install chromium) "
        "or set CHROMIUM_PATH, then run make test again."
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open pages on the live server: ``new_page(viewport=MOBILE, bypass_csp=False)``; closed after the test."""
    contexts = []

    def make(*, viewport=DESKTOP, bypass_csp=True):
        context = browser.new_context(base_url=live_server.url, bypass_csp=bypass_csp, viewport=viewport)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A fresh desktop page; CSP is bypassed only so the test can inject axe-core."""
    return new_page()


@pytest.fixture
def axe():
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA) on a page and fail with a readable list of violations."""
    source = AXE_JS.read_text()

    def check(page):
        page.evaluate(source)
        result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
        violations = [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "nodes": [
                    {"target": node["target"], "summary": node.get("failureSummary", "")}
                    for node in violation["nodes"]
                ][:5],
            }
            for violation in result["violations"]
        ]
        assert violations == [], f"axe-core violations on {page.url}:\n{json.dumps(violations, indent=2)}"
        return result

    return check


@pytest.fixture
def directory(make_partner):
    """A small published directory covering every kind of page: sectors, countries, goals, networks."""
    from partners.models import Membership, Sector
    from partners.services import partners_refresh_search
    from tests.factories import MembershipFactory, NetworkFactory

    platform = NetworkFactory(
        name="Platform Deventer-Oeganda",
        slug="platform-deventer-oeganda",
        description="Organisaties uit Deventer die samenwerken met partners in Oeganda.",
        website="https://example.org/platform",
    )
    kerngroep = NetworkFactory(name="Kerngroep Deventer4GlobalGoals", slug="kerngroep-deventer4globalgoals")
    school = make_partner(
        name="Stichting Schoolbanken Oeganda",
        slug="stichting-schoolbanken-oeganda",
        description="Bouwt klaslokalen en leidt leraren op in het district Bukomansimbi.",
        website="https://example.org/schoolbanken",
        public_email="info@example.org",
        countries=["UG"],
        goals=[4, 6, 17],
    )
    MembershipFactory(partner=school, network=platform, role=Membership.Role.CHAIR, since=2012)
    MembershipFactory(partner=school, network=kerngroep)
    partners_refresh_search(partner_ids=[school.pk])
    hanze = make_partner(
        name="Hanzefestival Deventer",
        slug="hanzefestival-deventer",
        kind="culture",
        sector=Sector.objects.get(slug="cultuur-toerisme"),
        countries=["DE", "SE", "LV"],
        goals=[11],
    )
    college = make_partner(
        name="Saxion Internationaal",
        slug="saxion-internationaal",
        kind="school",
        sector=Sector.objects.get(slug="onderwijs"),
        countries=["RO", "UG"],
        goals=[4],
    )
    trade = make_partner(
        name="Handelshuis Deventer",
        slug="handelshuis-deventer",
        kind="company",
        sector=Sector.objects.get(slug="ondernemers"),
        countries=["DE"],
        goals=[8, 9],
    )
    return SimpleNamespace(
        school=school, hanze=hanze, college=college, trade=trade, platform=platform, kerngroep=kerngroep
    )


# --- The work agenda: people with roles, a few actions, and logging in through the login page ---

#: The password of every login made by ``agenda_people``.
PASSWORD = "Werkagenda-Deventer-2024!"


@functools.cache
def _password_hash() -> str:
    """Hashed once per run: the hasher is slow on purpose, and every test makes four logins."""
    from django.contrib.auth.hashers import make_password

    return make_password(PASSWORD)


@pytest.fixture
def agenda_people(directory):
    """One login per role, linked the way the agenda's rules read them (groups and profiles).

    anna: ambassador for civil society ("maatschappelijk"); bram and carla: civil servants (they may
    edit every action); pieter: represents Stichting Schoolbanken Oeganda.
    """
    from django.contrib.auth import get_user_model

    from deventer_intl.models import Profile
    from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, PARTNER_REPRESENTATIVE, ensure_roles
    from partners.models import Sector

    groups = ensure_roles()
    User = get_user_model()
    password = _password_hash()

    def person(username, first_name, last_name, role, *, sector=None, partners=()):
        user = User.objects.create(
            username=username, email=f"{username}@example.org", password=password, first_name=first_name,
            last_name=last_name,
        )
        user.groups.add(groups[role])
        profile = Profile.objects.create(user=user, sector=Sector.objects.get(slug=sector) if sector else None)
        profile.partners.set(partners)
        return user

    return SimpleNamespace(
        ambassador=person("anna", "Anna", "de Vries", AMBASSADOR, sector="maatschappelijk"),
        bram=person("bram", "Bram", "Jansen", CIVIL_SERVANT),
        carla=person("carla", "Carla", "Smit", CIVIL_SERVANT),
        partner_rep=person("pieter", "Pieter", "Bakker", PARTNER_REPRESENTATIVE, partners=[directory.school]),
    )


@pytest.fixture
def agenda_actions(directory, agenda_people):
    """Actions that exercise every part of the agenda's pages.

    B2 (public, planned, led by anna, with a participant, an update and a changed title), A1 (public idea),
    A3 (public, stale: no update for 200 days, led by the school), A4 (not public).
    """
    import datetime

    from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
    from partners.models import Country, GlobalGoal, Sector

    period = PolicyPeriod.objects.get(name="2021-2026")
    today = datetime.date.today()
    sectors = {sector.slug: sector for sector in Sector.objects.all()}

    def action(code, title, *, sector_slugs=(), goals=(), countries=(), **fields):
        item = Action(period=period, code=code, list=code[0], title=title, **fields)
        item._history_user = agenda_people.ambassador
        item.save()
        item.sectors.set([sectors[slug] for slug in sector_slugs])
        item.global_goals.set(GlobalGoal.objects.filter(number__in=goals))
        item.countries.set(Country.objects.filter(code__in=countries))
        return item

    schoolbanken = action(
        "B2", "Schoolbanken voor Bukomansimbi",
        description="Een container met schoolbanken en lesmateriaal voor vier scholen in Oeganda.",
        chapter=Chapter.objects.get(period=period, number=4), status=Action.Status.PLANNED, progress=20,
        lead_partner=directory.college, lead_person=agenda_people.ambassador,
        municipality_role=Action.MunicipalityRole.FACILITATES, start_date=datetime.date(2021, 5, 1),
        end_date=datetime.date(2026, 12, 31), sector_slugs=["maatschappelijk", "onderwijs"], goals=[4, 17],
        countries=["UG"],
    )
    schoolbanken.editors.add(agenda_people.bram)
    # A second version, so the history page has a change to show.
    schoolbanken.title = "Schoolbanken en lesmateriaal voor Bukomansimbi"
    schoolbanken._history_user = agenda_people.bram
    schoolbanken.save()
    Participation.objects.create(action=schoolbanken, partner=directory.trade, added_by=agenda_people.ambassador)
    ProgressUpdate.objects.create(
        action=schoolbanken, date=today - datetime.timedelta(days=10), author=agenda_people.ambassador,
        text="De eerste container is verscheept.", status=Action.Status.PLANNED, progress=20,
    )
    Action.objects.filter(pk=schoolbanken.pk).update(last_update_on=today - datetime.timedelta(days=10))

    idea = action(
        "A1", "Hanzedagen met Sibiu", description="Een uitwisseling van muzikanten.",
        lead_partner=directory.hanze, sector_slugs=["cultuur-toerisme"], goals=[11], countries=["RO"],
    )
    stale = action(
        "A3", "Leraren uit Bukomansimbi op bezoek", status=Action.Status.IN_PROGRESS, progress=50,
        lead_partner=directory.school, sector_slugs=["maatschappelijk"], goals=[4], countries=["UG"],
    )
    Action.objects.filter(pk=stale.pk).update(last_update_on=today - datetime.timedelta(days=200))
    hidden = action(
        "A4", "Handelsmissie naar Duitsland (in voorbereiding)", public=False, lead_partner=directory.trade,
        lead_person=agenda_people.ambassador, sector_slugs=["ondernemers", "maatschappelijk"],
    )
    for item in (schoolbanken, idea, stale, hidden):
        item.refresh_from_db()
    return SimpleNamespace(schoolbanken=schoolbanken, idea=idea, stale=stale, hidden=hidden)


@pytest.fixture
def log_in():
    """Log in through the login page (django-axes counts every attempt): ``log_in(page, user, language="nl")``."""
    from django.urls import reverse
    from django.utils import translation
    from playwright.sync_api import expect

    def do(page, user, *, language="nl", password=PASSWORD):
        with translation.override(language):
            login_url = reverse("login")
        page.goto(login_url)
        page.locator("#id_username").fill(user.username)
        page.locator("#id_password").fill(password)
        page.locator("main form.utrecht-form button[type=submit]").click()
        expect(page.locator("header .site-account__logout button")).to_be_visible()
        return page

    return do
