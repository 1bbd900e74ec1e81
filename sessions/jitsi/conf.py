"""Which Jitsi this platform talks to, read once from settings.

``JITSI_DOMAIN`` empty means video is not configured: the room page says so and
everything else keeps working.
"""

from dataclasses import dataclass

from django.conf import settings

SELF_HOSTED = "self-hosted"
JAAS = "jaas"
#: JaaS serves every tenant from one domain.
JAAS_DOMAIN = "8x8.vc"


@dataclass(frozen=True)
class JitsiSettings:
    domain: str
    flavour: str
    app_id: str
    app_secret: str
    kid: str
    private_key: str
    xmpp_domain: str
    audience: str
    token_ttl_seconds: int

    @property
    def is_configured(self) -> bool:
        if not self.domain:
            return False
        if self.flavour == JAAS:
            return bool(self.kid and self.private_key)
        return bool(self.app_id and self.app_secret)

    @property
    def is_jaas(self) -> bool:
        return self.flavour == JAAS

    @property
    def jaas_app_id(self) -> str:
        """The AppID is the part of the key id before the slash."""
        return self.kid.split("/", 1)[0]

    def iframe_room_name(self, room_name: str) -> str:
        return f"{self.jaas_app_id}/{room_name}" if self.is_jaas else room_name

    def external_api_url(self) -> str:
        if self.is_jaas:
            return f"https://{self.domain}/{self.jaas_app_id}/external_api.js"
        return f"https://{self.domain}/external_api.js"


def jitsi_settings() -> JitsiSettings:
    return JitsiSettings(
        domain=settings.JITSI_DOMAIN,
        flavour=settings.JITSI_FLAVOUR,
        app_id=settings.JITSI_APP_ID,
        app_secret=settings.JITSI_APP_SECRET,
        kid=settings.JITSI_KID,
        private_key=settings.JITSI_PRIVATE_KEY.replace("\\n", "\n"),
        xmpp_domain=settings.JITSI_XMPP_DOMAIN,
        audience=settings.JITSI_TOKEN_AUDIENCE or settings.JITSI_APP_ID,
        token_ttl_seconds=settings.JITSI_TOKEN_TTL_SECONDS,
    )
