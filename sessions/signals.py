"""Domain events of live sessions, for the parts that react to them (the live dashboard,
certificates). Receivers stay thin: they call a service."""

from django.dispatch import Signal

#: Sent (after commit) when new connection events were stored for a session.
#: Arguments: ``session_id`` (int), ``events`` (list of ConnectionEvent).
connection_events_recorded = Signal()

#: Sent (after commit) when a session's attendance became final (or final again).
#: Arguments: ``session`` (LiveSession).
attendance_finalised = Signal()

#: Sent (after commit) when attendance that certificates read changed by hand or was
#: reopened. Arguments: ``session`` (LiveSession), ``user_ids`` (the people whose rows
#: changed, or ``None`` for everyone in the session), ``by`` (user), ``reason`` (str).
attendance_changed = Signal()
