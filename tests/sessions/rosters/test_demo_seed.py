"""The demo's conference comes with expected lists, some people in, some not yet."""

import pytest
from django.core.management import call_command

from sessions.demo import SEED_SESSION_TITLE
from sessions.models import Endpoint, ExpectedAttendee, LiveSession
from sessions.reports.data import session_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded() -> LiveSession:
    call_command("seed_demo", verbosity=0)
    return LiveSession.objects.get(title=SEED_SESSION_TITLE)


def test_every_district_has_an_expected_list_with_people_in_and_not_yet(seeded):
    report = session_report(session=seeded)

    sites = {site.name: site for site in report.expected}
    districts = Endpoint.objects.filter(kind=Endpoint.Kind.SITE)
    assert set(sites) == {district.name for district in districts}
    assert sum(site.checked_in for site in sites.values()) > 0
    assert sum(len(site.not_yet) for site in sites.values()) > 0


def test_the_demo_trainee_is_expected_at_cao_loc_and_has_not_checked_in(seeded):
    expected = ExpectedAttendee.objects.get(
        session=seeded, user__email="trainee@demo.local"
    )

    assert expected.endpoint.code == "cao-loc"
    assert not seeded.attendances.filter(user=expected.user).exists()


def test_seeding_again_adds_nobody_to_the_expected_lists(seeded):
    before = ExpectedAttendee.objects.count()

    call_command("seed_demo", verbosity=0)

    assert ExpectedAttendee.objects.count() == before
