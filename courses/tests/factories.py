import factory
import wagtail_factories

from courses.models import CourseIndexPage, CoursePage, Enrolment, ModulePage

LESSON_BODY = [
    {"type": "heading", "value": {"text": "1. Vì sao phải phát ngôn", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Im lặng nhường quyền kể chuyện.</p>"},
    {
        "type": "key_message",
        "value": {"title": "Thông điệp", "text": "Nói đúng, nói kịp thời."},
    },
    {
        "type": "case_study",
        "value": {
            "title": "Tình huống",
            "situation": "<p>Một bài báo phản ánh.</p>",
            "what_happened": "<p>Huyện trả lời trong ngày.</p>",
            "lessons": "<p>Trả lời sớm.</p>",
        },
    },
    {"type": "checklist", "value": {"title": "Kiểm tra", "items": ["Một", "Hai"]}},
    {
        "type": "exercise",
        "value": {"prompt": "<p>Viết phát ngôn.</p>", "model_answer": "<p>Gợi ý.</p>"},
    },
    {"type": "quote", "value": {"text": "Trích dẫn.", "source": "Nguồn"}},
]


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Khóa học"
    slug = factory.Sequence(lambda n: f"khoa-hoc-{n}")

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Khóa học {n}")
    slug = factory.Sequence(lambda n: f"khoa-{n}")
    intro = "<p>Giới thiệu khóa học.</p>"

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chuyên đề {n}")
    slug = factory.Sequence(lambda n: f"chuyen-de-{n}")
    summary = "Tóm tắt chuyên đề."
    body = factory.LazyFunction(lambda: LESSON_BODY)

    class Meta:
        model = ModulePage


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment
