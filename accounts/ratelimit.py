"""Fixed-window request counters in the cache (Redis in production): the one rate
limiter of the platform, shared by certificate verification and check-in.

(Log-in and sign-up are limited by django-allauth's own ``ACCOUNT_RATE_LIMITS``.)
"""

import time
from dataclasses import dataclass

from django.core.cache import cache


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


@dataclass(frozen=True)
class Limit:
    """At most ``limit`` counted events per ``window_seconds`` for one key."""

    scope: str
    limit: int
    window_seconds: int

    def _cache_key(self, key: str) -> str:
        bucket = int(time.time() // self.window_seconds)
        return f"ratelimit:{self.scope}:{key}:{bucket}"

    def count(self, key: str) -> int:
        """Count one event for ``key``; the number counted in this window."""
        cache_key = self._cache_key(key)
        cache.add(cache_key, 0, timeout=self.window_seconds + 5)
        try:
            return cache.incr(cache_key)
        except ValueError:
            cache.set(cache_key, 1, timeout=self.window_seconds + 5)
            return 1

    def reached(self, key: str) -> bool:
        """Whether ``key`` has used up this window, without counting anything."""
        return (cache.get(self._cache_key(key)) or 0) >= self.limit


def hit(*, scope: str, key: str, limit: int, window_seconds: int) -> bool:
    """Count one request; ``False`` once ``limit`` is exceeded within the window."""
    return Limit(scope, limit, window_seconds).count(key) <= limit
