"""Comparing names and agencies as people type them."""

import unicodedata


def spaced(value: str) -> str:
    """Case and spacing do not matter (agencies: diacritics do)."""
    return unicodedata.normalize("NFC", " ".join(str(value).split())).casefold()


def folded(value: str) -> str:
    """Case, spacing and Vietnamese diacritics do not matter: "Hoàng Văn Thụ",
    "hoang  van thu" and "HOÀNG VĂN THỤ" are one name. "đ" has no combining mark in
    Unicode, so it is mapped by hand."""
    value = spaced(value).replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
