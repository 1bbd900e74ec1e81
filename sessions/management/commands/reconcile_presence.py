from django.core.management.base import BaseCommand, CommandError

from sessions.jitsi.client import JitsiError
from sessions.jitsi.reconcile import live_sessions_reconcile


class Command(BaseCommand):
    help = (
        "Ask Prosody who is in each live session's room and record the joins and "
        "leaves the webhooks missed (run every minute from cron, or enqueue the "
        "reconcile_live_sessions task)."
    )

    def handle(self, *args, **options):
        try:
            recorded = live_sessions_reconcile()
        except JitsiError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Reconciled live sessions: {recorded} events recorded.")
