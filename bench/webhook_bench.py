"""Webhook cost as the session grows: event_sync join/leave events over HTTP against
a real ASGI server (uvicorn, started here) on PostgreSQL, beside the same server's
floor (a Django view that returns 204) and the machine's ceiling (a bare ASGI 204).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tp_bench \\
    REDIS_URL=redis://127.0.0.1:6379/9 \\
        uv run python bench/webhook_bench.py --events 6000 --prior-events 0,100000 \\
        --json webhook.json

For each ``--prior-events`` N (default 0 and 100,000, in one run on one server) a
live session is created with its 12 endpoints and 2,000 accounts and N events already
stored (bench/live_session.py); the timed events name those endpoints and accounts,
so every derived step runs (the presence summary and the dashboard row, in the
pipeline's worker). Prints events per second and p50/p99 latency, checks that every
event sent was stored exactly once, and how long after the last answer the pipeline
had folded every event.

On a small shared machine the same phase can run 30% faster or slower from one minute
to the next, so ``--rounds`` R repeats the Django floor and every N's phases R times,
interleaved (floor, N=0, N=100,000, floor, ...; each round's events happen after the
previous round's), and prints each figure's median over the rounds; each round's
ratio to the floor is taken against the floor measured in the same round.
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

from bench.live_session import (  # noqa: E402
    live_session_prepare,
    pending_count,
    session_delete,
)


def django_setup():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def stored_count(session_id: int) -> int:
    from sessions.models import ConnectionEvent

    return ConnectionEvent.objects.filter(session_id=session_id).count()


def event_bodies(live: dict, count: int, start: int, tag: str) -> list:
    """Joins and leaves of count/2 occupants in the order they happen, as Prosody
    sends them: one joins each second from ``start`` and leaves 15 minutes later;
    20% are the rooms' screens (their endpoint identity), 80% people on their own
    devices (their account identity)."""
    stamped = []
    codes, people = live["codes"], live["people"]
    for index in range(count // 2):
        jid = f"{tag}-{index:06d}@meet.jitsi/r{index}"
        joined_at = start + index
        identity = (
            f"endpoint:{codes[index % len(codes)]}"
            if index % 5 == 0
            else f"user:{people[index % len(people)]}"
        )
        occupant = {
            "occupant_jid": jid,
            "joined_at": joined_at,
            "id": identity,
            "name": f"Người tham dự {index}",
            "email": "",
        }
        for path, at, extra in (
            ("occupant/joined", joined_at, {}),
            ("occupant/left", joined_at + 901, {"left_at": joined_at + 901}),
        ):
            payload = {
                "event_name": "muc-" + path.replace("/", "-"),
                "room_name": live["room"],
                "room_jid": f"{live['room']}@muc.meet.jitsi",
                "is_breakout": False,
                "active_occupants_count": 3,
                "occupant": {**occupant, **extra},
            }
            body = json.dumps(payload).encode()
            stamped.append((at, len(stamped), f"/jitsi/events/{path}", body))
    return [(path, body) for _at, _n, path, body in sorted(stamped)]


class Connection:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams.

    httpx costs more CPU per request than the server under test; on a 2-core machine
    the client would be the bottleneck. Reconnects (like Prosody, which retries a
    request that got no status) when the server closes an idle connection.
    """

    #: A kept-alive connection stays with the worker process that accepted it: with
    #: 16 connections opened at once, one process often got most of them and the
    #: phase measured one process (the same phase ran at 370 or 760 requests/s).
    #: Reconnecting now and then spreads every phase over the workers alike.
    REQUESTS_PER_CONNECTION = 25

    def __init__(self, host: str, port: int, headers: dict):
        self.host, self.port = host, port
        self.head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader = self.writer = None
        self.sent = 0

    async def post(self, path: str, body: bytes) -> int:
        self.sent += 1
        if self.sent % self.REQUESTS_PER_CONNECTION == 0:
            await self.close()
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


def figures(name: str, result) -> dict:
    rate, latencies, failures = result
    return {
        "name": name,
        "requests": len(latencies),
        "per_second": round(rate, 1),
        "p50_ms": round(quantile(latencies, 50), 1),
        "p99_ms": round(quantile(latencies, 99), 1),
        "failures": failures,
    }


