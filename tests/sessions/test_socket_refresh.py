from sessions.socket_refresh import RefreshGate


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_first_refresh_is_answered():
    assert RefreshGate(clock=Clock()).allows()


def test_a_refresh_within_the_interval_is_not_answered():
    clock = Clock()
    gate = RefreshGate(every=2.0, clock=clock)
    gate.allows()
    clock.now += 1.9

    assert not gate.allows()


def test_a_refresh_after_the_interval_is_answered_again():
    clock = Clock()
    gate = RefreshGate(every=2.0, clock=clock)
    gate.allows()
    clock.now += 1.0
    gate.allows()  # ignored: does not move the interval
    clock.now += 1.0

    assert gate.allows()
