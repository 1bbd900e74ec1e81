"""Two evaluations at once issue one certificate: the partial unique index decides."""

import threading

import pytest
from django.db import connection

from assessments.certificates import services
from assessments.models import Certificate
from assessments.tests.certificate_factories import CertificationRuleFactory

from .helpers import passed_quiz


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_evaluations_issue_one_certificate(nhung, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers anyway")
    rule = CertificationRuleFactory(required_quiz_ids=[1])
    barrier = threading.Barrier(2, timeout=10)
    facts = passed_quiz()

    def facts_when_both_have_checked(*, user, rule):
        # Both threads have seen "no certificate yet" before either inserts.
        barrier.wait()
        return facts

    monkeypatch.setattr(
        "assessments.certificates.services.person_facts", facts_when_both_have_checked
    )
    results, errors = [], []

    def evaluate():
        try:
            results.append(
                services.certificate_issue_if_earned(user=nhung, course=rule.course)
            )
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=evaluate) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sum(r is not None for r in results) == 1
    assert Certificate.objects.filter(user=nhung, course=rule.course).count() == 1
