"""Error pages with DEBUG off, as in production: the platform's layout, Vietnamese
first, and nothing that can fail while rendering the 500 page."""

import pytest
from django.db import OperationalError
from django.template.loader import render_to_string
from django.test import Client
from django.urls import path

import config.urls
from config.errors import too_many_requests

pytestmark = pytest.mark.django_db


def _boom(request):
    raise RuntimeError("a bug in a view")


def _database_full(request):
    raise OperationalError("couldn't get a connection after 10.00 sec")


class URLsWithFailingViews:
    """The project's URLs plus a view that fails and one that is rate-limited."""

    urlpatterns = [
        path("test-errors/boom/", _boom),
        path("test-errors/database-full/", _database_full),
        path("test-errors/limited/", too_many_requests),
        *config.urls.urlpatterns,
    ]
    handler403 = config.urls.handler403
    handler500 = config.urls.handler500


@pytest.fixture(autouse=True)
def production_errors(settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = URLsWithFailingViews


def assert_platform_page(response, status: int, heading: str) -> None:
    html = response.content.decode()
    assert response.status_code == status
    assert '<html lang="vi">' in html
    assert 'class="site-header"' in html
    assert f"<h1>{heading}</h1>" in html


def test_a_trainee_opening_a_staff_page_sees_the_platforms_403(client_for, trainee):
    response = client_for(trainee).get("/attendance/")

    assert_platform_page(response, 403, "Bạn không có quyền xem trang này")
    assert "Forbidden" not in response.content.decode()


def test_an_unknown_address_shows_the_platforms_404(client):
    response = client.get("/khong-co-trang-nay/")

    assert_platform_page(response, 404, "Không tìm thấy trang")


def test_a_request_for_an_unknown_host_shows_the_platforms_400(client):
    response = client.get("/", headers={"host": "attacker.example"})

    assert_platform_page(response, 400, "Yêu cầu không hợp lệ")


def test_too_many_requests_shows_the_platforms_429(client):
    response = client.get("/test-errors/limited/")

    assert_platform_page(response, 429, "Quá nhiều yêu cầu")
    assert response.headers["Retry-After"] == "60"


def test_a_failing_view_shows_the_platforms_500(trainee):
    client = Client(raise_request_exception=False)
    client.force_login(trainee)

    response = client.get("/test-errors/boom/")

    assert_platform_page(response, 500, "Đã có lỗi xảy ra")
    assert "a bug in a view" not in response.content.decode()


def test_a_database_out_of_reach_answers_503_with_retry_after(trainee):
    client = Client(raise_request_exception=False)
    client.force_login(trainee)

    response = client.get("/test-errors/database-full/")

    assert_platform_page(response, 503, "Nền tảng đang bận")
    assert response.headers["Retry-After"] == "5"


def test_the_500_page_renders_without_context_or_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")

    assert "Đã có lỗi xảy ra" in html
    assert "menu__account" not in html


def test_a_form_without_its_csrf_token_shows_the_platforms_csrf_page():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/accounts/login/", {"login": "a@b.vn", "password": "x"})

    assert_platform_page(response, 403, "Biểu mẫu đã hết hạn")


def test_an_english_reader_gets_the_error_page_in_english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.get("/khong-co-trang-nay/")

    assert "<h1>Page not found</h1>" in response.content.decode()
