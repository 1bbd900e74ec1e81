"""Logging filters that keep the console readable (the demo, the dev server)."""

import logging

from django.core.exceptions import PermissionDenied


class OmitPermissionDeniedTraceback(logging.Filter):
    """A 403 is an answer, not a fault: log its one line, not a 40-line traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc_info = record.exc_info
        if exc_info and isinstance(exc_info[1], PermissionDenied):
            record.exc_info = None
            record.exc_text = None
        return True
