#!/usr/bin/env python
"""Benchmark of the portal's pages on a large synthetic data set (``make bench``).

What it measures, per page (home, directory, deep directory page, search, misspelt search,
country filter, partner detail, sector/goal/country/network pages and lists, sitemap,
healthz and a ``/bench/floor`` view that renders nothing and runs no query; and the work
agenda: list, deep page, filters, search, action detail, and behind a login "My agenda"
as an ambassador and as a civil servant, monitoring and the CSV export; and the events:
upcoming list, filtered list, search, deep page of past events, month calendar, event
detail of a festival with sub-events, the whole iCal feed, a filtered feed and one .ics):

* **queries**: SQL queries of one request, counted in-process with Django's test Client
  and ``CaptureQueriesContext`` (after one warm-up request), against the bench database.
* **median / p99 ms** and **req/s**: a plain Python load generator (threads, one
  ``http.client`` connection each; gunicorn's sync workers close the connection after each
  response, so every request pays a loopback TCP connect, as behind a reverse proxy)
  sends up to ``REQUESTS_PER_PAGE`` requests at concurrency ``CONCURRENCY`` after a
  short warm-up, to gunicorn with 2 sync workers on 127.0.0.1 (DESIGN.md, "Scale"). A page
  stops early after ``SECONDS_PER_PAGE`` so a slow page cannot stretch the run; ``n``
  says how many requests were measured. Every non-200 answer counts as an error.
  With 8 clients on 2 workers each request also waits for others (median ~4x the
  service time), so:
* **1 client ms**: median of up to ``ALONE_REQUESTS`` requests one after another, the
  page's own service time (what a visitor on an idle server waits).

How:

1. Points the settings at a separate database: ``EMBEDDED_DB_NAME=deventer_intl_bench``
   on the embedded server, or, when ``DATABASE_URL`` is set, the same server with the
   database name suffixed ``_bench`` (created when missing). Never the dev data: the
   script refuses to write to a database whose name does not end in ``_bench``.
2. Migrates it and, unless it holds exactly ``PARTNERS`` published partners, generates
   them in one transaction (bulk inserts, deterministic random seed): Dutch-style names
   and descriptions, sectors, 1-4 countries and 0-3 Global Goals each, network
   memberships; then rebuilds the search text in bulk. Later runs reuse the data (and
   only refresh the search text, in case the code that builds it changed).
   Likewise ``ACTIONS`` work-agenda actions over the two policy periods of the migration:
   codes per list and period, mixed statuses, ~90% public, 1-3 sectors, 0-3 goals and
   countries, 0-4 participating partners and 1-5 progress updates each (2015 to today, so
   some running actions are stale); M2M rows, participations and updates bulk-inserted too.
   Likewise ``EVENTS`` events from 2010 to 2030 (about a fifth still to come): the ten
   kinds, ~90% public, ~70% in Deventer and the rest abroad, 1-2 organising partners,
   1-2 sectors, 0-2 goals, a world-music series, festivals with sub-events, visitor
   counts on past events, registration with capacity on some meetings.
   For the pages behind a login it keeps two users (an ambassador with the sector holding
   the most actions, a civil servant) with their role groups and profiles, and creates a
   session for each in the bench database; the load generator sends its cookie.
3. Starts gunicorn (DEBUG=0, not production mode, ALLOWED_HOSTS=127.0.0.1) on a free
   port with the page cache off (``PAGE_CACHE_SECONDS=0``), waits for /healthz, measures; then
   a second gunicorn with the page cache on (the shared cache: Redis when ``REDIS_URL`` is
   set, else the database cache) measures the anonymous pages again (**cached req/s**, with
   how many answers were hits). Prints a table with each page's share of the floor view's
   req/s and writes it to ``bench-results/latest.md`` and ``bench-results/latest.json`` (one
   object per page: page, path, queries, req_per_s, cached_req_per_s, floor_req_per_s,
   shares, p99, own time). gunicorn is stopped at the end, on errors and on Ctrl-C.

Usage: ``.venv/bin/python bin/bench.py`` (``make bench`` also installs and collects
static files first). Environment: ``BENCH_REQUESTS`` (default 400), ``BENCH_CONCURRENCY``
(8), ``BENCH_SECONDS`` (15), ``BENCH_PARTNERS`` (5000), ``BENCH_ACTIONS`` (20000),
``BENCH_WORKERS`` (2), ``BENCH_EVENTS`` (20000), ``BENCH_ONLY`` (measure only the pages whose
label contains this text, e.g. ``event``).
"""

from __future__ import annotations

import http.client
import json
import math
import os
import platform
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse, urlunparse

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = BASE_DIR / "bench-results"
BENCH_URLCONF = "deventer_intl.bench_urls"
HOST = "127.0.0.1"

