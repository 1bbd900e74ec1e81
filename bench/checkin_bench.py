"""Check-ins with live dashboards open, as the session grows, beside the same
server's authenticated floor.

Runs a real ASGI server (uvicorn, several workers) on PostgreSQL with Redis as the
channel layer and cache. For each ``--prior-events`` N (default 0 and 100,000, in one
run on one server) a live session with its 12 endpoints holds N connection events
already (bench/live_session.py); ``--dashboards`` organisers watch it. Then:

* closed loop: ``--checkins`` distinct trainees check in (``--concurrency`` in
  flight) at the session's endpoints: the check-in capacity, beside the
  authenticated floor (a signed-in POST that does nothing);
* open loop: ``--open-checkins`` more arrive at a fixed rate (``--rate``, default
  half the capacity just measured): check-in -> dashboard delay (p50/p95/p99) over
  every dashboard, and how many of the updates arrived.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tp_bench \\
    REDIS_URL=redis://127.0.0.1:6379/9 \\
    uv run python bench/checkin_bench.py --dashboards 200 --json checkin.json

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

from bench.live_session import live_session_prepare, session_delete  # noqa: E402


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def accounts(trainees: int, organisers: int) -> dict:
    """Trainees and organisers with signed-in session cookies."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.middleware.csrf import _get_new_csrf_string

    from accounts.roles import Role
    from sessions.models import Attendance, LiveSession

    assert settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), (
        "Set DATABASE_URL to a PostgreSQL database"
    )
    call_command("migrate", verbosity=0)
    import redis

    redis.Redis.from_url(os.environ["REDIS_URL"]).flushdb()
    Attendance.objects.filter(session__title__startswith="Bench").delete()
    LiveSession.objects.filter(title__startswith="Bench").delete()
    User = get_user_model()
    password = make_password("bench-password")
    wanted = [f"trainee{n}@bench.local" for n in range(trainees)] + [
        f"organiser{n}@bench.local" for n in range(organisers)
    ]
    existing = set(
        User.objects.filter(email__in=wanted).values_list("email", flat=True)
    )
    User.objects.bulk_create(
        [
            User(email=email, full_name=email.split("@")[0], password=password)
            for email in wanted
            if email not in existing
        ]
    )
    users = {u.email: u for u in User.objects.filter(email__in=wanted)}
    Group.objects.get(name=Role.ORGANISER.value).user_set.add(
        *[users[f"organiser{n}@bench.local"] for n in range(organisers)]
    )

    def cookie_for(user) -> str:
        store = SessionStore()
        store["_auth_user_id"] = str(user.pk)
        store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        store["_auth_user_hash"] = user.get_session_auth_hash()
        store.create()
        return store.session_key

    return {
        "trainees": [
            cookie_for(users[f"trainee{n}@bench.local"]) for n in range(trainees)
        ],
        "organisers": [
            cookie_for(users[f"organiser{n}@bench.local"]) for n in range(organisers)
        ],
        "csrf": _get_new_csrf_string(),
    }


def start_server(port: int, workers: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.asgi:application",
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
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"},
    )


async def wait_until_up(base: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        for _ in range(1200):
            try:
                if (await client.get(f"{base}/bench/floor/")).status_code in (200, 204):
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("server did not start")


def _client(base: str, concurrency: int):
    """Each check-in comes from its own phone: a new connection per request. (Kept
    alive, the connections opened at once stayed with whichever worker process
    accepted them, and a phase often measured one process.)"""
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=0)
    return httpx.AsyncClient(base_url=base, limits=limits, timeout=60)


async def _send(client, request: dict) -> int:
    """The answer's status; a connection the server closed under a kept-alive
    request is retried once (as a browser does), then counted as status 0."""
    import httpx

    for attempt in range(2):
        try:
            return (await client.request(**request)).status_code
        except httpx.TransportError:
            if attempt:
                return 0
    return 0


