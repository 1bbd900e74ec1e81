from django.core.management.base import BaseCommand

from assessments.services import attempts_close_overdue


class Command(BaseCommand):
    help = "Submit every quiz attempt left open past its deadline (run every minute)."

    def handle(self, *args, **options):
        closed = attempts_close_overdue()
        self.stdout.write(f"{closed} attempt(s) submitted automatically.")
