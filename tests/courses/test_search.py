import pytest

from courses.tests.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_a_published_module_by_its_lesson_text(
    client_for, catalogue, course
):
    ModulePageFactory(parent=course, title="Xử lý khủng hoảng truyền thông")

    page = client_for(None).get(catalogue.url + "search/", {"q": "khủng hoảng"})

    assert "Xử lý khủng hoảng truyền thông" in page.content.decode()


def test_search_leaves_out_draft_modules(client_for, catalogue, course):
    draft = ModulePageFactory(parent=course, title="Bản nháp khủng hoảng")
    draft.unpublish()

    page = client_for(None).get(catalogue.url + "search/", {"q": "khủng hoảng"})

    assert "Bản nháp khủng hoảng" not in page.content.decode()


def test_an_empty_search_shows_only_the_form(client_for, catalogue):
    response = client_for(None).get(catalogue.url + "search/")

    assert response.status_code == 200
    assert response.context["results"] is None
