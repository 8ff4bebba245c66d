"""Load of the help chat's websockets on loopback: many chats at once (200 by default) over two
`signaal serve` processes that share chats through Redis (channels-redis) and one PostgreSQL
database; messages both ways; delivery latency, messages lost and doubled.

Set-up: the counsellors log in through the login pages (password, then the TOTP code) and
open their consoles; then the young people arrive, all at once by default (or at most
`--waiting` chats queued at once), until every chat is accepted, and the pushes this caused
are left to finish. The limit per counsellor is the most an organisation may set (20), so
200 chats need 10 counsellors. Every chat crosses the processes: young people are spread
over both, and a counsellor only accepts chats whose young person is on the other process,
so every message goes through Redis.

Then two scenarios on the same chats, `--seconds` each: every young person writes about every
`--interval` seconds and the counsellor answers every message.

- steady: both processes run the whole time;
- kill_restart: one of the two processes is killed (SIGKILL, no clean shutdown) a third of
  the way in and started again at once. Its clients reconnect to it with backoff, send
  `resume` with the last `seq` they hold and then their outbox (the messages not yet
  acknowledged), as the pages do.

Latency: from the sender's `send` until the other side has the message, as a `message` push
or in the `state` that answers a `resume` (after a reconnect, or after a gap in `seq`). After
the talking, every side reads its chats once more (a final `resume` on a new connection); a
message that is not there by then is lost. One that the other side only got in that final
read counts as delivered "late" and is left out of the latencies. Duplicates: a
`client_message_id` stored, or given to the other side, under more than one `seq`.

Run (Redis at 127.0.0.1:6379, its database 6 is emptied before and after; PostgreSQL at
127.0.0.1:5432, user postgres: a database `signaal_bench_<random>` is made and dropped):

    .venv/bin/python benchmarks/bench_helpline.py                 # 200 chats, both scenarios
    .venv/bin/python benchmarks/bench_helpline.py --chats 20 --seconds 10   # a quick check
    .venv/bin/python benchmarks/bench_helpline.py --json -v       # JSON too; progress on stderr

Exit status 1 when a message was lost or doubled. Not a test: the numbers go in
docs/helpline.md and the README by hand. Everything runs on this machine (both servers,
PostgreSQL, Redis and all clients in this one process), so the clients' own work is part of
the latencies measured.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import secrets
import signal
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidHandshake

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' server helpers

from tests.web.helpline_servers import (
    Server,
    connect,
    flush_redis,
    login,
    make_helpline,
    server_env,
    servers,
)

REDIS_URL = "redis://127.0.0.1:6379/6"
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
MAX_CHATS = 20  # per counsellor: the most an organisation may allow (counsellors.MAX_CHATS_LIMIT)
PROCESSES = 2
Frame = dict[str, Any]
CONNECT_ERRORS = (OSError, ConnectionClosed, InvalidHandshake, TimeoutError)


# --- what was sent and what arrived -------------------------------------------------------


@dataclass
class Stats:
    sent: dict[str, float] = field(default_factory=dict)  # client_message_id -> send time
    delivered: dict[str, int] = field(default_factory=dict)  # client_message_id -> seq
    latencies: list[float] = field(default_factory=list)
    via_state: int = 0  # first had by the other side in a `state` (reconnect or gap)
    late: set[str] = field(default_factory=set)  # first had in the final read
    doubled: set[str] = field(default_factory=set)  # had under two different seqs
    reconnects: int = 0
    gap_resumes: int = 0
    refused_accepts: int = 0

    def arrived(self, client_id: str | None, seq: int, how: str) -> None:
        if not client_id or client_id not in self.sent:
            return
        if client_id in self.delivered:
            if self.delivered[client_id] != seq:
                self.doubled.add(client_id)
            return
        self.delivered[client_id] = seq
        if how == "final":
            self.late.add(client_id)
            return
        self.latencies.append(time.monotonic() - self.sent[client_id])
        if how == "state":
            self.via_state += 1


@dataclass
class Run:
    servers: list[Server]
    organisation: int
    stats: Stats = field(default_factory=Stats)
    errors: list[str] = field(default_factory=list)
    home_of_chat: dict[str, int] = field(default_factory=dict)  # chat -> young person's server
    claimed: dict[str, int] = field(default_factory=dict)  # chat -> counsellor who asked
    replying: bool = True
    draining: bool = False  # the talking is over: what arrives now is counted as final
    finished: bool = False
    last_frame: float = 0.0  # when a client last got a frame
    background: set[asyncio.Future[None]] = field(default_factory=set)  # gap resumes


class Chat:
    """One side's view of one chat: the seqs it holds."""

    def __init__(self) -> None:
        self.have: set[int] = set()
        self.upto = 0  # every seq up to this one is held
        self.asking = False  # a resume for a gap is on its way

    def add(self, seq: int) -> bool:
        if seq in self.have or seq <= self.upto:
            return False
        self.have.add(seq)
        while self.upto + 1 in self.have:
            self.upto += 1
            self.have.discard(self.upto)
        return True

    @property
    def gap(self) -> bool:
        return bool(self.have)


