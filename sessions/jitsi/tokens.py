"""Room tokens for Jitsi, minted per viewer with PyJWT.

Self-hosted Prosody (``token`` auth): HS256 with the app secret, ``iss`` = app id,
``sub`` = the XMPP domain. 8x8 JaaS: RS256 with the key id in the header, ``aud`` =
"jitsi", ``iss`` = "chat", ``sub`` = the AppID. Both are scoped to one room and short
lived; ``context.user.moderator`` is true only for the session's presenter and
Organisers (mod_token_affiliation reads it; see platform/deploy/README.md).
"""

from dataclasses import dataclass
from datetime import datetime

import jwt
from django.utils import timezone

from .conf import JitsiSettings, jitsi_settings

#: Tolerated clock difference between this server and Prosody, in seconds.
CLOCK_SKEW_SECONDS = 30


@dataclass(frozen=True)
class TokenSubject:
    """Who joins: ``identity`` is ``user:<pk>`` or ``endpoint:<code>``."""

    identity: str
    name: str
    email: str = ""
    avatar: str = ""
    moderator: bool = False


def token_claims(
    *,
    room_name: str,
    subject: TokenSubject,
    config: JitsiSettings,
    now: datetime | None = None,
) -> dict:
    issued = int((now or timezone.now()).timestamp())
    user = {
        "id": subject.identity,
        "name": subject.name,
        "email": subject.email,
        "avatar": subject.avatar,
    }
    if config.is_jaas:
        user["moderator"] = "true" if subject.moderator else "false"
        return {
            "aud": "jitsi",
            "iss": "chat",
            "sub": config.jaas_app_id,
            "room": room_name,
            "iat": issued,
            "nbf": issued - CLOCK_SKEW_SECONDS,
            "exp": issued + config.token_ttl_seconds,
            "context": {"user": user, "features": {}},
        }
    user["moderator"] = subject.moderator
    return {
        "aud": config.audience,
        "iss": config.app_id,
        "sub": config.xmpp_domain,
        "room": room_name,
        "iat": issued,
        "nbf": issued - CLOCK_SKEW_SECONDS,
        "exp": issued + config.token_ttl_seconds,
        "context": {"user": user},
    }


def token_mint(
    *,
    room_name: str,
    subject: TokenSubject,
    config: JitsiSettings | None = None,
    now: datetime | None = None,
) -> str:
    """A signed room token (PyJWT puts ``typ: JWT`` in the header, as Prosody wants)."""
    config = config or jitsi_settings()
    claims = token_claims(room_name=room_name, subject=subject, config=config, now=now)
    if config.is_jaas:
        return jwt.encode(
            claims, config.private_key, algorithm="RS256", headers={"kid": config.kid}
        )
    return jwt.encode(claims, config.app_secret, algorithm="HS256")
