"""Simulated phones for the room's load test, in a process of their own (so they do not share
the window's interpreter lock): `python room_load_child.py URL CODE ACTIVITY PHONES INPUTS SEED [PAUSE]`.

Each phone joins as a guest and sends INPUTS suggestions, one after the other, over raw HTTP/1.1
connections. Some requests are cut on purpose — half the body sent, or the whole request sent
and the connection closed before the answer — and then retried with the same submission id, as
the page does after a Wi-Fi hiccup; a 429 is retried after a pause. Prints one JSON object:
every input's title, the monotonic time of its first send (CLOCK_MONOTONIC is shared by the
processes of the machine), its attempts, and what went wrong.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from typing import Any
from urllib.parse import urlsplit

PAUSE = float(sys.argv[7]) if len(sys.argv) > 7 else 0.4
"""Mean seconds between two inputs of one phone (0: as fast as the server answers)."""


class Cut(Exception):
    """The connection was cut on purpose."""


class Lost(Exception):
    """The server closed the connection without an answer: the page sends the request again."""


async def request(host: str, port: int, method: str, path: str, body: Any = None,
                  token: str | None = None, cut: str | None = None) -> tuple[int, dict[str, Any]]:
    reader, writer = await asyncio.open_connection(host, port)
    data = json.dumps(body).encode() if body is not None else b""
    head = (f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\nConnection: close\r\n"
            + (f"X-Room-Token: {token}\r\n" if token else "") + "\r\n").encode()
    try:
        if cut == "during":
            writer.write(head + data[: len(data) // 2])
            await writer.drain()
            raise Cut
        writer.write(head + data)
        await writer.drain()
        if cut == "after":
            raise Cut
        raw = await asyncio.wait_for(reader.read(), 30)
    finally:
        writer.close()
    if not raw.startswith(b"HTTP/1.1 "):  # closed without an answer (the server's deadline): lost
        raise Lost
    status = int(raw.split(b" ", 2)[1])
    payload = raw.split(b"\r\n\r\n", 1)[1]
    return status, (json.loads(payload) if payload.strip() else {})


async def phone(host: str, port: int, code: str, activity: str, number: int, inputs: int,
                rng: random.Random, records: list[dict[str, Any]], counts: dict[str, int]) -> None:
    while True:
        try:
            status, joined = await request(host, port, "POST", "/api/join",
                                           {"code": code, "guest_name": f"Load phone {number}",
                                            "join": f"load-phone-join-{number:04d}"})
        except Lost:
            counts["join lost"] = counts.get("join lost", 0) + 1
            continue
        if status == 200:
            break
        counts[f"join {status}"] = counts.get(f"join {status}", 0) + 1
        await asyncio.sleep(0.2)
    token = joined["token"]
    for index in range(inputs):
        title = f"phone {number:02d} input {index:02d}"
        submission = f"p{number:02d}-i{index:02d}-{rng.getrandbits(32):08x}"
        record = {"title": title, "sent": time.monotonic(), "attempts": 0, "cuts": [], "repeated": False}
        while True:
            record["attempts"] += 1
            roll = rng.random()
            cut = "during" if roll < 0.04 else "after" if roll < 0.08 else None
            try:
                status, answer = await request(host, port, "POST", "/api/submit",
                                               {"activity": activity, "submission": submission, "title": title},
                                               token, cut)
            except Cut:
                record["cuts"].append(cut)
                await asyncio.sleep(0.05)
                continue
            except Lost:
                counts["submit lost"] = counts.get("submit lost", 0) + 1
                await asyncio.sleep(0.05)
                continue
            if status == 200:
                record["repeated"] = bool(answer.get("repeated"))
                record["ok"] = time.monotonic()
                break
            counts[f"submit {status}"] = counts.get(f"submit {status}", 0) + 1
            await asyncio.sleep(0.3 if status == 429 else 0.1)
        records.append(record)
        await asyncio.sleep(rng.uniform(0.0, 2 * PAUSE))  # a person tapping fast, not a loop


async def main(url: str, code: str, activity: str, phones: int, inputs: int, seed: int) -> dict[str, Any]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    records: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    await asyncio.gather(*(phone(host, port, code, activity, n, inputs, random.Random(seed * 1000 + n), records, counts)
                           for n in range(phones)))
    return {"records": records, "refusals": counts}


if __name__ == "__main__":
    url, code, activity, phones, inputs, seed = sys.argv[1:7]
    result = asyncio.run(asyncio.wait_for(main(url, code, activity, int(phones), int(inputs), int(seed)), 120))
    json.dump(result, sys.stdout)
