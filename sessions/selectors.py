"""Reads other apps may use. Attendance selectors live in sessions/attendance/."""

from sessions.attendance.selectors import (
    AttendanceRecord,
    attendance_records_for,
    sessions_of_course,
)

__all__ = ["AttendanceRecord", "attendance_records_for", "sessions_of_course"]
