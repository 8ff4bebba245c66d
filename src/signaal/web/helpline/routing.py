"""The help chat's websocket addresses (protocol: docs/helpline.md)."""

from __future__ import annotations

from django.urls import path

from signaal.web.helpline.consumers import ConsoleConsumer, YoungConsumer

websocket_urlpatterns = [
    path("ws/hulpchat/<int:organisation_id>/", YoungConsumer.as_asgi()),
    path("ws/console/", ConsoleConsumer.as_asgi()),
]
