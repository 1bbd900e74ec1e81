"""Category paths in files: GIFT's ``$CATEGORY:`` and Moodle XML's
``<question type="category">`` both write ``$course$/top/Parent/Child``."""

from __future__ import annotations

#: Leading parts that name Moodle's contexts and root, not categories.
_CONTEXT_PARTS = {"$course$", "$system$", "$module$", "$cat1$", "$coursecategory$"}


def category_parts(path: str) -> list[str]:
    """The category names along ``path``; Moodle writes a "/" inside a name as "//"."""
    parts = [p.replace("\0", "/").strip() for p in path.replace("//", "\0").split("/")]
    parts = [p for p in parts if p]
    while parts and (parts[0].lower() in _CONTEXT_PARTS or parts[0] == "top"):
        parts = parts[1:]
    return parts


def category_name(path: str) -> str:
    """The name of the platform's (flat) category for ``path``: the names joined."""
    return " / ".join(category_parts(path))[:200]
