from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import panels
from .course_report import endpoint_report_filter
from .models import Endpoint, LiveSession
from .permissions import EndpointPermissionPolicy, LiveSessionPermissionPolicy
from .viewsets import EndpointViewSet, LiveSessionViewSet

register_permission_policy(Endpoint, EndpointPermissionPolicy())
register_permission_policy(LiveSession, LiveSessionPermissionPolicy())


@hooks.register("register_admin_viewset")
def register_endpoint_viewset():
    return EndpointViewSet("endpoints")


@hooks.register("register_admin_viewset")
def register_live_session_viewset():
    return LiveSessionViewSet("live_sessions")


hooks.register("dashboard_panels", panels.upcoming_sessions_panel)
hooks.register("dashboard_panels", panels.video_status_panel)
hooks.register("course_page_panels", panels.course_sessions_panel)
hooks.register("course_report_filters", endpoint_report_filter)
