from datetime import timedelta

import factory
from django.utils import timezone

from sessions.models import Endpoint, LiveSession, SessionEndpoint


class EndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Endpoint
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Điểm cầu số {n}")
    code = factory.Sequence(lambda n: f"diem-cau-{n}")
    kind = Endpoint.Kind.SITE
    capacity = 30

    @factory.post_generation
    def coordinators(self, create, extracted, **kwargs):
        if create and extracted:
            self.coordinators.set(extracted)


class HubFactory(EndpointFactory):
    name = "Sở Thông tin và Truyền thông"
    code = factory.Sequence(lambda n: f"hub-{n}")
    kind = Endpoint.Kind.HUB


class LiveSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LiveSession
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Phiên tập huấn số {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    hub = factory.SubFactory(HubFactory)


class SessionEndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionEndpoint

    session = factory.SubFactory(LiveSessionFactory)
    endpoint = factory.SubFactory(EndpointFactory)
    expected_headcount = 25


class OngoingSessionFactory(LiveSessionFactory):
    """A live session happening now (started 5 minutes ago, one hour long)."""

    starts_at = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) - timedelta(minutes=5)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1))
    status = LiveSession.Status.LIVE


class OngoingSessionEndpointFactory(SessionEndpointFactory):
    session = factory.SubFactory(OngoingSessionFactory)
    expected_headcount = 20


class EndedSessionFactory(LiveSessionFactory):
    """A session that ended a minute ago (it ran for one hour): attendance can be
    made final."""

    starts_at = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) - timedelta(minutes=61)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1))
    status = LiveSession.Status.ENDED


class EndedSessionEndpointFactory(SessionEndpointFactory):
    session = factory.SubFactory(EndedSessionFactory)
    expected_headcount = 20


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "live_sessions.Attendance"

    session = factory.SubFactory(OngoingSessionFactory)
    user = factory.SubFactory("accounts.tests.factories.UserFactory")
    recorded_via = "checkin"
    checked_in_at = factory.LazyAttribute(lambda o: o.session.starts_at)


def page_root():
    """Wagtail's root page (a transactional test's flush may have removed it)."""
    from courses.services import page_tree_root_ensure

    return page_tree_root_ensure()


class ExpectedAttendeeFactory(factory.django.DjangoModelFactory):
    """A trainee expected at a session's endpoint (pass ``endpoint=None``: remote)."""

    class Meta:
        model = "live_sessions.ExpectedAttendee"

    session = factory.SubFactory(OngoingSessionFactory)
    endpoint = factory.SubFactory(EndpointFactory)
    user = factory.SubFactory("accounts.tests.factories.UserFactory")
    source = "organiser"


class AgencyEndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "live_sessions.AgencyEndpoint"

    endpoint = factory.SubFactory(EndpointFactory)
    agency = factory.Sequence(lambda n: f"UBND xã số {n}")
    agency_key = factory.LazyAttribute(lambda o: " ".join(o.agency.split()).casefold())
