from __future__ import annotations

from django.apps import AppConfig


class HelplineConfig(AppConfig):
    name = "signaal.web.helpline"
    label = "helpline"
