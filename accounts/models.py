from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .managers import UserManager


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in by email.

    Vietnamese names are not first/last pairs, so there is one ``full_name`` field;
    ``agency`` and ``position`` let organisers report by who people are.
    """

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    agency = models.CharField(
        _("agency"),
        max_length=200,
        blank=True,
        help_text=_("For example: Sở Y tế, UBND huyện Cao Lộc."),
    )
    position = models.CharField(
        # Job title; "position" alone is also an ordering ("thứ tự") elsewhere.
        pgettext_lazy("job title", "position"),
        max_length=150,
        blank=True,
        help_text=_("For example: spokesperson, chief of office."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Designates whether the user can log into the Django admin site."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["full_name", "email"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), name="accounts_user_email_ci_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split()[-1] if self.full_name else self.email
