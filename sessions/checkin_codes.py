"""Rotating check-in codes for a session endpoint.

A code is derived from the endpoint's secret and the current time step, like a TOTP:
the screen in the district hall shows the current one (as text and as a QR code), and
a code stays valid only for its own step and the one after, so a photo sent to someone
at home stops working within a couple of minutes.
"""

import hashlib
import hmac
from datetime import datetime

from django.utils import timezone

#: No 0/O, 1/I/L: the code is typed by people reading a projected screen.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_ALPHABET_SET = frozenset(ALPHABET)
CODE_LENGTH = 6
STEP_SECONDS = 60
#: How many steps back a code is still accepted (covers reading, walking, typing).
GRACE_STEPS = 1


def _step(at: datetime) -> int:
    return int(at.timestamp()) // STEP_SECONDS


def _code_for_step(secret: str, step: int) -> str:
    digest = hmac.new(secret.encode(), str(step).encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def current_code(secret: str, at: datetime | None = None) -> str:
    return _code_for_step(secret, _step(at or timezone.now()))


def seconds_until_rotation(at: datetime | None = None) -> int:
    at = at or timezone.now()
    return STEP_SECONDS - int(at.timestamp()) % STEP_SECONDS


def normalise(code: str) -> str:
    """What people type: any case, spaces or dashes, O for 0 and I/L for 1."""
    cleaned = "".join(code.split()).replace("-", "").upper()
    return cleaned.translate(str.maketrans({"0": "O", "1": "I"}))


def code_is_current(secret: str, code: str, at: datetime | None = None) -> bool:
    """Whether ``code`` is this secret's code now or within the grace steps."""
    typed = normalise(code)
    if len(typed) != CODE_LENGTH or not set(typed) <= _ALPHABET_SET:
        return False
    now_step = _step(at or timezone.now())
    return any(
        hmac.compare_digest(typed, _code_for_step(secret, now_step - back))
        for back in range(GRACE_STEPS + 1)
    )
