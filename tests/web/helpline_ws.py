"""Helpers for the help chat's websocket tests: sockets on the real ASGI application (origin
check, sessions, routing and consumers as `signaal serve` runs them), a logged-in
counsellor's session cookie, and reading frames until the one a test waits for.

``Socket`` does what Channels' ``WebsocketCommunicator`` does (on asgiref's
``ApplicationCommunicator``, as that one is); Channels' own cannot be imported without
Daphne, a second server Signaal does not use."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio
from asgiref.sync import sync_to_async
from asgiref.testing import ApplicationCommunicator
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connections
from django.test import Client

from signaal.web.accounts.models import User
from signaal.web.asgi import application
from tests.web.helpline_setup import Helpline
from tests.web.personas import login

ORIGIN = b"http://127.0.0.1:8000"
Frame = dict[str, Any]


async def flush_layer() -> None:
    """Forget the in-memory layer's groups between tests (each test has its own loop)."""
    layer = get_channel_layer()
    if layer is not None and hasattr(layer, "flush"):
        await layer.flush()


@pytest_asyncio.fixture(autouse=True)
async def layer() -> AsyncIterator[None]:
    """After each websocket test: the layer forgotten, and the database connection of the
    consumers' database thread closed (else PostgreSQL's test database is still in use when
    the run ends and cannot be dropped). Test modules import it to use it."""
    yield
    await flush_layer()
    await sync_to_async(connections.close_all)()


def session_cookie(user: User) -> str:
    """A session as after password and TOTP (the login itself is tested in test_accounts)."""
    client = Client()
    login(client, user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


async def cookie_for(user: User) -> str:
    return await sync_to_async(session_cookie)(user)


async def open_socket(path: str, *, cookie: str | None = None, origin: bytes = ORIGIN) -> Socket:
    headers = [(b"origin", origin), (b"host", b"127.0.0.1:8000")]
    if cookie is not None:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    socket = Socket(path, headers)
    assert await socket.connect(), "the socket was refused"
    return socket


class Socket:
    """One websocket connection to the application, as a browser's would be."""

    def __init__(self, path: str, headers: list[tuple[bytes, bytes]]) -> None:
        scope = {"type": "websocket", "path": path, "query_string": b"", "headers": headers}
        # asgiref's communicator has no type information
        self.io: Any = ApplicationCommunicator(application, scope)  # type: ignore[no-untyped-call]

    async def send_input(self, message: Frame) -> None:
        await self.io.send_input(message)

    async def receive_output(self, timeout: float) -> Frame:
        output: Frame = await self.io.receive_output(timeout)
        return output

    async def receive_nothing(self, timeout: float) -> bool:
        return bool(await self.io.receive_nothing(timeout))

    async def wait(self, timeout: float) -> None:
        await self.io.wait(timeout)

    async def connect(self, timeout: float = 3) -> bool:
        await self.send_input({"type": "websocket.connect"})
        response = await self.receive_output(timeout)
        return bool(response["type"] == "websocket.accept")

    async def send(self, frame: Frame) -> None:
        await self.send_text(json.dumps(frame))

    async def send_text(self, text: str) -> None:
        await self.send_input({"type": "websocket.receive", "text": text})

    async def send_bytes(self, data: bytes) -> None:
        await self.send_input({"type": "websocket.receive", "bytes": data})

    async def disconnect(self, timeout: float = 3) -> None:
        await self.send_input({"type": "websocket.disconnect", "code": 1000})
        await self.wait(timeout)

    async def next(self, timeout: float = 3) -> Frame:
        output = await self.receive_output(timeout)
        assert output["type"] == "websocket.send", output
        frame: Frame = json.loads(output["text"])
        return frame

    async def until(self, kind: str, timeout: float = 3) -> Frame:
        """The next frame of ``kind``, skipping others (pushes arrive in between)."""
        while True:
            frame = await self.next(timeout)
            if frame["type"] == kind:
                return frame

    async def closed_with(self, timeout: float = 3) -> int:
        """The close code, after any frames still on the way."""
        while True:
            output = await self.receive_output(timeout)
            if output["type"] == "websocket.close":
                code: int = output.get("code", 1000)
                return code

    async def quiet(self, timeout: float = 0.3) -> bool:
        return await self.receive_nothing(timeout)

    async def drain(self, timeout: float = 0.3) -> list[Frame]:
        """Every frame that arrives until none has come for ``timeout`` seconds."""
        frames = []
        while not await self.receive_nothing(timeout):
            frames.append(await self.next())
        return frames

    async def ask(self, frame: Frame, kind: str) -> Frame:
        await self.send(frame)
        return await self.until(kind)


async def young(h: Helpline, *, organisation_id: int | None = None) -> Socket:
    return await open_socket(f"/ws/hulpchat/{organisation_id or h.home.pk}/")


async def started_young(h: Helpline, **start: Any) -> tuple[Socket, Frame]:
    """A young person's socket with a chat in the queue; the ``started`` frame."""
    socket = await young(h)
    frame = {"type": "start", "age_band": "12_15", "nickname": "", "chat_code": None, "lang": "nl"}
    started = await socket.ask(frame | start, "started")
    await socket.until("queue")
    return socket, started


async def console(user: User) -> Socket:
    socket = await open_socket("/ws/console/", cookie=await cookie_for(user))
    return socket


async def ready_console(user: User) -> Socket:
    """A console past its first pushes (queue, chats, colleagues)."""
    socket = await console(user)
    await socket.until("colleagues")
    return socket


def refused(frame: Frame, code: str, for_type: str | None, nl: str, en: str) -> None:
    """Assert an error frame with this code, event and message."""
    assert frame["type"] == "error", frame
    assert (frame["code"], frame["for"]) == (code, for_type), frame
    assert frame["message"] == {"nl": nl, "en": en}, frame
