"""What every interchange module shares: errors, and text that knows its format."""

from __future__ import annotations

from assessments.text_formats import TextFormat


class InterchangeError(Exception):
    """A malformed file: nothing is imported; ``where`` names the line or element."""

    def __init__(self, message: str, *, where: str):
        super().__init__(f"{where}: {message}")
        self.message = message
        self.where = where


class NotExportable(Exception):
    """This question cannot be written in this format (reason in the message)."""


class Text(str):
    """A piece of text read from a file, with the format the file gave it.

    Codecs put these in model fields; ``codecs.base.settle_formats`` then gives the
    question one format for all its texts before anything is saved.
    """

    fmt: str

    def __new__(cls, value: str, fmt: str = TextFormat.PLAIN):
        text = super().__new__(cls, value)
        text.fmt = fmt
        return text
