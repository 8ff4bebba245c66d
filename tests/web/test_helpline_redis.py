"""Two real `signaal serve` processes sharing chats through Redis (channels-redis, the Redis
at 127.0.0.1:6379, database 5, emptied before and after): the young person's socket on one
process, the counsellor's on the other, messages both ways, acceptance and the end."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.helpline_servers import (
    Helpline,
    Server,
    connect,
    flush_redis,
    login,
    make_helpline,
    next_of,
    server_env,
    servers,
)

REDIS_URL = "redis://127.0.0.1:6379/5"


@pytest.fixture(scope="module")
def two_servers(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[list[Server], Helpline]]:
    flush_redis(REDIS_URL)
    data = tmp_path_factory.mktemp("two-servers")
    # the tests' own database when it is PostgreSQL is not touched: the servers use a file
    env = server_env(Path(data), REDIS_URL)
    helpline = make_helpline(env, name="redis", counsellors=1, max_chats=3)
    try:
        with servers(env, 2) as running:
            yield running, helpline
    finally:
        flush_redis(REDIS_URL)
    for server in running:
        # no connection is logged: the only address printed is the server's own
        lines = [line for line in server.output().splitlines() if "127.0.0.1" in line]
        assert lines == [f"Signaal op / at {server.base} (SQLite {data}/signaal.sqlite3)"], lines


def test_two_processes_share_one_chat_through_redis(
    two_servers: tuple[list[Server], Helpline],
) -> None:
    (first, second), helpline = two_servers
    cookie = login(second.base, helpline.counsellors[0])
    asyncio.run(chat_across(first, second, helpline.organisation, cookie))


async def chat_across(
    young_server: Server, desk_server: Server, organisation: int, cookie: str
) -> None:
    desk = await connect(f"{desk_server.ws}/ws/console/", origin=desk_server.base, cookie=cookie)
    young = await connect(
        f"{young_server.ws}/ws/hulpchat/{organisation}/", origin=young_server.base
    )
    try:
        await next_of(desk, "chats")
        await young.send(json.dumps({"type": "start", "age_band": "16_17", "nickname": "Noor"}))
        started = await next_of(young, "started")
        chat_id = started["chat_id"]
        assert (await next_of(young, "queue"))["position"] == 1
        # the queue of the other process shows the new chat
        while True:
            queue = await next_of(desk, "queue")
            if [e["chat_id"] for e in queue["entries"]] == [chat_id]:
                break
        assert queue["entries"][0]["nickname"] == "Noor"

        await desk.send(json.dumps({"type": "accept", "chat_id": chat_id}))
        accepted = await next_of(young, "message", code="accepted")
        assert accepted["sender"] == "system"

        await young.send(json.dumps({"type": "message", "client_message_id": "y-1", "text": "hoi"}))
        assert (await next_of(young, "ack"))["duplicate"] is False
        heard = await next_of(desk, "message", sender="young")
        assert (heard["chat_id"], heard["text"]) == (chat_id, "hoi")

        await desk.send(
            json.dumps(
                {"type": "message", "chat_id": chat_id, "client_message_id": "c-1", "text": "hallo"}
            )
        )
        await next_of(desk, "ack")
        answer = await next_of(young, "message", sender="counsellor")
        assert answer["text"] == "hallo"

        await young.send(json.dumps({"type": "typing", "on": True}))
        assert (await next_of(desk, "typing"))["sender"] == "young"

        await desk.send(json.dumps({"type": "end", "chat_id": chat_id}))
        assert await next_of(young, "ended") == {
            "type": "ended",
            "chat_id": chat_id,
            "by": "counsellor",
        }
        chats = await next_of(desk, "chats", active=[])
        assert [c["chat_id"] for c in chats["to_register"]] == [chat_id]
    finally:
        await young.close()
        await desk.close()


def test_the_servers_are_real_processes_with_redis_set(
    two_servers: tuple[list[Server], Helpline],
) -> None:
    running, _helpline = two_servers
    assert len({s.port for s in running}) == 2
    for server in running:
        assert server.process is not None
        assert server.process.poll() is None
        assert server.env["REDIS_URL"] == REDIS_URL
        assert server.process.pid != os.getpid()
