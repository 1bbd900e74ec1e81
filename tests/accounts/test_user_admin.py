import pytest
from django.contrib.auth.models import Group

from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_an_administrator_creates_a_user_with_one_full_name(admin_client):
    organiser_group = Group.objects.get(name=Role.ORGANISER)

    response = admin_client.post(
        "/cms/users/new/",
        {
            "email": "bantochuc@example.vn",
            "full_name": "Trần Thị Mai",
            "agency": "Sở Thông tin và Truyền thông",
            "position": "Chuyên viên",
            "phone": "",
            "password1": "Mat-khau-rat-manh-2019",
            "password2": "Mat-khau-rat-manh-2019",
            "groups": [organiser_group.pk],
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(email="bantochuc@example.vn")
    assert user.full_name == "Trần Thị Mai"
    assert list(user.groups.all()) == [organiser_group]


def test_the_user_form_asks_for_no_first_or_last_name(admin_client):
    form = admin_client.get("/cms/users/new/").context["form"]

    assert "full_name" in form.fields
    assert "first_name" not in form.fields
    assert "last_name" not in form.fields


@pytest.mark.parametrize("role", list(Role))
def test_roles_cannot_manage_users(client_for, role):
    response = client_for(UserFactory(role=role)).get("/cms/users/")

    assert response.status_code in (302, 403)
