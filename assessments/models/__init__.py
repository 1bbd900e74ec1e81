from .certificates import (
    Certificate,
    CertificateArchive,
    CertificateEvent,
    CertificateQuerySet,
    CertificationRule,
)

__all__ = [
    "Certificate",
    "CertificateArchive",
    "CertificateEvent",
    "CertificateQuerySet",
    "CertificationRule",
]