# --- the two kinds of client ----------------------------------------------------------------


class Side(ABC):
    """One socket (a young person's tab or a counsellor's console) that reconnects to its
    server with backoff when the connection drops, then sends `resume` and its outbox."""

    def __init__(self, run: Run, home: int) -> None:
        self.run = run
        self.home = home  # index of its server (reconnects go to the same address)
        self.conn: ClientConnection | None = None
        self.live = False  # connected, resumed and outbox sent: new frames go out at once
        self.outbox: dict[str, Frame] = {}
        self.chats: dict[str, Chat] = {}
        self.ready = asyncio.Event()

    @property
    def server(self) -> Server:
        return self.run.servers[self.home]

    @abstractmethod
    async def open(self) -> ClientConnection:
        """Given by the young person's and the counsellor's side."""

    @abstractmethod
    async def after_connect(self, first: bool) -> None:
        """Given by the young person's and the counsellor's side."""

    @abstractmethod
    async def handle(self, frame: Frame) -> None:
        """Given by the young person's and the counsellor's side."""

    @abstractmethod
    async def resume(self, chat_id: str) -> None:
        """Given by the young person's and the counsellor's side."""

    async def keep_connected(self) -> None:
        first, attempt = True, 0
        while not self.run.finished:
            try:
                self.conn = await self.open()
            except CONNECT_ERRORS:
                # exponential backoff with jitter, as the pages do: 0.1 s doubling to 2 s
                await asyncio.sleep(min(2.0, 0.1 * 2**attempt) * random.uniform(0.5, 1.0))
                attempt += 1
                continue
            attempt = 0
            if not first:
                self.run.stats.reconnects += 1
            try:
                await self.after_connect(first)
                first = False
                await self.flush_outbox()
                self.ready.set()
                async for text in self.conn:
                    self.run.last_frame = time.monotonic()
                    await self.handle(json.loads(text))
            except (ConnectionClosed, OSError):
                pass
            self.live = False
            self.conn = None

    async def flush_outbox(self) -> None:
        """Send what was not acknowledged (after `resume`), including what is added while
        this runs; then new frames go out directly."""
        assert self.conn is not None
        done: set[str] = set()
        while pending := [f for k, f in list(self.outbox.items()) if k not in done]:
            for frame in pending:
                done.add(frame["client_message_id"])
                await self.conn.send(json.dumps(frame))
        self.live = True

    async def send(self, frame: Frame) -> None:
        if "client_message_id" in frame:
            self.outbox[frame["client_message_id"]] = frame
        if self.live and self.conn is not None:
            with contextlib.suppress(ConnectionClosed):
                await self.conn.send(json.dumps(frame))  # else: from the outbox, later

    async def send_now(self, frame: Frame) -> None:
        if self.conn is not None:
            with contextlib.suppress(ConnectionClosed):
                await self.conn.send(json.dumps(frame))

    def seen(self, chat_id: str, seq: int) -> bool:
        """Whether a message is new to this side; a gap in the seqs asks for what is missing
        (once until the answer comes), as the pages do."""
        chat = self.chats.setdefault(chat_id, Chat())
        new = chat.add(seq)
        if chat.gap and not chat.asking and not self.run.draining:
            chat.asking = True
            self.run.stats.gap_resumes += 1
            task = asyncio.ensure_future(self.resume(chat_id))
            self.run.background.add(task)
            task.add_done_callback(self.run.background.discard)
        return new

    def take_state(self, chat_id: str, messages: list[Frame]) -> list[Frame]:
        """The new messages of a `state`, in order; the gap question is answered."""
        chat = self.chats.setdefault(chat_id, Chat())
        chat.asking = False
        return [m for m in messages if self.seen(chat_id, m["seq"])]

    def how(self, pushed: bool) -> str:
        if self.run.draining:
            return "final"
        return "push" if pushed else "state"


