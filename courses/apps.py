from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts import navigation

        #: Wagtail serves the catalogue (the site's root page) under /courses/.
        catalogue = "/courses/"
        description = _("Read the published courses and their modules.")
        navigation.register(
            navigation.NavItem(
                key="courses",
                label=_("Courses"),
                description=description,
                url_name=catalogue,
                order=20,
            ),
            navigation.NavItem(
                key="courses-public",
                label=_("Courses"),
                description=description,
                url_name=catalogue,
                anonymous=True,
                order=20,
            ),
        )
