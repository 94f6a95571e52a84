"""Settings for the test suite: production settings with three differences, each for speed or
isolation, never for behaviour a person would see.

ACHILLESPATH_TEST_DATABASE=sqlite (default) runs on an in-memory SQLite database;
ACHILLESPATH_TEST_DATABASE=postgres runs on PostgreSQL at 127.0.0.1:5432, database `test`,
user postgres, trust authentication (Django creates and drops `test_test`).
"""

from __future__ import annotations

import os
from typing import Any

from achillespath.web.settings import *  # noqa: F403
from achillespath.web.settings import DATABASES, PASSWORD_HASHERS

TEST_DATABASES: dict[str, dict[str, Any]] = {
    # TEST NAME spelled out: pytest-django keeps a database in memory under xdist only when it
    # is, since it cannot tell this engine is SQLite.
    "sqlite": {
        "ENGINE": "achillespath.web.sqlite",
        "NAME": ":memory:",
        "TEST": {"NAME": ":memory:"},
    },
    "postgres": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "test",
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "CONN_MAX_AGE": 0,
    },
}

TEST_DATABASE = os.environ.get("ACHILLESPATH_TEST_DATABASE", "sqlite")
if TEST_DATABASE not in TEST_DATABASES:
    raise ValueError(
        f"ACHILLESPATH_TEST_DATABASE must be one of {', '.join(TEST_DATABASES)}, "
        f"not {TEST_DATABASE!r}"
    )
DATABASES = {**DATABASES, "default": TEST_DATABASES[TEST_DATABASE]}

# Argon2 is deliberately slow (about 0.1 s a hash); tests create hundreds of users. The
# production order is tested in tests/web/test_auth.py.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]

# Tests render pages without running collectstatic first, so no manifest of hashed names.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# WhiteNoise looks files up through the finders at request time instead of in STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
