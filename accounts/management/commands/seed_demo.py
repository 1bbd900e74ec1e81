from django.core.management.base import BaseCommand, CommandError

from accounts.seeding import DEMO_REFUSAL, demo_seeding_allowed, run_seeders


class Command(BaseCommand):
    help = (
        "Load the seed conference (hub, endpoints, demo logins, ...). Idempotent. "
        "Refused unless DEBUG is on or --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="load the demo data even though DEBUG is off",
        )

    def handle(self, *args, force: bool = False, **options):
        if not demo_seeding_allowed(force=force):
            raise CommandError(DEMO_REFUSAL)
        run_seeders(lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
