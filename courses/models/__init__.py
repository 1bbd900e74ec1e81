from .enrolment import Enrolment, EnrolmentQuerySet, ModuleCompletion
from .pages import CourseIndexPage, CoursePage, ModulePage

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "EnrolmentQuerySet",
    "ModuleCompletion",
    "ModulePage",
]