async def closed_loop(base: str, requests: list, concurrency: int) -> dict:
    """``concurrency`` requests in flight until all are sent."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    queue: asyncio.Queue = asyncio.Queue()
    for request in requests:
        queue.put_nowait(request)
    async with _client(base, concurrency) as client:

        async def worker():
            while not queue.empty():
                request = queue.get_nowait()()
                started = time.perf_counter()
                status = await _send(client, request)
                latencies.append(time.perf_counter() - started)
                statuses[status] = statuses.get(status, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return _figures(latencies, wall, statuses)


async def open_loop(base: str, requests: list, rate: float) -> dict:
    """Requests sent at a fixed rate whatever the answers (arrivals, not a pool)."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    async with _client(base, 256) as client:

        async def one(request):
            started = time.perf_counter()
            status = await _send(client, request())
            latencies.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1

        began = time.perf_counter()
        tasks = []
        for n, request in enumerate(requests):
            delay = began + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(request)))
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - began
    return _figures(latencies, wall, statuses)


def _figures(latencies: list[float], wall: float, statuses: dict) -> dict:
    ms = [value * 1000 for value in latencies]
    return {
        "requests": len(ms),
        "per_second": round(len(ms) / wall, 1),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "statuses": statuses,
    }


class Dashboards:
    """N organisers' WebSockets; records each check-in's delay to each of them."""

    def __init__(self):
        self.sockets, self.tasks = [], []
        self.delays: list[float] = []
        #: Of each delay, the server's part (the change to its message being sent)
        #: and the rest (the channel layer, the socket and this client).
        self.server: list[float] = []
        self.transit: list[float] = []
        self.snapshots = 0
        self.behind = 0

    async def open(self, ws_base: str, session_id: int, cookies: list[str]) -> None:
        import websockets

        async def one(cookie: str):
            socket = await websockets.connect(
                f"{ws_base}/ws/attendance/{session_id}/",
                additional_headers={
                    "Cookie": f"sessionid={cookie}",
                    "Origin": ws_base.replace("ws://", "http://"),
                },
                max_queue=None,
                open_timeout=60,
            )
            first = json.loads(await socket.recv())
            assert first["type"] == "state", first
            self.sockets.append(socket)
            self.tasks.append(asyncio.create_task(self.listen(socket)))

        for start in range(0, len(cookies), 25):
            await asyncio.gather(*(one(c) for c in cookies[start : start + 25]))

    async def listen(self, socket) -> None:
        import websockets

        try:
            async for raw in socket:
                received = time.time()
                data = json.loads(raw)
                if data["type"] == "state":
                    self.snapshots += 1
                elif data["type"] == "status" and data["behind"]:
                    self.behind += 1
                for change in data.get("changes", ()):
                    if change.get("kind") == "checkin":
                        self.delays.append(received - change["at"])
                        self.server.append(data["sent"] - change["at"])
                        self.transit.append(received - data["sent"])
        except websockets.ConnectionClosed:
            pass

    def take(self) -> tuple[list[float], list[float], list[float], int, int]:
        taken = (self.delays, self.server, self.transit, self.snapshots, self.behind)
        self.delays, self.server, self.transit = [], [], []
        self.snapshots, self.behind = 0, 0
        return taken

    async def close(self) -> None:
        for socket in self.sockets:
            await socket.close()
        for task in self.tasks:
            task.cancel()
        self.sockets, self.tasks = [], []


class DashboardProcesses:
    """The dashboards, watched from ``processes`` child processes of this script.

    In the process that sends the check-ins, parsing every dashboard's frames slowed
    the sender (the closed loop then measured this client, not the server) and added
    the sender's work to every measured delay; real dashboards are other machines.
    Each child runs ``Dashboards`` over its share of the cookies and answers
    ``take`` with what it measured since the last ``take``."""

    def __init__(self, processes: int):
        self.count = processes
        self.children: list[asyncio.subprocess.Process] = []
        self.sockets = 0

    async def open(self, ws_base: str, session_id: int, cookies: list[str]) -> None:
        shares = [cookies[n :: self.count] for n in range(self.count)]
        for share in shares:
            child = await asyncio.create_subprocess_exec(
                sys.executable,
                __file__,
                "--dashboard-client",
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                cwd=ROOT,
                limit=1 << 28,  # a take's line carries every delay measured
            )
            order = {"ws_base": ws_base, "session_id": session_id, "cookies": share}
            child.stdin.write(json.dumps(order).encode() + b"\n")
            await child.stdin.drain()
            self.children.append(child)
        for child in self.children:
            self.sockets += json.loads(await child.stdout.readline())["open"]

    async def take(self) -> tuple[list[float], list[float], list[float], int, int]:
        delays, server, transit, snapshots, behind = [], [], [], 0, 0
        for child in self.children:
            child.stdin.write(b"take\n")
            await child.stdin.drain()
            taken = json.loads(await child.stdout.readline())
            delays += taken["delays"]
            server += taken["server"]
            transit += taken["transit"]
            snapshots += taken["snapshots"]
            behind += taken["behind"]
        return delays, server, transit, snapshots, behind

    async def close(self) -> None:
        for child in self.children:
            child.stdin.write(b"close\n")
            await child.stdin.drain()
            await child.wait()
        self.children, self.sockets = [], 0


