from django.core.management.base import BaseCommand

from accounts.periodic import periodic_run, registered_jobs


class Command(BaseCommand):
    help = (
        "Run the platform's periodic work once (session lifecycle, presence "
        "reconciliation, scheduled publishing, overdue attempts, reminders). Run it "
        "every minute from a systemd timer or cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            action="append",
            metavar="JOB",
            help="run only this job (repeatable)",
        )
        parser.add_argument(
            "--list", action="store_true", help="list the registered jobs and stop"
        )

    def handle(self, *args, **options):
        if options["list"]:
            for job in registered_jobs():
                self.stdout.write(job.name)
            return
        outcomes = periodic_run(set(options["only"] or ()))
        failed = [outcome for outcome in outcomes if not outcome.ok]
        for outcome in outcomes:
            status = "ok" if outcome.ok else "FAILED"
            self.stdout.write(
                f"{outcome.name}: {status} ({outcome.seconds:.2f} s) {outcome.result}"
            )
        if failed:
            self.stderr.write(f"{len(failed)} periodic job(s) failed")
            raise SystemExit(1)
