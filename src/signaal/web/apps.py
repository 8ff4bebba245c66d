from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "signaal.web"
    label = "signaal_web"
    verbose_name = "Signaal"
