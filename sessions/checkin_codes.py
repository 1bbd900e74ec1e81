"""Rotating check-in codes for a session endpoint.

A code is derived from the endpoint's secret and the current time step, like a TOTP:
the screen in the district hall shows the current one (as text and as a QR code), and
a code stays valid only for its own step and the one after, so a photo sent to someone
at home stops working within a couple of minutes.

A step's code never changes, so each is computed once per process and remembered:
looking a typed code up among every open endpoint's codes costs dictionary lookups,
not thousands of HMACs per guess.
"""

import hashlib
import hmac
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache

from django.utils import timezone

#: No 0/O, 1/I/L: the code is typed by people reading a projected screen.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_ALPHABET_SET = frozenset(ALPHABET)
CODE_LENGTH = 6
STEP_SECONDS = 60
#: How many steps back a code is still accepted (covers reading, walking, typing).
GRACE_STEPS = 1
#: What people type that is never on the screen: spaces, dashes, dots.
_SEPARATORS = str.maketrans("", "", " \t\r\n-_.·–—")


def step_of(at: datetime) -> int:
    return int(at.timestamp()) // STEP_SECONDS


@lru_cache(maxsize=16384)
def _code_for_step(secret: str, step: int) -> str:
    digest = hmac.new(secret.encode(), str(step).encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def current_code(secret: str, at: datetime | None = None) -> str:
    return _code_for_step(secret, step_of(at or timezone.now()))


def codes_for_steps(secret: str, steps: Iterable[int]) -> list[str]:
    """The codes this secret showed at each of ``steps``."""
    return [_code_for_step(secret, step) for step in steps]


def seconds_until_rotation(at: datetime | None = None) -> int:
    at = at or timezone.now()
    return STEP_SECONDS - int(at.timestamp()) % STEP_SECONDS


def normalise(code: str) -> str:
    """What people type, as the screen shows it: any case, full-width characters
    from a phone keyboard, spaces or dashes. Nothing is mapped onto a character the
    alphabet does not have (0, O, 1, I and L never appear on the screen)."""
    return unicodedata.normalize("NFKC", code).translate(_SEPARATORS).upper()


def is_well_formed(typed: str) -> bool:
    """Whether a normalised code could be a code at all (length and alphabet)."""
    return len(typed) == CODE_LENGTH and set(typed) <= _ALPHABET_SET


def code_is_current(secret: str, code: str, at: datetime | None = None) -> bool:
    """Whether ``code`` is this secret's code now or within the grace steps."""
    typed = normalise(code)
    if not is_well_formed(typed):
        return False
    now_step = step_of(at or timezone.now())
    return any(
        hmac.compare_digest(typed, known)
        for known in codes_for_steps(
            secret, range(now_step - GRACE_STEPS, now_step + 1)
        )
    )
