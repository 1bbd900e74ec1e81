"""Pages made in the CMS get ASCII slugs, like the seed's (issue 14, group 8)."""

import html
import json
import re

import pytest
from django.conf import settings

from courses.models import ModulePage
from courses.slugs import ascii_slug

pytestmark = pytest.mark.django_db


def test_unicode_slugs_are_off():
    assert settings.WAGTAIL_ALLOW_UNICODE_SLUGS is False


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Chuyên đề mới", "chuyen-de-moi"),
        ("Đối ngoại địa phương", "doi-ngoai-dia-phuong"),
        ("Kỹ năng phát ngôn", "ky-nang-phat-ngon"),
    ],
)
def test_vietnamese_titles_make_ascii_slugs(title, slug):
    assert ascii_slug(title) == slug


def test_a_module_saved_without_a_slug_gets_an_ascii_one(course):
    module = course.add_child(instance=ModulePage(title="Chuyên đề: xử lý khủng hoảng"))

    assert module.slug == "chuyen-de-xu-ly-khung-hoang"


def test_a_second_page_with_the_same_title_gets_a_numbered_slug(course):
    course.add_child(instance=ModulePage(title="Chuyên đề mới"))

    second = course.add_child(instance=ModulePage(title="Chuyên đề mới"))

    assert second.slug == "chuyen-de-moi-2"


def test_the_editors_slug_field_slugifies_to_ascii_and_writes_d(
    client_for, organiser, course
):
    page = client_for(organiser).get(f"/cms/pages/add/courses/modulepage/{course.pk}/")

    slug_input = re.search(
        r'<input[^>]*name="slug"[^>]*>', page.content.decode()
    ).group(0)
    # A false value is left out; the editor's slug controller then keeps to ASCII.
    assert "data-w-slug-allow-unicode-value" not in slug_input
    formatters = re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input)
    pairs = json.loads(html.unescape(formatters.group(1)))
    assert [["đ", "gu"], "d"] in pairs
