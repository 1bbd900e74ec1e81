import pytest

from accounts.models import User
from polls.models import Poll
from polls.tests.factories import PollFactory, checked_in
from sessions.models import SessionEndpoint
from sessions.tests.factories import OngoingSessionEndpointFactory


@pytest.fixture
def site(db) -> SessionEndpoint:
    """A site of a session that is live now."""
    return OngoingSessionEndpointFactory()


@pytest.fixture
def poll(site) -> Poll:
    """An open single-choice poll of the session, choices "Đồng ý" / "Không đồng ý"."""
    return PollFactory(session=site.session)


@pytest.fixture
def participant(site, trainee) -> User:
    """A trainee checked in at the site."""
    checked_in(trainee, site.session, site.endpoint)
    return trainee
