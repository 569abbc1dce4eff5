"""Browser fixtures: Debian's Chromium driven by Playwright, axe-core from npm for accessibility, one live
server for the whole run, and the data the pages show, built once per module.

Playwright never downloads a browser here: it launches /usr/bin/chromium (or $CHROMIUM_PATH).
When that is missing the browser tests are skipped with a message saying how to enable them;
`.ci/run` installs Chromium first, so CI always runs them.

How the data works (and why the browser tests are fast):

- ``live_server`` is a live server (another thread) started once per run. It reads committed data, so the
  browser tests do not run inside a transaction: an autouse fixture lets them use the database directly.
- A test gets its data from ``shared_data(build)``: ``build()`` runs once per module on a database emptied
  down to what the migrations made (content types, permissions, reference data) and its rows are committed;
  the tests after it read the same rows. When a module ends, every table is emptied, as after any
  transactional test (a following ``serialized_rollback`` test puts the migrations' rows back).
- A test that changes that data is marked ``writes``: it still gets the data as ``build()`` made it, and the
  data is built afresh for the next test. A test not marked ``writes`` that changes any table (sessions
  aside) fails: every table's rows are fingerprinted after ``build()`` and compared after each such test.
- ``log_in`` logs in by setting a session cookie. Only the tests of the login form itself submit it
  (``log_in_through_form``); they are marked ``login_form`` and check passwords with the production
  hasher, every other test runs with the fast one (tests/conftest.py).
- ``check_accessibility`` is the one accessibility check of a page: axe-core on the desktop, then reflow
  and axe-core again at 375 CSS pixels. axe-core is injected once per document and runs once per viewport.
"""

import functools
import json
import os
import shutil
from importlib import import_module
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 740}

#: The password of every login made for the browser tests.
PASSWORD = "Werkagenda-Deventer-2024!"

#: Tables a test may change without marking itself ``writes``: logging in by cookie adds a session; opening an
#: application page or a download appends to the audit log (deventer_intl.audit).
NOT_SHARED = {"django_session", "deventer_intl_auditevent"}

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


# --- The browser and the live server -------------------------------------------------------------


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


@pytest.fixture(scope="session")
def live_server(request, django_db_setup):
    """The site served by a live server thread for the whole run, on the test database.

    Replaces pytest-django's fixture of the same name (whose name still tells pytest-django to set up the test
    database and to run these tests after the others) together with its helper below.
    """
    from django.db import connections
    from pytest_django.live_server_helper import LiveServer

    # The server answers each request in a thread of its own; a connection kept open there after the request
    # (CONN_MAX_AGE) could outlive the server and keep the test database from being dropped at the end.
    for connection in connections.all():
        connection.settings_dict["CONN_MAX_AGE"] = 0
    address = request.config.getvalue("liveserver") or os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    server = LiveServer(address)
    allowed_host = server._live_server_modified_settings  # ALLOWED_HOSTS += the server's host
    allowed_host.enable()
    yield server
    allowed_host.disable()
    server.stop()


@pytest.fixture(autouse=True)
def _live_server_helper():
    """Replaces pytest-django's helper, which makes every test that uses the live server transactional (all
    tables emptied after each test). Here the data lives per module (``shared_data``)."""
    yield


@pytest.fixture
def new_page(browser, live_server):
    """Open pages on the live server: ``new_page(viewport=MOBILE, bypass_csp=False)``; closed after the test."""
    contexts = []

    def make(*, viewport=DESKTOP, bypass_csp=True):
        context = browser.new_context(base_url=live_server.url, bypass_csp=bypass_csp, viewport=viewport)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("response", functools.partial(_remember_document, page))
        return page

    yield make
    for context in contexts:
        context.close()


#: The last document response of each open page: the HTML the server sent, for the Nu Html Checker.
_DOCUMENTS: dict[int, object] = {}


def _remember_document(page, response):
    if response.request.resource_type == "document" and response.frame == page.main_frame:
        _DOCUMENTS[id(page)] = response


def served_html(page) -> str | None:
    """The HTML the server sent for the page's current document (None for a redirect or no document)."""
    response = _DOCUMENTS.get(id(page))
    if response is None or 300 <= response.status < 400 or response.url != page.url:
        return None
    if "text/html" not in (response.header_value("content-type") or ""):
        return None
    return response.text()


@pytest.fixture
def page(new_page):
    """A fresh desktop page; CSP is bypassed only so the test can inject axe-core."""
    return new_page()


# --- Data built once per module -------------------------------------------------------------------