def median_figures(measured: list[dict], name: str) -> dict:
    """Each figure's median over the rounds."""
    return {
        "name": name,
        "requests": sum(m["requests"] for m in measured),
        **{
            key: round(statistics.median(m[key] for m in measured), 1)
            for key in ("per_second", "p50_ms", "p99_ms")
        },
        "failures": {
            status: sum(m["failures"].get(status, 0) for m in measured)
            for status in {s for m in measured for s in m["failures"]}
        },
    }


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


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def wait_folded(session_id: int, timeout: float = 120) -> float | None:
    """Seconds until the pipeline had folded every event of the session."""
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        if not pending_count(session_id):
            return time.perf_counter() - began
        time.sleep(0.05)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=6000)
    parser.add_argument(
        "--prior-events",
        default="0,100000",
        help="events already in the session before the timed run, comma-separated",
    )
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8201)
    parser.add_argument("--warmup", type=int, default=3000)
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved repetitions (medians)"
    )
    parser.add_argument("--json", dest="json_path", help="write the results here")
    args = parser.parse_args()
    priors = [int(value) for value in args.prior_events.split(",") if value]

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    django_setup()
    from django.conf import settings

    prepared = [
        live_session_prepare(run="wh", prior=n, title=f"Webhook bench N={n}")
        for n in priors
    ]
    warm = live_session_prepare(run="wh", prior=0, title="Webhook bench warm-up")
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
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Prosody (bench)",
        "Authorization": f"Bearer {settings.JITSI_WEBHOOK_SECRET}",
    }
    results = {
        "workers": args.workers,
        "concurrency": args.concurrency,
        "events": args.events,
        "load_average_before": load_average(),
        "phases": [],
    }
    try:
        wait_until_up(base, server)
        asyncio.run(
            run_phase(
                base,
                event_bodies(warm, args.warmup, int(time.time()), "warm"),
                8,
                headers,
            )
        )
        floor = asyncio.run(
            run_phase(
                base,
                [("/bench/floor/", b"{}")] * args.events,
                args.concurrency,
                headers,
            )
        )
        bare = asyncio.run(
            run_phase(
                base,
                [("/bench/asgi-floor/", b"{}")] * args.events,
                args.concurrency,
                headers,
            )
        )
        results["floors"] = [figures("ASGI floor (no Django)", bare)]
        rounds: list[dict] = []
        start = int(time.time()) + 60
        for round_number in range(args.rounds):
            floor = asyncio.run(
                run_phase(
                    base,
                    [("/bench/floor/", b"{}")] * args.events,
                    args.concurrency,
                    headers,
                )
            )
            measured = {"floor": figures("Django floor (bare 204)", floor)}
            for prior, live in zip(priors, prepared, strict=True):
                # After the prior history (which ends about now): events arrive live,
                # each round's after the last round's.
                requests = event_bodies(
                    live, args.events, start, f"n{prior}r{round_number}"
                )
                webhook = asyncio.run(
                    run_phase(base, requests, args.concurrency, headers)
                )
                folded_after = wait_folded(live["session_id"])
                replay = asyncio.run(
                    run_phase(
                        base, requests[: len(requests) // 4], args.concurrency, headers
                    )
                )
                measured[prior] = {
                    "webhook": figures(f"webhook, N={prior}", webhook),
                    "replays": figures(f"replays, N={prior}", replay),
                    "folded_seconds_after_last_answer": (
                        None if folded_after is None else round(folded_after, 2)
                    ),
                }
            start += args.events // 2 + 901 + 60
            rounds.append(measured)
        results["rounds"] = rounds
        results["floors"].append(
            median_figures([r["floor"] for r in rounds], "Django floor (bare 204)")
        )
        for prior, live in zip(priors, prepared, strict=True):
            folded = [r[prior]["folded_seconds_after_last_answer"] for r in rounds]
            results["phases"].append(
                {
                    "prior_events": prior,
                    "webhook": median_figures(
                        [r[prior]["webhook"] for r in rounds], f"webhook, N={prior}"
                    ),
                    "replays": median_figures(
                        [r[prior]["replays"] for r in rounds], f"replays, N={prior}"
                    ),
                    "floor_ratio": round(
                        statistics.median(
                            r[prior]["webhook"]["per_second"] / r["floor"]["per_second"]
                            for r in rounds
                        ),
                        2,
                    ),
                    "sent": args.events * args.rounds,
                    "stored": stored_count(live["session_id"]) - prior,
                    "folded_seconds_after_last_answer": (
                        None if None in folded else max(folded)
                    ),
                }
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    results["load_average_after"] = load_average()
    for live in [*prepared, warm]:
        session_delete(live["session_id"])

    print(
        f"uvicorn x{args.workers} workers, PostgreSQL, {args.concurrency} concurrent "
        f"clients, {args.events} events per phase, median of {args.rounds} "
        f"interleaved round(s); load average "
        f"{results['load_average_before']} -> {results['load_average_after']}"
    )
    rows = results["floors"] + [
        item
        for phase in results["phases"]
        for item in (phase["webhook"], phase["replays"])
    ]
    for row in rows:
        print(
            f"{row['name']:26} {row['per_second']:8.0f} req/s   "
            f"p50 {row['p50_ms']:6.1f} ms   p99 {row['p99_ms']:6.1f} ms   "
            f"failures {row['failures'] or 0}"
        )
    ok = True
    for phase in results["phases"]:
        good = phase["sent"] == phase["stored"]
        ok &= good
        print(
            f"N={phase['prior_events']}: events sent {phase['sent']}, stored "
            f"{phase['stored']}: {'OK' if good else 'MISMATCH'}; all folded "
            f"{phase['folded_seconds_after_last_answer']} s after the last answer "
            f"(at most); {phase['floor_ratio']:.2f}x the Django floor"
        )
    if len(results["phases"]) >= 2:
        first, last = results["phases"][0], results["phases"][-1]
        ratio = last["webhook"]["p99_ms"] / first["webhook"]["p99_ms"]
        results["p99_ratio"] = round(ratio, 2)
        print(
            f"p99 at N={last['prior_events']} / p99 at N={first['prior_events']}: "
            f"{ratio:.2f}"
        )
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(results, indent=2))
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
