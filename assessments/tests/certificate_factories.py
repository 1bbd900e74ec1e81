"""Factories for certificates: courses as Wagtail pages, rules, certificates."""

import factory

from accounts.tests.factories import UserFactory
from assessments.models import Certificate, CertificateTemplate, CertificationRule
from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.services import page_tree_root_ensure


def course_index() -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        index = page_tree_root_ensure().add_child(
            instance=CourseIndexPage(title="Khoá học", slug="khoa-hoc")
        )
    return index


_counter = iter(range(1, 10**6))


def make_course(title: str = "Kỹ năng phát ngôn và cung cấp thông tin cho báo chí"):
    n = next(_counter)
    return course_index().add_child(
        instance=CoursePage(title=title, slug=f"khoa-hoc-{n}")
    )


def make_module(course: CoursePage, title: str = "Kỹ năng trả lời phỏng vấn"):
    n = next(_counter)
    return course.add_child(instance=ModulePage(title=title, slug=f"chuyen-de-{n}"))


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificateTemplate

    name = factory.Sequence(lambda n: f"Mẫu Sở KH&CN Lạng Sơn {n}")
    parent_body = "UBND TỈNH LẠNG SƠN"
    issuing_body = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    place = "Lạng Sơn"
    signatory_title = "GIÁM ĐỐC"
    signatory_name = "Hoàng Văn Bình"


class CertificationRuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificationRule
        skip_postgeneration_save = True

    course = factory.LazyFunction(make_course)
    template = factory.SubFactory(CertificateTemplateFactory)

    @factory.post_generation
    def required_quiz_ids(self, create, extracted, **kwargs):
        """Quizzes of the rule's course with exactly these ids (tests name quizzes by
        id, as the stand-in selectors do)."""
        if not (create and extracted):
            return
        from assessments.models import Quiz
        from assessments.tests.factories import QuizFactory

        for quiz_id in extracted:
            quiz = Quiz.objects.filter(pk=quiz_id).first() or QuizFactory(
                id=quiz_id, course=self.course
            )
            self.required_quizzes.add(quiz)


class CertificateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Certificate

    user = factory.SubFactory(UserFactory)
    course = factory.LazyFunction(make_course)
    method = Certificate.Method.RULE
    full_name = factory.LazyAttribute(lambda o: o.user.full_name)
    agency = factory.LazyAttribute(lambda o: o.user.agency)
    position = factory.LazyAttribute(lambda o: o.user.position)
    course_title = factory.LazyAttribute(lambda o: o.course.title)
    basis = factory.LazyFunction(
        lambda: {"sessions_attended": 3, "minutes_present": 270, "sessions": []}
    )
