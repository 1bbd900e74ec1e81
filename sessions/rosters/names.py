"""Comparing names and agencies as people type them."""

import unicodedata

from config.text import without_diacritics


def spaced(value: str) -> str:
    """Case and spacing do not matter (agencies: diacritics do)."""
    return unicodedata.normalize("NFC", " ".join(str(value).split())).casefold()


def folded(value: str) -> str:
    """Case, spacing and Vietnamese diacritics do not matter: "Hoàng Văn Thụ",
    "hoang  van thu" and "HOÀNG VĂN THỤ" are one name."""
    return without_diacritics(spaced(value))