async def dashboard_client() -> None:
    """A child of ``DashboardProcesses``: one order on stdin, then commands."""
    loop = asyncio.get_running_loop()
    readline = sys.stdin.readline
    order = json.loads(await loop.run_in_executor(None, readline))
    dashboards = Dashboards()
    await dashboards.open(order["ws_base"], order["session_id"], order["cookies"])
    print(json.dumps({"open": len(dashboards.sockets)}), flush=True)
    while True:
        command = (await loop.run_in_executor(None, readline)).strip()
        if command == "take":
            delays, server, transit, snapshots, behind = dashboards.take()
            taken = {"delays": delays, "server": server, "transit": transit}
            taken |= {"snapshots": snapshots, "behind": behind}
            print(json.dumps(taken), flush=True)
        else:
            await dashboards.close()
            return


def checkin_requests(live: dict, cookies: list[str], csrf: str) -> list:
    from sessions import checkin_codes

    secrets = live["secrets"]

    def one(n: int, cookie: str):
        # The code is read when the request is sent, as a phone reads the screen.
        return lambda: {
            "method": "POST",
            "url": "/checkin/",
            "data": {
                "code": checkin_codes.current_code(secrets[n % len(secrets)]),
                "csrfmiddlewaretoken": csrf,
            },
            "headers": {"Cookie": f"sessionid={cookie}; csrftoken={csrf}"},
        }

    return [one(n, cookie) for n, cookie in enumerate(cookies)]


def delivery(
    delays: list[float],
    server: list[float],
    transit: list[float],
    expected: int,
    snapshots: int,
    behind: int,
) -> dict:
    ms = [value * 1000 for value in delays]
    server_ms = [value * 1000 for value in server]
    transit_ms = [value * 1000 for value in transit]
    return {
        "updates_expected": expected,
        "updates_received": len(ms),
        "delivered_percent": round(100 * len(ms) / expected, 2) if expected else None,
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "server_p50_ms": round(percentile(server_ms, 50), 1),
        "server_p95_ms": round(percentile(server_ms, 95), 1),
        "transit_p50_ms": round(percentile(transit_ms, 50), 1),
        "transit_p95_ms": round(percentile(transit_ms, 95), 1),
        "resync_snapshots": snapshots,
        "behind_notices": behind,
    }


async def run(args, data: dict, priors: list[int]) -> dict:
    base = f"http://127.0.0.1:{args.port}"
    ws_base = base.replace("http://", "ws://")
    results = {
        "workers": args.workers,
        "dashboards": args.dashboards,
        "dashboard_processes": args.dashboard_processes,
        "concurrency": args.concurrency,
        "checkins": args.checkins,
        "open_checkins": args.open_checkins,
        "load_average_before": load_average(),
        "phases": [],
    }
    server = start_server(args.port, args.workers)
    try:
        await wait_until_up(base)
        csrf = data["csrf"]
        floor_request = {
            "method": "POST",
            "url": "/bench/authenticated-floor/",
            "data": {"csrfmiddlewaretoken": csrf},
            "headers": {"Cookie": f"sessionid={data['trainees'][0]}; csrftoken={csrf}"},
        }
        await closed_loop(base, [lambda: floor_request] * 200, args.concurrency)
        trainees = data["trainees"]
        for prior in priors:
            live = await asyncio.to_thread(
                live_session_prepare,
                run="ci",
                prior=prior,
                title=f"Bench check-ins N={prior}",
            )
            dashboards = DashboardProcesses(args.dashboard_processes)
            await dashboards.open(ws_base, live["session_id"], data["organisers"])
            floor = await closed_loop(
                base, [lambda: floor_request] * args.checkins, args.concurrency
            )
            requests = checkin_requests(live, trainees, csrf)
            closed = await closed_loop(
                base, requests[: args.checkins], args.concurrency
            )
            await asyncio.sleep(args.drain)
            saturated = delivery(*await _expected(dashboards, closed))
            rate = args.rate or closed["per_second"] / 2
            opened = await open_loop(
                base,
                requests[args.checkins : args.checkins + args.open_checkins],
                rate,
            )
            await asyncio.sleep(args.drain)
            below = delivery(*await _expected(dashboards, opened))
            watching = dashboards.sockets
            await dashboards.close()
            results["phases"].append(
                {
                    "prior_events": prior,
                    "dashboards_open": watching,
                    "authenticated_floor": floor,
                    "checkin_closed_loop": closed,
                    "dashboards_at_saturation": saturated,
                    "open_loop_rate": round(rate, 1),
                    "checkin_open_loop": opened,
                    "dashboards_below_saturation": below,
                }
            )
            await asyncio.to_thread(session_delete, live["session_id"])
    finally:
        server.terminate()
        server.wait(timeout=30)
    results["load_average_after"] = load_average()
    return results


