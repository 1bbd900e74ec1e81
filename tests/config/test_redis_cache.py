import asyncio
import os

import pytest
from asgiref.sync import sync_to_async
from django.core.cache import caches

from config import redis_cache as redis_cache_module

REDIS = {
    "BACKEND": "config.redis_cache.SharedPoolRedisCache",
    "LOCATION": "redis://127.0.0.1:6379/15",
    "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
}


@pytest.fixture
def redis_cache(settings, monkeypatch):
    """A cache alias with a client no other test used (CI caches on db 15 too)."""
    monkeypatch.setattr(redis_cache_module, "_clients", {})
    settings.CACHES = {**settings.CACHES, "shared": REDIS}
    yield
    caches._settings = caches.settings = caches.configure_settings(None)


def _client_in_a_new_context():
    return caches["shared"]._cache


def test_backends_made_in_different_request_contexts_share_one_client(redis_cache):
    async def requests():
        return await asyncio.gather(
            *(sync_to_async(_client_in_a_new_context)() for _ in range(5))
        )

    clients = asyncio.run(requests())

    assert len({id(client) for client in clients}) == 1


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs Redis")
def test_many_requests_open_one_connection_to_redis(redis_cache):
    async def requests():
        def get():
            return caches["shared"].get("absent-key")

        for _ in range(20):
            await sync_to_async(get, thread_sensitive=False)()

    asyncio.run(requests())

    pool = caches["shared"]._cache._get_connection_pool(write=False)
    assert len(pool._available_connections) + len(pool._in_use_connections) == 1
