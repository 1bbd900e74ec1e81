import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.models import Site

from courses.models import CourseIndexPage, CoursePage, ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db) -> CoursePage:
    call_command("seed_demo", verbosity=0)
    return CoursePage.objects.get()


def test_the_seed_publishes_the_course_with_four_modules(seeded):
    modules = list(seeded.modules())

    assert seeded.live
    assert len(modules) == 4
    assert all(module.owner.email == "lecturer@demo.local" for module in modules)
    assert [u.full_name for u in seeded.lecturers.all()] == ["Nguyễn Ngọc Oanh"]


def test_each_seeded_module_is_real_teaching_content(seeded):
    for module in seeded.modules():
        kinds = {block.block_type for block in module.body}
        text = strip_tags(" ".join(str(block.render()) for block in module.body))
        words = len(text.split())
        assert {"case_study", "exercise", "key_message"} <= kinds
        assert words >= 600, module.title


def test_the_catalogue_is_the_sites_root(seeded):
    site = Site.objects.get(is_default_site=True)

    assert isinstance(site.root_page.specific, CourseIndexPage)
    assert site.root_page.get_children().count() == 1


def test_seeding_again_changes_nothing(seeded):
    call_command("seed_demo", verbosity=0)

    assert CoursePage.objects.count() == 1
    assert ModulePage.objects.count() == 4
    assert CourseIndexPage.objects.count() == 1


def test_the_seeded_course_index_has_the_approval_workflow(seeded):
    index = CourseIndexPage.objects.get()

    assert index.get_workflow().name == "Ban tổ chức phê duyệt"
    assert seeded.get_workflow().workflow_tasks.count() == 1
