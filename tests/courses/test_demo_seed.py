import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.models import Site

from courses import currency
from courses.models import CourseIndexPage, CoursePage, ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db) -> CoursePage:
    call_command("seed_demo", verbosity=0)
    return CoursePage.objects.get()


def test_the_seed_publishes_the_course_with_five_modules(seeded):
    modules = list(seeded.modules())

    assert seeded.live
    assert len(modules) == 5
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
    assert ModulePage.objects.count() == 5
    assert CourseIndexPage.objects.count() == 1


def test_the_seeded_course_index_has_the_approval_workflow(seeded):
    index = CourseIndexPage.objects.get()

    assert index.get_workflow().name == "Ban tổ chức phê duyệt"
    assert seeded.get_workflow().workflow_tasks.count() == 1


def test_every_seeded_module_names_its_legal_bases_and_review_date(seeded):
    for module in seeded.modules():
        bases = currency.legal_bases_of(module)
        assert bases, module.title
        assert all(b.number and b.issued_on for b in bases), module.title
        assert module.last_reviewed_on is not None, module.title
        assert module.last_reviewed_on <= currency.local_today(), module.title


def test_no_seeded_module_cites_a_text_whose_period_in_force_has_ended(seeded):
    for module in seeded.modules():
        assert currency.lapsed_legal_bases(module) == [], module.title


def test_a_seeded_legal_basis_without_a_confirmed_start_says_what_to_check(seeded):
    for module in seeded.modules():
        for basis in currency.legal_bases_of(module):
            assert basis.effective_from or basis.note, (module.title, basis.number)


def test_the_module_page_shows_its_legal_bases_and_review_date(seeded, client):
    module = seeded.modules().first()

    page = client.get(module.url).content.decode()

    assert 'id="legal-bases"' in page
    assert "126/2025/QH15" in page and "01/07/2026" in page
    assert module.last_reviewed_on.strftime("%d/%m/%Y") in page
