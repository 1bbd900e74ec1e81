"""What a department prints on its certificates: the header, the place and the
signature block, edited in the CMS and chosen by each course's rule."""

from django.db import models
from django.utils.translation import gettext_lazy as _

#: The national name and motto as Vietnamese administrative documents print them
#: (Nghị định 30/2020/NĐ-CP, Phụ lục I).
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"


class CertificateTemplate(models.Model):
    """The printed frame of a certificate: who issues it and who signs it.

    The person's name, the course and the attendance come from the certificate; the
    rest of the page comes from here, so one department's template serves all of its
    courses and a new director means one edit.
    """

    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("For choosing the template in a course's certification rule."),
    )
    national_name = models.CharField(
        _("national name (Quốc hiệu)"),
        max_length=120,
        default=NATIONAL_NAME,
        blank=True,
        help_text=_("Printed at the top right, in capitals. Leave empty to omit."),
    )
    national_motto = models.CharField(
        _("motto (Tiêu ngữ)"),
        max_length=120,
        default=NATIONAL_MOTTO,
        blank=True,
        help_text=_("Printed under the national name, underlined."),
    )
    parent_body = models.CharField(
        _("parent body"),
        max_length=255,
        blank=True,
        help_text=_("The issuing body's parent, e.g. “UBND TỈNH LẠNG SƠN”."),
    )
    issuing_body = models.CharField(
        _("issuing body"),
        max_length=255,
        help_text=_("e.g. “SỞ KHOA HỌC VÀ CÔNG NGHỆ”; printed underlined."),
    )
    place = models.CharField(
        _("place"),
        max_length=120,
        blank=True,
        help_text=_(
            "Starts the place-and-date line, e.g. “Lạng Sơn” prints "
            "“Lạng Sơn, ngày 17 tháng 10 năm 2019”."
        ),
    )
    signatory_title = models.TextField(
        _("signatory's title"),
        max_length=255,
        blank=True,
        help_text=_(
            "e.g. “GIÁM ĐỐC”, or “KT. GIÁM ĐỐC” and “PHÓ GIÁM ĐỐC” on two lines."
        ),
    )
    signatory_name = models.CharField(_("signatory"), max_length=255, blank=True)
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature and seal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: a scanned signature (and seal) on a transparent background, "
            "printed between the title and the name."
        ),
    )

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def body_line(self) -> str:
        """The issuing body with its parent, for one line of text on a page."""
        return ", ".join(p for p in (self.issuing_body, self.parent_body) if p)
