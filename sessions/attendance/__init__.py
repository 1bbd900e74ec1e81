"""Attendance across sites: check-in, rosters, the status policy, finalisation."""
