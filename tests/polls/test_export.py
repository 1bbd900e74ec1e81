import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.tests.factories import UserFactory
from polls.tests.factories import PollFactory, answered
from sessions.tests.factories import SessionEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def results(site):
    """A poll answered twice at the site, once at another site, once remotely."""
    poll = PollFactory(session=site.session, question="=Câu hỏi?", choices=["A", "B"])
    other = SessionEndpointFactory(session=site.session, endpoint__name="Xã Khác")
    a, b = poll.choices.all()
    answered(poll, UserFactory(full_name="Lê Văn Một"), [a], site.endpoint)
    answered(poll, UserFactory(), [b], site.endpoint)
    answered(poll, UserFactory(), [a], other.endpoint)
    answered(poll, UserFactory(), [a], None)
    return poll


def export(client, session_id: int, fmt: str):
    url = reverse("polls:export", kwargs={"pk": session_id})
    return client.get(url, {"format": fmt})


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_has_each_choice_overall_and_per_site(
    results, site, organiser, client_for
):
    rows = csv_rows(export(client_for(organiser), site.session_id, "csv"))

    header = rows[0]
    by_choice = {row[5]: row for row in rows[1:]}
    site_column = header.index(site.endpoint.name)
    assert by_choice["A"][6] == "3"
    assert by_choice["A"][site_column] == "1"
    assert by_choice["B"][site_column] == "1"
    assert by_choice["A"][header.index("Xã Khác")] == "1"
    assert by_choice["A"][-1] == "1"  # remote
    assert by_choice["Số người trả lời"][6] == "4"


def test_a_question_that_looks_like_a_formula_is_exported_as_text(
    results, site, organiser, client_for
):
    rows = csv_rows(export(client_for(organiser), site.session_id, "csv"))

    assert rows[1][0] == "'=Câu hỏi?"


def test_the_organiser_s_workbook_adds_who_answered_what(
    results, site, organiser, client_for
):
    response = export(client_for(organiser), site.session_id, "xlsx")

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Kết quả thăm dò", "Câu trả lời"]
    people = list(workbook["Câu trả lời"].iter_rows(values_only=True))
    assert any(row[1] == "Lê Văn Một" and row[6] == "A" for row in people)


def test_the_presenter_s_workbook_has_the_results_only(
    results, site, lecturer, client_for
):
    site.session.presenter = lecturer
    site.session.save(update_fields=["presenter"])

    response = export(client_for(lecturer), site.session_id, "xlsx")

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Kết quả thăm dò"]
