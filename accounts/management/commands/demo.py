from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import DEMO_PASSWORD, DEMO_USERS
from accounts.seeding import DEMO_REFUSAL, demo_seeding_allowed
from config.lan import lan_address, public_url, split_addrport


class Command(BaseCommand):
    help = (
        "Migrate, load the seed conference and serve the platform on the address given "
        "(default 127.0.0.1:8000; --lan: this machine's LAN address, for phones)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "addrport",
            nargs="?",
            default="127.0.0.1:8000",
            help="address and port to serve on, e.g. 0.0.0.0:8000 or 8080",
        )
        parser.add_argument(
            "--lan",
            action="store_true",
            help="serve on this machine's LAN address so a phone on the same network "
            "can open the platform and scan its QR codes",
        )
        parser.add_argument(
            "--no-serve", action="store_true", help="Set up the data, then stop."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="load the demo data even though DEBUG is off",
        )

    def handle(
        self,
        *args,
        addrport: str,
        no_serve: bool,
        lan: bool = False,
        force: bool = False,
        **options,
    ):
        if not demo_seeding_allowed(force=force):
            raise CommandError(DEMO_REFUSAL)
        address, port = split_addrport(addrport)
        if lan:
            address = lan_address()
        base = public_url(address, port)
        # Links made outside a request (the simulator hint, background work) use it.
        settings.SITE_URL = base
        if address not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
            settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, address]
        self.stdout.write("Preparing the database (first run: a few minutes)...")
        call_command("migrate", interactive=False, verbosity=1, stdout=self.stdout)
        call_command("seed_demo", force=True, stdout=self.stdout)
        url = f"{base}/"
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"The platform: {url}"))
        if address != "127.0.0.1":
            self.stdout.write(
                "  Open this address on a phone on the same network to scan the "
                "check-in QR codes."
            )
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
        call_command("runserver", f"{address}:{port}", use_reloader=False)
