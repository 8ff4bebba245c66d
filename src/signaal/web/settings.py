"""Django settings, from the environment only (see config.py and docs/web.md).

Embedded default: a SQLite file in SIGNAAL_DATA_DIR and generated secrets there; nothing else
to install. Production: DATABASE_URL (PostgreSQL), SIGNAAL_SECRET_KEY, SIGNAAL_ENCRYPTION_KEYS,
SIGNAAL_VISITOR_SECRET, REDIS_URL (for the help chat), behind a TLS proxy.
"""

from __future__ import annotations

from pathlib import Path

from signaal.web.config import (
    data_dir,
    database,
    env_bool,
    env_int,
    env_list,
    env_str,
    stored_secret,
)

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

DEBUG = env_bool("SIGNAAL_DEBUG", False)
SECRET_KEY = stored_secret("SIGNAAL_SECRET_KEY", file_name="secret_key")
# first key encrypts, all keys decrypt: add a new key in front to rotate
ENCRYPTION_KEYS = stored_secret(
    "SIGNAAL_ENCRYPTION_KEYS", file_name="encryption_keys", make="fernet"
).split(",")
# the help chat's visitor keys: yearly salts are derived from it (core.helpline.visitor)
VISITOR_SECRET = stored_secret("SIGNAAL_VISITOR_SECRET", file_name="visitor_secret")
ALLOWED_HOSTS = env_list("SIGNAAL_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("SIGNAAL_CSRF_TRUSTED_ORIGINS", [])
REDIS_URL = env_str("REDIS_URL")

INSTALLED_APPS = [
    "channels",  # the help chat's websockets (signaal.web.helpline.consumers)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "signaal.web",
    "signaal.web.accounts",
    "signaal.web.public",
    "signaal.web.screening",
    "signaal.web.helpline",
    "signaal.web.stats",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "signaal.web.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "signaal.web.middleware.CsrfMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "signaal.web.accounts.middleware.SessionPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "signaal.web.urls"
ASGI_APPLICATION = "signaal.web.asgi.application"

# The help chat's channel layer: in this process only by default; with REDIS_URL, Redis
# publish/subscribe, so that every `signaal serve` process gets the events of every group
# (a process that dies leaves no members behind; what a tab missed meanwhile it reads from
# the database when it resumes). Events are encrypted on their way through Redis.
CHANNEL_LAYERS: dict[str, dict[str, object]] = (
    {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [REDIS_URL],
                "prefix": "signaal",
                "symmetric_encryption_keys": [SECRET_KEY],
            },
        }
    }
    if REDIS_URL
    else {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "signaal.web.context.site",
            ],
            "builtins": ["signaal.web.templatetags.signaal"],
        },
    }
]

DATABASES = {"default": database(env_str("DATABASE_URL"), DATA_DIR / "signaal.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "screening:clients"

# Sessions: server-side, browser-session cookies, absolute and idle expiry (accounts.middleware)
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = env_int("SIGNAAL_SESSION_HOURS", 8, low=1, high=24) * 3600
SESSION_IDLE_SECONDS = env_int("SIGNAAL_SESSION_IDLE_MINUTES", 30, low=5, high=240) * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_NAME = "signaal_session"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_AGE = None  # ends with the browser session
CSRF_COOKIE_NAME = "signaal_csrf"
CSRF_FAILURE_VIEW = "signaal.web.views.csrf_failure"
LOGIN_LOCKOUT_ATTEMPTS = env_int("SIGNAAL_LOGIN_ATTEMPTS", 5, low=1, high=100)
LOGIN_LOCKOUT_MINUTES = env_int("SIGNAAL_LOGIN_LOCKOUT_MINUTES", 15, low=1, high=1440)

# TLS: served behind a proxy that terminates TLS and says so
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("SIGNAAL_BEHIND_TLS_PROXY", False) else None
)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SIGNAAL_SECURE_COOKIES", False)
SECURE_HSTS_SECONDS = 63072000  # sent only on requests that arrived over TLS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

STATIC_URL = "/static/"
WHITENOISE_USE_FINDERS = True  # serve from the package, no collectstatic step needed
WHITENOISE_AUTOREFRESH = DEBUG

QUICK_EXIT_URL = env_str("SIGNAAL_QUICK_EXIT_URL", "https://www.buienradar.nl") or ""

# No request logging: an access log would hold IP addresses and URLs of minors' screenings.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.security": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "signaal": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
