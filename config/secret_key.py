"""Whether a secret key is fit for production.

Production settings refuse to start with an unfit key and ``manage.py check --deploy``
reports one as an error (accounts/checks.py), so the placeholder of
``platform/deploy/env.example`` or a hand-typed phrase never signs sessions, password
reset links or check-in codes.
"""

from __future__ import annotations

import re

MIN_LENGTH = 50
#: A random key of 50+ characters has dozens of distinct characters; a repeated
#: pattern or a short alphabet has few.
MIN_DISTINCT_CHARACTERS = 16
#: Words a placeholder or a hand-made key contains and a random one practically never
#: does (compared lower-case, without separators).
PLACEHOLDER_MARKERS = (
    "changeme",
    "replaceme",
    "placeholder",
    "example",
    "insecure",
    "notsecret",
    "secretkey",
    "yoursecret",
    "random",
    "password",
    "tokenurlsafe",
)


def secret_key_problem(key: str) -> str | None:
    """Why ``key`` must not be used in production, or ``None`` if it may."""
    if len(key) < MIN_LENGTH:
        return f"it is shorter than {MIN_LENGTH} characters"
    if key.startswith("django-insecure"):
        return "it is Django's development key"
    if len(set(key)) < MIN_DISTINCT_CHARACTERS:
        return f"it has fewer than {MIN_DISTINCT_CHARACTERS} distinct characters"
    letters = re.sub(r"[^a-z0-9]", "", key.lower())
    for marker in PLACEHOLDER_MARKERS:
        if marker in letters:
            return f"it contains the placeholder word {marker!r}"
    return None


REFUSAL = (
    "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters "
    "(for example: python3 -c 'import secrets; print(secrets.token_urlsafe(64))')"
)
