import factory

from sessions.models import Endpoint


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
