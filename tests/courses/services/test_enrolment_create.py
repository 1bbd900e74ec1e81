import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from courses.models import Enrolment
from courses.services import enrolment_create

pytestmark = pytest.mark.django_db


def test_enrolling_creates_one_enrolment(trainee, course):
    enrolment = enrolment_create(user=trainee, course=course)

    assert enrolment.user == trainee
    assert Enrolment.objects.count() == 1


def test_enrolling_twice_returns_the_same_enrolment(trainee, course):
    first = enrolment_create(user=trainee, course=course)

    assert enrolment_create(user=trainee, course=course) == first
    assert Enrolment.objects.count() == 1


def test_the_database_refuses_a_duplicate_enrolment(trainee, course):
    Enrolment.objects.create(user=trainee, course=course)

    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(user=trainee, course=course)


def test_an_unpublished_course_cannot_be_joined(trainee, course):
    course.unpublish()

    with pytest.raises(ValidationError):
        enrolment_create(user=trainee, course=course)
    assert not Enrolment.objects.exists()


def test_an_organiser_enrolment_records_who_and_how(trainee, organiser, course):
    enrolment = enrolment_create(
        user=trainee,
        course=course,
        enrolled_by=organiser,
        source=Enrolment.Source.ORGANISER,
    )

    assert (enrolment.enrolled_by, enrolment.source) == (organiser, "organiser")
