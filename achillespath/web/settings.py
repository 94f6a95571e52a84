"""Django settings for the achillespath web application.

Every setting comes from an environment variable with a safe default, so a fresh clone runs with
no configuration at all (`make run`) and a deployment changes only its environment:

ACHILLESPATH_DATABASE_URL   database URL (postgres://user@host:5432/name); default: the SQLite
                            file var/achillespath.sqlite3 in WAL mode.
ACHILLESPATH_DATA_DIR       where the SQLite file, the secret key and the collected static files
                            live; default: var/ in the repository root.
ACHILLESPATH_SECRET_KEY     the signing key; default: generated once into <data dir>/secret_key
                            (a per-process random key would log people out between workers).
ACHILLESPATH_DEBUG          "true" shows tracebacks; default false, so no traceback reaches a user.
ACHILLESPATH_ALLOWED_HOSTS  comma-separated host names; default 127.0.0.1, localhost and [::1].
ACHILLESPATH_HTTPS          "true" when the site is served over HTTPS (directly or behind a proxy
                            that sets X-Forwarded-Proto): cookies become Secure, HTTP redirects to
                            HTTPS and HSTS is sent. Default false, because `make run` and the
                            browser tests use plain http://127.0.0.1:8000, where a Secure cookie
                            would never be sent back and nobody could log in.
ACHILLESPATH_NHS_BRANDING   "true" switches on NHS identity for NHS deployments; default off.
ACHILLESPATH_TIME_ZONE      the clinic's time zone, for "today"; default Europe/London.
ACHILLESPATH_RETENTION_YEARS how long a deleted account's record is kept before purging; default
                            8 years, the NHS Records Management Code of Practice 2021 period for
                            adult health records after the end of care.
ACHILLESPATH_INVITATION_RETENTION_DAYS how long an invitation that was never used is kept after
                            its link stopped working (expired or revoked); default 90 days, long
                            enough to answer "my link did not work". No law sets this period:
                            it is the clinic's data-minimisation choice, for its data protection
                            officer to confirm.
ACHILLESPATH_API_TOKEN_DAYS how long a new API token works when the person making it does not
                            say; default 90 days. A token reads everything its person may read,
                            so it should not outlive the script or app it was made for.
ACHILLESPATH_API_TOKEN_MAX_DAYS the longest a person may ask a new API token to work; default 365
                            days. Must be at least ACHILLESPATH_API_TOKEN_DAYS.
ACHILLESPATH_EMAIL_URL      the mail server that sends invitations, as a URL whose scheme says how
                            the connection is secured: smtp+tls://user:password@host:587 (STARTTLS,
                            the usual choice), smtps://user:password@host:465 (TLS from the start)
                            or smtp://host:25 (unencrypted, for a relay on the same machine).
                            The port defaults to the one shown; percent-encode any @, : or / in
                            the user name or password (%40, %3A, %2F). Default: no mail server;
                            each email is saved as a file in <data dir>/outbox instead, and the
                            page says so.
ACHILLESPATH_EMAIL_FROM     the sender of those emails, like "Riverside Clinic
                            <achillespath@clinic.example>"; needed with ACHILLESPATH_EMAIL_URL.
"""

from __future__ import annotations

import os
import secrets
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
import django_stubs_ext
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email

# Lets Django's generic classes be subscripted at run time (ModelAdmin[Clinic]) for mypy.
django_stubs_ext.monkeypatch()

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = Path(__file__).resolve().parent
FALSE_WORDS = {"", "0", "false", "no", "off"}
DATABASE_BUSY_TIMEOUT_MS = 5000


