"""Mounted under ``sessions/`` (config/urls.py): a session's polls."""

from django.urls import path

from . import views

app_name = "polls"

urlpatterns = [
    path("<int:pk>/polls/", views.session_polls, name="session"),
    path("<int:pk>/polls/manage/", views.polls_manage, name="manage"),
    path("<int:pk>/polls/export/", views.polls_export, name="export"),
    path("<int:pk>/polls/<int:poll_id>/answer/", views.poll_answer, name="answer"),
]
