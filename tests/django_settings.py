"""Settings for the test run: a throw-away data directory and fixed test keys, set before the
real settings load (pytest-django imports settings before any conftest runs)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("SIGNAAL_DATA_DIR", tempfile.mkdtemp(prefix="signaal-test-"))
os.environ.setdefault("SIGNAAL_SECRET_KEY", "test-only-secret-key-not-for-production-0123456789")
# a fixed Fernet key for tests only: never use it anywhere else
os.environ.setdefault("SIGNAAL_ENCRYPTION_KEYS", "dGVzdC1vbmx5LWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE=")
os.environ.setdefault("SIGNAAL_VISITOR_SECRET", "test-only-visitor-secret-not-for-production")

from signaal.web.settings import *  # noqa: F403
