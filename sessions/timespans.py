"""How a session's time span reads: in Vietnam time, with the date of each end that
needs one. A session from 22:00 to 01:00 spans two dates; writing only the end's date
("22:00–01:00, 01/12") would put its start on the wrong day."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils.dateformat import format as date_format

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def time_span(starts_at: datetime, ends_at: datetime) -> str:
    """``"H:i–H:i, d/m/Y"`` within a day; both dates when the span crosses midnight."""
    starts = starts_at.astimezone(VIETNAM)
    ends = ends_at.astimezone(VIETNAM)
    if starts.date() == ends.date():
        return f"{date_format(starts, 'H:i')}–{date_format(ends, 'H:i, d/m/Y')}"
    return f"{date_format(starts, 'H:i, d/m/Y')} – {date_format(ends, 'H:i, d/m/Y')}"
