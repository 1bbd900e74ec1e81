"""Verification codes: short enough to type from paper, too many to guess.

``LS-7KQ2-9XMD-R4TW``: a prefix and 12 characters of Crockford's base 32 (no I, L, O
or U), 60 bits from ``secrets``. Typed codes are normalised the Crockford way: case and
separators do not matter, O reads as 0 and I or L as 1.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "LS"
GROUPS = 3
GROUP_LENGTH = 4
#: 12 characters x 5 bits.
RANDOM_BITS = GROUPS * GROUP_LENGTH * 5
_TYPO = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH))
    groups = [chars[i : i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH)]
    return "-".join([PREFIX, *groups])


def normalise_code(typed: str) -> str | None:
    """The canonical form of a typed code, or ``None`` if it cannot be one."""
    text = "".join(ch for ch in typed.upper() if ch.isalnum())
    if text.startswith(PREFIX):
        text = text[len(PREFIX) :]
    text = text.translate(_TYPO)
    if len(text) != GROUPS * GROUP_LENGTH or any(ch not in ALPHABET for ch in text):
        return None
    groups = [text[i : i + GROUP_LENGTH] for i in range(0, len(text), GROUP_LENGTH)]
    return "-".join([PREFIX, *groups])
