"""Submit 1,000 attempts of a 20-question quiz over HTTP to a real ASGI server.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tp_quizzes \\
        uv run python bench/quiz_submit_bench.py [--n 1000] [--concurrency 32]

Starts uvicorn (``--workers``, default 2) with ``bench.settings`` on PostgreSQL,
prepares N trainees each with a started attempt (sessions made directly, so login is
not measured), then POSTs every attempt's full answer form to the submit view as fast
as the server takes them. Before that, the same number of GETs to a bare view give
the floor of this server on this machine in the same run. Prints requests per second
and p50/p99 latency for both, and checks every attempt was graded exactly once.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import string
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

import django  # noqa: E402
import httpx  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from accounts.models import User  # noqa: E402
from assessments import services  # noqa: E402
from assessments.models import (  # noqa: E402
    Attempt,
    Choice,
    MultipleChoiceQuestion,
    QuestionCategory,
    Quiz,
    QuizSlot,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from assessments.selectors import attempt_items  # noqa: E402

PREFIX = "bench-quiz"


def prepare(n: int) -> list[tuple[str, int, dict]]:
    """N trainees, each with an open attempt; returns (session key, attempt, form)."""
    from wagtail.models import Page

    from courses.models import CourseIndexPage, CoursePage

    cleanup()
    root = Page.get_first_root_node()
    index = root.add_child(
        instance=CourseIndexPage(title=PREFIX, slug=f"{PREFIX}-index")
    )
    course = index.add_child(instance=CoursePage(title=PREFIX, slug=PREFIX))
    category = QuestionCategory.objects.create(course=course, name=PREFIX)
    quiz = Quiz.objects.create(
        course=course,
        title=PREFIX,
        is_published=True,
        attempts_allowed=0,
        shuffle_questions=False,
        shuffle_choices=False,
    )
    kinds = [
        SingleChoiceQuestion,
        MultipleChoiceQuestion,
        TrueFalseQuestion,
        ShortAnswerQuestion,
    ]
    for i in range(20):
        kind = kinds[i % 4]
        extra = {"correct_answer": True} if kind is TrueFalseQuestion else {}
        question = kind.objects.create(
            category=category, text=f"Câu {i}", points=Decimal(1), **extra
        )
        if kind is not TrueFalseQuestion:
            Choice.objects.bulk_create(
                Choice(
                    question=question,
                    text=f"Lựa chọn {j}",
                    fraction=Decimal(1 if j == 0 else 0),
                    position=j,
                )
                for j in range(4)
            )
        QuizSlot.objects.create(quiz=quiz, sort_order=i, question=question)
    users = User.objects.bulk_create(
        User(email=f"{PREFIX}-{i}@example.vn", full_name=f"Học viên {i}", password="!")
        for i in range(n)
    )
    jobs = []
    for user in users:
        attempt = services.attempt_start(quiz=quiz, user=user)
        form = {}
        for view in attempt_items(attempt=attempt):
            right = [c.token for c in view.choices if c.fraction > 0]
            prefix = view.item.prefix
            form[prefix] = {
                "single_choice": right[0] if right else "",
                "multiple_choice": right,
                "true_false": "true",
                "short_answer": "Lựa chọn 0",
            }[view.question.kind]
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        jobs.append((session.session_key, attempt.pk, form))
    return jobs


def cleanup() -> None:
    from wagtail.models import Page

    Attempt.objects.filter(quiz__title=PREFIX).delete()
    Quiz.objects.filter(title=PREFIX).delete()
    from assessments.models import Question

    for question in Question.objects.filter(category__name=PREFIX):
        question.delete()
    QuestionCategory.objects.filter(name=PREFIX).delete()
    User.objects.filter(email__startswith=f"{PREFIX}-").delete()
    for page in Page.objects.filter(slug=f"{PREFIX}-index"):
        page.delete()


async def run(requests, concurrency: int) -> tuple[float, list[float], list[int]]:
    latencies: list[float] = []
    statuses: list[int] = []
    queue: asyncio.Queue = asyncio.Queue()
    for r in requests:
        queue.put_nowait(r)
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:

        async def worker():
            while not queue.empty():
                method, url, kwargs = queue.get_nowait()
                started = time.perf_counter()
                response = await client.request(method, url, **kwargs)
                latencies.append(time.perf_counter() - started)
                statuses.append(response.status_code)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return elapsed, latencies, statuses


def report(name: str, elapsed: float, latencies: list[float]) -> str:
    latencies = sorted(latencies)
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    return (
        f"{name:<22} {len(latencies) / elapsed:8.1f} req/s   "
        f"p50 {statistics.median(latencies) * 1000:7.1f} ms   p99 {p99 * 1000:7.1f} ms"
    )


def wait_until_up(base: str) -> None:
    for _ in range(200):
        try:
            httpx.get(f"{base}/bench/floor/", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("The server did not start.")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8401)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    call_command("migrate", verbosity=0)
    print(f"Preparing {args.n} trainees with open attempts of a 20-question quiz…")
    jobs = prepare(args.n)
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "config.asgi:application",
            "--port",
            str(args.port),
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"},
    )
    try:
        wait_until_up(base)
        bare = [("GET", f"{base}/bench/floor/", {}) for _ in range(args.n)]
        asyncio.run(run(bare[:100], args.concurrency))  # warm-up
        floor_elapsed, floor_lat, floor_status = asyncio.run(
            run(bare, args.concurrency)
        )
        alphabet = string.ascii_letters + string.digits
        token = "".join(secrets.choice(alphabet) for _ in range(32))
        submits = []
        for session_key, attempt_id, form in jobs:
            cookies = {
                settings.SESSION_COOKIE_NAME: session_key,
                settings.CSRF_COOKIE_NAME: token,
            }
            data = {"csrfmiddlewaretoken": token, **form}
            submits.append(
                (
                    "POST",
                    f"{base}/quizzes/attempts/{attempt_id}/submit/",
                    {
                        "data": data,
                        "headers": {
                            "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())
                        },
                    },
                )
            )
        elapsed, latencies, statuses = asyncio.run(run(submits, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=20)
    graded = Attempt.objects.filter(
        quiz__title=PREFIX, state=Attempt.State.SUBMITTED, score=Decimal("20")
    ).count()
    print(
        f"PostgreSQL, uvicorn x{args.workers} workers, concurrency {args.concurrency},"
        f" {os.cpu_count()} CPUs (shared machine: figures vary between runs)"
    )
    print(report("bare view (floor)", floor_elapsed, floor_lat))
    print(report("submit 20 questions", elapsed, latencies))
    bad = [s for s in statuses if s != 302] + [s for s in floor_status if s != 204]
    print(
        f"submitted and fully right: {graded}/{len(jobs)}; unexpected statuses: "
        f"{len(bad)}"
    )
    cleanup()


if __name__ == "__main__":
    main()
