"""Certificate templates are edited by organisers in the CMS and chosen per rule; the
demo seeds the Lạng Sơn Department's template."""

import pytest
from django.urls import reverse

from assessments.models import CertificateTemplate, CertificationRule
from assessments.tests.certificate_factories import CertificateTemplateFactory

pytestmark = pytest.mark.django_db

LANG_SON = {
    "name": "Sở KH&CN Lạng Sơn",
    "national_name": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "national_motto": "Độc lập - Tự do - Hạnh phúc",
    "parent_body": "UBND TỈNH LẠNG SƠN",
    "issuing_body": "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "place": "Lạng Sơn",
    "signatory_title": "KT. GIÁM ĐỐC\r\nPHÓ GIÁM ĐỐC",
    "signatory_name": "Hoàng Văn Bình",
}


def test_organiser_creates_a_template_in_the_cms(client_for, organiser):
    response = client_for(organiser).post(
        reverse("certificate_templates:add"), LANG_SON
    )

    assert response.status_code == 302
    template = CertificateTemplate.objects.get()
    assert template.parent_body == "UBND TỈNH LẠNG SƠN"
    assert template.signatory_title.splitlines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def test_a_template_without_an_issuing_body_is_refused(client_for, organiser):
    response = client_for(organiser).post(
        reverse("certificate_templates:add"), {**LANG_SON, "issuing_body": ""}
    )

    assert response.status_code == 200
    assert not CertificateTemplate.objects.exists()


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator"])
def test_other_roles_cannot_open_the_templates(client_for, who, request):
    CertificateTemplateFactory()

    response = client_for(request.getfixturevalue(who)).get(
        reverse("certificate_templates:index")
    )

    assert response.status_code in (302, 403)
    assert "Mẫu Sở KH&CN" not in response.content.decode()


def test_anonymous_is_sent_to_log_in_for_the_templates(client_for):
    response = client_for(None).get(reverse("certificate_templates:index"))

    assert response.status_code == 302
    assert "login" in response.url


def test_a_template_in_use_cannot_be_deleted(certificate):
    from django.db.models import ProtectedError

    template = certificate.course.certification_rule.template

    with pytest.raises(ProtectedError):
        template.delete()


def test_rule_without_a_template_prints_the_national_lines_and_a_generic_body():
    template = CertificationRule().printed_template()

    assert template.national_name == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert template.national_motto == "Độc lập - Tự do - Hạnh phúc"
    assert template.issuing_body


def test_demo_seed_gives_the_rule_lang_sons_template():
    from assessments.demo import COURSE_SLUG, seed_certification_rule
    from assessments.tests.factories import course_tree

    course_tree(slug=COURSE_SLUG)

    seed_certification_rule(lambda _line: None)
    seed_certification_rule(lambda _line: None)

    template = CertificationRule.objects.get().template
    assert template.parent_body == "UBND TỈNH LẠNG SƠN"
    assert template.issuing_body == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert template.place == "Lạng Sơn"
    assert template.signatory_title == "GIÁM ĐỐC"
    assert CertificateTemplate.objects.count() == 1


def test_organisers_may_upload_and_choose_the_signature_image(organiser, lecturer):
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    from assessments.certificates.setup import organiser_image_permissions

    organiser_image_permissions()
    policy = policy_registry.get_by_type(get_image_model())

    assert policy.user_has_permission(organiser, "add")
    assert policy.user_has_permission(organiser, "choose")
    assert not policy.user_has_permission(lecturer, "add")