def _tables() -> list[str]:
    """Every model's table, as Django's flush empties them."""
    from django.db import connection

    return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))


#: Tables whose rows a database trigger keeps (deventer_intl.AuditEvent).
APPEND_ONLY = {"deventer_intl_auditevent"}


def _delete_rows(tables):
    """DELETE, not flush's TRUNCATE: on a few hundred rows it takes milliseconds where TRUNCATE of every table
    takes seconds (new files for every table). Foreign keys are checked at commit, so the order is free."""
    from django.db import connection, transaction

    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table in tables:
            # The audit log refuses DELETE (a trigger: it is append-only); TRUNCATE, as flush does, empties it.
            verb = "TRUNCATE" if table in APPEND_ONLY else "DELETE FROM"
            cursor.execute(f"{verb} {quote(table)}")


def empty_database():
    """Empty every table, as a transactional test leaves the database."""
    _delete_rows(_tables())


class MigrationData:
    """What the migrations put in the database: content types and permissions (post_migrate), sectors, Global
    Goals, countries and policy periods. Remembered by fingerprint, so a reset keeps those rows when they
    are untouched instead of making them again."""

    fingerprint: dict[str, tuple[int, int]] = {}

    @classmethod
    def reset(cls):
        """Every table as the migrations left it: their rows only."""
        kept = cls.fingerprint
        if kept and fingerprint(kept) == kept:
            _delete_rows([table for table in _tables() if table not in kept])
            return
        from django.core.management.sql import emit_post_migrate_signal
        from django.db import DEFAULT_DB_ALIAS

        from tests.conftest import ensure_reference_data

        empty_database()
        emit_post_migrate_signal(verbosity=0, interactive=False, db=DEFAULT_DB_ALIAS)
        ensure_reference_data()
        cls.fingerprint = {table: rows for table, rows in fingerprint().items() if rows[0]}


@functools.cache
def _fingerprint_query(tables: tuple[str, ...]) -> str:
    from django.db import connection

    quote = connection.ops.quote_name
    return " UNION ALL ".join(
        f"SELECT '{table}', count(*), coalesce(sum(hashtext(row::text)), 0) FROM {quote(table)} row" for table in tables
    )


def fingerprint(tables=None) -> dict[str, tuple[int, int]]:
    """Row count and a checksum of the rows of every table (or of ``tables``), sessions aside: what a read-only
    test must leave as it found it."""
    from django.db import connection

    tables = tuple(sorted(set(tables if tables is not None else _tables()) - NOT_SHARED))
    with connection.cursor() as cursor:
        cursor.execute(_fingerprint_query(tables))
        return {table: (count, checksum) for table, count, checksum in cursor.fetchall()}


class SharedData:
    """The rows one module's tests read, committed for the live server; see the module docstring."""

    def __init__(self):
        self.build = None
        self.data = None
        self.fingerprint = None

    def get(self, build):
        if self.data is None or build is not self.build:
            MigrationData.reset()
            self.build, self.data = build, build()
            self.fingerprint = fingerprint()
        return self.data

    def spoil(self):
        self.data = None

    def changed_tables(self) -> list[str]:
        now = fingerprint()
        return sorted(
            table for table in now.keys() | self.fingerprint.keys() if now.get(table) != self.fingerprint.get(table)
        )


@pytest.fixture(scope="module")
def _module_data(django_db_setup, django_db_blocker):
    from django.db import connections

    shared = SharedData()
    yield shared
    with django_db_blocker.unblock():
        empty_database()
        # Code running next to Playwright's event loop may hold a connection of its own: close it, or the test
        # database could not be dropped at the end.
        connections.close_all()


@pytest.fixture(autouse=True)
def _database(request, django_db_blocker, _module_data):
    """Browser tests use the committed database directly (the live server cannot see a test's transaction)."""
    with django_db_blocker.unblock():
        yield
        if request.node.get_closest_marker("writes"):
            _module_data.spoil()
        elif _module_data.data is not None:
            changed = _module_data.changed_tables()
            if changed:
                _module_data.spoil()
                pytest.fail(
                    f"{request.node.nodeid} changed the data it shares with the module's other tests "
                    f"({', '.join(changed)}): mark it @pytest.mark.writes",
                    pytrace=False,
                )


@pytest.fixture
def shared_data(_module_data):
    """``shared_data(build)``: what ``build()`` made, built at most once per module (see the module docstring)."""
    return _module_data.get


