from __future__ import annotations

from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "signaal.web.public"
    label = "public"
