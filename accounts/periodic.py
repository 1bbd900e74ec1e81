"""The platform's periodic work: one registry that every app adds its jobs to.

``manage.py periodic`` runs every registered job once; a systemd timer (or cron) runs
it every minute. Each job is independent: one that fails is logged and the others
still run, so a Jitsi outage does not stop scheduled publishing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    run: Callable[[], object]
    order: int = 100


@dataclass(frozen=True)
class JobOutcome:
    name: str
    ok: bool
    result: object
    seconds: float


_jobs: dict[str, PeriodicJob] = {}


def register(name: str, run: Callable[[], object], *, order: int = 100) -> None:
    """Add (or replace, by name) a job; apps call this from ``AppConfig.ready``."""
    _jobs[name] = PeriodicJob(name=name, run=run, order=order)


def registered_jobs() -> list[PeriodicJob]:
    return sorted(_jobs.values(), key=lambda job: (job.order, job.name))


def periodic_run(only: set[str] | None = None) -> list[JobOutcome]:
    """Run every registered job (or those named in ``only``) once, in order."""
    outcomes = []
    for job in registered_jobs():
        if only and job.name not in only:
            continue
        started = time.monotonic()
        try:
            result = job.run()
        except Exception as error:  # one failing job must not stop the others
            logger.exception("periodic job %s failed", job.name)
            outcomes.append(
                JobOutcome(job.name, False, error, time.monotonic() - started)
            )
        else:
            outcomes.append(
                JobOutcome(job.name, True, result, time.monotonic() - started)
            )
    return outcomes
