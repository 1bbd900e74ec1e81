"""Account emails are rendered in the request and sent by the task worker."""

import pytest
from django.core import mail
from django.test import Client
from django_tasks_db.models import DBTaskResult

from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def ask_for_a_password_reset(email: str):
    return Client().post("/accounts/password/reset/", {"email": email})


def test_with_the_database_backend_the_reset_email_waits_for_the_worker(settings):
    settings.TASKS = DATABASE_BACKEND
    UserFactory(email="quenmatkhau@example.vn")

    response = ask_for_a_password_reset("quenmatkhau@example.vn")

    assert response.status_code == 302
    assert mail.outbox == []
    queued = DBTaskResult.objects.get(task_path="accounts.mail.email_send")
    assert queued.args_kwargs["kwargs"]["to"] == ["quenmatkhau@example.vn"]


def test_the_worker_sends_the_email_as_rendered_in_the_request(settings):
    settings.TASKS = DATABASE_BACKEND
    UserFactory(email="quenmatkhau@example.vn")
    ask_for_a_password_reset("quenmatkhau@example.vn")
    queued = DBTaskResult.objects.get(task_path="accounts.mail.email_send")

    queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])

    [message] = mail.outbox
    assert message.to == ["quenmatkhau@example.vn"]
    assert "/accounts/password/reset/key/" in message.body


def test_with_the_immediate_backend_the_email_is_sent_at_once():
    UserFactory(email="quenmatkhau@example.vn")

    ask_for_a_password_reset("quenmatkhau@example.vn")

    assert [m.to for m in mail.outbox] == [["quenmatkhau@example.vn"]]
