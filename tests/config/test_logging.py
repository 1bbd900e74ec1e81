"""The console shows each request once, and a 403 as one line, not a traceback.

Each check runs Django in a child process with the development settings, so that the
real logging configuration (not the test suite's) writes to a real stderr.
"""

import os
import subprocess
import sys
import textwrap

from django.conf import settings

SETUP = """
import logging
import django
django.setup()
from django.core.exceptions import PermissionDenied
"""


def dev_server_stderr(code: str) -> str:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": "sqlite://:memory:",
    }
    env.pop("LOG_LEVEL", None)
    result = subprocess.run(
        [sys.executable, "-c", SETUP + textwrap.dedent(code)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stderr


def test_a_request_line_is_printed_once():
    err = dev_server_stderr("""
        logging.getLogger("django.channels.server").info("HTTP GET /courses/ 200")
        logging.getLogger("django.server").info('"GET /courses/ HTTP/1.1" 200')
        logging.getLogger("django.request").warning("Not Found: /nowhere/")
    """)

    assert err.count("HTTP GET /courses/ 200") == 1
    assert err.count('"GET /courses/ HTTP/1.1" 200') == 1
    assert err.count("Not Found: /nowhere/") == 1


def test_a_permission_denied_is_one_line_without_traceback():
    err = dev_server_stderr("""
        try:
            raise PermissionDenied
        except PermissionDenied as exc:
            logging.getLogger("django.request").warning(
                "Forbidden (Permission denied): %s", "/sessions/1/presence/",
                exc_info=exc,
            )
    """)

    assert "Forbidden (Permission denied): /sessions/1/presence/" in err
    assert "Traceback" not in err


def test_other_errors_keep_their_traceback():
    err = dev_server_stderr("""
        try:
            raise ValueError("a real fault")
        except ValueError as exc:
            logging.getLogger("django.request").error("Server Error", exc_info=exc)
    """)

    assert "Traceback" in err
    assert "ValueError: a real fault" in err