PARTNERS = int(os.environ.get("BENCH_PARTNERS", "5000"))
ACTIONS = int(os.environ.get("BENCH_ACTIONS", "20000"))  # work-agenda actions, both policy periods
EVENTS = int(os.environ.get("BENCH_EVENTS", "20000"))  # events 2010-2030, about a fifth still to come
EVENT_WORD = "roemeense"  # in the titles of a few percent of the events
UNPUBLISHED = PARTNERS // 50  # a few drafts, so "published" filters have something to filter
REQUESTS_PER_PAGE = int(os.environ.get("BENCH_REQUESTS", "400"))
WARMUP_SECONDS = 2.0  # warm-up: 4 requests per worker at most, not measured
ALONE_REQUESTS, ALONE_SECONDS = 30, 4.0  # one client, one request after another: the service time
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "8"))
SECONDS_PER_PAGE = float(os.environ.get("BENCH_SECONDS", "15"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
SEED = 20250101

COMMON_WORD = "onderwijs"
MISSPELT_WORD = "ouganda"  # no full-text match; pg_trgm word similarity finds "oeganda"/"uganda"
AGENDA_WORD = "uitwisseling"  # in the titles of a few percent of the actions
DEEP_AGENDA_PAGE = 400  # 25 actions a page: row 10,000 of the public agenda

# The logins the load generator uses for the pages behind a login (bench database only).
BENCH_AMBASSADOR = "bench-ambassador"
BENCH_CIVIL_SERVANT = "bench-civil-servant"


# --------------------------------------------------------------------------------------
# Environment: which database, which settings. Runs before Django is imported.
# --------------------------------------------------------------------------------------


def bench_database_url(url: str) -> str:
    """``DATABASE_URL`` with ``_bench`` appended to the database name."""
    parsed = urlparse(url)
    name = parsed.path.lstrip("/") or "postgres"
    if not name.endswith("_bench"):
        name += "_bench"
    return urlunparse(parsed._replace(path="/" + name))


def ensure_bench_database_on_url(original_url: str, bench_url: str) -> None:
    """Create the ``_bench`` database next to the one ``DATABASE_URL`` names, when missing."""
    import psycopg
    from psycopg import sql

    name = urlparse(bench_url).path.lstrip("/")
    conninfo = original_url.replace("postgres://", "postgresql://", 1)
    try:
        conn = psycopg.connect(conninfo, autocommit=True)
    except psycopg.OperationalError:
        conn = psycopg.connect(conninfo, dbname="postgres", autocommit=True)  # the maintenance database
    with conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def configure_environment() -> str:
    """Set the environment the settings read (here and in gunicorn); returns a description of the database."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "deventer_intl.settings"
    os.environ["DJANGO_ENV"] = "development"
    os.environ["DEBUG"] = "0"
    os.environ["ALLOWED_HOSTS"] = HOST
    os.environ.setdefault("CONN_MAX_AGE", "60")
    # Uncached first (and the in-process query counts); the second server has the page cache on.
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        bench_url = bench_database_url(url)
        ensure_bench_database_on_url(url, bench_url)
        os.environ["DATABASE_URL"] = bench_url
        return f"DATABASE_URL database {urlparse(bench_url).path.lstrip('/')}"
    os.environ["EMBEDDED_DB_NAME"] = "deventer_intl_bench"
    return "embedded PostgreSQL, database deventer_intl_bench"


def setup_django() -> None:
    if str(BASE_DIR) not in sys.path:
        sys.path.insert(0, str(BASE_DIR))
    import django
    from django.conf import settings

    settings.ROOT_URLCONF = BENCH_URLCONF  # the site's URLs plus /bench/floor
    django.setup()


def wsgi_app():
    """gunicorn's application factory (``bench:wsgi_app()``): the site with the bench URLconf."""
    from django.core.wsgi import get_wsgi_application

    setup_django()
    return get_wsgi_application()


# --------------------------------------------------------------------------------------
# Synthetic data
# --------------------------------------------------------------------------------------

SURNAMES = (
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van Dijk",
    "Schouten",
    "Hoekstra",
    "van Beek",
    "Willems",
    "Postma",
    "Kuipers",
    "Huisman",
    "Wolters",
    "Scholten",
    "Timmerman",
    "Koster",
    "Prins",
    "Kramer",
    "Blom",
    "Veenstra",
    "Ter Horst",
    "Oosterhof",
    "Wijnbergen",
    "Lubbers",
    "Hofstede",
    "Nijhuis",
    "Brinkman",
    "Ten Have",
)
PLACES = (
    "Deventer",
    "Colmschate",
    "Schalkhaar",
    "Bathmen",
    "Diepenveen",
    "Lettele",
    "Okkenbroek",
    "Salland",
    "de IJssel",
    "de Worp",
    "Zandweerd",
    "Keizerslanden",
    "Rivierenwijk",
    "Borgele",
    "Platvoet",
    "het Bergkwartier",
    "de Hoven",
    "Vijfhoek",
    "Steenbrugge",
    "Voorstad",
)
ABROAD = (
    "Sibiu",
    "Bukomansimbi",
    "Osnabrück",
    "Rostock",
    "Malmö",
    "Riga",
    "Kampala",
    "Masaka",
    "Nairobi",
    "Arusha",
    "Accra",
    "Kumasi",
    "Lviv",
    "Cluj",
    "Tartu",
    "Gdańsk",
    "Tallinn",
    "Bergen",
    "Lübeck",
    "Visby",
    "Kisumu",
    "Mwanza",
    "Sarajevo",
    "Mostar",
    "Quito",
    "Cusco",
    "Pokhara",
)
NOUNS = (
    "Brug",
    "Haven",
    "Zonnebloem",
    "Wilg",
    "Linde",
    "Molen",
    "Toren",
    "Kiem",
    "Horizon",
    "Kompas",
    "Bron",
    "Regenboog",
    "Vlinder",
    "Eik",
    "Waag",
    "Poort",
    "Ster",
    "Lantaarn",
    "Akker",
    "Boomgaard",
    "Kade",
    "Reiger",
    "Uiterwaard",
    "Klaproos",
    "Hanze",
    "Sprong",
    "Vonk",
    "Wieken",
    "Zwaluw",
    "Anker",
)
ADJECTIVES = (
    "Groene",
    "Blauwe",
    "Nieuwe",
    "Open",
    "Samen",
    "Sterke",
    "Heldere",
    "Warme",
    "Wijde",
    "Vrije",
    "Jonge",
    "Gouden",
    "Stille",
    "Zonnige",
    "Eerlijke",
)
CAUSES = (
    "Schoon Water",
    "Onderwijs",
    "Gezondheidszorg",
    "Vrouwen en Werk",
    "Kinderen",
    "Duurzame Landbouw",
    "Zonne-energie",
    "Microkrediet",
    "Weeshuizen",
    "Medische Hulp",
    "Vluchtelingen",
    "Mensenrechten",
    "Bijenhouderij",
    "Boeken",
    "Fietsen",
    "Sport en Spel",
    "Muziek",
    "Vrede",
)
COMPANY_TRADES = (
    "Techniek",
    "Installaties",
    "Logistiek",
    "Bouw",
    "Metaalbewerking",
    "Machinebouw",
    "Advies",
    "Export",
    "Software",
    "Transport",
    "Food",
    "Print",
    "Design",
    "Energie",
    "Engineering",
    "Handel",
)
COMPANY_FORMS = ("B.V.", "& Zonen", "Groep", "Holding B.V.", "V.O.F.", "International", "Nederland B.V.")
SCHOOLS = (
    "Basisschool De {noun}",
    "{adj} Lyceum",
    "Het {noun} College",
    "Montessorischool {place}",
    "Daltonschool De {noun}",
    "Vakschool {place}",
    "Kindcentrum De {noun}",
    "{surname} College",
    "Praktijkschool De {noun}",
    "Sint-{noun}school",
)
CULTURE = (
    "Theater De {noun}",
    "Muziekcentrum {place}",
    "Festival {adj} {noun}",
    "Koor De {noun}",
    "Galerie {surname}",
    "Filmhuis De {noun}",
    "Harmonie {place}",
    "Stadsmuseum {place}",
    "Wereldmuziekpodium {noun}",
    "Kunstenaarscollectief {adj} {noun}",
    "Dansgroep {noun}",
)
GOVERNMENT = (
    "Gemeentelijk {noun}bureau",
    "Waterschap {place}",
    "Wijkteam {place}",
    "Veiligheidsregio {place}",
    "Omgevingsdienst {place}",
    "Stadsdeel {place}",
)
ASSOCIATIONS = (
    "Vereniging {adj} {noun}",
    "Sportclub {place}",
    "Voetbalvereniging {noun}",
    "Roeivereniging De {noun}",
    "Wielerclub {place}",
    "Atletiekvereniging {noun}",
    "Schaakclub De {noun}",
    "Hockeyclub {place}",
    "Volkstuinvereniging De {noun}",
    "Buurtvereniging {place}",
)
FOUNDATIONS = (
    "Stichting {cause} {abroad}",
    "Stichting Vrienden van {abroad}",
    "Stichting Deventer-{abroad}",
    "Stichting {adj} {noun}",
    "Stichting {cause} Wereldwijd",
    "Stichting Help {abroad}",
    "Stichting {surname} Fonds",
    "Werkgroep {abroad}",
    "Projectgroep {abroad}",
)

# kind -> (name patterns, sector slugs it usually belongs to)
KINDS = {
    "foundation": (FOUNDATIONS, ["maatschappelijk"]),
    "school": (SCHOOLS, ["onderwijs"]),
    "company": (None, ["ondernemers"]),
    "culture": (CULTURE, ["cultuur-toerisme"]),
    "government": (GOVERNMENT, ["gemeente"]),
    "association": (ASSOCIATIONS, ["sport", "maatschappelijk"]),
}
KIND_WEIGHTS = {"foundation": 34, "school": 14, "company": 24, "culture": 13, "government": 3, "association": 12}

ACTIVITIES = (
    "bouwt scholen en leslokalen",
    "boort waterputten en legt regenwatertanks aan",
    "ondersteunt lokale ondernemers met microkredieten",
    "organiseert uitwisselingen voor leerlingen",
    "exporteert machines en onderdelen",
    "begeleidt stagiairs uit het buitenland",
    "traint verpleegkundigen en vroedvrouwen",
    "verzorgt concerten en tentoonstellingen",
    "zet zich in voor duurzame landbouw",
    "helpt vrouwen aan eigen inkomen",
    "organiseert handelsmissies met Deventer bedrijven",
    "ondersteunt kinderen met een beperking",
    "brengt jongeren uit verschillende landen samen rond sport",
    "verzamelt en verscheept hulpgoederen",
    "werkt aan schoon drinkwater en sanitair",
    "installeert zonnepanelen op scholen en klinieken",
    "geeft beroepsonderwijs aan jongeren",
    "verdedigt mensenrechten en steunt journalisten",
    "deelt kennis over waterbeheer en dijkenbouw",
    "ontwikkelt samen met partners lesmateriaal",
)
CLOSINGS = (
    "Vrijwilligers uit {place} vormen de kern van de organisatie.",
    "De organisatie is aangesloten bij het International Office Deventer.",
    "Jaarlijks reist een delegatie af om de projecten te bezoeken.",
    "Het onderwijs aan kinderen en volwassenen staat daarbij centraal.",
    "Giften komen volledig ten goede aan de projecten ter plaatse.",
    "Samenwerking met lokale partners en de gemeente is daarbij het uitgangspunt.",
    "Scholen en bedrijven uit de regio doen actief mee.",
    "Daarnaast organiseert men in {place} voorlichting en evenementen.",
)

# Countries partners work in, most popular first (a Zipf-like spread, Uganda and Germany on top).
POPULAR_COUNTRIES = (
    "UG",
    "DE",
    "RO",
    "KE",
    "TZ",
    "GH",
    "NP",
    "IN",
    "BE",
    "SE",
    "LV",
    "EE",
    "PL",
    "UA",
    "BA",
    "ZA",
    "ET",
    "MW",
    "RW",
    "SN",
    "BF",
    "ML",
    "NG",
    "CM",
    "PE",
    "EC",
    "BO",
    "BR",
    "GT",
    "NI",
    "HT",
    "SR",
    "ID",
    "PH",
    "VN",
    "KH",
    "LK",
    "BD",
    "PK",
    "MA",
    "EG",
    "TR",
    "GR",
    "IT",
    "ES",
    "FR",
    "GB",
    "DK",
    "NO",
    "FI",
    "LT",
    "CZ",
    "HU",
    "MD",
    "AL",
    "GE",
    "AM",
    "CN",
    "US",
    "CA",
)
GOAL_WEIGHTS = {
    1: 6,
    2: 4,
    3: 7,
    4: 12,
    5: 5,
    6: 6,
    7: 4,
    8: 9,
    9: 3,
    10: 5,
    11: 4,
    12: 3,
    13: 4,
    14: 1,
    15: 2,
    16: 5,
    17: 8,
}
ROLES = ["member"] * 12 + ["chair", "coordinator", "founder", "secretariat"]


def _partner_name(rng: random.Random, kind: str) -> str:
    words = {
        "noun": rng.choice(NOUNS),
        "adj": rng.choice(ADJECTIVES),
        "place": rng.choice(PLACES),
        "surname": rng.choice(SURNAMES),
        "abroad": rng.choice(ABROAD),
        "cause": rng.choice(CAUSES),
    }
    if kind == "company":
        base = rng.choice((words["surname"], words["noun"], f"{words['adj']} {words['noun']}"))
        return f"{base} {rng.choice(COMPANY_TRADES)} {rng.choice(COMPANY_FORMS)}"
    return rng.choice(KINDS[kind][0]).format(**words)


def _description(rng: random.Random, name: str, country_names: list[str], year: int) -> str:
    where = ", ".join(country_names[:-1]) + (" en " if len(country_names) > 1 else "") + country_names[-1]
    sentences = [
        f"{name} {rng.choice(ACTIVITIES)} in {where}.",
        f"Sinds {year} {rng.choice(ACTIVITIES)} samen met partners in {rng.choice(ABROAD)}.",
    ]
    sentences += [rng.choice(CLOSINGS).format(place=rng.choice(PLACES)) for _ in range(rng.randint(1, 3))]
    return " ".join(sentences)


def generate_data(connection) -> str:
    """Fill the bench database with ``PARTNERS`` published partners unless they are there already."""
    from django.db import transaction
    from django.utils.text import slugify
    from django_countries import countries as country_names

    from partners.demo.data import NETWORKS
    from partners.models import Country, GlobalGoal, Membership, Network, Partner, Sector
    from partners.services import partners_refresh_search

    name = connection.settings_dict["NAME"]
    if not name.endswith("_bench"):
        raise SystemExit(f"Refusing to write synthetic data to database {name!r}: its name does not end in _bench.")
    if Partner.objects.filter(published=True).count() == PARTNERS:
        # Reuse the data; only bring the search text up to date with the current code.
        changed = partners_refresh_search()
        return f"reused the partners already in {name} ({changed} search texts refreshed)"

    started = time.monotonic()
    rng = random.Random(SEED)
    with transaction.atomic():
        _truncate_agenda(connection)  # actions point at partners (PROTECT): they go first
        Membership.objects.all().delete()
        Partner.objects.all().delete()
        networks = []
        for item in NETWORKS:
            network, _ = Network.objects.get_or_create(
                slug=item["slug"], defaults={"name": item["name"], "description": item.get("description", "")}
            )
            networks.append(network)
        sectors = {sector.slug: sector for sector in Sector.objects.all()}
        goals = {goal.number: goal for goal in GlobalGoal.objects.all()}
        existing_codes = set(Country.objects.values_list("code", flat=True))
        codes = [code for code in POPULAR_COUNTRIES if code in existing_codes]
        code_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(codes))]
        goal_numbers = list(GOAL_WEIGHTS)
        kinds, kind_weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())

        partners, countries_of, goals_of = [], [], []
        used_names, used_slugs = set(), set()
        for index in range(PARTNERS + UNPUBLISHED):
            kind = rng.choices(kinds, kind_weights)[0]
            name_ = _partner_name(rng, kind)
            while name_ in used_names:
                name_ = f"{_partner_name(rng, kind)} {rng.choice(PLACES)}"
            used_names.add(name_)
            slug = base = slugify(name_)[:190]
            suffix = 2
            while slug in used_slugs:
                slug, suffix = f"{base}-{suffix}", suffix + 1
            used_slugs.add(slug)
            sector_slug = rng.choice(KINDS[kind][1]) if rng.random() < 0.85 else rng.choice(list(sectors))
            partner_codes = set()
            for _ in range(rng.choices((1, 2, 3, 4), (40, 30, 20, 10))[0]):
                partner_codes.add(rng.choices(codes, code_weights)[0])
            partner_goals = set()
            for _ in range(rng.choices((0, 1, 2, 3), (20, 35, 30, 15))[0]):
                partner_goals.add(rng.choices(goal_numbers, list(GOAL_WEIGHTS.values()))[0])
            names = [str(country_names.name(code)) for code in sorted(partner_codes)]
            domain = slugify(name_).replace("-", "")[:40]
            partners.append(
                Partner(
                    name=name_,
                    slug=slug,
                    kind=kind,
                    sector=sectors[sector_slug],
                    description=_description(rng, name_, names, rng.randint(1975, 2024)),
                    website=f"https://www.{domain}.nl/",
                    public_email=f"info@{domain}.nl",
                    contact_name=f"{rng.choice(('Anna', 'Jan', 'Fatima', 'Pieter', 'Sanne', 'Mohamed', 'Els', 'Kees'))} "
                    f"{rng.choice(SURNAMES)}",
                    published=index < PARTNERS,
                )
            )
            countries_of.append(partner_codes)
            goals_of.append(partner_goals)
        Partner.objects.bulk_create(partners, batch_size=1000)

        CountryLink = Partner.countries.through
        GoalLink = Partner.global_goals.through
        CountryLink.objects.bulk_create(
            [CountryLink(partner_id=p.pk, country_id=code) for p, cs in zip(partners, countries_of) for code in cs],
            batch_size=5000,
        )
        GoalLink.objects.bulk_create(
            [GoalLink(partner_id=p.pk, globalgoal_id=goals[n].pk) for p, ns in zip(partners, goals_of) for n in ns],
            batch_size=5000,
        )
        memberships = []
        for partner in partners:
            if rng.random() < 0.3:
                for network in rng.sample(networks, rng.choices((1, 2, 3), (70, 25, 5))[0]):
                    memberships.append(
                        Membership(
                            partner=partner,
                            network=network,
                            role=rng.choice(ROLES),
                            since=rng.choice((None, rng.randint(1990, 2024))),
                        )
                    )
        Membership.objects.bulk_create(memberships, batch_size=5000)
        partners_refresh_search()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return (
        f"generated {PARTNERS} published + {UNPUBLISHED} unpublished partners, "
        f"{len(memberships)} memberships in {time.monotonic() - started:.1f} s"
    )


