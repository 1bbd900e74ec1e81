"""How a person or a district screen is named inside Jitsi.

A token's ``context.user.id`` is ``user:<pk>`` for a person and ``endpoint:<code>`` for
the screen in a hall. Prosody's event_sync (``occupant.id``) and JaaS webhooks
(``data.id``) echo it back, which is how an event finds its user or endpoint.
"""

import re
from dataclasses import dataclass

USER_PREFIX = "user:"
ENDPOINT_PREFIX = "endpoint:"
#: ASCII digits only: ``str.isdigit`` also accepts "²" or "٣", which ``int`` refuses.
_USER_PK = re.compile(r"[0-9]{1,18}")
#: An endpoint screen's token email (a reserved, undeliverable domain). Jitsi puts the
#: token's email in the occupant's presence, and Prosody's ``/room`` reports it, so
#: reconciliation can tell which endpoint an occupant is without its display name.
ENDPOINT_EMAIL_DOMAIN = "endpoint.invalid"


@dataclass(frozen=True)
class Identity:
    user_id: int | None = None
    endpoint_code: str | None = None


def user_identity(user_pk: int) -> str:
    return f"{USER_PREFIX}{user_pk}"


def endpoint_identity(code: str) -> str:
    return f"{ENDPOINT_PREFIX}{code}"


def endpoint_email(code: str) -> str:
    return f"{code}@{ENDPOINT_EMAIL_DOMAIN}"


def endpoint_code_from_email(email: str) -> str | None:
    """The endpoint code an endpoint token's email names, or None."""
    local, _, domain = email.strip().lower().rpartition("@")
    return local if local and domain == ENDPOINT_EMAIL_DOMAIN else None


def parse_identity(value: object) -> Identity:
    """The user or endpoint a token id names; an empty Identity for anything else."""
    if not isinstance(value, str):
        return Identity()
    if value.startswith(USER_PREFIX):
        number = value.removeprefix(USER_PREFIX)
        if _USER_PK.fullmatch(number) is None:
            return Identity()
        return Identity(user_id=int(number))
    if value.startswith(ENDPOINT_PREFIX):
        code = value.removeprefix(ENDPOINT_PREFIX)
        return Identity(endpoint_code=code) if code else Identity()
    return Identity()
