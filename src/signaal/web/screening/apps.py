from __future__ import annotations

from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "signaal.web.screening"
    label = "screening"