class Young(Side):
    def __init__(self, run: Run, home: int, number: int, interval: float) -> None:
        super().__init__(run, home)
        self.number = number
        self.interval = interval
        self.chat_id = ""
        self.token = ""
        self.active = asyncio.Event()
        self.started = False
        self.count = 0

    async def open(self) -> ClientConnection:
        s = self.server
        return await connect(f"{s.ws}/ws/hulpchat/{self.run.organisation}/", origin=s.base)

    async def after_connect(self, first: bool) -> None:
        if not self.chat_id:
            await self.send_now({"type": "start", "age_band": "16_17", "nickname": ""})
        else:
            await self.resume(self.chat_id)

    async def resume(self, chat_id: str) -> None:
        chat = self.chats.setdefault(chat_id, Chat())
        await self.send_now(
            {"type": "resume", "chat_id": chat_id, "token": self.token, "after_seq": chat.upto}
        )

    async def handle(self, frame: Frame) -> None:
        kind = frame["type"]
        if kind == "started":
            self.chat_id, self.token = frame["chat_id"], frame["token"]
            self.run.home_of_chat[self.chat_id] = self.home
        elif kind == "ack":
            self.outbox.pop(frame["client_message_id"], None)
        elif kind == "state":
            if frame["status"] == "active":
                self.active.set()
            for message in self.take_state(self.chat_id, frame["messages"]):
                self.take(message, self.how(pushed=False))
        elif kind == "message":
            if self.seen(self.chat_id, frame["seq"]):
                self.take(frame, self.how(pushed=True))
        elif kind == "error":
            self.run.errors.append(f"young {frame['for']}: {frame['message']['en']}")

    def take(self, message: Frame, how: str) -> None:
        if message["sender"] == "system" and message["code"] == "accepted":
            self.active.set()
        elif message["sender"] == "counsellor":
            self.run.stats.arrived(message["client_message_id"], message["seq"], how)

    async def talk(self, until: float) -> None:
        await asyncio.sleep(random.uniform(0, self.interval))
        while time.monotonic() < until:
            self.count += 1
            client_id = f"y{self.number}-{self.count}"
            self.run.stats.sent[client_id] = time.monotonic()
            await self.send(
                {"type": "message", "client_message_id": client_id, "text": f"bericht {client_id}"}
            )
            pause = self.interval * random.uniform(0.5, 1.5)
            await asyncio.sleep(min(pause, max(0.0, until - time.monotonic())))


