from django.urls import path

from . import views

app_name = "questions"

urlpatterns = [
    path("sessions/<int:session_id>/ask/", views.question_ask, name="ask"),
    path(
        "sessions/<int:session_id>/settings/",
        views.question_settings,
        name="settings",
    ),
    path("sessions/<int:session_id>/export/", views.question_export, name="export"),
    path("<int:pk>/vote/", views.question_vote, name="vote"),
    path("<int:pk>/moderate/", views.question_moderate, name="moderate"),
]
