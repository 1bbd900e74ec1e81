"""Domain events of assessments, for the parts that react to them (certificates)."""

from django.dispatch import Signal

#: Sent (after commit) when an attempt's result became final (all questions graded).
#: Arguments: ``attempt`` (Attempt).
attempt_finalised = Signal()

#: Sent (after commit) when the score or pass of an attempt whose result was already
#: final changed (a regrade, a lecturer's new grade). Arguments: ``attempt``.
attempt_result_changed = Signal()
