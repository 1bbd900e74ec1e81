"""System checks of the platform's deployment rules (``manage.py check --deploy``)."""

from django.conf import settings
from django.core import checks

from config.secret_key import REFUSAL, secret_key_problem


@checks.register(checks.Tags.security, deploy=True)
def check_secret_key(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Stronger than Django's security.W009: a placeholder key is an error."""
    problem = secret_key_problem(settings.SECRET_KEY)
    if problem is None:
        return []
    return [
        checks.Error(
            f"The secret key is not fit for production: {problem}.",
            hint=REFUSAL + ".",
            id="platform.E001",
        )
    ]
