"""A fixed-window request counter in the cache (Redis in production), per client."""

import time

from django.core.cache import cache


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def hit(*, scope: str, key: str, limit: int, window_seconds: int) -> bool:
    """Count one request; ``False`` once ``limit`` is exceeded within the window."""
    bucket = int(time.time() // window_seconds)
    cache_key = f"ratelimit:{scope}:{key}:{bucket}"
    cache.add(cache_key, 0, timeout=window_seconds + 5)
    try:
        count = cache.incr(cache_key)
    except ValueError:
        cache.set(cache_key, 1, timeout=window_seconds + 5)
        count = 1
    return count <= limit
