"""Fixed-window request counters in the cache (Redis in production): the one rate
limiter of the platform, shared by certificate verification and check-in.

(Log-in and sign-up are limited by django-allauth's own ``ACCOUNT_RATE_LIMITS``.)
"""

import logging
import time
from dataclasses import dataclass

from django.core.cache import cache

logger = logging.getLogger(__name__)


class _CacheDown(Exception):
    pass


def _guarded(call):
    """Run a cache call; a cache that is down (Redis unreachable) raises
    ``_CacheDown`` so the limiter can fail open: a request is never refused or
    answered 500 because its counter cannot be reached."""
    try:
        return call()
    except ValueError:
        raise
    except Exception as error:  # the backend's own connection/timeout errors
        logger.warning("rate limit counters unavailable: %r", error)
        raise _CacheDown from error


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
        """Count one event for ``key``; the number counted in this window (0 when
        the counters cannot be reached)."""
        cache_key = self._cache_key(key)
        timeout = self.window_seconds + 5
        try:
            _guarded(lambda: cache.add(cache_key, 0, timeout=timeout))
            try:
                return _guarded(lambda: cache.incr(cache_key))
            except ValueError:
                _guarded(lambda: cache.set(cache_key, 1, timeout=timeout))
                return 1
        except _CacheDown:
            return 0

    def reached(self, key: str) -> bool:
        """Whether ``key`` has used up this window, without counting anything."""
        try:
            counted = _guarded(lambda: cache.get(self._cache_key(key)))
        except _CacheDown:
            return False
        return (counted or 0) >= self.limit


def any_reached(limits: list[tuple[Limit, str]]) -> bool:
    """Whether any (limit, key) has used up its window: one trip to the cache."""
    keys = {limit._cache_key(key): limit for limit, key in limits}
    try:
        counted = _guarded(lambda: cache.get_many(list(keys)))
    except _CacheDown:
        return False
    return any(
        (counted.get(cache_key) or 0) >= limit.limit
        for cache_key, limit in keys.items()
    )


def hit(*, scope: str, key: str, limit: int, window_seconds: int) -> bool:
    """Count one request; ``False`` once ``limit`` is exceeded within the window."""
    return Limit(scope, limit, window_seconds).count(key) <= limit
