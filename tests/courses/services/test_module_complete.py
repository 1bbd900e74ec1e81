import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from courses.models import ModuleCompletion
from courses.selectors import course_progress
from courses.services import enrolment_create, module_complete

pytestmark = pytest.mark.django_db


def test_completing_a_module_counts_in_progress(trainee, course, module):
    enrolment_create(user=trainee, course=course)

    module_complete(user=trainee, module=module)

    progress = course_progress(user=trainee, course=course)
    assert (progress.completed, progress.total) == (1, 1)


def test_completing_twice_keeps_one_record(trainee, course, module):
    enrolment_create(user=trainee, course=course)

    module_complete(user=trainee, module=module)
    module_complete(user=trainee, module=module)

    assert ModuleCompletion.objects.count() == 1


def test_the_database_refuses_a_duplicate_completion(trainee, module):
    ModuleCompletion.objects.create(user=trainee, module=module)

    with pytest.raises(IntegrityError), transaction.atomic():
        ModuleCompletion.objects.create(user=trainee, module=module)


def test_a_trainee_must_enrol_before_completing(trainee, module):
    with pytest.raises(ValidationError):
        module_complete(user=trainee, module=module)
    assert not ModuleCompletion.objects.exists()
