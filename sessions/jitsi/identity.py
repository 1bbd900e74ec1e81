"""How a person or a district screen is named inside Jitsi.

A token's ``context.user.id`` is ``user:<pk>`` for a person and ``endpoint:<code>`` for
the screen in a hall. Prosody's event_sync (``occupant.id``) and JaaS webhooks
(``data.id``) echo it back, which is how an event finds its user or endpoint.
"""

from dataclasses import dataclass

USER_PREFIX = "user:"
ENDPOINT_PREFIX = "endpoint:"


@dataclass(frozen=True)
class Identity:
    user_id: int | None = None
    endpoint_code: str | None = None


def user_identity(user_pk: int) -> str:
    return f"{USER_PREFIX}{user_pk}"


def endpoint_identity(code: str) -> str:
    return f"{ENDPOINT_PREFIX}{code}"


def parse_identity(value: object) -> Identity:
    """The user or endpoint a token id names; an empty Identity for anything else."""
    if not isinstance(value, str):
        return Identity()
    if value.startswith(USER_PREFIX):
        number = value.removeprefix(USER_PREFIX)
        # ASCII digits only ("²".isdigit() is true) and no more than a bigint holds.
        if number.isascii() and number.isdigit() and len(number) <= 18:
            return Identity(user_id=int(number))
        return Identity()
    if value.startswith(ENDPOINT_PREFIX):
        code = value.removeprefix(ENDPOINT_PREFIX)
        return Identity(endpoint_code=code) if code else Identity()
    return Identity()
