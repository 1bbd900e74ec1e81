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
