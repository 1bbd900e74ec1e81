"""The seed's course, published through Wagtail's page API like a lecturer's work.

Makes the course catalogue the site's root page (replacing Wagtail's welcome page),
sets up the organisers' approval workflow on it, and publishes the course and its
modules with the seed's lecturer as author. Pages that already exist are left as they
are, so a lecturer's later edits survive a re-seed.
"""

import json
import re
from collections.abc import Callable
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page, Site

from accounts.seeding import seeder

from .demo_content import COURSE, MODULES
from .models import CourseIndexPage, CoursePage, ModulePage
from .services import (
    course_index_workflow_setup,
    enrolment_create,
    page_tree_root_ensure,
)

LECTURER_EMAIL = "lecturer@demo.local"
ORGANISER_EMAIL = "organiser@demo.local"
TRAINEE_EMAIL = "trainee@demo.local"
INDEX_TITLE = "Khóa học"
INDEX_SLUG = "khoa-hoc"
INDEX_INTRO = (
    "<p>Các khóa học tập huấn dành cho người phát ngôn và cán bộ cung cấp thông tin "
    "cho báo chí của các cơ quan hành chính nhà nước tỉnh Lạng Sơn và các xã, phường. "
    "Học theo tiến độ của mình, "
    "tham gia các buổi tập huấn trực tuyến tại điểm cầu, làm bài kiểm tra và nhận "
    "chứng nhận.</p>"
)
#: Reading speed used for each module's estimated reading time.
WORDS_PER_MINUTE = 150


def _words(value) -> int:
    if isinstance(value, dict):
        return sum(_words(v) for v in value.values())
    if isinstance(value, list):
        return sum(_words(v) for v in value)
    if isinstance(value, str):
        return len(re.sub(r"<[^>]+>", " ", value).split())
    return 0


def catalogue_ensure() -> CourseIndexPage:
    """The course index, as the default site's root page."""
    index = CourseIndexPage.objects.first()
    root = page_tree_root_ensure()
    if index is None:
        index = root.add_child(
            instance=CourseIndexPage(
                title=INDEX_TITLE, slug=INDEX_SLUG, intro=INDEX_INTRO
            )
        )
        index.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=index,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != index.pk:
        site.root_page = index
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()
    # Wagtail's "Welcome to your new Wagtail site!" page has no place here.
    for page in root.get_children().exclude(pk=index.pk):
        if page.specific_class is Page and page.numchild == 0:
            page.delete()
    return index


def course_ensure(*, index: CourseIndexPage, lecturer, publisher) -> CoursePage:
    course = CoursePage.objects.child_of(index).filter(slug=COURSE["slug"]).first()
    if course is not None:
        return course
    course = CoursePage(
        title=COURSE["title"],
        slug=COURSE["slug"],
        intro=COURSE["intro"],
        objectives=json.dumps(
            [{"type": "objective", "value": text} for text in COURSE["objectives"]]
        ),
        owner=lecturer,
        search_description=(
            "Năm chuyên đề: phát ngôn trong cơ quan hành chính nhà nước, trả lời "
            "phỏng vấn báo chí, xử lý khủng hoảng truyền thông, thông tin đối ngoại, "
            "tổ chức họp báo."
        ),
    )
    index.add_child(instance=course)
    course.lecturers.add(lecturer)
    course.save_revision(user=lecturer).publish(user=publisher)
    return course


def module_ensure(*, course: CoursePage, spec: dict, lecturer, publisher) -> bool:
    if ModulePage.objects.child_of(course).filter(slug=spec["slug"]).exists():
        return False
    module = ModulePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        duration_minutes=max(1, round(_words(spec["body"]) / WORDS_PER_MINUTE)),
        body=json.dumps(spec["body"]),
        legal_bases=json.dumps(spec["legal_bases"]),
        last_reviewed_on=date.fromisoformat(spec["last_reviewed"]),
        owner=lecturer,
    )
    course.add_child(instance=module)
    module.save_revision(user=lecturer).publish(user=publisher)
    return True


@seeder(order=30)
@transaction.atomic
def seed_course(log: Callable[[str], None]) -> None:
    users = get_user_model().objects
    lecturer = users.get(email=LECTURER_EMAIL)
    publisher = users.get(email=ORGANISER_EMAIL)
    index = catalogue_ensure()
    course_index_workflow_setup(index_page=index)
    course = course_ensure(index=index, lecturer=lecturer, publisher=publisher)
    created = sum(
        module_ensure(course=course, spec=spec, lecturer=lecturer, publisher=publisher)
        for spec in MODULES
    )
    # The demo trainee takes the course: home shows it with what the certificate needs.
    trainee = users.filter(email=TRAINEE_EMAIL).first()
    if trainee is not None:
        enrolment_create(user=trainee, course=course)
    log(f"Course: {course.title} ({created} modules added, {len(MODULES)} in the seed)")
