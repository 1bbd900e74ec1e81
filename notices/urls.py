from django.urls import path

from . import views

urlpatterns = [
    path(
        "profile/notices/",
        views.NoticePreferenceView.as_view(),
        name="notice_preferences",
    ),
]
