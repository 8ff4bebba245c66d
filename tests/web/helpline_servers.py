"""Real `signaal serve` processes for the help chat: a data directory with a help line, a
counsellor logged in through the login pages (password, then the TOTP code), and a
websocket client (the `websockets` package) that speaks the protocol. Used by the
two-process Redis test and the load benchmark; both talk only to 127.0.0.1."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyotp
import redis
import websockets.asyncio.client as ws_client
from websockets.typing import Origin

PASSWORD = "een-lang-test-wachtwoord-42"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # test only
Frame = dict[str, Any]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(data: Path, redis_url: str, database_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIGNAAL_", "DATABASE_"))}
    env |= {
        "SIGNAAL_DATA_DIR": str(data),
        "DJANGO_SETTINGS_MODULE": "signaal.web.settings",
        "REDIS_URL": redis_url,
        # fixed so that every process of one run shares them, not made by the first to start
        "SIGNAAL_SECRET_KEY": "test-only-secret-key-for-the-help-chat-servers-0123456789",
        "SIGNAAL_ENCRYPTION_KEYS": "dGVzdC1vbmx5LWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE=",
        "SIGNAAL_VISITOR_SECRET": "test-only-visitor-secret-for-the-help-chat-servers",
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


SETUP = textwrap.dedent(
    """
    import json, sys
    import django
    django.setup()
    from django.core.management import call_command
    from django.utils import timezone
    from signaal.web.accounts.models import Organisation, Role, User
    from signaal.web.helpline import services

    call_command("migrate", verbosity=0)
    spec = json.loads(sys.argv[1])
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    org = Organisation.objects.create(name="Hulplijn " + spec["name"])
    services.configure_helpline(
        org,
        opening_hours={
            "timezone": "Europe/Amsterdam", "weekly": {d: ["00:00-24:00"] for d in days}
        },
        max_chats_per_counsellor=spec["max_chats"],
    )
    ids = []
    for n in range(spec["counsellors"]):
        user = User.objects.create_user(
            f"counsellor{n}@{spec['name']}.test", org, Role.COUNSELLOR, spec["password"]
        )
        user.totp_secret = spec["totp"]
        user.totp_confirmed_at = timezone.now()
        user.save()
        services.set_availability(user, available=True, max_chats=spec["max_chats"])
        ids.append(user.pk)
    print(json.dumps({"organisation": org.pk, "counsellors": ids}))
    """
)


@dataclass
class Helpline:
    organisation: int
    counsellors: list[str]  # e-mail addresses


def make_helpline(
    env: Mapping[str, str], *, name: str, counsellors: int, max_chats: int
) -> Helpline:
    """Migrate the database of ``env`` and add a help line that is always open."""
    spec = {
        "name": name,
        "counsellors": counsellors,
        "max_chats": max_chats,
        "password": PASSWORD,
        "totp": TOTP_SECRET,
    }
    done = subprocess.run(
        [sys.executable, "-c", SETUP, json.dumps(spec)],
        env=dict(env),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    made = json.loads(done.stdout.strip().splitlines()[-1])
    emails = [f"counsellor{n}@{name}.test" for n in range(counsellors)]
    return Helpline(made["organisation"], emails)


def flush_redis(url: str) -> None:
    """Empty the one Redis database of this run (and no other)."""
    client = redis.Redis.from_url(url)
    try:
        client.flushdb()
    finally:
        client.close()


@dataclass
class Server:
    port: int
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    # what the process printed (a file, so that a full pipe never blocks it)
    log: Any = field(default_factory=lambda: tempfile.TemporaryFile())  # noqa: SIM115

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "signaal", "serve", "--port", str(self.port), "--no-migrate"],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("signaal serve stopped: " + self.output())
            try:
                urllib.request.urlopen(self.base + "/", timeout=2)  # noqa: S310 - loopback only
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("signaal serve did not answer in time")

    def kill(self) -> None:
        """Kill the process at once, as a crash would (no clean shutdown)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=20)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        """Everything the process printed so far (all its starts)."""
        self.log.seek(0)
        text: str = self.log.read().decode("utf-8", "replace")
        self.log.seek(0, 2)
        return text


@contextmanager
def servers(env: Mapping[str, str], count: int) -> Iterator[list[Server]]:
    """``count`` running `signaal serve` processes on one database and one Redis database;
    all stopped afterwards, whatever happens."""
    started = [Server(free_port(), dict(env)) for _ in range(count)]
    try:
        for server in started:
            server.start()
        yield started
    finally:
        for server in started:
            server.stop()


class _StayHere(urllib.request.HTTPRedirectHandler):
    """Do not follow the redirect after a form (the page after the login is not the
    counsellor's business here); the redirect itself is the answer."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def login(base: str, email: str, *, steps_ahead: int = 0) -> str:
    """Log in through the login pages as a person does: password, then the code of the
    authenticator app. Returns the session cookie's value."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _StayHere())

    def csrf(page: str) -> str:
        with opener.open(base + page, timeout=10) as response:
            html = response.read().decode()
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert found, "no CSRF token on " + page
        return found.group(1)

    def post(page: str, data: dict[str, str]) -> None:
        body = urllib.parse.urlencode(data | {"csrfmiddlewaretoken": csrf(page)}).encode()
        request = urllib.request.Request(base + page, data=body, method="POST")  # noqa: S310
        try:
            opener.open(request, timeout=30).close()
        except urllib.error.HTTPError as exc:  # the redirect that was not followed
            exc.close()
            if exc.code == 302:
                return
            raise AssertionError(f"{page} answered {exc.code}") from None
        raise AssertionError(f"{page} did not accept the form")

    post("/inloggen/", {"email": email, "password": PASSWORD})
    code = pyotp.TOTP(TOTP_SECRET).at(time.time() + steps_ahead * 30)
    post("/inloggen/code/", {"code": code})
    for cookie in jar:
        if cookie.name == "signaal_session":
            return str(cookie.value)
    raise AssertionError("the login gave no session")


async def connect(
    url: str, *, origin: str, cookie: str | None = None
) -> ws_client.ClientConnection:
    headers = {"Cookie": f"signaal_session={cookie}"} if cookie else None
    return await ws_client.connect(
        url,
        origin=Origin(origin),
        additional_headers=headers,
        open_timeout=20,
    )


async def next_of(
    conn: ws_client.ClientConnection, kind: str, timeout: float = 10, **match: Any
) -> Frame:
    """The next frame of ``kind`` whose fields equal ``match``, skipping others."""
    import asyncio

    async with asyncio.timeout(timeout):
        while True:
            frame: Frame = json.loads(await conn.recv())
            if frame["type"] == kind and all(frame.get(k) == v for k, v in match.items()):
                return frame
