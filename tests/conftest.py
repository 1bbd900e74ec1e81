from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client

from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.jitsi.services import lookups_forget


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path: Path) -> Path:
    """Uploads and generated files go to a temporary folder, never to media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private_media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters and cached values never leak from one test to the next."""
    cache.clear()
    lookups_forget()
    yield
    cache.clear()
    lookups_forget()


@pytest.fixture
def trainee(db) -> User:
    return UserFactory(role=Role.TRAINEE)


@pytest.fixture
def lecturer(db) -> User:
    return UserFactory(role=Role.LECTURER)


@pytest.fixture
def organiser(db) -> User:
    return UserFactory(role=Role.ORGANISER)


@pytest.fixture
def coordinator(db) -> User:
    return UserFactory(role=Role.SITE_COORDINATOR)


@pytest.fixture
def client_for():
    """A test client logged in as the given user (or anonymous for ``None``)."""

    def make(user: User | None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make