# --------------------------------------------------------------------------------------
# Synthetic work agenda
# --------------------------------------------------------------------------------------

ACTION_TOPICS = (
    "Uitwisseling van leerlingen met {abroad}",
    "Handelsmissie naar {abroad}",
    "Stedenband met {abroad} verdiepen",
    "Kennisdeling over waterbeheer met {abroad}",
    "Global Goals week in {place}",
    "Hanzedagen {place}",
    "Stage-uitwisseling met {abroad}",
    "Zonnepanelen voor scholen in {abroad}",
    "Exportcafé voor ondernemers",
    "Cultureel festival met kunstenaars uit {abroad}",
    "Fietsproject in {abroad}",
    "Bibliotheek voor {abroad}",
    "Schoon drinkwater in {abroad}",
    "Vrouwen en ondernemerschap in {abroad}",
    "Sporttoernooi met {abroad}",
    "Internationale Dag van de Vrede in {place}",
    "Fairtrade-campagne in {place}",
    "Jongerenraad met {abroad}",
    "Klimaatpartnerschap met {abroad}",
    "Onderwijsprogramma met {abroad}",
    "Zorgopleiding in {abroad}",
    "Erfgoedroute van de Hanze",
    "Welkomstprogramma voor internationale studenten",
    "Expositie over {abroad}",
)
ACTION_SENTENCES = (
    "Partners uit {place} werken hierin samen met de gemeente.",
    "Het doel is een duurzame relatie met {abroad}.",
    "Het International Office brengt de betrokken organisaties bij elkaar.",
    "Scholen en bedrijven uit de regio sluiten aan.",
    "Jaarlijks wordt de voortgang met de raad gedeeld.",
    "De actie draagt bij aan de Global Goals.",
    "Vrijwilligers uit {place} nemen het voortouw.",
    "Er is subsidie aangevraagd bij het fonds internationale samenwerking.",
)
UPDATE_TEXTS = (
    "Eerste overleg met de partners in {abroad} gevoerd.",
    "Plan van aanpak besproken met de gemeente.",
    "Delegatie bezocht {abroad}; verslag volgt.",
    "Subsidie toegekend, de uitvoering start.",
    "Bijeenkomst in {place} met ruim veertig deelnemers.",
    "Nieuwe partner uit {place} sluit aan.",
    "Vertraging door personeelswisseling bij de partner.",
    "Tussenevaluatie afgerond.",
    "Materialen verscheept naar {abroad}.",
    "Afsluitende bijeenkomst gehouden en resultaten gedeeld.",
)
# Status mix per policy period: the old period is mostly closed, the current one mostly running.
STATUS_WEIGHTS = {
    "2015-2020": {"idea": 4, "planned": 8, "in_progress": 15, "realised": 50, "stopped": 23},
    "2021-2026": {"idea": 10, "planned": 20, "in_progress": 45, "realised": 20, "stopped": 5},
}
PERIOD_SHARE = {"2015-2020": 0.3, "2021-2026": 0.7}


