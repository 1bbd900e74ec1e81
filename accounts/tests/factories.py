import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts.models import User
from accounts.roles import Role

DEFAULT_PASSWORD = "a-strong-test-password"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.vn")
    full_name = factory.Faker("name", locale="vi_VN")
    agency = "Sở Thông tin và Truyền thông"
    position = "Chuyên viên"
    password = factory.django.Password(DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """A verified primary email (allauth's gate), unless ``verified=False``."""
        if create and extracted is not False:
            EmailAddress.objects.update_or_create(
                user=self,
                email=self.email,
                defaults={"verified": True, "primary": True},
            )

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=Role(extracted).value))


class TraineeFactory(UserFactory):
    role = Role.TRAINEE


class LecturerFactory(UserFactory):
    role = Role.LECTURER


class OrganiserFactory(UserFactory):
    role = Role.ORGANISER


class CoordinatorFactory(UserFactory):
    role = Role.SITE_COORDINATOR
    position = "Điều phối viên điểm cầu"
