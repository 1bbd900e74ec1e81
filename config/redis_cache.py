"""Django's Redis cache with one connection pool per process.

Django makes a cache backend per thread, and under ASGI per request (its handler
keeps backends in a context-local), and ``RedisCacheClient`` keeps its connection
pool on the backend instance: every request therefore opened a new TCP connection
to Redis and said HELLO before its first GET. Measured on the Jitsi webhook, that
was 40% of the request's time. redis-py's pools are thread-safe and reset
themselves in a forked child, so one client per (servers, options) serves the whole
process.
"""

import threading

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

_clients: dict[tuple, RedisCacheClient] = {}
_lock = threading.Lock()


class SharedPoolRedisCache(RedisCache):
    @property
    def _cache(self) -> RedisCacheClient:
        key = (tuple(self._servers), repr(sorted(self._options.items())))
        client = _clients.get(key)
        if client is None:
            with _lock:
                client = _clients.get(key)
                if client is None:
                    client = _clients[key] = self._class(self._servers, **self._options)
        return client