def _event_tables() -> list[str]:
    from events.models import Event, Registration

    return [
        Registration._meta.db_table,
        *(field.remote_field.through._meta.db_table for field in Event._meta.local_many_to_many),
        Event._meta.db_table,
    ]


def _truncate_events(connection) -> None:
    """Empty the event tables in one statement (no per-row history)."""
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(_event_tables())}")


def _truncate_agenda(connection) -> None:
    """Empty the agenda tables in one statement (no per-row history, unlike a Django delete)."""
    from agenda.models import Action, Participation, ProgressUpdate
    from partners.models import Relation

    # Events and relations link to actions: PostgreSQL truncates them in one statement or none.
    tables = [
        *_event_tables(),
        Relation.actions.through._meta.db_table,
        ProgressUpdate._meta.db_table,
        Participation._meta.db_table,
        *(field.remote_field.through._meta.db_table for field in Action._meta.local_many_to_many),
        Action._meta.db_table,
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)}")


def ensure_bench_users() -> dict:
    """An ambassador (with a sector) and a civil servant, with their groups and profiles."""
    from django.contrib.auth import get_user_model

    from deventer_intl.models import Profile
    from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT, ensure_roles

    groups = ensure_roles()
    users = {}
    for username, role in ((BENCH_AMBASSADOR, AMBASSADOR), (BENCH_CIVIL_SERVANT, CIVIL_SERVANT)):
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org", "first_name": "Bench"}
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.set([groups[role]])
        Profile.objects.get_or_create(user=user)
        users[role] = user
    return users


