import pytest

from sessions.models import LiveSession
from sessions.tests.factories import LiveSessionFactory

SECRET = "event-sync-test-secret"
JAAS_SECRET = "whsec_0123456789abcdef0123456789abcdef"


@pytest.fixture(autouse=True)
def webhook_secrets(settings) -> None:
    settings.JITSI_WEBHOOK_SECRET = SECRET
    settings.JITSI_JAAS_WEBHOOK_SECRET = JAAS_SECRET


@pytest.fixture
def session(db) -> LiveSession:
    return LiveSessionFactory(status=LiveSession.Status.LIVE)
