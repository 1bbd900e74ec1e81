"""Check-ins over HTTP with live dashboards connected, beside a bare view's floor.

Runs a real ASGI server (uvicorn, several workers) on PostgreSQL with Redis as the
channel layer, connects N dashboard WebSockets as organisers, then drives check-ins
(each a distinct trainee POSTing the current code of one of the session's endpoints)
and prints: check-ins per second, latency percentiles, and the delay from the server
starting a check-in to each dashboard receiving the update (p50/p95/p99).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tp_attendance \\
    REDIS_URL=redis://127.0.0.1:6379/3 \\
    uv run python bench/checkin_bench.py --checkins 2000 --dashboards 200 --workers 2

The database named in DATABASE_URL is migrated and filled with bench data (it must not
be a database you care about); the Redis db is flushed.
"""

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def prepare(checkins: int, dashboards: int) -> dict:
    """Bench data: a live session at 12 endpoints, trainees and organisers with
    logged-in session cookies."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.middleware.csrf import _get_new_csrf_string
    from django.utils import timezone

    from accounts.roles import Role
    from sessions.models import Attendance, Endpoint, LiveSession, SessionEndpoint

    assert settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), (
        "Set DATABASE_URL to a PostgreSQL database"
    )
    call_command("migrate", verbosity=0)
    import redis

    redis.Redis.from_url(os.environ["REDIS_URL"]).flushdb()
    User = get_user_model()
    Attendance.objects.all().delete()
    LiveSession.objects.filter(title__startswith="Bench").delete()
    hub, _ = Endpoint.objects.get_or_create(
        code="bench-hub", defaults={"name": "Bench hub", "kind": Endpoint.Kind.HUB}
    )
    endpoints = [hub] + [
        Endpoint.objects.get_or_create(
            code=f"bench-{n}", defaults={"name": f"Bench site {n}"}
        )[0]
        for n in range(1, 12)
    ]
    now = timezone.now()
    session = LiveSession.objects.create(
        title="Bench session",
        starts_at=now - timedelta(minutes=5),
        ends_at=now + timedelta(hours=2),
        hub=hub,
        status=LiveSession.Status.LIVE,
    )
    links = [
        SessionEndpoint.objects.create(session=session, endpoint=e, sort_order=i)
        for i, e in enumerate(endpoints)
    ]
    password = make_password("bench-password")
    existing = set(
        User.objects.filter(email__endswith="@bench.local").values_list(
            "email", flat=True
        )
    )
    wanted = [f"trainee{n}@bench.local" for n in range(checkins)] + [
        f"organiser{n}@bench.local" for n in range(dashboards)
    ]
    User.objects.bulk_create(
        [
            User(email=email, full_name=email.split("@")[0], password=password)
            for email in wanted
            if email not in existing
        ]
    )
    users = {u.email: u for u in User.objects.filter(email__in=wanted)}
    organisers = Group.objects.get(name=Role.ORGANISER.value)
    organisers.user_set.add(
        *[users[f"organiser{n}@bench.local"] for n in range(dashboards)]
    )

    def cookie_for(user) -> str:
        store = SessionStore()
        store["_auth_user_id"] = str(user.pk)
        store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        store["_auth_user_hash"] = user.get_session_auth_hash()
        store.create()
        return store.session_key

    return {
        "session_id": session.pk,
        "secrets": [link.checkin_secret for link in links],
        "trainees": [
            cookie_for(users[f"trainee{n}@bench.local"]) for n in range(checkins)
        ],
        "organisers": [
            cookie_for(users[f"organiser{n}@bench.local"]) for n in range(dashboards)
        ],
        "csrf": _get_new_csrf_string(),
    }


def start_server(port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "config.asgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
            "--lifespan",
            "off",
        ],
        cwd=ROOT,
        env=env,
    )
    return server


async def wait_until_up(base: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        for _ in range(200):
            try:
                if (await client.get(f"{base}/bench/floor/")).status_code in (200, 204):
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("server did not start")


async def drive(base: str, requests: list[dict], concurrency: int) -> tuple:
    """Send the requests with ``concurrency`` in flight; latencies and wall time."""
    import httpx

    latencies: list[float] = []
    statuses: dict[int, int] = {}
    queue: asyncio.Queue = asyncio.Queue()
    for request in requests:
        queue.put_nowait(request)
    limits = httpx.Limits(
        max_connections=concurrency, max_keepalive_connections=concurrency
    )

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker():
            while not queue.empty():
                request = queue.get_nowait()
                if callable(request):
                    request = request()
                started = time.perf_counter()
                response = await client.request(**request)
                latencies.append(time.perf_counter() - started)
                statuses[response.status_code] = (
                    statuses.get(response.status_code, 0) + 1
                )

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return latencies, wall, statuses


async def dashboards(ws_base: str, session_id: int, cookies: list[str], delays: list):
    import websockets

    connected = []

    async def one(cookie: str):
        socket = await websockets.connect(
            f"{ws_base}/ws/attendance/{session_id}/",
            additional_headers={
                "Cookie": f"sessionid={cookie}",
                "Origin": ws_base.replace("ws://", "http://"),
            },
            max_queue=None,
        )
        first = json.loads(await socket.recv())
        assert first["type"] == "state", first
        connected.append(socket)

        async def listen():
            try:
                async for raw in socket:
                    received = time.time()
                    data = json.loads(raw)
                    for change in data.get("changes", ()):
                        delays.append(received - change["at"])
            except websockets.ConnectionClosed:
                pass

        return asyncio.create_task(listen())

    tasks = []
    for start in range(0, len(cookies), 25):
        tasks += await asyncio.gather(*(one(c) for c in cookies[start : start + 25]))
    return connected, tasks


def summarise(name: str, latencies: list[float], wall: float, statuses: dict) -> None:
    ms = [value * 1000 for value in latencies]
    print(
        f"{name:<22} {len(ms) / wall:8.1f} req/s   p50 {percentile(ms, 50):7.1f} ms   "
        f"p95 {percentile(ms, 95):7.1f} ms   p99 {percentile(ms, 99):7.1f} ms   "
        f"statuses {statuses}"
    )


async def main(args, data: dict) -> None:
    base = f"http://127.0.0.1:{args.port}"
    server = start_server(args.port, args.workers)
    try:
        await wait_until_up(base)
        bare = [{"method": "GET", "url": "/bench/floor/"} for _ in range(args.checkins)]
        await drive(base, bare[:200], args.concurrency)  # warm-up
        delays: list[float] = []
        sockets, tasks = await dashboards(
            base.replace("http://", "ws://"),
            data["session_id"],
            data["organisers"],
            delays,
        )
        print(
            f"server: uvicorn x{args.workers} workers; {len(sockets)} dashboards open; "
            f"{args.checkins} check-ins, {args.concurrency} in flight; "
            f"{os.cpu_count()} CPUs shared with the load generator and other work"
        )
        floor = await drive(base, bare, args.concurrency)
        from sessions import checkin_codes

        secrets = data["secrets"]

        def checkin(n: int, cookie: str):
            # The code is read when the request is sent, as a phone reads the screen.
            return lambda: {
                "method": "POST",
                "url": "/checkin/",
                "data": {
                    "code": checkin_codes.current_code(secrets[n % len(secrets)]),
                    "csrfmiddlewaretoken": data["csrf"],
                },
                "headers": {"Cookie": f"sessionid={cookie}; csrftoken={data['csrf']}"},
            }

        checkins = [checkin(n, c) for n, c in enumerate(data["trainees"])]
        result = await drive(base, checkins, args.concurrency)
        await asyncio.sleep(args.drain)
        summarise("bare view (floor)", *floor)
        summarise("check-in", *result)
        expected = result[2].get(200, 0) * len(sockets)
        ms = [value * 1000 for value in delays]
        print(
            f"check-in -> dashboard   received {len(ms)}/{expected} updates   "
            f"p50 {percentile(ms, 50):7.1f} ms   p95 {percentile(ms, 95):7.1f} ms   "
            f"p99 {percentile(ms, 99):7.1f} ms"
        )
        for socket in sockets:
            await socket.close()
        for task in tasks:
            task.cancel()
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkins", type=int, default=2000)
    parser.add_argument("--dashboards", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--port", type=int, default=8301)
    parser.add_argument("--drain", type=float, default=5.0)
    arguments = parser.parse_args()
    prepared = prepare(arguments.checkins, arguments.dashboards)
    asyncio.run(main(arguments, prepared))
