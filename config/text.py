"""Text rules shared by the apps."""

import unicodedata


def without_diacritics(value: str) -> str:
    """Vietnamese without its marks: "Hoàng Văn Thụ" -> "Hoang Van Thu". "đ" has no
    combining mark in Unicode, so it is mapped by hand (after casefolding: "Đ"
    folds to "đ")."""
    value = value.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
