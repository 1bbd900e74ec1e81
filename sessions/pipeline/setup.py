"""The pipeline's receiver of ``connection_events_recorded`` (wired in
attendance/setup.py)."""

from .worker import pipeline


def connection_events_recorded(sender, *, session_id, events, **kwargs) -> None:
    """New events are committed: the worker folds them (no work here)."""
    pipeline.events_recorded(session_id)