@pytest.fixture(scope="module")
def private_media(tmp_path_factory):
    """Uploads of one module go to a temporary directory, never to var/; returns the private one."""
    from django.test import override_settings

    root = tmp_path_factory.mktemp("media")
    override = override_settings(MEDIA_ROOT=root / "public", PRIVATE_MEDIA_ROOT=root / "private")
    override.enable()
    yield root / "private"
    override.disable()


# --- Logging in -----------------------------------------------------------------------------------


@functools.cache
def password_hash() -> str:
    """``PASSWORD`` hashed with the production hasher, once per run (it is slow on purpose)."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    hasher = PBKDF2PasswordHasher()
    return hasher.encode(PASSWORD, hasher.salt())


def session_key(user) -> str:
    """A saved session of ``user`` logged in, as Django's login() would leave it."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = user._meta.pk.value_to_string(user)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return session.session_key


@pytest.fixture
def log_in(live_server):
    """Log ``user`` in for the pages of ``page``'s browser context by setting a session cookie: ``log_in(page, user)``.

    Replaces the cookie of whoever was logged in there before. Opens no page.
    """
    from django.conf import settings

    def do(page, user):
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session_key(user), "url": live_server.url}]
        )
        return page

    return do


@pytest.fixture
def log_in_through_form(request):
    """Log in through the login page (django-axes counts every attempt): ``log_in_through_form(page, user,
    language="nl")``. For the tests of the login form itself, marked ``login_form``."""
    from django.urls import reverse
    from django.utils import translation
    from playwright.sync_api import expect

    assert request.node.get_closest_marker("login_form"), "a test that submits the login form is marked login_form"

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


# --- Accessibility --------------------------------------------------------------------------------

#: Runs axe-core on the document and returns its violations only (passes are neither kept nor sent back).
AXE_RUN = """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(result => result.violations.map(violation => ({
    id: violation.id, impact: violation.impact, help: violation.help,
    nodes: violation.nodes.slice(0, 5).map(node => ({target: node.target, summary: node.failureSummary || ''})),
  })))"""

#: Elements wider than the viewport, outside any .table-scroll region (for a readable failure message).
OVERFLOW_SCRIPT = """() => {
  const width = document.documentElement.clientWidth;
  const culprits = [];
  for (const element of document.querySelectorAll('body *')) {
    if (element.closest('.table-scroll')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      const style = getComputedStyle(element);
      if (style.position === 'absolute' || style.position === 'fixed') {
        // Visually hidden text and the off-screen skip link are clipped, not scrolled to.
        if (style.clip !== 'auto' || style.clipPath !== 'none' || box.width <= 1) continue;
      }
      const id = element.id ? '#' + element.id : '';
      const classes = [...element.classList].map(name => '.' + name).join('');
      const where = `${Math.round(box.left)}..${Math.round(box.right)}`;
      culprits.push(`${element.tagName.toLowerCase()}${id}${classes} (${where})`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 10)};
}"""


@functools.cache
def _axe_source() -> str:
    return AXE_JS.read_text()


@pytest.fixture
def inject_axe():
    """Make axe-core available as ``axe`` in the page's document (once per document)."""

    def inject(page):
        if page.evaluate("typeof axe === 'undefined'"):
            page.evaluate(_axe_source())

    return inject


#: Every id an attribute refers to (aria-describedby, aria-labelledby, ..., label for=) that no element has.
MISSING_REFERENCES = """() => {
  const attributes = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage', 'aria-owns',
                      'aria-activedescendant', 'for', 'list'];
  const missing = [];
  for (const attribute of attributes) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      if (attribute === 'for' && element.tagName !== 'LABEL') continue;
      for (const id of element.getAttribute(attribute).split(/\\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) {
          const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '');
          missing.push(`${name} ${attribute}="${id}"`);
        }
      }
    }
  }
  return missing;
}"""


@pytest.fixture
def html_pages(pytestconfig):
    """Where ``axe`` hands each page's HTML for the Nu Html Checker at the end of the run (html_check.py)."""
    from tests.browser import html_check

    return html_check.collector(pytestconfig)


