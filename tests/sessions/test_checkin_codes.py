from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sessions.checkin_codes import (
    ALPHABET,
    CODE_LENGTH,
    STEP_SECONDS,
    code_is_current,
    current_code,
    normalise,
)

SECRET = "a" * 40
NOW = datetime(2019, 10, 17, 1, 30, 5, tzinfo=UTC)


def test_a_code_is_six_unambiguous_characters():
    code = current_code(SECRET, NOW)

    assert len(code) == CODE_LENGTH
    assert set(code) <= set(ALPHABET)


def test_the_current_code_is_accepted():
    assert code_is_current(SECRET, current_code(SECRET, NOW), NOW)


def test_typing_lowercase_with_spaces_is_accepted():
    code = current_code(SECRET, NOW)

    assert code_is_current(SECRET, f" {code[:3].lower()} {code[3:]} ", NOW)


def test_the_previous_code_is_still_accepted_for_one_step():
    earlier = current_code(SECRET, NOW - timedelta(seconds=STEP_SECONDS))

    assert code_is_current(SECRET, earlier, NOW)


def test_an_old_code_is_refused():
    old = current_code(SECRET, NOW - timedelta(seconds=3 * STEP_SECONDS))

    assert not code_is_current(SECRET, old, NOW)


def test_another_endpoints_code_is_refused():
    assert not code_is_current("b" * 40, current_code(SECRET, NOW), NOW)


def test_the_code_rotates():
    later = NOW + timedelta(seconds=STEP_SECONDS)

    assert current_code(SECRET, NOW) != current_code(SECRET, later)


@given(st.text(max_size=12))
def test_arbitrary_input_never_crashes(typed):
    assert code_is_current(SECRET, typed, NOW) in (True, False)


@given(st.text(alphabet="0O1IL", min_size=1, max_size=8))
def test_normalising_never_invents_a_character_the_alphabet_lacks(typed):
    """0, O, 1, I and L are never shown: normalising must not turn one of them into
    another character outside the alphabet (it used to map 0 to O and 1 to I)."""
    invented = set(normalise(typed)) - set(typed.upper())

    assert invented <= set(ALPHABET)


@given(
    st.text(alphabet=ALPHABET, min_size=CODE_LENGTH, max_size=CODE_LENGTH),
    st.sampled_from(["{}", "{} ", " {}", "{}-", "-{}"]),
    st.booleans(),
    st.booleans(),
)
def test_what_people_type_normalises_back_to_the_code(code, wrapper, lower, wide):
    typed = code.lower() if lower else code
    if wide:  # a phone keyboard in full-width mode
        typed = "".join(chr(ord(c) + 0xFEE0) for c in typed)
    typed = wrapper.format(f"{typed[:3]} {typed[3:]}")

    assert normalise(typed) == code
