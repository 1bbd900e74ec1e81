from django.urls import path

from . import views

app_name = "recordings"

urlpatterns = [
    path("<int:pk>/", views.recording_open, name="open"),
    path("<int:pk>/delete/", views.recording_delete, name="delete"),
    path("session/<int:session_id>/add/", views.recording_add, name="add"),
    path("session/<int:session_id>/start/", views.recorder_start, name="start"),
    path("session/<int:session_id>/stop/", views.recorder_stop, name="stop"),
]
