"""A limiter whose counters cannot be reached lets the request through: the
platform degrades, it never answers 500 because Redis is down."""

import pytest

from accounts import ratelimit


class UnreachableCache:
    def _down(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379")

    add = incr = set = get = get_many = _down


@pytest.fixture
def cache_down(monkeypatch):
    monkeypatch.setattr(ratelimit, "cache", UnreachableCache())


def test_counting_with_the_cache_down_counts_nothing_and_does_not_raise(cache_down):
    limit = ratelimit.Limit("checkin-user", limit=3, window_seconds=60)

    assert limit.count("user:1") == 0
    assert limit.reached("user:1") is False


def test_hit_lets_the_request_through_with_the_cache_down(cache_down):
    assert ratelimit.hit(scope="verify", key="10.0.0.1", limit=1, window_seconds=60)


def test_any_reached_lets_the_request_through_with_the_cache_down(cache_down):
    limit = ratelimit.Limit("checkin-user", limit=1, window_seconds=60)

    assert ratelimit.any_reached([(limit, "user:1")]) is False


@pytest.mark.django_db
def test_any_reached_is_true_once_one_of_the_limits_is_used_up():
    per_user = ratelimit.Limit("t-user", limit=2, window_seconds=60)
    per_address = ratelimit.Limit("t-address", limit=5, window_seconds=60)
    per_user.count("7")
    per_user.count("7")

    assert ratelimit.any_reached([(per_user, "7"), (per_address, "10.0.0.1")])
    assert not ratelimit.any_reached([(per_user, "8"), (per_address, "10.0.0.1")])
