from wagtail import hooks

from .certificates.panels import dashboard_certificates
from .certificates.viewsets import CertificationRuleViewSet


@hooks.register("register_admin_viewset")
def register_certification_rule_viewset():
    return CertificationRuleViewSet("certification_rules")


hooks.register("dashboard_panels", dashboard_certificates)
