import pytest

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import Endpoint
from sessions.tests.factories import EndpointFactory, HubFactory

pytestmark = pytest.mark.django_db

INDEX = "/cms/endpoints/"


@pytest.fixture
def sites(coordinator):
    return {
        "hub": HubFactory(name="Sở TT&TT"),
        "mine": EndpointFactory(name="Huyện Cao Lộc", coordinators=[coordinator]),
        "other": EndpointFactory(name="Huyện Lộc Bình"),
    }


def listed_names(response) -> set[str]:
    return {endpoint.name for endpoint in response.context["object_list"]}


def test_organiser_sees_every_endpoint(client_for, organiser, sites):
    response = client_for(organiser).get(INDEX)

    assert response.status_code == 200
    assert listed_names(response) == {"Sở TT&TT", "Huyện Cao Lộc", "Huyện Lộc Bình"}


def test_coordinator_sees_only_their_endpoints(client_for, coordinator, sites):
    response = client_for(coordinator).get(INDEX)

    assert response.status_code == 200
    assert listed_names(response) == {"Huyện Cao Lộc"}


def test_coordinator_can_inspect_their_endpoint(client_for, coordinator, sites):
    response = client_for(coordinator).get(f"{INDEX}inspect/{sites['mine'].pk}/")

    assert response.status_code == 200


def test_coordinator_cannot_open_another_endpoint(client_for, coordinator, sites):
    client = client_for(coordinator)

    inspect = client.get(f"{INDEX}inspect/{sites['other'].pk}/")
    edit = client.get(f"{INDEX}edit/{sites['other'].pk}/")

    assert inspect.status_code == 404
    assert edit.status_code in (302, 403, 404)
    assert "Huyện Lộc Bình" not in edit.content.decode()


def test_coordinator_cannot_edit_or_add(client_for, coordinator, sites):
    client = client_for(coordinator)

    assert client.get(f"{INDEX}edit/{sites['mine'].pk}/").status_code in (302, 403)
    assert client.get(f"{INDEX}new/").status_code in (302, 403)


def test_organiser_adds_an_endpoint(client_for, organiser, coordinator):
    response = client_for(organiser).post(
        f"{INDEX}new/",
        {
            "name": "Xã Tân Thanh",
            "code": "tan-thanh",
            "kind": Endpoint.Kind.SITE,
            "address": "UBND xã Tân Thanh",
            "capacity": 25,
            "sort_order": 12,
            "is_active": "on",
            "coordinators": [coordinator.pk],
            # The form's inline list of the agencies it serves, left empty.
            "served_agencies-TOTAL_FORMS": 0,
            "served_agencies-INITIAL_FORMS": 0,
        },
    )

    assert response.status_code == 302
    endpoint = Endpoint.objects.get(code="tan-thanh")
    assert list(endpoint.coordinators.all()) == [coordinator]


def test_duplicate_code_is_refused_in_vietnamese(client_for, organiser, sites):
    response = client_for(organiser).post(
        f"{INDEX}new/",
        {
            "name": "Trùng mã",
            "code": sites["other"].code,
            "kind": "site",
            "capacity": 1,
            "sort_order": 0,
        },
    )

    assert response.status_code == 200
    assert "đã tồn tại" in response.content.decode()
    assert Endpoint.objects.filter(name="Trùng mã").count() == 0


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.LECTURER])
def test_other_roles_get_no_endpoint_list(client_for, role, sites):
    response = client_for(UserFactory(role=role)).get(INDEX)

    assert response.status_code in (302, 403)
    assert "Huyện Cao Lộc" not in response.content.decode()


def test_anonymous_visitor_is_sent_to_log_in(client_for, sites):
    response = client_for(None).get(INDEX)

    assert response.status_code == 302
    assert "login" in response.url


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.ORGANISER, {"hub", "mine", "other"}),
        (Role.SITE_COORDINATOR, {"mine"}),
        (Role.TRAINEE, set()),
        (Role.LECTURER, set()),
    ],
)
def test_visible_to_selects_by_role(sites, coordinator, role, expected):
    user = coordinator if role == Role.SITE_COORDINATOR else UserFactory(role=role)

    visible = set(Endpoint.objects.visible_to(user))

    assert visible == {sites[key] for key in expected}


def test_visible_to_gives_anonymous_nothing(sites):
    from django.contrib.auth.models import AnonymousUser

    assert not Endpoint.objects.visible_to(AnonymousUser()).exists()


def test_the_admin_listing_speaks_vietnamese(client_for, organiser, sites):
    html = client_for(organiser).get(INDEX).content.decode()

    assert "Tìm kiếm" in html
    assert "Thêm điểm cầu" in html
