"""Wagtail's own page checks for every page type of the catalogue."""

from datetime import date

from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.services import course_index_workflow_setup
from courses.tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
)


def edit_data(page) -> dict:
    """What the admin form posts, StreamFields included (they are built by JS)."""
    common = {"title": page.title, "slug": page.slug}
    if isinstance(page, CourseIndexPage):
        return nested_form_data({**common, "intro": rich_text("<p>Giới thiệu</p>")})
    if isinstance(page, CoursePage):
        return nested_form_data(
            {
                **common,
                "intro": rich_text("<p>Giới thiệu</p>"),
                "certificate_note": rich_text(""),
                "objectives": streamfield([("objective", "Nắm vững Luật Báo chí")]),
            }
        )
    return nested_form_data(
        {
            **common,
            "summary": "Tóm tắt",
            "legal_bases": streamfield(
                [
                    (
                        "legal_basis",
                        {
                            "title": "Luật Báo chí",
                            "number": "126/2025/QH15",
                            "issued_on": "2025-12-10",
                            "effective_from": "2026-07-01",
                            "effective_until": "",
                            "note": "",
                        },
                    )
                ]
            ),
            "last_reviewed_on": "2026-11-30",
            "body": streamfield(
                [
                    ("heading", {"text": "Mở đầu", "level": "h2"}),
                    ("key_message", {"title": "Ghi nhớ", "text": "Nói đúng."}),
                    (
                        "case_study",
                        {
                            "title": "Tình huống",
                            "situation": rich_text("<p>Bối cảnh</p>"),
                            "what_happened": rich_text("<p>Diễn biến</p>"),
                            "lessons": rich_text("<p>Bài học</p>"),
                        },
                    ),
                ]
            ),
        }
    )


class CoursePagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = CourseIndexPageFactory(parent=Page.get_first_root_node())
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": cls.index},
        )
        course_index_workflow_setup(index_page=cls.index)
        cls.lecturer = UserFactory(role=Role.LECTURER)
        cls.course = CoursePageFactory(parent=cls.index)
        cls.course.lecturers.add(cls.lecturer)
        cls.course.save_revision().publish()
        cls.module = ModulePageFactory(parent=cls.course)
        cls.admin = UserFactory(is_superuser=True, is_staff=True)

    def test_course_index_is_creatable_only_at_the_root(self):
        self.assertCanCreateAt(Page, CourseIndexPage)
        self.assertCanNotCreateAt(CourseIndexPage, CourseIndexPage)
        self.assertCanNotCreateAt(CoursePage, CourseIndexPage)

    def test_course_is_creatable_only_under_a_course_index(self):
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanNotCreateAt(Page, CoursePage)
        self.assertCanNotCreateAt(ModulePage, CoursePage)
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})

    def test_module_is_creatable_only_under_a_course(self):
        self.assertCanCreateAt(CoursePage, ModulePage)
        self.assertCanNotCreateAt(CourseIndexPage, ModulePage)
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})

    def test_subpage_rules(self):
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, {})

    def route(self, page, extra: str = ""):
        # Wagtail's assertPageIsRoutable routes the full URL, but ours carry the
        # "/courses/" prefix config/urls.py mounts Wagtail under; route from the
        # site root as Wagtail's serve view does.
        relative = page.url_path[len(self.index.url_path) :] + extra
        components = [part for part in relative.split("/") if part]
        return self.index.specific.route(self.dummy_request, components)

    def test_every_page_type_is_routable(self):
        for page in (self.index, self.course, self.module):
            self.assertEqual(self.route(page)[0], page)
        self.assertEqual(self.route(self.index, "search/")[0], self.index)
        self.assertEqual(self.route(self.course, "enrol/")[0], self.course)
        self.assertEqual(self.route(self.module, "complete/")[0], self.module)

    def test_page_urls_are_under_the_courses_prefix(self):
        self.assertEqual(self.index.url, "/courses/")
        self.assertEqual(self.course.url, f"/courses/{self.course.slug}/")

    def test_every_page_type_is_renderable(self):
        for page in (self.index, self.course, self.module):
            self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(self.index, "search/", query_data={"q": "phát"})

    def test_every_page_type_is_editable(self):
        for page in (self.index, self.course, self.module):
            self.assertPageIsEditable(page, edit_data(page), user=self.admin)

    def test_every_page_type_is_previewable(self):
        for page in (self.index, self.course, self.module):
            self.assertPageIsPreviewable(
                page, post_data=edit_data(page), user=self.admin
            )

    def test_a_lecturer_can_edit_their_module(self):
        self.assertPageIsEditable(
            self.module, edit_data(self.module), user=self.lecturer
        )

    def test_a_lecturers_edit_stores_the_legal_bases_and_review_date(self):
        self.client.force_login(self.lecturer)
        url = reverse("wagtailadmin_pages:edit", args=[self.module.pk])

        response = self.client.post(url, edit_data(self.module))

        assert response.status_code == 302, response.context["form"].errors
        module = ModulePage.objects.get(pk=self.module.pk)
        revision = module.get_latest_revision_as_object()
        (basis,) = revision.legal_bases
        assert basis.value["number"] == "126/2025/QH15"
        assert basis.value["effective_from"] == date(2026, 7, 1)
        assert revision.last_reviewed_on == date(2026, 11, 30)

    def test_a_course_can_be_created_through_the_admin_form(self):
        self.client.force_login(self.admin)
        self.assertCanCreate(
            self.index,
            CoursePage,
            nested_form_data(
                {
                    "title": "Khóa mới",
                    "slug": "khoa-moi",
                    "intro": rich_text("<p>Giới thiệu</p>"),
                    "certificate_note": rich_text(""),
                    "objectives": streamfield([]),
                }
            ),
        )


class PreviewBeforeFirstSaveTests(WagtailPageTestCase):
    """A lecturer can preview a module (or course) they have not saved yet."""

    @classmethod
    def setUpTestData(cls):
        cls.index = CourseIndexPageFactory(parent=Page.get_first_root_node())
        cls.course = CoursePageFactory(parent=cls.index)
        cls.admin = UserFactory(is_superuser=True, is_staff=True)

    def preview_new(self, parent, model: str, page) -> None:
        self.client.force_login(self.admin)
        url = reverse(
            "wagtailadmin_pages:preview_on_add", args=["courses", model, parent.pk]
        )
        response = self.client.post(url, edit_data(page))
        self.assertJSONEqual(
            response.content.decode(), {"is_valid": True, "is_available": True}
        )
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_a_new_module_can_be_previewed(self):
        self.preview_new(self.course, "modulepage", ModulePage(title="Mới", slug="moi"))

    def test_a_new_course_can_be_previewed(self):
        self.preview_new(self.index, "coursepage", CoursePage(title="Mới", slug="moi"))