class Counsellor(Side):
    """A console. It accepts chats whose young person is on the other server (so that every
    message crosses Redis), at most MAX_CHATS, and answers every message it gets."""

    def __init__(self, run: Run, home: int, cookie: str, number: int) -> None:
        super().__init__(run, home)
        self.cookie = cookie
        self.number = number
        self.mine: set[str] = set()  # active chats
        self.asked: set[str] = set()
        self.waiting: list[str] = []  # the queue as last pushed

    async def open(self) -> ClientConnection:
        s = self.server
        return await connect(f"{s.ws}/ws/console/", origin=s.base, cookie=self.cookie)

    async def after_connect(self, first: bool) -> None:
        if first:
            await self.send_now({"type": "availability", "available": True, "max_chats": MAX_CHATS})
        for chat_id in self.mine:
            await self.resume(chat_id)

    async def resume(self, chat_id: str) -> None:
        chat = self.chats.setdefault(chat_id, Chat())
        await self.send_now({"type": "resume", "chat_id": chat_id, "after_seq": chat.upto})

    async def pick(self) -> None:
        """Ask for queued chats of young people on the other server, while below the limit.
        The counsellors of the benchmark share one list of the chats they asked for, so that
        two of them rarely ask for the same chat (as colleagues who see each other)."""
        free = MAX_CHATS - len(self.mine | self.asked)
        if free <= 0 or self.conn is None:
            return
        wanted = [
            c
            for c in self.waiting
            if c not in self.run.claimed and self.run.home_of_chat.get(c, self.home) != self.home
        ]
        for chat_id in wanted[:free]:
            self.asked.add(chat_id)
            self.run.claimed[chat_id] = self.number
            await self.send_now({"type": "accept", "chat_id": chat_id})

    async def keep_picking(self, until: asyncio.Event) -> None:
        """The queue is pushed only when it changes; look again now and then, for chats
        whose young person's `started` came after the push, or after a refused accept."""
        while not until.is_set():
            await asyncio.sleep(0.5)
            gone = self.asked - self.mine - set(self.waiting)
            for chat_id in gone:  # taken by someone else, or ended
                self.asked.discard(chat_id)
                if self.run.claimed.get(chat_id) == self.number:
                    del self.run.claimed[chat_id]
            await self.pick()

    async def handle(self, frame: Frame) -> None:
        kind = frame["type"]
        if kind == "queue":
            self.waiting = [e["chat_id"] for e in frame["entries"]]
            await self.pick()
        elif kind == "error" and frame["for"] == "accept":
            self.run.stats.refused_accepts += 1  # taken by a colleague first: look again
            for chat_id in self.asked - self.mine:
                self.asked.discard(chat_id)
                if self.run.claimed.get(chat_id) == self.number:
                    del self.run.claimed[chat_id]
        elif kind == "chats":
            for chat in frame["active"]:
                if chat["chat_id"] not in self.mine:
                    self.mine.add(chat["chat_id"])
                    await self.resume(chat["chat_id"])  # what was said so far (after_seq 0)
        elif kind == "ack":
            self.outbox.pop(frame["client_message_id"], None)
        elif kind == "state":
            for message in self.take_state(frame["chat_id"], frame["messages"]):
                await self.take(message, self.how(pushed=False))
        elif kind == "message":
            if self.seen(frame["chat_id"], frame["seq"]):
                await self.take(frame, self.how(pushed=True))
        elif kind == "error":
            self.run.errors.append(f"console {frame['for']}: {frame['message']['en']}")

    async def take(self, message: Frame, how: str) -> None:
        if message["sender"] != "young":
            return
        self.run.stats.arrived(message["client_message_id"], message["seq"], how)
        if self.run.replying:
            client_id = "c-" + message["client_message_id"]
            self.run.stats.sent[client_id] = time.monotonic()
            await self.send(
                {
                    "type": "message",
                    "chat_id": message["chat_id"],
                    "client_message_id": client_id,
                    "text": "antwoord",
                }
            )


# --- one scenario ---------------------------------------------------------------------------


async def final_read_console(desk: Counsellor) -> None:
    """The counsellor reads each of its chats once more (on a new connection): what it
    still missed is had now or lost."""
    conn = await desk.open()
    try:
        for chat_id in desk.mine:
            chat = desk.chats.setdefault(chat_id, Chat())
            await conn.send(
                json.dumps({"type": "resume", "chat_id": chat_id, "after_seq": chat.upto})
            )
        left = set(desk.mine)
        while left:
            frame = json.loads(await conn.recv())
            if frame["type"] == "state" and frame["chat_id"] in left:
                left.discard(frame["chat_id"])
                for message in desk.take_state(frame["chat_id"], frame["messages"]):
                    await desk.take(message, "final")
    finally:
        await conn.close()


async def final_read_young(person: Young, stored: dict[str, set[int]]) -> None:
    """The young person reads the whole chat (from seq 0, on a new connection): what it
    still missed is had now or lost, and every message sent must be stored once."""
    conn = await person.open()
    try:
        resume = {"type": "resume", "chat_id": person.chat_id, "token": person.token}
        await conn.send(json.dumps(resume | {"after_seq": 0}))
        while (frame := json.loads(await conn.recv()))["type"] != "state":
            pass
        for message in frame["messages"]:
            if message["client_message_id"]:
                stored.setdefault(message["client_message_id"], set()).add(message["seq"])
        for message in person.take_state(person.chat_id, frame["messages"]):
            person.take(message, "final")
    finally:
        await conn.close()


async def end_chat(person: Young) -> None:
    """The young person ends the chat (the counsellors are free again afterwards)."""
    conn = await person.open()
    try:
        resume = {"type": "resume", "chat_id": person.chat_id, "token": person.token}
        await conn.send(json.dumps(resume | {"after_seq": 1 << 30}))
        await conn.send(json.dumps({"type": "end"}))
        while json.loads(await conn.recv())["type"] != "ended":
            pass
    finally:
        await conn.close()


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile in ms."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(q * len(ordered)) - 1)] * 1000, 1)