@pytest.fixture
def axe(inject_axe, html_pages):
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA) on a page and fail with a readable list of violations.

    Also checks what axe-core does not: every id that ``aria-describedby``, ``aria-labelledby`` (and the like)
    names exists on the page; and keeps the page's HTML for the Nu Html Checker (vnu) at the end of the run.
    """

    def check(page):
        html = served_html(page)
        if html is not None:
            html_pages.add(page.url, html)
        missing = page.evaluate(MISSING_REFERENCES)
        assert missing == [], f"references to ids that do not exist on {page.url}: {missing}"
        inject_axe(page)
        violations = page.evaluate(AXE_RUN, AXE_TAGS)
        assert violations == [], f"axe-core violations on {page.url}:\n{json.dumps(violations, indent=2)}"

    return check


def resize(page, viewport):
    """Resize the page and wait until its document has the new width."""
    page.set_viewport_size(viewport)
    page.wait_for_function("width => document.documentElement.clientWidth === width", arg=viewport["width"])


@pytest.fixture
def check_accessibility(axe):
    """``check_accessibility(page, name, language)``: the open page is in ``language`` with one main heading and
    passes axe-core on the desktop; at 375 CSS pixels nothing but a ``.table-scroll`` region scrolls sideways
    (WCAG 1.4.10) and the narrow layout passes axe-core too."""

    def check(page, name, language):
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("main h1").count() == 1, "one main heading per page"
        axe(page)
        resize(page, MOBILE)
        overflow = page.evaluate(OVERFLOW_SCRIPT)
        assert overflow["scrollWidth"] <= MOBILE["width"], (
            f"{name} ({language}) scrolls sideways at {MOBILE['width']}px: {json.dumps(overflow, indent=2)}"
        )
        axe(page)

    return check


# --- What the pages show: builders for ``shared_data`` ---------------------------------------------


def build_directory():
    """A small published directory covering every kind of page: sectors, countries, goals, networks."""
    from partners.models import Membership, Sector
    from partners.services import partners_refresh_search
    from tests.factories import MembershipFactory, NetworkFactory, partner_with_search

    platform = NetworkFactory(
        name="Platform Deventer-Oeganda",
        slug="platform-deventer-oeganda",
        description="Organisaties uit Deventer die samenwerken met partners in Oeganda.",
        website="https://example.org/platform",
    )
    kerngroep = NetworkFactory(name="Kerngroep Deventer4GlobalGoals", slug="kerngroep-deventer4globalgoals")
    school = partner_with_search(
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
    hanze = partner_with_search(
        name="Hanzefestival Deventer",
        slug="hanzefestival-deventer",
        kind="culture",
        sector=Sector.objects.get(slug="cultuur-toerisme"),
        countries=["DE", "SE", "LV"],
        goals=[11],
    )
    college = partner_with_search(
        name="Saxion Internationaal",
        slug="saxion-internationaal",
        kind="school",
        sector=Sector.objects.get(slug="onderwijs"),
        countries=["RO", "UG"],
        goals=[4],
    )
    trade = partner_with_search(
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


def build_agenda_people(directory):
    """One login per role, linked the way the agenda's rules read them (groups and profiles).

    anna: ambassador for civil society ("maatschappelijk"); bram and carla: civil servants (they may
    edit every action); pieter: represents Stichting Schoolbanken Oeganda.
    """
    from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, PARTNER_REPRESENTATIVE
    from tests.factories import make_login

    def person(username, first_name, last_name, role, **links):
        return make_login(
            role,
            username=username,
            first_name=first_name,
            last_name=last_name,
            password__hashed=password_hash(),
            **links,
        )

    return SimpleNamespace(
        ambassador=person("anna", "Anna", "de Vries", AMBASSADOR, sector="maatschappelijk"),
        bram=person("bram", "Bram", "Jansen", CIVIL_SERVANT),
        carla=person("carla", "Carla", "Smit", CIVIL_SERVANT),
        partner_rep=person("pieter", "Pieter", "Bakker", PARTNER_REPRESENTATIVE, partners=[directory.school]),
    )


def build_agenda_actions(directory, people):
    """Actions that exercise every part of the agenda's pages.

    B2 (public, planned, led by anna, with a participant, an update and a changed title), A1 (public idea),
    A3 (public, stale: no update for 200 days, led by the school), A4 (not public).
    """
    import datetime

    from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
    from deventer_intl.history import by_user
    from tests.factories import ActionFactory

    period = PolicyPeriod.objects.get(name="2021-2026")
    today = datetime.date.today()

    def action(code, title, *, sectors=(), goals=(), countries=(), **fields):
        fields = {"description": "", "status": Action.Status.IDEA, "progress": 0, **fields}
        return ActionFactory(
            by=people.ambassador,
            period=period,
            code=code,
            list=code[0],
            title=title,
            sectors=list(sectors),
            global_goals=list(goals),
            countries=list(countries),
            **fields,
        )

    schoolbanken = action(
        "B2",
        "Schoolbanken voor Bukomansimbi",
        description="Een container met schoolbanken en lesmateriaal voor vier scholen in Oeganda.",
        chapter=Chapter.objects.get(period=period, number=4),
        status=Action.Status.PLANNED,
        progress=20,
        lead_partner=directory.college,
        lead_person=people.ambassador,
        municipality_role=Action.MunicipalityRole.FACILITATES,
        start_date=datetime.date(2021, 5, 1),
        end_date=datetime.date(2026, 12, 31),
        sectors=["maatschappelijk", "onderwijs"],
        goals=[4, 17],
        countries=["UG"],
    )
    schoolbanken.editors.add(people.bram)
    # A second version, so the history page has a change to show.
    schoolbanken.title = "Schoolbanken en lesmateriaal voor Bukomansimbi"
    by_user(schoolbanken, people.bram).save()
    Participation.objects.create(action=schoolbanken, partner=directory.trade, added_by=people.ambassador)
    ProgressUpdate.objects.create(
        action=schoolbanken,
        date=today - datetime.timedelta(days=10),
        author=people.ambassador,
        text="De eerste container is verscheept.",
        status=Action.Status.PLANNED,
        progress=20,
    )
    Action.objects.filter(pk=schoolbanken.pk).update(last_update_on=today - datetime.timedelta(days=10))

    idea = action(
        "A1",
        "Hanzedagen met Sibiu",
        description="Een uitwisseling van muzikanten.",
        lead_partner=directory.hanze,
        sectors=["cultuur-toerisme"],
        goals=[11],
        countries=["RO"],
    )
    stale = action(
        "A3",
        "Leraren uit Bukomansimbi op bezoek",
        status=Action.Status.IN_PROGRESS,
        progress=50,
        lead_partner=directory.school,
        sectors=["maatschappelijk"],
        goals=[4],
        countries=["UG"],
    )
    Action.objects.filter(pk=stale.pk).update(last_update_on=today - datetime.timedelta(days=200))
    hidden = action(
        "A4",
        "Handelsmissie naar Duitsland (in voorbereiding)",
        public=False,
        lead_partner=directory.trade,
        lead_person=people.ambassador,
        sectors=["ondernemers", "maatschappelijk"],
    )
    for item in (schoolbanken, idea, stale, hidden):
        item.refresh_from_db()
    return SimpleNamespace(schoolbanken=schoolbanken, idea=idea, stale=stale, hidden=hidden)


def build_directory_and_people():
    """The directory and one login per role (``directory``, ``people``)."""
    directory = build_directory()
    return SimpleNamespace(directory=directory, people=build_agenda_people(directory))


def build_agenda():
    """The directory, one login per role and the agenda's actions (``directory``, ``people``, ``actions``)."""
    world = build_directory_and_people()
    world.actions = build_agenda_actions(world.directory, world.people)
    return world