def env_flag(name: str, default: bool = False) -> bool:
    """An on/off environment variable: anything but 0/false/no/off (any case) is on."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() not in FALSE_WORDS


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def data_dir() -> Path:
    path = Path(os.environ.get("ACHILLESPATH_DATA_DIR", REPOSITORY_ROOT / "var"))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ImproperlyConfigured(
            f"ACHILLESPATH_DATA_DIR {path} cannot be used as a folder: {error.strerror}"
        ) from None
    return path


def secret_key(directory: Path) -> str:
    """The signing key from the environment, else one generated once and kept (mode 0600)."""
    if key := os.environ.get("ACHILLESPATH_SECRET_KEY"):
        return key
    path = directory / "secret_key"
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secrets.token_urlsafe(50))
    return path.read_text(encoding="ascii").strip()


def sqlite_database(path: Path) -> dict[str, Any]:
    """SQLite tuned for a small web app: WAL so readers never wait for the writer,
    synchronous=NORMAL (safe in WAL mode, far fewer fsyncs), a busy timeout instead of
    "database is locked", and IMMEDIATE transactions so a write transaction takes the lock up
    front rather than failing halfway when it upgrades from read to write. Connections stay
    open for the life of the worker thread: opening one runs three PRAGMAs, re-prepares every
    statement and, on closing, checkpoints the WAL, which together cost more than a daily log
    itself (bench/web.py)."""
    return {
        "ENGINE": "achillespath.web.sqlite",
        "NAME": str(path),
        "CONN_MAX_AGE": None,
        "OPTIONS": {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                f"PRAGMA busy_timeout={DATABASE_BUSY_TIMEOUT_MS}"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": DATABASE_BUSY_TIMEOUT_MS / 1000,
        },
    }


def url_database(url: str) -> dict[str, Any]:
    """A database from its URL. PostgreSQL keeps connections open for 60 s between requests
    (and checks them before reuse) rather than paying a new connection per request."""
    config: dict[str, Any] = dict(
        dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        return sqlite_database(Path(config["NAME"]))
    return config


def database_settings(url: str | None, directory: Path) -> dict[str, Any]:
    """The database from ACHILLESPATH_DATABASE_URL, else the SQLite file in the data folder."""
    if not url:
        return sqlite_database(directory / "achillespath.sqlite3")
    try:
        return url_database(url)
    except ValueError:
        # The message never repeats the URL: it may hold the database's password.
        raise ImproperlyConfigured(
            "ACHILLESPATH_DATABASE_URL is not a database URL like "
            "postgresql://user@host:5432/achillespath or sqlite:////path/to/file.sqlite3"
        ) from None


def whole_number_above_zero(variable: str, default: str) -> int:
    text = os.environ.get(variable, default)
    if not text.strip().isdigit() or int(text) < 1:
        raise ImproperlyConfigured(f"{variable} must be a whole number above 0")
    return int(text)


def time_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImproperlyConfigured(
            f"ACHILLESPATH_TIME_ZONE {name!r} is not a time zone name like Europe/London"
        ) from None
    return name


DATA_DIR = data_dir()
SECRET_KEY = secret_key(DATA_DIR)
DEBUG = env_flag("ACHILLESPATH_DEBUG")
ALLOWED_HOSTS = env_list("ACHILLESPATH_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
HTTPS = env_flag("ACHILLESPATH_HTTPS")
NHS_BRANDING = env_flag("ACHILLESPATH_NHS_BRANDING")
RETENTION_YEARS = whole_number_above_zero("ACHILLESPATH_RETENTION_YEARS", "8")
INVITATION_RETENTION_DAYS = whole_number_above_zero("ACHILLESPATH_INVITATION_RETENTION_DAYS", "90")
API_TOKEN_DAYS = whole_number_above_zero("ACHILLESPATH_API_TOKEN_DAYS", "90")
API_TOKEN_MAX_DAYS = whole_number_above_zero("ACHILLESPATH_API_TOKEN_MAX_DAYS", "365")
if API_TOKEN_DAYS > API_TOKEN_MAX_DAYS:
    raise ImproperlyConfigured(
        "ACHILLESPATH_API_TOKEN_DAYS must not be more than ACHILLESPATH_API_TOKEN_MAX_DAYS"
    )

DATABASES = {"default": database_settings(os.environ.get("ACHILLESPATH_DATABASE_URL"), DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "achillespath.web.apps.WebConfig",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "achillespath.web.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so that it sees the failed logins the views below it report.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "achillespath.web.urls"
WSGI_APPLICATION = "achillespath.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "achillespath.web.context_processors.site",
            ],
        },
    },
]

# --- Accounts -----------------------------------------------------------------------------
AUTH_USER_MODEL = "web.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
AUTHENTICATION_BACKENDS = [
    "achillespath.web.throttling.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): 5 failed attempts for one email from one address lock that
# pair out for 15 minutes. Locking by the pair, not the address alone, keeps a whole clinic
# behind one NAT address from being locked out by one person's typos.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The login form's field (and authenticate()'s argument) is "username" even though it holds
# the email address; axes would otherwise look for "email" and throttle nobody by name.
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

# --- Sessions, cookies and security headers -------------------------------------------------
SESSION_ENGINE = "achillespath.web.sessions"  # refuses malformed cookies (see the module)
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "achillespath.web.views.errors.csrf_failure"
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    },
}

# --- Static files: our own CSS/JS plus the design system built from npm (no CDN) -------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# Built by `npm run build` (the Makefile runs it) from node_modules; not runtime data.
FRONTEND_BUILD_DIR = REPOSITORY_ROOT / "var" / "frontend"
STATICFILES_DIRS = [("frontend", FRONTEND_BUILD_DIR)]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "achillespath.web.static_storage.StaticStorage"},
}

# --- Language and time ------------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = time_zone(os.environ.get("ACHILLESPATH_TIME_ZONE", "Europe/London"))
USE_I18N = True
USE_TZ = True

# --- Email: invitations ----------------------------------------------------------------------
# Scheme -> (default port, STARTTLS, TLS from the start).
SMTP_SCHEMES = {
    "smtp": (25, False, False),
    "smtp+tls": (587, True, False),
    "smtps": (465, False, True),
}
FILE_EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"


def _email_url_error(problem: str) -> ImproperlyConfigured:
    # The message never repeats the URL: it holds the mail server's password.
    return ImproperlyConfigured(f"ACHILLESPATH_EMAIL_URL {problem}")


def email_settings(url: str) -> dict[str, Any]:
    """Django's email settings from ACHILLESPATH_EMAIL_URL (see the top of this module); with
    no URL, the file backend, which saves each email in EMAIL_FILE_PATH for someone to read."""
    if not url:
        return {"EMAIL_BACKEND": FILE_EMAIL_BACKEND}
    parts = urlsplit(url)
    if parts.scheme not in SMTP_SCHEMES:
        raise _email_url_error("must start with smtp+tls://, smtps:// or smtp://")
    if not parts.hostname:
        raise _email_url_error("names no mail server, like smtp+tls://user:password@host:587")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        raise _email_url_error("has a port that is not a number from 1 to 65535")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise _email_url_error(
            "has something after the host and port; the scheme alone says how it is secured"
        )
    default_port, use_tls, use_ssl = SMTP_SCHEMES[parts.scheme]
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": port or default_port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }


def email_sender(sender: str, has_mail_server: bool) -> str:
    """The From address. A real mail server needs one it accepts, so there is no default then;
    the outbox needs none."""
    if not sender:
        if has_mail_server:
            raise ImproperlyConfigured(
                "ACHILLESPATH_EMAIL_FROM must be set when ACHILLESPATH_EMAIL_URL is, to the "
                "address emails come from, like achillespath@clinic.example"
            )
        return "achillespath <achillespath@localhost>"
    try:
        validate_email(parseaddr(sender)[1])
    except ValidationError:
        raise ImproperlyConfigured(
            "ACHILLESPATH_EMAIL_FROM must be an email address, like achillespath@clinic.example "
            'or "Riverside Clinic <achillespath@clinic.example>"'
        ) from None
    return sender


_email_url = os.environ.get("ACHILLESPATH_EMAIL_URL", "").strip()
globals().update(email_settings(_email_url))
EMAIL_FILE_PATH = DATA_DIR / "outbox"
DEFAULT_FROM_EMAIL = email_sender(
    os.environ.get("ACHILLESPATH_EMAIL_FROM", "").strip(), bool(_email_url)
)
# Seconds; without a limit, a mail server that stops answering holds the admin's page forever.
EMAIL_TIMEOUT = 10

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"refused_request_line": {"()": "achillespath.web.views.errors.RefusedRequestLine"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # A refused request (4xx) is one line without a traceback; a 500 keeps its traceback.
    "loggers": {"django.request": {"filters": ["refused_request_line"]}},
}
