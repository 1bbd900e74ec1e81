from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("mine/", views.my_results, name="mine"),
    path("<int:pk>/", views.quiz_detail, name="quiz"),
    path("<int:pk>/start/", views.attempt_start, name="start"),
    path("<int:pk>/results/", views.quiz_results, name="results"),
    path(
        "<int:pk>/results.<str:fmt>",
        views.quiz_results_export,
        name="results_export",
    ),
    path("attempts/<int:pk>/", views.attempt_take, name="attempt"),
    path("attempts/<int:pk>/save/", views.attempt_autosave, name="autosave"),
    path("attempts/<int:pk>/submit/", views.attempt_submit, name="submit"),
    path("attempts/<int:pk>/review/", views.attempt_review, name="review"),
    path("grading/", views.grading_queue, name="grading"),
    path("grading/<int:pk>/", views.essay_grade, name="grade"),
]
