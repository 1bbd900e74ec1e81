"""How many wrong check-in codes one account and one address may type.

Only wrong guesses count (unknown or expired codes): forty people checking in from
one hall's Wi-Fi share an address, and a right code must never be slowed. Once a key
has used its window, every check-in attempt from it is refused with HTTP 429 until
the window passes, whatever the code.
"""

from django.conf import settings

from accounts.ratelimit import Limit, any_reached, client_ip

#: Refusals that are guesses (a right code refused for another reason is not).
GUESS_REFUSALS = frozenset({"unknown", "expired"})


def _limits() -> list[tuple[Limit, str]]:
    per_user = getattr(settings, "CHECKIN_GUESSES_PER_USER", (10, 60))
    per_address = getattr(settings, "CHECKIN_GUESSES_PER_ADDRESS", (60, 60))
    return [
        (Limit("checkin-user", *per_user), "user"),
        (Limit("checkin-address", *per_address), "address"),
    ]


def _key(request, kind: str) -> str:
    return str(request.user.pk) if kind == "user" else client_ip(request)


def guessing_blocked(request) -> bool:
    """Whether this person or this address has typed too many wrong codes lately."""
    return any_reached([(limit, _key(request, kind)) for limit, kind in _limits()])


def wrong_guess_count(request) -> None:
    """Count one wrong code against this person and this address."""
    for limit, kind in _limits():
        limit.count(_key(request, kind))


def retry_after_seconds() -> int:
    return max(limit.window_seconds for limit, _kind in _limits())
