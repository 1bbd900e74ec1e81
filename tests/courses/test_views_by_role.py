"""Every course view, for each role including anonymous visitors."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from accounts.tests.factories import UserFactory
from courses.models import Enrolment, ModuleCompletion
from courses.services import enrolment_create, module_complete

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "trainee", "lecturer", "organiser", "coordinator"]


@pytest.fixture
def user_for(request):
    def get(role: str):
        return None if role == "anonymous" else request.getfixturevalue(role)

    return get


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_the_published_catalogue(
    role, user_for, client_for, catalogue, course, module
):
    client = client_for(user_for(role))

    for url in (catalogue.url, course.url, module.url):
        response = client.get(url)
        assert response.status_code == 200
    assert course.title in client.get(catalogue.url).content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_nobody_sees_a_draft_module(role, user_for, client_for, module):
    module.unpublish()

    assert client_for(user_for(role)).get(module.url).status_code == 404


def test_a_visitor_is_asked_to_log_in_instead_of_enrolling(client_for, course):
    response = client_for(None).post(course.url + "enrol/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_a_visitor_cannot_mark_a_module_complete(client_for, module):
    response = client_for(None).post(module.url + "complete/")

    assert response.status_code == 302
    assert not ModuleCompletion.objects.exists()


@pytest.mark.parametrize("role", ["trainee", "lecturer", "organiser", "coordinator"])
def test_a_signed_in_user_can_enrol(role, user_for, client_for, course):
    user = user_for(role)

    response = client_for(user).post(course.url + "enrol/")

    assert response.status_code == 302
    assert Enrolment.objects.filter(user=user, course=course).exists()


def test_enrolling_by_get_is_refused(client_for, trainee, course):
    assert client_for(trainee).get(course.url + "enrol/").status_code == 405


def test_an_enrolled_trainee_marks_a_module_complete_and_sees_progress(
    client_for, trainee, course, module
):
    client = client_for(trainee)
    client.post(course.url + "enrol/")

    client.post(module.url + "complete/")

    page = client.get(course.url).content.decode()
    assert 'data-progress="1/1"' in page
    assert ModuleCompletion.objects.filter(user=trainee, module=module).exists()


def test_a_trainee_not_enrolled_is_offered_to_enrol_on_the_module(
    client_for, trainee, module
):
    page = client_for(trainee).get(module.url).content.decode()

    assert 'data-action="enrol"' in page
    assert 'data-action="complete"' not in page


def test_the_dashboard_lists_my_courses_with_progress(
    client_for, trainee, course, module
):
    enrolment_create(user=trainee, course=course)
    module_complete(user=trainee, module=module)

    page = client_for(trainee).get("/").content.decode()

    assert 'id="my-courses"' in page
    assert course.title in page
    assert 'data-progress="1/1"' in page


def test_the_dashboard_has_no_course_panel_for_a_coordinator(client_for, coordinator):
    assert 'id="my-courses"' not in client_for(coordinator).get("/").content.decode()


@pytest.mark.parametrize(
    "role,status", [("trainee", 403), ("lecturer", 403), ("coordinator", 403)]
)
def test_only_organisers_see_the_report(role, status, user_for, client_for, course):
    client = client_for(user_for(role))

    assert client.get(course.url + "report/").status_code == status
    assert client.get(course.url + "report/export/csv/").status_code == status
    assert client.post(course.url + "enrol-trainees/").status_code == status


def test_a_visitor_is_sent_to_log_in_for_the_report(client_for, course):
    response = client_for(None).get(course.url + "report/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_report_filters_by_agency(client_for, organiser, course):
    for agency in ("UBND huyện Cao Lộc", "Sở Y tế"):
        enrolment_create(user=UserFactory(agency=agency), course=course)

    page = (
        client_for(organiser)
        .get(course.url + "report/", {"agency": "Sở Y tế"})
        .content.decode()
    )

    assert "Sở Y tế" in page
    assert "<td>UBND huyện Cao Lộc</td>" not in page


def test_the_csv_export_has_a_bom_and_one_row_per_trainee(
    client_for, organiser, course, module
):
    trainee = UserFactory(full_name="Lương Thị Hồng Nhung", agency="UBND huyện Cao Lộc")
    enrolment_create(user=trainee, course=course)
    module_complete(user=trainee, module=module)

    response = client_for(organiser).get(course.url + "report/export/csv/")

    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert rows[1][0] == "Lương Thị Hồng Nhung"
    assert rows[1][6:9] == ["1", "1", "100"]


def test_the_xlsx_export_opens_in_a_spreadsheet(client_for, organiser, course):
    enrolment_create(user=UserFactory(full_name="Hoàng Văn Bình"), course=course)

    response = client_for(organiser).get(course.url + "report/export/xlsx/")

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A1"].value == course.title
    assert sheet["A3"].value == "Hoàng Văn Bình"


def test_an_organiser_enrols_one_trainee_by_email(client_for, organiser, course):
    trainee = UserFactory(email="nhung@example.vn")

    response = client_for(organiser).post(
        course.url + "enrol-trainees/", {"email": "Nhung@example.vn"}
    )

    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=trainee)
    assert (enrolment.enrolled_by, enrolment.source) == (organiser, "organiser")


def test_an_organiser_sees_each_bad_row_of_an_import_and_nobody_is_enrolled(
    client_for, organiser, course
):
    UserFactory(email="a@example.vn")
    upload = SimpleUploadedFile(
        "danh-sach.csv",
        "email\na@example.vn\nkhông hợp lệ\nnguoi-la@example.vn\n".encode(),
        content_type="text/csv",
    )

    response = client_for(organiser).post(
        course.url + "enrol-trainees/", {"file": upload}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert 'data-line="3"' in page
    assert 'data-line="4"' in page
    assert 'data-line="2"' not in page
    assert not Enrolment.objects.exists()


def test_a_clean_import_enrols_the_list(client_for, organiser, course):
    UserFactory(email="a@example.vn")
    upload = SimpleUploadedFile("ds.csv", b"a@example.vn\n", content_type="text/csv")

    response = client_for(organiser).post(
        course.url + "enrol-trainees/", {"file": upload}
    )

    assert response.status_code == 302
    assert Enrolment.objects.filter(source="import").count() == 1
