import pytest

from sessions.models import SessionEndpoint
from sessions.tests.factories import EndpointFactory, OngoingSessionEndpointFactory


@pytest.fixture
def link(coordinator) -> SessionEndpoint:
    """The coordinator's endpoint in a session happening now."""
    return OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator], code="cao-loc")
    )


@pytest.fixture
def other_link(link) -> SessionEndpoint:
    """Another endpoint of the same session, coordinated by someone else."""
    return OngoingSessionEndpointFactory(
        session=link.session, endpoint=EndpointFactory(code="loc-binh")
    )
