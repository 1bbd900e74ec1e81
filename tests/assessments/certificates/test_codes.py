import math

from hypothesis import given
from hypothesis import strategies as st

from assessments.certificates.codes import (
    ALPHABET,
    RANDOM_BITS,
    new_code,
    normalise_code,
)


def test_code_has_the_typeable_shape():
    code = new_code()

    prefix, *groups = code.split("-")
    assert prefix == "LS"
    assert [len(g) for g in groups] == [4, 4, 4]
    assert set("".join(groups)) <= set(ALPHABET)


def test_code_carries_at_least_50_bits_of_randomness():
    characters = len(new_code().replace("-", "")) - 2

    assert characters * math.log2(len(ALPHABET)) >= 50
    assert RANDOM_BITS >= 50


def test_alphabet_has_no_ambiguous_letters():
    assert not set("ILOU") & set(ALPHABET)


def test_typed_code_is_normalised_whatever_the_case_spacing_and_o_for_zero():
    assert normalise_code(" ls 7kq2 9xmd r4tO ") == "LS-7KQ2-9XMD-R4T0"
    assert normalise_code("7KQ2-9XMD-R4TI") == "LS-7KQ2-9XMD-R4T1"


def test_malformed_code_normalises_to_none():
    assert normalise_code("LS-7KQ2") is None
    assert normalise_code("LS-7KQ2-9XMD-R4T#!") is None


@given(st.text(max_size=40))
def test_normalising_any_typed_text_gives_none_or_a_well_formed_code(typed):
    code = normalise_code(typed)

    assert code is None or normalise_code(code) == code


@given(st.integers(min_value=0, max_value=20))
def test_every_new_code_is_its_own_normal_form(_):
    code = new_code()

    assert normalise_code(code) == code