def generate_agenda(connection) -> str:
    """Fill the agenda with ``ACTIONS`` actions unless they are there already (bulk inserts only).

    Regenerating the partners empties the agenda first, so a count that matches means data that fits.
    """
    from django.db import transaction
    from django.db.models import Count

    from agenda.models import Action, Chapter, Participation, PolicyPeriod, ProgressUpdate
    from deventer_intl.models import Profile
    from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT
    from partners.models import Country, GlobalGoal, Partner, Sector

    users = ensure_bench_users()
    ambassador, civil_servant = users[AMBASSADOR], users[CIVIL_SERVANT]

    def set_ambassador_sector() -> Sector:
        # The ambassador looks after the sector with the most actions: the biggest "My agenda".
        sector = Sector.objects.annotate(n=Count("actions")).order_by("-n", "pk").first()
        Profile.objects.filter(user=ambassador).update(sector=sector)
        return sector

    if Action.objects.count() == ACTIONS:
        sector = set_ambassador_sector()
        return f"reused the {ACTIONS} actions already there; ambassador's sector {sector.slug}"

    started = time.monotonic()
    rng = random.Random(SEED + 1)
    today = datetime.now().date()
    with transaction.atomic():
        _truncate_agenda(connection)
        periods = {period.name: period for period in PolicyPeriod.objects.all()}
        chapters = list(Chapter.objects.filter(period=periods["2021-2026"]).order_by("number"))
        partner_ids = list(Partner.objects.filter(published=True).values_list("pk", flat=True))
        sector_ids = list(Sector.objects.values_list("pk", flat=True))
        goal_ids = list(GlobalGoal.objects.values_list("pk", flat=True))
        country_codes = [code for code in POPULAR_COUNTRIES if Country.objects.filter(code=code).exists()]
        country_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(country_codes))]
        statuses_of = {name: (list(w), list(w.values())) for name, w in STATUS_WEIGHTS.items()}
        roles = [choice for choice, _ in Action.MunicipalityRole.choices]

        actions, updates_of, counters = [], [], {}
        sectors_of, goals_of, countries_of, partners_of = [], [], [], []
        for index in range(ACTIONS):
            period_name = "2015-2020" if index < ACTIONS * PERIOD_SHARE["2015-2020"] else "2021-2026"
            period = periods[period_name]
            letter = "A" if rng.random() < 0.55 else "B"
            counters[period_name, letter] = number = counters.get((period_name, letter), 0) + 1
            status = rng.choices(*statuses_of[period_name])[0]
            progress = {
                "idea": 0,
                "realised": 100,
                "planned": rng.randint(0, 20),
                "in_progress": rng.randint(10, 90),
                "stopped": rng.randint(0, 80),
            }[status]
            start = datetime(period.start_year, 1, 1).date()
            end = min(datetime(period.end_year, 12, 31).date(), today)
            start_date = start + timedelta(days=rng.randint(0, (end - start).days // 2))
            # Progress updates: 1-5, ~3 on average. Running actions of the current period were mostly
            # updated lately; the rest (and everything of the old period) is stale.
            n_updates = rng.choices((1, 2, 3, 4, 5), (15, 25, 25, 20, 15))[0]
            recent = period_name == "2021-2026" and status in Action.OPEN_STATUSES and rng.random() < 0.6
            dates = sorted(
                start_date + timedelta(days=rng.randint(0, max(0, (end - start_date).days))) for _ in range(n_updates)
            )
            if recent:
                dates[-1] = today - timedelta(days=rng.randint(0, 80))
                dates.sort()
            words = {"abroad": rng.choice(ABROAD), "place": rng.choice(PLACES)}
            title = rng.choice(ACTION_TOPICS).format(**words)
            description = " ".join(rng.choice(ACTION_SENTENCES).format(**words) for _ in range(rng.randint(2, 4)))
            lead_person = None
            if index % 500 == 7:
                lead_person = ambassador
            elif index % 800 == 11:
                lead_person = civil_servant
            actions.append(
                Action(
                    period=period,
                    chapter=rng.choice(chapters) if period_name == "2021-2026" and rng.random() < 0.95 else None,
                    code=f"{letter}{number}",
                    list=letter,
                    title=title[:200],
                    description=description,
                    status=status,
                    progress=progress,
                    lead_partner_id=rng.choice(partner_ids) if rng.random() < 0.8 else None,
                    lead_person=lead_person,
                    municipality_role=rng.choice(roles),
                    start_date=start_date,
                    end_date=rng.choice((None, dates[-1] + timedelta(days=rng.randint(0, 400)))),
                    public=rng.random() < 0.9,
                    version=1,  # AutoIncVersionField: bulk_create does not set it
                    last_update_on=dates[-1],
                )
            )
            texts = [rng.choice(UPDATE_TEXTS).format(**words) for _ in dates]
            steps = []
            for i, date in enumerate(dates):
                if i == len(dates) - 1:
                    steps.append((date, texts[i], status, progress))
                elif rng.random() < 0.5:
                    steps.append((date, texts[i], rng.choice(("planned", "in_progress")), None))
                else:
                    steps.append((date, texts[i], "", None))
            updates_of.append(steps)
            sectors_of.append(set(rng.sample(sector_ids, rng.choices((1, 2, 3), (60, 30, 10))[0])))
            goals_of.append(set(rng.sample(goal_ids, rng.choices((0, 1, 2, 3), (20, 35, 30, 15))[0])))
            countries_of.append(
                {
                    rng.choices(country_codes, country_weights)[0]
                    for _ in range(rng.choices((0, 1, 2, 3), (25, 40, 25, 10))[0])
                }
            )
            partners_of.append(set(rng.sample(partner_ids, rng.choices((0, 1, 2, 3, 4), (20, 30, 25, 15, 10))[0])))
        Action.objects.bulk_create(actions, batch_size=2000)

        def links(model, column, values_of):
            rows = [
                model(**{"action_id": a.pk, column: value}) for a, values in zip(actions, values_of) for value in values
            ]
            model.objects.bulk_create(rows, batch_size=5000)
            return len(rows)

        links(Action.sectors.through, "sector_id", sectors_of)
        links(Action.global_goals.through, "globalgoal_id", goals_of)
        links(Action.countries.through, "country_id", countries_of)
        Editors = Action.editors.through
        Editors.objects.bulk_create([Editors(action_id=a.pk, user_id=ambassador.pk) for a in actions[13::650]])
        participations = [
            Participation(
                action_id=a.pk,
                partner_id=partner_id,
                role=rng.choices(("co-lead", "participant", "supporter"), (15, 65, 20))[0],
            )
            for a, ids in zip(actions, partners_of)
            for partner_id in ids
            if partner_id != a.lead_partner_id
        ]
        Participation.objects.bulk_create(participations, batch_size=5000)
        updates = [
            ProgressUpdate(action_id=a.pk, date=date, text=text, status=status, progress=progress)
            for a, steps in zip(actions, updates_of)
            for date, text, status, progress in steps
        ]
        ProgressUpdate.objects.bulk_create(updates, batch_size=5000)
    sector = set_ambassador_sector()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    stale = Action.objects.stale().count()
    return (
        f"generated {ACTIONS} actions ({stale} stale), {len(participations)} participations, "
        f"{len(updates)} progress updates in {time.monotonic() - started:.1f} s; ambassador's sector {sector.slug}"
    )


EVENT_TITLES = {
    "concert": ("Wereldmuziek uit {abroad}", "Concert: klanken van {abroad}", "Roemeense volksmuziek in {place}"),
    "festival": ("Festival {abroad} in {place}", "Focus op {abroad}", "Deventer Wereldstad {place}"),
    "lecture": ("Lezing over {abroad}", "Debat: samenwerken met {abroad}", "Roemeense avond: lezing"),
    "exhibition": ("Tentoonstelling {abroad} in beeld", "Foto's uit {abroad}"),
    "trade_mission": ("Handelsmissie naar {abroad}", "Beursbezoek {abroad}"),
    "incoming_delegation": ("Delegatie uit {abroad} op bezoek", "Ondernemers uit {abroad} in {place}"),
    "outgoing_delegation": ("Delegatie naar {abroad}", "Hanzedagen {abroad}"),
    "network_meeting": ("Netwerkbijeenkomst {place}", "Matchmaking {abroad} en Deventer"),
    "themed_meeting": ("Global Goals-bijeenkomst in {place}", "Themabijeenkomst {abroad}"),
    "exchange": ("Uitwisseling met {abroad}", "Studenten uit {abroad} te gast"),
}
EVENT_KIND_WEIGHTS = {
    "concert": 30,
    "festival": 4,
    "lecture": 14,
    "exhibition": 8,
    "trade_mission": 4,
    "incoming_delegation": 5,
    "outgoing_delegation": 4,
    "network_meeting": 12,
    "themed_meeting": 9,
    "exchange": 10,
}


def generate_events(connection) -> str:
    """Fill the events with ``EVENTS`` events from 2010 to 2030 unless they are there already (bulk inserts)."""
    from zoneinfo import ZoneInfo

    from django.db import transaction
    from django.utils.text import slugify

    from agenda.models import Action
    from events.models import Event, Series
    from partners.models import Country, GlobalGoal, Partner, Sector

    if Event.objects.count() == EVENTS:
        return f"reused the {EVENTS} events already there"
    started = time.monotonic()
    rng = random.Random(SEED + 2)
    zone = ZoneInfo("Europe/Amsterdam")
    first, last = datetime(2010, 1, 1), datetime(2030, 12, 31)
    span_days = (last - first).days
    with transaction.atomic():
        _truncate_events(connection)
        series, _ = Series.objects.get_or_create(
            slug="wereldmuziekserie-deventer-internationaal",
            defaults={"name": "Wereldmuziekserie Deventer Internationaal"},
        )
        partner_ids = list(Partner.objects.filter(published=True).values_list("pk", flat=True))
        sector_ids = list(Sector.objects.values_list("pk", flat=True))
        goal_ids = list(GlobalGoal.objects.values_list("pk", flat=True))
        action_ids = list(Action.objects.filter(public=True).values_list("pk", flat=True)[:5000])
        abroad_codes = [
            code for code in POPULAR_COUNTRIES if code != "NL" and Country.objects.filter(code=code).exists()
        ]
        kinds, kind_weights = list(EVENT_KIND_WEIGHTS), list(EVENT_KIND_WEIGHTS.values())
        today = datetime.now()
        events, organisers_of, sectors_of, goals_of, actions_of = [], [], [], [], []
        for index in range(EVENTS):
            kind = rng.choices(kinds, kind_weights)[0]
            day = first + timedelta(days=rng.randint(0, span_days))
            hour = rng.choice((10, 14, 15, 19, 20))
            start = datetime(day.year, day.month, day.day, hour, tzinfo=zone)
            long = kind in ("festival", "trade_mission", "incoming_delegation", "outgoing_delegation")
            end = start + (timedelta(days=rng.randint(1, 10)) if long else timedelta(hours=rng.choice((2, 3))))
            abroad = kind in ("trade_mission", "outgoing_delegation") or (
                kind != "incoming_delegation" and rng.random() < 0.15
            )
            code = rng.choice(abroad_codes) if abroad else "NL"
            words = {"abroad": rng.choice(ABROAD), "place": rng.choice(PLACES)}
            title = rng.choice(EVENT_TITLES[kind]).format(**words)
            past = start.replace(tzinfo=None) < today
            meeting = kind in ("network_meeting", "themed_meeting") and rng.random() < 0.5
            events.append(
                Event(
                    title=title[:200],
                    slug=f"{slugify(title)[:150]}-{index}",
                    kind=kind,
                    start=start,
                    end=end,
                    all_day=long,
                    venue="" if abroad else rng.choice(("Muziekhuis", "Stadhuis", "Schouwburg", "Bibliotheek")),
                    city=words["abroad"] if abroad else "Deventer",
                    country_id=code,
                    description=" ".join(
                        rng.choice(ACTION_SENTENCES).format(**words) for _ in range(rng.randint(1, 3))
                    ),
                    public=rng.random() < 0.9,
                    series=series if kind == "concert" and rng.random() < 0.3 else None,
                    expected_visitors=rng.randint(20, 2000),
                    actual_visitors=rng.randint(10, 2500) if past else None,
                    registration_required=meeting,
                    capacity=rng.randint(20, 80) if meeting else None,
                    waiting_list=meeting and rng.random() < 0.5,
                )
            )
            organisers_of.append(set(rng.sample(partner_ids, rng.choice((1, 1, 2)))))
            sectors_of.append(set(rng.sample(sector_ids, rng.choice((1, 1, 2)))))
            goals_of.append(set(rng.sample(goal_ids, rng.choice((0, 1, 2)))))
            actions_of.append(set(rng.sample(action_ids, 1)) if action_ids and rng.random() < 0.1 else set())
        Event.objects.bulk_create(events, batch_size=2000)
        # Festivals get 3-20 sub-events each from the events around their dates (5% of all events).
        festivals = [event for event in events if event.kind == "festival"]
        children = [event for event in events if event.kind in ("concert", "lecture", "exhibition")]
        rng.shuffle(children)
        updates = []
        for festival in festivals:
            taken = children[len(updates) : len(updates) + rng.randint(3, 20)]
            for child in taken:
                child.parent_id = festival.pk
            updates.extend(taken)
        Event.objects.bulk_update(updates, ["parent"], batch_size=2000)

        def links(model, column, values_of):
            rows = [
                model(**{"event_id": e.pk, column: value}) for e, values in zip(events, values_of) for value in values
            ]
            model.objects.bulk_create(rows, batch_size=5000)
            return len(rows)

        links(Event.organisers.through, "partner_id", organisers_of)
        links(Event.sectors.through, "sector_id", sectors_of)
        links(Event.global_goals.through, "globalgoal_id", goals_of)
        links(Event.actions.through, "action_id", actions_of)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    upcoming = Event.objects.upcoming().count()
    return (
        f"generated {EVENTS} events ({upcoming} to come, {len(festivals)} festivals with {len(updates)} "
        f"sub-events) in {time.monotonic() - started:.1f} s"
    )


def bench_sessions() -> dict:
    """A fresh session (in the bench database) per bench login; the cookie header that sends it."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT

    users = ensure_bench_users()
    store = import_module(settings.SESSION_ENGINE).SessionStore
    cookies = {}
    for role in (AMBASSADOR, CIVIL_SERVANT):
        user = users[role]
        session = store()
        session[SESSION_KEY] = user._meta.pk.value_to_string(user)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.set_expiry(24 * 3600)
        session.create()
        cookies[role] = f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
    return cookies


# --------------------------------------------------------------------------------------
# Pages, query counts, load
# --------------------------------------------------------------------------------------


@dataclass
class Sample:
    """The successful requests' latencies of one load run, and how long the run took."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    bytes: int = 0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies) * 1000 if self.latencies else math.nan

    @property
    def p99_ms(self) -> float:
        if len(self.latencies) < 2:
            return self.median_ms
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[98] * 1000

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else math.nan


@dataclass
class Page:
    label: str
    path: str
    queries: int | None = None
    note: str = ""
    cookie: str = ""  # a Cookie header (the session of a bench login) for pages behind a login
    concurrency: int = 0  # clients in the load phase when not CONCURRENCY: a page of seconds gets WORKERS
    alone: Sample = field(default_factory=Sample)  # one client: the page's own service time
    loaded: Sample = field(default_factory=Sample)  # CONCURRENCY clients: latency with queueing, throughput
    cached: Sample | None = None  # CONCURRENCY clients, page cache on (anonymous pages only)
    cache_hits: int = 0  # answers marked X-Page-Cache: hit in the cached run

    @property
    def anonymous(self) -> bool:
        return not self.cookie and not self.path.startswith("/bench/")


def build_pages(cookies: dict) -> list[Page]:
    """The pages to measure, with real slugs from the bench data; ``cookies``: role -> Cookie header."""
    from django.db.models import Count

    from agenda.models import Action
    from deventer_intl.models import Profile
    from deventer_intl.roles import AMBASSADOR, CIVIL_SERVANT
    from partners.models import Network, Partner, Sector

    partner = Partner.objects.filter(published=True).order_by("name")[PARTNERS // 2]
    sector = Sector.objects.annotate(n=Count("partners")).order_by("-n").first()
    network = Network.objects.annotate(n=Count("partners")).order_by("-n").first()
    deep = max(1, min(200, math.ceil(PARTNERS / 24) - 5))
    # A public action in the middle of the list, with partners and a timeline.
    with_partners = Action.objects.public().annotate(n=Count("participations")).filter(n__gte=3)
    action = with_partners.order_by("period", "list", "code")[with_partners.count() // 2]
    agenda_sector = Profile.objects.get(user__username=BENCH_AMBASSADOR).sector
    agenda_deep = max(1, min(DEEP_AGENDA_PAGE, math.ceil(ACTIONS * 0.9 / 25) - 5))
    ambassador, civil_servant = cookies[AMBASSADOR], cookies[CIVIL_SERVANT]
    return [
        Page("floor (no template, no query)", "/bench/floor"),
        Page("healthz", "/healthz"),
        Page("home", "/nl/"),
        Page("directory page 1", "/nl/partners/"),
        Page(f"directory page {deep} (deep)", f"/nl/partners/?page={deep}"),
        Page(f"search common word ({COMMON_WORD})", f"/nl/partners/?q={COMMON_WORD}"),
        Page(f"search misspelt ({MISSPELT_WORD})", f"/nl/partners/?q={MISSPELT_WORD}"),
        Page("country filter (ug)", "/nl/partners/?country=ug"),
        Page("partner detail", partner.get_absolute_url()),
        Page(f"sector page ({sector.slug})", sector.get_absolute_url()),
        Page("goal list", "/nl/doelen/"),
        Page("goal page (4)", "/nl/doelen/4/"),
        Page("country list", "/nl/landen/"),
        Page("country page (ug)", "/nl/landen/ug/"),
        Page("network list", "/nl/netwerken/"),
        Page(f"network page ({network.slug})", network.get_absolute_url()),
        Page("sitemap.xml (index)", "/sitemap.xml"),
        Page("sitemap partners (nl, page 1)", "/sitemap-partners-nl.xml"),
        Page("agenda page 1", "/nl/agenda/"),
        Page(f"agenda page {agenda_deep} (deep)", f"/nl/agenda/?page={agenda_deep}"),
        Page(
            f"agenda filtered (B, in progress, {agenda_sector.slug})",
            f"/nl/agenda/?list=B&status=in_progress&sector={agenda_sector.slug}",
        ),
        Page(f"agenda search ({AGENDA_WORD})", f"/nl/agenda/?q={AGENDA_WORD}"),
        Page("action detail", action.get_absolute_url()),
        Page("my agenda (ambassador)", "/nl/mijn/agenda/", cookie=ambassador),
        Page("my agenda (civil servant)", "/nl/mijn/agenda/", cookie=civil_servant),
        Page("monitoring (civil servant)", "/nl/agenda/monitoring/", cookie=civil_servant),
        # Seconds per request: measured with one client per worker, so no request queues for minutes.
        Page(
            "export werkagenda.csv (civil servant)",
            "/nl/agenda/monitoring/werkagenda.csv",
            cookie=civil_servant,
            concurrency=WORKERS,
        ),
        *event_pages(),
        *relation_pages(),
    ]


def relation_pages() -> list[Page]:
    """The strategic index, the map and, when the data has relations, the one with the most events (issue 10)."""
    from django.db.models import Count

    from partners.models import Relation

    relation = Relation.objects.annotate(n=Count("events")).order_by("-n", "pk").first()
    pages = [Page("relations index", "/nl/relaties/"), Page("map", "/nl/kaart/")]
    if relation is not None:
        pages.append(Page(f"relation page ({relation.slug})", relation.get_absolute_url()))
    return pages


def event_pages() -> list[Page]:
    """The events' public pages: lists, filters, search, a deep page, the month calendar, a detail and the feeds."""
    from django.db.models import Count

    from events.models import Event

    public = Event.objects.public()
    festival = public.filter(kind="festival").annotate(n=Count("sub_events")).order_by("-n", "pk").first()
    single = public.upcoming().order_by("start", "pk").first()
    past_deep = max(1, min(200, public.past().count() // 25 - 5))
    return [
        Page("events upcoming page 1", "/nl/evenementen/"),
        Page(
            "events filtered (concert, cultuur-toerisme, goal 10)",
            "/nl/evenementen/?kind=concert&sector=cultuur-toerisme&goal=10",
        ),
        Page(f"events search ({EVENT_WORD})", f"/nl/evenementen/?q={EVENT_WORD}"),
        Page(f"past events page {past_deep} (deep)", f"/nl/evenementen/geweest/?page={past_deep}"),
        Page("events calendar (this month)", "/nl/evenementen/kalender/"),
        Page("event detail (festival with sub-events)", festival.get_absolute_url()),
        Page("event .ics (one event)", f"/nl/evenementen/{single.slug}.ics"),
        Page("events feed.ics filtered (trade missions)", "/nl/evenementen/feed.ics?kind=trade_mission"),
        # The whole feed is seconds of work at 20,000 events: one client per worker, as for the export.
        Page("events feed.ics (all public events)", "/nl/evenementen/feed.ics", concurrency=WORKERS),
    ]


def count_queries(pages: list[Page]) -> None:
    """One in-process request per page (after a warm-up request) with its SQL captured."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from partners.models import Partner

    for page in pages:
        client = Client(HTTP_HOST=HOST, HTTP_COOKIE=page.cookie) if page.cookie else Client(HTTP_HOST=HOST)
        client.get(page.path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.path)
        if response.status_code != 200:
            raise RuntimeError(f"{page.path} answered {response.status_code} in-process")
        page.queries = len(captured.captured_queries)
    # What the search and filter pages find, so their numbers can be read against it.
    published = Partner.objects.published()
    for page in pages:
        if "?q=" in page.path:
            page.note = f"{published.search(page.path.split('=', 1)[1]).count()} matches"
        elif "country=" in page.path:
            page.note = f"{published.filter(countries__code='UG').count()} matches"
    note_agenda(pages)


def note_agenda(pages: list[Page]) -> None:
    """What the agenda's search and filter find, and how many rows the export holds."""
    from urllib.parse import parse_qs, urlsplit

    from agenda.models import Action

    public = Action.objects.public()
    for page in pages:
        url = urlsplit(page.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        if url.path == "/nl/agenda/" and "q" in query:
            page.note = f"{public.search(query['q']).count()} matches"
        elif url.path == "/nl/agenda/" and "status" in query:
            found = public.filter(list=query["list"], status=query["status"], sectors__slug=query["sector"])
            page.note = f"{found.count()} matches"
        elif url.path.endswith("werkagenda.csv"):
            page.note = f"{Action.objects.count()} rows"
        elif url.path == "/nl/agenda/monitoring/":
            page.note = f"{Action.objects.stale().count()} stale in all periods"
    note_events(pages)


def note_events(pages: list[Page]) -> None:
    """What the event lists, the calendar and the feeds hold."""
    import datetime as dt
    from urllib.parse import parse_qs, urlsplit

    from django.utils import timezone

    from events.models import Event

    public = Event.objects.public()
    for page in pages:
        url = urlsplit(page.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        if url.path == "/nl/evenementen/" and "q" in query:
            page.note = f"{public.upcoming().search(query['q']).count()} matches"
        elif url.path == "/nl/evenementen/" and "kind" in query:
            found = public.upcoming().filter(
                kind=query["kind"], sectors__slug=query["sector"], global_goals__number=query["goal"]
            )
            page.note = f"{found.count()} matches"
        elif url.path == "/nl/evenementen/":
            page.note = f"{public.upcoming().count()} upcoming"
        elif url.path == "/nl/evenementen/feed.ics":
            page.note = f"{public.filter(**({'kind': query['kind']} if 'kind' in query else {})).count()} events"
        elif url.path == "/nl/evenementen/kalender/":
            today = timezone.localdate()
            first = today.replace(day=1)
            after = (first + dt.timedelta(days=32)).replace(day=1)
            zone = timezone.get_current_timezone()
            month = public.overlapping(
                dt.datetime.combine(first, dt.time.min, zone), dt.datetime.combine(after, dt.time.min, zone)
            )
            page.note = f"{month.count()} events this month"
        elif url.path.startswith("/nl/evenementen/") and url.path.endswith("/") and "geweest" not in url.path:
            slug = url.path.rstrip("/").rsplit("/", 1)[-1]
            page.note = f"{Event.objects.filter(parent__slug=slug).count()} sub-events"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int, log, *, page_cache: bool = False) -> subprocess.Popen:
    env = dict(os.environ, PAGE_CACHE_SECONDS="600" if page_cache else "0")
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        str(WORKERS),
        "--worker-class",
        "sync",
        "--bind",
        f"{HOST}:{port}",
        "--pythonpath",
        f"{BASE_DIR / 'bin'},{BASE_DIR}",
        "--log-level",
        "warning",
        "--timeout",
        "120",  # a slow page under load is measured, not killed at the default 30 s
        "bench:wsgi_app()",
    ]
    # Own session: Ctrl-C reaches only this script, which then stops gunicorn itself.
    return subprocess.Popen(
        command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def stop_gunicorn(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()  # SIGTERM: gunicorn's graceful stop of master and workers
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_for_health(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with code {process.returncode}; see bench-results/gunicorn.log")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz in time; see bench-results/gunicorn.log")


def hammer(
    port: int, path: str, concurrency: int, limit: int, seconds: float, cookie: str = "", hits: list | None = None
) -> Sample:
    """Up to ``limit`` GETs of ``path`` from ``concurrency`` threads, each with its own connection.

    No request starts after ``seconds``; requests in flight then still finish. ``cookie``: a
    Cookie header to send (a logged-in session).
    """
    headers = {"Host": HOST, "Accept-Language": "nl", "User-Agent": "deventer-bench"}
    if cookie:
        headers["Cookie"] = cookie
    sample = Sample()
    lock = threading.Lock()
    issued = 0
    stop_at = time.monotonic() + seconds

    def worker() -> None:
        nonlocal issued
        conn = http.client.HTTPConnection(HOST, port, timeout=300)
        try:
            while True:
                with lock:
                    if issued >= limit or time.monotonic() > stop_at:
                        return
                    issued += 1
                started = time.perf_counter()
                try:
                    conn.request("GET", path, headers=headers)
                    response = conn.getresponse()
                    body = response.read()
                    ok = response.status == 200
                    if hits is not None and response.getheader("X-Page-Cache") == "hit":
                        hits.append(1)
                except (OSError, http.client.HTTPException):
                    conn.close()  # http.client reconnects on the next request
                    ok, body = False, b""
                elapsed = time.perf_counter() - started
                with lock:
                    if ok:
                        sample.latencies.append(elapsed)
                        sample.bytes = len(body)
                    else:
                        sample.errors += 1
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sample.seconds = time.perf_counter() - started
    return sample


def measure_cached(port: int, page: Page) -> None:
    """The same load with the page cache on: a warm-up request stores the page, the rest should be hits."""
    hammer(port, page.path, 1, 2, WARMUP_SECONDS)
    hits: list = []
    page.cached = hammer(port, page.path, CONCURRENCY, REQUESTS_PER_PAGE, SECONDS_PER_PAGE, hits=hits)
    page.cache_hits = len(hits)


def measure(port: int, page: Page) -> None:
    hammer(port, page.path, WORKERS, 4 * WORKERS, WARMUP_SECONDS, page.cookie)  # warm-up, discarded
    page.alone = hammer(port, page.path, 1, ALONE_REQUESTS, ALONE_SECONDS, page.cookie)
    concurrency = page.concurrency or CONCURRENCY
    page.loaded = hammer(port, page.path, concurrency, REQUESTS_PER_PAGE, SECONDS_PER_PAGE, page.cookie)
    if concurrency != CONCURRENCY:
        page.note = "; ".join(filter(None, [page.note, f"load phase with {concurrency} clients"]))


# --------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------


def floor_rps(pages: list[Page]) -> float:
    floor = next((page for page in pages if page.path == "/bench/floor"), None)
    return floor.loaded.rps if floor and floor.loaded.latencies else math.nan


def cache_backend() -> str:
    return "Redis" if os.environ.get("REDIS_URL") else "the database cache"


def _number(value: float, digits: int = 1):
    return None if value is None or math.isnan(value) else round(value, digits)


def results(pages: list[Page], load_before: tuple) -> list[dict]:
    """``bench-results/latest.json``: one object per page."""
    floor = floor_rps(pages)
    return [
        {
            "page": page.label,
            "path": page.path,
            "queries": page.queries,
            "req_per_s": _number(page.loaded.rps),
            "cached_req_per_s": _number(page.cached.rps) if page.cached else None,
            "floor_req_per_s": _number(floor),
            "share_of_floor": _number(page.loaded.rps / floor, 4),
            "cached_share_of_floor": _number(page.cached.rps / floor, 4) if page.cached else None,
            "median_ms": _number(page.loaded.median_ms),
            "p99_ms": _number(page.loaded.p99_ms),
            "cached_p99_ms": _number(page.cached.p99_ms) if page.cached else None,
            "own_ms": _number(page.alone.median_ms),
            "cache_hits": page.cache_hits if page.cached else None,
            "requests": len(page.loaded.latencies),
            "errors": page.loaded.errors + page.alone.errors + (page.cached.errors if page.cached else 0),
            "cache": cache_backend(),
            "load_average_before": round(load_before[0], 2),
            "note": page.note,
        }
        for page in pages
    ]


def table(pages: list[Page]) -> str:
    floor = floor_rps(pages)
    header = [
        "page",
        "queries",
        "median ms",
        "p99 ms",
        "req/s",
        "% floor",
        "cached req/s",
        "cached % floor",
        "cached p99 ms",
        "1 client ms",
        "n",
        "errors",
        "KB",
        "path",
        "note",
    ]
    rows = [
        [
            page.label,
            str(page.queries),
            f"{page.loaded.median_ms:.1f}",
            f"{page.loaded.p99_ms:.1f}",
            f"{page.loaded.rps:.0f}",
            f"{100 * page.loaded.rps / floor:.1f}",
            f"{page.cached.rps:.0f}" if page.cached else "",
            f"{100 * page.cached.rps / floor:.1f}" if page.cached else "",
            f"{page.cached.p99_ms:.1f}" if page.cached else "",
            f"{page.alone.median_ms:.1f}",
            str(len(page.loaded.latencies)),
            str(page.loaded.errors + page.alone.errors + (page.cached.errors if page.cached else 0)),
            f"{page.loaded.bytes / 1024:.0f}",
            f"`{page.path}`",
            page.note,
        ]
        for page in pages
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    numeric = set(range(1, 13))

    def line(cells):
        return (
            "| "
            + " | ".join(
                cell.rjust(width) if i in numeric else cell.ljust(width)
                for i, (cell, width) in enumerate(zip(cells, widths))
            )
            + " |"
        )

    rule = "|" + "|".join("-" * (w + 1) + ":" if i in numeric else "-" * (w + 2) for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def report(pages: list[Page], database: str, data: str, load_before: tuple, elapsed: float) -> str:
    busy = load_before[0] > 1.0
    return "\n".join(
        [
            "# Benchmark: public pages and the work agenda",
            "",
            *(
                [
                    "**Other processes were busy on this machine (load average "
                    f"{load_before[0]:.1f} before the run): the numbers are noisy.**",
                    "",
                ]
                if busy
                else []
            ),
            f"- finished {datetime.now().astimezone().isoformat(timespec='seconds')}, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()}; load average before the load phase {load_before[0]:.2f}",
            f"- data: {PARTNERS} published partners, {ACTIONS} agenda actions, {database}; {data}",
            f"- server: gunicorn, {WORKERS} sync workers, DEBUG=0, CONN_MAX_AGE={os.environ['CONN_MAX_AGE']}, {HOST} only",
            f"- median ms, p99 ms, req/s: {CONCURRENCY} concurrent clients, up to {REQUESTS_PER_PAGE} requests "
            f"per page or {SECONDS_PER_PAGE:.0f} s (n = requests measured), after a few warm-up requests. "
            f"With {CONCURRENCY} clients on {WORKERS} workers a request waits for others, so the median is about "
            f"{CONCURRENCY // WORKERS}x the service time",
            f"- 1 client ms: median of up to {ALONE_REQUESTS} requests one after another: the page's own service time",
            "- queries: one in-process request per page (Django test Client + CaptureQueriesContext), page cache off",
            "- req/s and % floor: page cache off (PAGE_CACHE_SECONDS=0); cached: a second gunicorn with the page "
            f"cache on ({cache_backend()}), anonymous pages only, after one request that stores the page",
            "- the load generator (Python threads + http.client) runs on the same CPUs as gunicorn and PostgreSQL; "
            f"load phase took {elapsed:.0f} s",
            "",
            table(pages),
            "",
        ]
    )


LOADTEST_PASSWORD = "bench-load-2026"  # bench database only
LOADTEST_PARTNER = "bench-partner"


def ensure_loadtest_logins() -> dict:
    """For ``make loadtest``: the bench ambassador with a password, a partner representative of one partner, and
    an open subsidy scheme with this year's budget to apply under (bench database only)."""
    import datetime as dt
    from decimal import Decimal

    from django.contrib.auth import get_user_model

    from deventer_intl.models import Profile
    from deventer_intl.roles import AMBASSADOR, PARTNER_REPRESENTATIVE, ensure_roles
    from partners.models import Partner
    from subsidies.models import Budget, Scheme

    users = ensure_bench_users()
    ambassador = users[AMBASSADOR]
    ambassador.set_password(LOADTEST_PASSWORD)
    ambassador.save()
    partner_user, _created = get_user_model().objects.get_or_create(
        username=LOADTEST_PARTNER, defaults={"email": f"{LOADTEST_PARTNER}@example.org", "first_name": "Bench"}
    )
    partner_user.set_password(LOADTEST_PASSWORD)
    partner_user.save()
    partner_user.groups.set([ensure_roles()[PARTNER_REPRESENTATIVE]])
    profile, _created = Profile.objects.get_or_create(user=partner_user)
    profile.partners.set(Partner.objects.published().order_by("pk")[:1])
    today = dt.date.today()
    scheme, _created = Scheme.objects.get_or_create(
        slug="bench-internationale-samenwerking",
        defaults={
            "name_nl": "Bench: internationale samenwerking",
            "name_en": "Bench: international cooperation",
            "purpose_nl": "Kleine subsidies.",
            "max_amount": Decimal("5000"),
            "opens_on": dt.date(today.year - 1, 1, 1),
            "decision_weeks": 8,
        },
    )
    Budget.objects.get_or_create(scheme=scheme, year=today.year, defaults={"amount": Decimal("10000000")})
    from agenda.models import Action
    from events.models import Event

    editable = Action.objects.public().filter(sectors=ambassador.profile.sector).order_by("pk")
    registrable = Event.objects.public().upcoming().filter(registration_required=True, waiting_list=True)
    return {
        "ambassador": ambassador.username,
        "partner": partner_user.username,
        "password": LOADTEST_PASSWORD,
        "actions": list(editable.values_list("pk", flat=True)[:200]),
        "public_actions": list(Action.objects.public().order_by("?").values_list("pk", flat=True)[:300]),
        "partners": list(Partner.objects.published().order_by("?").values_list("slug", flat=True)[:300]),
        "events": list(Event.objects.public().order_by("?").values_list("slug", flat=True)[:300]),
        "registrable_events": list(registrable.order_by("start").values_list("slug", flat=True)[:50]),
    }


def main() -> int:
    if "--loadtest-data" in sys.argv:
        return loadtest_data()
    database = configure_environment()
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    print(f"bench: {database}; migrating …", flush=True)
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    data = generate_data(connection)
    print(f"bench: data {data}", flush=True)
    agenda = generate_agenda(connection)
    print(f"bench: agenda {agenda}", flush=True)
    events = generate_events(connection)
    print(f"bench: events {events}", flush=True)
    data = f"{data}; agenda: {agenda}; events: {events}"
    pages = build_pages(bench_sessions())
    if os.environ.get("BENCH_ONLY"):
        # Measure only the pages whose label contains this text (e.g. BENCH_ONLY=event).
        # The floor view stays: the other pages' shares are of its req/s.
        pages = [page for page in pages if os.environ["BENCH_ONLY"] in page.label or page.path == "/bench/floor"]

    RESULTS_DIR.mkdir(exist_ok=True)
    port = free_port()
    process = None
    with open(RESULTS_DIR / "gunicorn.log", "w") as log:
        try:
            process = start_gunicorn(port, log)
            print(f"bench: gunicorn ({WORKERS} sync workers) on {HOST}:{port}; counting queries …", flush=True)
            count_queries(pages)
            connection.close()  # from here on only gunicorn talks to the database
            wait_for_health(port, process)
            load_before = os.getloadavg()
            started = time.monotonic()
            for page in pages:
                measure(port, page)
                errors = page.alone.errors + page.loaded.errors
                print(
                    f"  {page.label:<44} {page.queries:>3} q  median {page.loaded.median_ms:7.1f} ms  "
                    f"p99 {page.loaded.p99_ms:7.1f} ms  {page.loaded.rps:6.0f} req/s  "
                    f"1 client {page.alone.median_ms:7.1f} ms  n={len(page.loaded.latencies)}"
                    + (f"  ERRORS={errors}" if errors else ""),
                    flush=True,
                )
            stop_gunicorn(process)
            process = start_gunicorn(port, log, page_cache=True)
            wait_for_health(port, process)
            print(f"bench: page cache on ({cache_backend()}); anonymous pages again …", flush=True)
            for page in pages:
                if page.anonymous:
                    measure_cached(port, page)
                    print(
                        f"  {page.label:<44} cached  median {page.cached.median_ms:7.1f} ms  "
                        f"p99 {page.cached.p99_ms:7.1f} ms  {page.cached.rps:6.0f} req/s  "
                        f"hits {page.cache_hits}/{len(page.cached.latencies)}"
                        + (f"  ERRORS={page.cached.errors}" if page.cached.errors else ""),
                        flush=True,
                    )
            elapsed = time.monotonic() - started
        except KeyboardInterrupt:
            print("\nbench: interrupted; gunicorn stopped", file=sys.stderr)
            return 130
        finally:
            stop_gunicorn(process)

    text = report(pages, database, data, load_before, elapsed)
    (RESULTS_DIR / "latest.md").write_text(text)
    (RESULTS_DIR / "latest.json").write_text(json.dumps(results(pages, load_before), indent=2) + "\n")
    print()
    print(table(pages))
    print(f"\nbench: written to {RESULTS_DIR / 'latest.md'} and latest.json")
    errors = sum(page.alone.errors + page.loaded.errors + (page.cached.errors if page.cached else 0) for page in pages)
    if errors:
        print(f"bench: {errors} requests failed; see {RESULTS_DIR / 'gunicorn.log'}", file=sys.stderr)
        return 1
    return 0


def loadtest_data() -> int:
    """``bin/bench.py --loadtest-data``: the bench data and the load test's logins, then print the database URL."""
    database = configure_environment()
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    print(f"bench: {database}; {generate_data(connection)}", file=sys.stderr)
    print(f"bench: agenda {generate_agenda(connection)}", file=sys.stderr)
    print(f"bench: events {generate_events(connection)}", file=sys.stderr)
    print(json.dumps({"database_url": os.environ.get("DATABASE_URL", ""), **ensure_loadtest_logins()}))
    return 0


def _terminate(signum, frame):
    raise KeyboardInterrupt  # SIGTERM unwinds like Ctrl-C, so gunicorn is stopped too


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started with SIGINT ignored (`cmd &`)
    signal.signal(signal.SIGTERM, _terminate)
    sys.exit(main())