async def limited(jobs: list[Any], at_once: int = 20) -> None:
    gate = asyncio.Semaphore(at_once)

    async def one(job: Any) -> None:
        async with gate:
            await job

    await asyncio.gather(*(one(j) for j in jobs))


@dataclass
class Clients:
    run: Run
    desks: list[Counsellor]
    young: list[Young]
    tasks: list[asyncio.Task[None]]
    setup_seconds: float
    settle_seconds: float


async def set_up(
    servers_: list[Server], organisation: int, cookies: list[str], args: argparse.Namespace
) -> Clients:
    """The counsellors connect (each on its own process), then the young people arrive, at
    most ``--waiting`` queued at once, until every chat is accepted."""
    run = Run(servers_, organisation)
    began = time.monotonic()
    per_server = len(cookies) // PROCESSES
    desks = [Counsellor(run, i // per_server, cookie, i) for i, cookie in enumerate(cookies)]
    tasks = [asyncio.ensure_future(d.keep_connected()) for d in desks]
    await asyncio.wait_for(asyncio.gather(*(d.ready.wait() for d in desks)), timeout=60)
    picking = asyncio.Event()
    tasks += [asyncio.ensure_future(d.keep_picking(picking)) for d in desks]
    young = [Young(run, i % PROCESSES, i, args.interval) for i in range(args.chats)]

    async def arrive() -> None:
        for person in young:
            while (
                args.waiting
                and sum(p.started and not p.active.is_set() for p in young) >= args.waiting
            ):
                await asyncio.sleep(0.05)
            person.started = True
            tasks.append(asyncio.ensure_future(person.keep_connected()))

    arrivals = asyncio.ensure_future(arrive())
    while not all(y.active.is_set() for y in young):
        if time.monotonic() - began > args.setup_timeout:
            arrivals.cancel()
            raise TimeoutError(
                f"{sum(y.active.is_set() for y in young)} of {len(young)} chats accepted "
                f"after {args.setup_timeout:g} s"
            )
        await asyncio.sleep(0.5)
        if args.verbose:
            print(
                f"  {time.monotonic() - began:5.1f} s: {sum(bool(y.chat_id) for y in young)} "
                f"started, {sum(y.active.is_set() for y in young)} accepted, "
                f"{run.stats.refused_accepts} accepts refused, {len(run.errors)} errors",
                file=sys.stderr,
            )
    await arrivals
    picking.set()
    setup_seconds = time.monotonic() - began
    # the pushes that the arrivals caused (queue, chats, colleagues) are done before the
    # talking starts: until no client got a frame for 2 s
    while time.monotonic() - run.last_frame < 2.0:
        if time.monotonic() - began > args.setup_timeout:
            raise TimeoutError(f"the set-up's pushes still ran after {args.setup_timeout:g} s")
        await asyncio.sleep(0.2)
    settle_seconds = time.monotonic() - began - setup_seconds
    return Clients(run, desks, young, tasks, setup_seconds, settle_seconds)


async def talk(clients: Clients, name: str, args: argparse.Namespace, kill: bool) -> Frame:
    """One scenario on the chats that are there: every young person writes, every
    counsellor answers; then what is still on its way, then the final read."""
    run, desks, young = clients.run, clients.desks, clients.young
    run.stats, run.errors = Stats(), []
    run.replying, run.draining = True, False
    began = time.monotonic()
    until = began + args.seconds
    talkers = [asyncio.ensure_future(y.talk(until)) for y in young]

    async def report() -> None:
        while True:
            await asyncio.sleep(2)
            print(
                f"  {time.monotonic() - began:5.1f} s {name}: {len(run.stats.sent)} sent, "
                f"{len(run.stats.delivered)} delivered, "
                f"{sum(len(s.outbox) for s in [*desks, *young])} not acknowledged, "
                f"{run.stats.reconnects} reconnects, {len(run.errors)} errors",
                file=sys.stderr,
            )

    reporter = asyncio.ensure_future(report()) if args.verbose else None
    killed: Frame = {}
    if kill:
        await asyncio.sleep(args.seconds / 3)
        victim = run.servers[0]
        sent_before = len(run.stats.sent)
        killed_at = time.monotonic()
        victim.kill()
        await asyncio.to_thread(victim.start)
        back = time.monotonic()
        killed = {
            "killed_at_s": round(killed_at - began, 1),
            "down_s": round(back - killed_at, 1),
            "messages_sent_while_down": len(run.stats.sent) - sent_before,
        }
    await asyncio.gather(*talkers)
    run.replying = False
    talk_seconds = time.monotonic() - began

    # what is still on its way (answers, outboxes after reconnects): until all is there,
    # or nothing more arrived for 10 s
    last, quiet_since = -1, time.monotonic()
    while time.monotonic() - quiet_since < 10 and len(run.stats.delivered) < len(run.stats.sent):
        if len(run.stats.delivered) != last:
            last, quiet_since = len(run.stats.delivered), time.monotonic()
        await asyncio.sleep(0.2)
    if reporter is not None:
        reporter.cancel()
    unacknowledged = sum(len(s.outbox) for s in [*desks, *young])

    # the final read: every counsellor and every young person reads its chats once more
    run.draining = True
    await asyncio.wait_for(asyncio.gather(*(final_read_console(d) for d in desks)), 60)
    stored: dict[str, set[int]] = {}
    await asyncio.wait_for(limited([final_read_young(y, stored) for y in young]), 120)
    for task in clients.tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            run.errors.append(f"client crashed: {task.exception()!r}")

    stats = run.stats
    sent = set(stats.sent)
    doubled = stats.doubled | {k for k, seqs in stored.items() if k in sent and len(seqs) > 1}
    return {
        "scenario": name,
        "chats": len(young),
        "counsellors": len(desks),
        "processes": PROCESSES,
        "talk_seconds": round(talk_seconds, 1),
        "interval_s": args.interval,
        "messages": len(sent),
        "messages_per_second": round(len(sent) / talk_seconds, 1),
        "delivered": len(sent & set(stats.delivered)),
        "lost": len(sent - set(stats.delivered)),
        "late_final_read": len(stats.late),
        "via_state": stats.via_state,
        "duplicates": len(doubled),
        "not_stored": len(sent - set(stored)),
        "unacknowledged_at_end": unacknowledged,
        "latency_ms_p50": percentile(stats.latencies, 0.50),
        "latency_ms_p99": percentile(stats.latencies, 0.99),
        "latency_ms_max": percentile(stats.latencies, 1.0),
        "reconnects": stats.reconnects,
        "gap_resumes": stats.gap_resumes,
        **killed,
        "wall_seconds": round(time.monotonic() - began, 1),
        "errors": sorted(set(run.errors))[:10],
    }


async def bench(
    servers_: list[Server],
    organisation: int,
    cookies: list[str],
    args: argparse.Namespace,
    plan: list[tuple[str, bool]],
) -> tuple[Frame, list[Frame]]:
    clients = await set_up(servers_, organisation, cookies, args)
    setup = {
        "chats": args.chats,
        "counsellors": len(cookies),
        "waiting_at_most": args.waiting,
        "setup_seconds": round(clients.setup_seconds, 1),
        "settle_seconds": round(clients.settle_seconds, 1),
        "accepts_refused": clients.run.stats.refused_accepts,
    }
    results = []
    try:
        for name, kill in plan:
            print(f"{name}: {args.chats} chats ...", file=sys.stderr, flush=True)
            results.append(await talk(clients, name, args, kill))
        await limited([end_chat(y) for y in clients.young])
    finally:
        clients.run.finished = True
        for side in [*clients.desks, *clients.young]:
            if side.conn is not None:
                await side.conn.close()
        for task in clients.tasks:
            task.cancel()
        await asyncio.gather(*clients.tasks, return_exceptions=True)
    return setup, results


# --- set-up and the report ----------------------------------------------------------------


@contextlib.contextmanager
def throwaway_database(admin_url: str) -> Iterator[str]:
    """A new PostgreSQL database `signaal_bench_<random>`, dropped afterwards."""
    name = f"signaal_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(urlsplit(admin_url)._replace(path="/" + name))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


COLUMNS = [
    ("scenario", "scenario", "<"),
    ("chats", "chats", ">"),
    ("messages", "messages", ">"),
    ("delivered", "delivered", ">"),
    ("lost", "lost", ">"),
    ("duplicates", "duplicates", ">"),
    ("latency_ms_p50", "p50 ms", ">"),
    ("latency_ms_p99", "p99 ms", ">"),
    ("latency_ms_max", "max ms", ">"),
    ("reconnects", "reconnects", ">"),
    ("wall_seconds", "wall s", ">"),
]


def table(rows: list[Frame]) -> str:
    cells = [[str(row.get(key, "")) for key, _, _ in COLUMNS] for row in rows]
    widths = [
        max(len(title), *(len(r[i]) for r in cells)) for i, (_, title, _) in enumerate(COLUMNS)
    ]

    def line(values: list[str]) -> str:
        parts = [
            f"{v:{align}{w}}" for v, w, (_, _, align) in zip(values, widths, COLUMNS, strict=True)
        ]
        return "| " + " | ".join(parts) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line([t for _, t, _ in COLUMNS]), rule, *(line(r) for r in cells)])


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--chats", type=int, default=200, help="simultaneous chats (200)")
    parser.add_argument("--seconds", type=float, default=30.0, help="talking per scenario (30)")
    parser.add_argument(
        "--interval", type=float, default=5.0, help="mean seconds between a young person's messages"
    )
    parser.add_argument(
        "--waiting",
        type=int,
        default=0,
        help="before the talking, at most this many chats queued at once (0: all start at once)",
    )
    parser.add_argument("--setup-timeout", type=float, default=240.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--postgres", default=POSTGRES_ADMIN_URL, help="admin URL to make a db")
    parser.add_argument("--scenario", choices=["steady", "kill_restart", "both"], default="both")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = parser.parse_args()
    # stopped from outside (timeout, kill): still stop the servers and drop the database
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.chats < 1:
        parser.error("--chats must be at least 1")
    per_server = max(1, math.ceil(math.ceil(args.chats / PROCESSES) / MAX_CHATS))
    counsellors = per_server * PROCESSES
    plan = [("steady", False), ("kill_restart", True)]
    if args.scenario != "both":
        plan = [p for p in plan if p[0] == args.scenario]

    setup: Frame = {}
    results: list[Frame] = []
    began = time.monotonic()
    flush_redis(REDIS_URL)
    try:
        with (
            throwaway_database(args.postgres) as database_url,
            tempfile.TemporaryDirectory(prefix="signaal-bench-") as data,
        ):
            env = server_env(Path(data), REDIS_URL, database_url)
            helpline = make_helpline(
                env, name="bench", counsellors=counsellors, max_chats=MAX_CHATS
            )
            with servers(env, PROCESSES) as running:
                # each counsellor logs in on the process it will use
                cookies = [
                    login(running[i // per_server].base, email)
                    for i, email in enumerate(helpline.counsellors)
                ]
                setup, results = asyncio.run(
                    bench(running, helpline.organisation, cookies, args, plan)
                )
                crashed = [s for s in running if s.process is None or s.process.poll()]
                for server in crashed:
                    print(server.output()[-3000:], file=sys.stderr)
    finally:
        flush_redis(REDIS_URL)

    print(
        f"Help chat load: {PROCESSES} `signaal serve` processes, Redis pub/sub, PostgreSQL; "
        f"{os.cpu_count()} cores shared with the clients (and whatever else runs here); "
        f"{args.seconds:g} s talking per scenario, a young person writes every "
        f"~{args.interval:g} s and the counsellor answers each message"
    )
    print(
        f"set-up: {setup['chats']} chats accepted by {setup['counsellors']} counsellors in "
        f"{setup['setup_seconds']} s (at most {setup['waiting_at_most']} queued at once), "
        f"then {setup['settle_seconds']} s until the pushes it caused were done"
    )
    print(table(results))
    for row in results:
        extra = {
            k: row[k]
            for k in (
                "messages_per_second",
                "via_state",
                "late_final_read",
                "not_stored",
                "gap_resumes",
                "unacknowledged_at_end",
                "killed_at_s",
                "down_s",
                "messages_sent_while_down",
            )
            if k in row
        }
        print(f"{row['scenario']}: " + ", ".join(f"{k} {v}" for k, v in extra.items()))
        for error in row["errors"]:
            print(f"{row['scenario']}: error: {error}")
    print(f"total {time.monotonic() - began:.0f} s")
    if args.json:
        summary = {"benchmark": "helpline", "cores": os.cpu_count(), "setup": setup}
        print(json.dumps(summary | {"results": results}))
    bad = any(r["lost"] or r["duplicates"] for r in results)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
