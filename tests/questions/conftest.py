from dataclasses import dataclass

import pytest

from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import Attendance, LiveSession, SessionEndpoint
from sessions.tests.factories import EndpointFactory, OngoingSessionEndpointFactory


@dataclass
class Room:
    """A live session with one district site, someone checked in there, a remote
    trainee, the site's coordinator and the presenter."""

    session: LiveSession
    site: SessionEndpoint
    trainee: User
    neighbour: User
    remote: User
    coordinator: User
    presenter: User


def check_in(session: LiveSession, endpoint=None) -> User:
    user = UserFactory(role=Role.TRAINEE)
    Attendance.objects.create(
        session=session, user=user, endpoint=endpoint, recorded_via="checkin"
    )
    return user


@pytest.fixture
def room(db) -> Room:
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    presenter = UserFactory(role=Role.LECTURER)
    site = OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(name="Huyện Cao Lộc", coordinators=[coordinator]),
        session__presenter=presenter,
    )
    return Room(
        session=site.session,
        site=site,
        trainee=check_in(site.session, site.endpoint),
        neighbour=check_in(site.session, site.endpoint),
        remote=check_in(site.session),
        coordinator=coordinator,
        presenter=presenter,
    )
