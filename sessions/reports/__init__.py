"""Attendance reports: per session, per trainee, endpoints x sessions for a course."""
