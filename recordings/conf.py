"""Self-hosted recording through Jibri, read once from settings.

Jibri joins the room as a hidden recorder, so startService needs the meeting's
address and the recorder's XMPP login (docker-jitsi-meet: XMPP_RECORDER_DOMAIN,
JIBRI_RECORDER_USER, JIBRI_RECORDER_PASSWORD).
"""

from dataclasses import dataclass

from django.conf import settings

from sessions.jitsi.conf import jitsi_settings


@dataclass(frozen=True)
class RecorderSettings:
    jibri_url: str
    domain: str
    is_jaas: bool
    login_domain: str
    login_user: str
    login_password: str

    @property
    def is_configured(self) -> bool:
        return bool(
            not self.is_jaas
            and self.jibri_url
            and self.domain
            and self.login_domain
            and self.login_user
            and self.login_password
        )

    @property
    def base_url(self) -> str:
        return f"https://{self.domain}"

    @property
    def login(self) -> dict:
        return {
            "domain": self.login_domain,
            "username": self.login_user,
            "password": self.login_password,
        }


def recorder_settings() -> RecorderSettings:
    config = jitsi_settings()
    return RecorderSettings(
        jibri_url=settings.JITSI_JIBRI_URL,
        domain=config.domain,
        is_jaas=config.is_jaas,
        login_domain=settings.JITSI_JIBRI_RECORDER_DOMAIN,
        login_user=settings.JITSI_JIBRI_RECORDER_USER,
        login_password=settings.JITSI_JIBRI_RECORDER_PASSWORD,
    )
