"""Domain events of assessments, for the parts that react to them (certificates)."""

from django.dispatch import Signal

#: Sent (after commit) when an attempt's result became final (all questions graded).
#: Arguments: ``attempt`` (Attempt).
attempt_finalised = Signal()

#: Sent (after commit) when a counted result of a final attempt changed: a regrade, a
#: lecturer's new grade, the attempt reopened. Arguments: ``attempt`` (Attempt), and
#: optionally ``by`` (the user who made the change) and ``reason`` (str).
attempt_result_changed = Signal()

#: Sent (after commit) when a lecturer graded (or graded again) a manually graded
#: answer. Arguments: ``item`` (AttemptQuestion).
essay_graded = Signal()
