from django.core.management.base import BaseCommand

from accounts.seeding import run_seeders


class Command(BaseCommand):
    help = "Load the seed conference (hub, endpoints, demo logins, ...). Idempotent."

    def handle(self, *args, **options):
        run_seeders(lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
