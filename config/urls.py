from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config import views as config_views

urlpatterns = [
    path("favicon.ico", config_views.favicon, name="favicon"),
    path("", include("accounts.urls")),
    path("", include("notices.urls")),
    path("", include("sessions.attendance.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("assessments.certificates.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("quizzes/", include("assessments.urls")),
    path("sessions/", include("sessions.urls")),
    path("questions/", include("questions.urls")),
    path("sessions/", include("polls.urls")),
    path("jitsi/", include("sessions.jitsi.urls")),
    path("recordings/", include("recordings.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("courses/", include(wagtail_urls))]

handler403 = "config.errors.permission_denied"
handler500 = "config.errors.server_error"
