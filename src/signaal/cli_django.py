"""Django for the commands that need it (``serve``, ``migrate``, ``helpline``, ``stats``):
each sets it up when it runs, so the core commands never load it."""

from __future__ import annotations

import os


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.web.settings")
    import django

    django.setup()
