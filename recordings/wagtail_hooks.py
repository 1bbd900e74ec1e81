from wagtail import hooks

from accounts.panels import COURSE_PAGE, SESSION_PAGE

from . import panels

hooks.register(SESSION_PAGE, panels.session_recordings_panel)
hooks.register(COURSE_PAGE, panels.course_recordings_panel)
