"""The periodic repair: fold the events a worker left pending (its process died, or
it was never told), and tell the dashboards what changed."""

from .worker import _outgoing, _send_from_sync, flush_compute


def presence_pending_repair() -> int:
    """Run by ``manage.py periodic``; returns the number of events folded."""
    total = 0
    while True:
        batches, folded = flush_compute({}, wait=True)
        if not folded:
            return total
        total += folded
        _send_from_sync(_outgoing(batches))
