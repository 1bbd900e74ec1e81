import pytest
from wagtail.models import Page, Site

from accounts.models import User
from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.services import course_index_workflow_setup
from courses.tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
)


@pytest.fixture
def catalogue(db) -> CourseIndexPage:
    """A course index as the default site's root, with the approval workflow."""
    index = CourseIndexPageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": index},
    )
    course_index_workflow_setup(index_page=index)
    return index


@pytest.fixture
def course(catalogue: CourseIndexPage, lecturer: User) -> CoursePage:
    page = CoursePageFactory(parent=catalogue, owner=lecturer)
    page.lecturers.add(lecturer)
    page.save_revision().publish()
    return page


@pytest.fixture
def module(course: CoursePage) -> ModulePage:
    return ModulePageFactory(parent=course)
