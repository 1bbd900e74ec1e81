"""Webhook throughput: event_sync join/leave events over HTTP against a real ASGI server
(uvicorn, started here) on PostgreSQL, beside the same server's floor (a Django view
that returns 204) and the machine's ceiling (a bare ASGI 204, no Django).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tp_live \\
        uv run python bench/webhook_bench.py --events 6000 --concurrency 32

Prints events per second and p50/p99 latency for both, and checks that every event
sent was stored exactly once (count sent = count stored).
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")


def django_setup():
    import django

    django.setup()


def prepare() -> tuple[int, str]:
    from django.core.management import call_command
    from django.utils import timezone

    from sessions.models import ConnectionEvent, Endpoint, LiveSession

    call_command("migrate", verbosity=0)
    hub, _ = Endpoint.objects.get_or_create(
        code="bench-hub", defaults={"name": "Bench hub", "kind": Endpoint.Kind.HUB}
    )
    now = timezone.now()
    session = LiveSession.objects.create(
        title="Webhook benchmark",
        hub=hub,
        starts_at=now,
        ends_at=now + timedelta(hours=2),
        status=LiveSession.Status.LIVE,
    )
    ConnectionEvent.objects.filter(session=session).delete()
    return session.pk, session.room_name


def stored_count(session_id: int) -> int:
    from sessions.models import ConnectionEvent

    return ConnectionEvent.objects.filter(session_id=session_id).count()


def cleanup(session_id: int) -> None:
    from sessions.models import LiveSession

    LiveSession.objects.filter(pk=session_id).delete()


def event_bodies(room: str, count: int, start: int) -> list[tuple[str, bytes]]:
    """Join then leave for count/2 distinct occupants, like a large session."""
    bodies = []
    for index in range(count // 2):
        jid = f"bench-{index:06d}@meet.jitsi/r{index}"
        joined_at = start + index % 600
        occupant = {
            "occupant_jid": jid,
            "joined_at": joined_at,
            "id": f"endpoint:bench-{index % 12}",
            "name": f"Người tham dự {index}",
            "email": "",
        }
        for path, extra in (
            ("occupant/joined", {}),
            ("occupant/left", {"left_at": joined_at + 900}),
        ):
            payload = {
                "event_name": "muc-" + path.replace("/", "-"),
                "room_name": room,
                "room_jid": f"{room}@muc.meet.jitsi",
                "is_breakout": False,
                "active_occupants_count": 3,
                "occupant": {**occupant, **extra},
            }
            bodies.append((path, json.dumps(payload).encode()))
    return bodies


class Connection:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams.

    httpx costs more CPU per request than the server under test; on a 2-core machine
    the client would be the bottleneck. Reconnects (like Prosody, which retries a
    request that got no status) when the server closes an idle connection.
    """

    def __init__(self, host: str, port: int, headers: dict):
        self.host, self.port = host, port
        self.head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader = self.writer = None

    async def post(self, path: str, body: bytes) -> int:
        for attempt in range(3):
            try:
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection(
                        self.host, self.port
                    )
                self.writer.write(
                    (
                        f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\n{self.head}"
                        f"Content-Length: {len(body)}\r\n\r\n"
                    ).encode()
                    + body
                )
                await self.writer.drain()
                status_line = await self.reader.readuntil(b"\r\n")
                length = 0
                while (line := await self.reader.readuntil(b"\r\n")) != b"\r\n":
                    name, _, value = line.decode("latin-1").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                if length:
                    await self.reader.readexactly(length)
                return int(status_line.split()[1])
            except (ConnectionError, asyncio.IncompleteReadError, OSError):
                await self.close()
                if attempt == 2:
                    return 0
        return 0

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def run_phase(base: str, requests, concurrency: int, headers: dict):
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    failures: dict[int, int] = {}
    queue: asyncio.Queue = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)

    async def worker():
        connection = Connection(host, int(port), headers)
        while True:
            try:
                path, body = queue.get_nowait()
            except asyncio.QueueEmpty:
                await connection.close()
                return
            began = time.perf_counter()
            status = await connection.post(path, body)
            latencies.append(time.perf_counter() - began)
            if status != 204:
                failures[status] = failures.get(status, 0) + 1

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - began
    return len(latencies) / elapsed, latencies, failures


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000


def wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited; see its output above")
        try:
            httpx.post(f"{base}/bench/floor/", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit("the server did not start within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=6000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8201)
    parser.add_argument("--warmup", type=int, default=400)
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    django_setup()
    from django.conf import settings

    session_id, room = prepare()
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.asgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(args.port),
            "--workers",
            str(args.workers),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"},
    )
    try:
        wait_until_up(base, server)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "Prosody (bench)",
            "Authorization": f"Bearer {settings.JITSI_WEBHOOK_SECRET}",
        }
        start = int(time.time()) - 3600
        warm = event_bodies(f"warmup-{room}", args.warmup, start)
        asyncio.run(
            run_phase(base, [(f"/jitsi/events/{p}", b) for p, b in warm], 8, headers)
        )
        floor_requests = [("/bench/floor/", b"{}")] * args.events
        floor = asyncio.run(run_phase(base, floor_requests, args.concurrency, headers))
        bare_requests = [("/bench/asgi-floor/", b"{}")] * args.events
        bare = asyncio.run(run_phase(base, bare_requests, args.concurrency, headers))
        bodies = event_bodies(room, args.events, start)
        requests = [(f"/jitsi/events/{path}", body) for path, body in bodies]
        webhook = asyncio.run(run_phase(base, requests, args.concurrency, headers))
        replay = asyncio.run(
            run_phase(base, requests[: len(requests) // 4], args.concurrency, headers)
        )
    finally:
        server.terminate()
        server.wait(timeout=30)

    stored = stored_count(session_id)
    print(
        f"uvicorn x{args.workers} workers, PostgreSQL, {args.concurrency} concurrent "
        f"clients, {len(bodies)} events (+{len(requests) // 4} replays)"
    )
    for name, (rate, latencies, failures) in (
        ("ASGI floor (no Django)", bare),
        ("floor (bare 204)", floor),
        ("webhook (event_sync)", webhook),
        ("webhook replays", replay),
    ):
        print(
            f"{name:22} {rate:8.0f} req/s   p50 {quantile(latencies, 50):6.1f} ms   "
            f"p99 {quantile(latencies, 99):6.1f} ms   failures {failures or 0}"
        )
    print(
        f"events sent {len(bodies)}, stored {stored}: "
        + ("OK" if stored == len(bodies) else "MISMATCH")
    )
    cleanup(session_id)
    if stored != len(bodies):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
