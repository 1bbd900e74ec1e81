import pytest

from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.models import Certificate
from assessments.tests.certificate_factories import (
    CertificateFactory,
    CertificationRuleFactory,
)


@pytest.fixture
def nhung(db) -> User:
    return UserFactory(
        role=Role.TRAINEE,
        email="nhung@example.vn",
        full_name="Nguyễn Thị Hồng Nhung",
        agency="UBND huyện Cao Lộc",
        position="Chánh Văn phòng",
        phone="0912345678",
    )


@pytest.fixture
def certificate(nhung) -> Certificate:
    rule = CertificationRuleFactory()
    return CertificateFactory(user=nhung, course=rule.course)


@pytest.fixture(autouse=True)
def selectors(monkeypatch) -> None:
    """Empty stand-ins for the cross-app selectors (see stand_ins.py); a test that
    needs attendance or quiz results installs its own."""
    from . import stand_ins

    stand_ins.install(monkeypatch)