async def _expected(dashboards: DashboardProcesses, figures: dict):
    delays, server, transit, snapshots, behind = await dashboards.take()
    expected = figures["statuses"].get(200, 0) * dashboards.sockets
    return delays, server, transit, expected, snapshots, behind


def report(results: dict) -> None:
    print(
        f"uvicorn x{results['workers']} workers, PostgreSQL + Redis, "
        f"{results['dashboards']} dashboards (watched from "
        f"{results['dashboard_processes']} client processes); load average "
        f"{results['load_average_before']} -> {results['load_average_after']}"
    )
    for phase in results["phases"]:
        floor = phase["authenticated_floor"]
        closed = phase["checkin_closed_loop"]
        opened = phase["checkin_open_loop"]
        print(f"N={phase['prior_events']} prior events")
        for name, row in (
            ("authenticated floor", floor),
            ("check-in (closed loop)", closed),
            (f"check-in at {phase['open_loop_rate']}/s", opened),
        ):
            print(
                f"  {name:<26} {row['per_second']:7.1f} req/s   "
                f"p50 {row['p50_ms']:7.1f} ms   p95 {row['p95_ms']:7.1f} ms   "
                f"p99 {row['p99_ms']:7.1f} ms   statuses {row['statuses']}"
            )
        print(
            f"  check-ins / authenticated floor: "
            f"{closed['per_second'] / floor['per_second']:.2f}"
        )
        for name, row in (
            ("at saturation", phase["dashboards_at_saturation"]),
            ("below saturation", phase["dashboards_below_saturation"]),
        ):
            print(
                f"  check-in -> dashboard {name:<17} received "
                f"{row['updates_received']}/{row['updates_expected']} "
                f"({row['delivered_percent']}%)   p50 {row['p50_ms']:7.1f} ms   "
                f"p95 {row['p95_ms']:7.1f} ms   p99 {row['p99_ms']:7.1f} ms   "
                f"resyncs {row['resync_snapshots']}"
            )
            print(
                f"    of which server (check-in -> sent) p50 {row['server_p50_ms']:.1f}"
                f" p95 {row['server_p95_ms']:.1f} ms; sent -> received p50 "
                f"{row['transit_p50_ms']:.1f} p95 {row['transit_p95_ms']:.1f} ms"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkins", type=int, default=1000)
    parser.add_argument("--open-checkins", type=int, default=600)
    parser.add_argument("--rate", type=float, default=0, help="open-loop arrivals/s")
    parser.add_argument("--dashboards", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--port", type=int, default=8301)
    parser.add_argument("--drain", type=float, default=3.0)
    parser.add_argument(
        "--prior-events",
        default="0,100000",
        help="events already in the session before the timed run, comma-separated",
    )
    parser.add_argument(
        "--dashboard-processes",
        type=int,
        default=2,
        help="client processes the dashboards are watched from",
    )
    parser.add_argument("--json", dest="json_path", help="write the results here")
    parser.add_argument(
        "--dashboard-client", action="store_true", help=argparse.SUPPRESS
    )
    arguments = parser.parse_args()
    if arguments.dashboard_client:
        asyncio.run(dashboard_client())
        sys.exit(0)
    prior_list = [int(v) for v in arguments.prior_events.split(",") if v]
    prepared = accounts(
        arguments.checkins + arguments.open_checkins, arguments.dashboards
    )
    outcome = asyncio.run(run(arguments, prepared, prior_list))
    report(outcome)
    if arguments.json_path:
        Path(arguments.json_path).write_text(json.dumps(outcome, indent=2))
