from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("certificates/", views.course_list, name="courses"),
    path("certificates/<int:pk>/pdf/", views.download, name="download"),
    path("certificates/<int:pk>/", views.manage, name="manage"),
    path(
        "certificates/course/<int:course_id>/",
        views.course_certificates,
        name="course",
    ),
    path("certificates/course/<int:course_id>/issue/", views.issue, name="issue"),
    path(
        "certificates/course/<int:course_id>/zip/",
        views.archive_request,
        name="archive_request",
    ),
    path("certificates/zip/<int:pk>/", views.archive_status, name="archive"),
    path(
        "certificates/zip/<int:pk>/download/",
        views.archive_download,
        name="archive_download",
    ),
]
