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
