from django.urls import path

from . import live_views, views

app_name = "sessions"

urlpatterns = [
    path("<int:pk>/", views.session_detail, name="detail"),
    path("<int:pk>/live/", live_views.live_page, name="live"),
    path("<int:pk>/room/", views.room_personal, name="room"),
    path("<int:pk>/room/<slug:code>/", views.room_endpoint, name="room_endpoint"),
    path(
        "<int:pk>/room/<slug:code>/checkin-code/",
        views.checkin_code,
        name="checkin_code",
    ),
    path("<int:pk>/presence/", views.presence_report, name="presence"),
    path("<int:pk>/calendar.ics", views.session_calendar, name="calendar"),
    path("<int:pk>/cancel/", views.session_cancel, name="cancel"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
