from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import DEMO_PASSWORD, DEMO_USERS
from accounts.seeding import DEMO_REFUSAL, demo_seeding_allowed


class Command(BaseCommand):
    help = "Migrate, load the seed conference and serve the platform on 127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument(
            "--no-serve", action="store_true", help="Set up the data, then stop."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="load the demo data even though DEBUG is off",
        )

    def handle(
        self, *args, addrport: str, no_serve: bool, force: bool = False, **options
    ):
        if not demo_seeding_allowed(force=force):
            raise CommandError(DEMO_REFUSAL)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_demo", force=True, stdout=self.stdout)
        url = f"http://{addrport}/"
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"The platform: {url}"))
        self.stdout.write(f"Content management (Wagtail): {url}cms/")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for spec in DEMO_USERS:
            self.stdout.write(
                f"  {spec.role.value:<17} {spec.email:<28} {spec.full_name}"
            )
        self.stdout.write(
            "  More coordinators, one per district: see the endpoints list."
        )
        if not settings.JITSI_DOMAIN:
            self.stdout.write(
                "Video: no Jitsi server configured; rooms say so plainly."
            )
        if no_serve:
            return
        call_command("runserver", addrport, use_reloader=False)