def build_subsidy_people():
    """Two organisations with a representative each, two civil servants (one proposes, the other confirms) and a
    coordinator, as ``tests/subsidies/builders.py`` expects them; and the scheme with its budgets."""
    from django.utils import timezone

    from deventer_intl.roles import CIVIL_SERVANT, COORDINATOR, PARTNER_REPRESENTATIVE
    from tests.factories import SchemeFactory, make_login, partner_with_search

    own = partner_with_search(name="St. Deventer - Roemenië", slug="deventer-roemenie", countries=["RO"])
    other = partner_with_search(name="Stichting Kinderen van Uganda", slug="kinderen-van-uganda", countries=["UG"])

    def person(username, first_name, last_name, role, partners=()):
        return make_login(
            role,
            partners=partners,
            username=username,
            first_name=first_name,
            last_name=last_name,
            password__hashed=password_hash(),
        )

    year = timezone.localdate().year
    scheme = SchemeFactory(
        purpose_nl="Kleine jaarlijkse subsidies.",
        purpose_en="Small yearly subsidies.",
        criteria=[
            ("Gevestigd in Deventer", "Based in Deventer"),
            ("Een lokale partner", "A local partner"),
            ("Cofinanciering", "Co-financing"),
        ],
        budgets={year: 43000, year - 1: 43000},
    )
    people = SimpleNamespace(
        own=own,
        other=other,
        rep=person("ioana", "Ioana", "Popescu", PARTNER_REPRESENTATIVE, [own]),
        other_rep=person("okello", "Okello", "Mukasa", PARTNER_REPRESENTATIVE, [other]),
        civil=person("bram", "Bram", "Jansen", CIVIL_SERVANT),
        civil2=person("sophie", "Sophie", "de Boer", CIVIL_SERVANT),
        coordinator=person("carla", "Carla", "Smit", COORDINATOR),
    )
    return SimpleNamespace(people=people, scheme=scheme)
