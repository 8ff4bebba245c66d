"""The ASGI application that ``signaal serve`` runs: Django for pages, Channels for the help
chat's websockets (same process, same database)."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.web.settings")
# Django first: the websocket routes import models, which needs the apps loaded
django_application = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from signaal.web.helpline.routing import websocket_urlpatterns  # noqa: E402

Scope = MutableMapping[str, Any]
App = Callable[
    [Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


def without_client_address(app: App) -> App:
    """Drop the connection's address before anything sees it: no page, websocket or log of
    Signaal can store an IP address it never had."""

    async def call(
        scope: Scope,
        receive: Callable[[], Awaitable[Any]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        if scope["type"] in ("http", "websocket"):
            scope = {**scope, "client": None}
        await app(scope, receive, send)

    return call


routes = ProtocolTypeRouter(
    {
        "http": django_application,
        # the origin must be one of ALLOWED_HOSTS: another site cannot open a socket with
        # the counsellor's cookie
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
application = without_client_address(routes)
