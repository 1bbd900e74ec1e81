import json
import secrets
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import Client, override_settings
from django.utils import timezone

from sessions.jitsi.payloads import event_sync_headers
from sessions.jitsi.simulation import session_timeline
from sessions.models import LiveSession


class Command(BaseCommand):
    help = (
        "Drive a session without a Jitsi server: post realistic, signed event_sync "
        "joins and leaves for the hub and the endpoints through the real webhook path "
        "(in-process, or to a running server with --url)."
    )

    def add_arguments(self, parser):
        parser.add_argument("session_id", type=int)
        parser.add_argument(
            "--url",
            help="Post to a running server, e.g. http://127.0.0.1:8000 "
            "(needs JITSI_WEBHOOK_SECRET set in both).",
        )
        parser.add_argument(
            "--pace",
            type=float,
            default=0.0,
            help="Seconds to wait between events, so a dashboard visibly fills up.",
        )
        parser.add_argument(
            "--all",
            action="store_true",
            help="Also send events timed after now (the whole session) at once.",
        )
        parser.add_argument(
            "--follow",
            action="store_true",
            help="After what has happened, send each later event when its time "
            "comes (divided by --speed), like a live session.",
        )
        parser.add_argument("--speed", type=float, default=1.0)

    def handle(self, *args, session_id, url, pace, all, follow, speed, **options):
        try:
            session = LiveSession.objects.select_related("hub", "presenter").get(
                pk=session_id
            )
        except LiveSession.DoesNotExist:
            raise CommandError(f"No live session with id {session_id}.") from None
        now = timezone.now()
        timeline = session_timeline(session)
        events = [e for e in timeline if all or follow or e.at <= now]
        if follow and not all:
            started = time.monotonic()

            def wait(event):
                due = max((event.at - now).total_seconds(), 0) / max(speed, 0.001)
                time.sleep(max(due - (time.monotonic() - started), 0))

            self._wait = wait
        if url:
            secret = settings.JITSI_WEBHOOK_SECRET
            if not secret:
                raise CommandError("Set JITSI_WEBHOOK_SECRET (here and on the server).")
            statuses = self._post_http(url, secret, events, pace)
        else:
            secret = settings.JITSI_WEBHOOK_SECRET or secrets.token_urlsafe(24)
            with override_settings(JITSI_WEBHOOK_SECRET=secret):
                statuses = self._post_in_process(secret, events, pace)
        failed = [s for s in statuses if s != 204]
        self.stdout.write(
            f"Sent {len(statuses)} events for “{session.title}” "
            f"({len(statuses) - len(failed)} accepted)."
        )
        if failed:
            raise CommandError(f"Refused: {failed}")

    _wait = staticmethod(lambda event: None)

    def _post_in_process(self, secret, events, pace):
        host = next((h for h in settings.ALLOWED_HOSTS if "*" not in h), "localhost")
        client = Client(HTTP_HOST=host.lstrip("."))
        headers = event_sync_headers(secret)
        headers.pop("Content-Type")
        statuses = []
        for event in events:
            self._wait(event)
            response = client.post(
                f"/jitsi/events/{event.path}",
                json.dumps(event.payload),
                content_type="application/json",
                headers=headers,
            )
            statuses.append(response.status_code)
            time.sleep(pace)
        return statuses

    def _post_http(self, url, secret, events, pace):
        import httpx

        statuses = []
        with httpx.Client(base_url=url.rstrip("/"), timeout=20) as client:
            for event in events:
                self._wait(event)
                response = client.post(
                    f"/jitsi/events/{event.path}",
                    content=json.dumps(event.payload),
                    headers=event_sync_headers(secret),
                )
                statuses.append(response.status_code)
                time.sleep(pace)
        return statuses
