"""Webhook receivers: authenticate, parse, store, answer fast.

Prosody's event_sync gives up after its timeout and never retries a timeout, so the
request does the minimum (see ``services.connection_events_record``).
"""

import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .services import connection_events_record
from .webhooks import (
    WebhookError,
    bearer_is_valid,
    jaas_signature_verify,
    parse_event_sync,
    parse_jaas,
)


def _refused(error: WebhookError) -> JsonResponse:
    return JsonResponse({"error": error.reason}, status=error.status)


@csrf_exempt
@require_POST
def event_sync_receive(request: HttpRequest, scope: str, action: str) -> HttpResponse:
    if not bearer_is_valid(
        request.headers.get("Authorization"), settings.JITSI_WEBHOOK_SECRET
    ):
        return _refused(WebhookError(401, "missing or wrong bearer secret"))
    try:
        event = parse_event_sync(f"{scope}/{action}", request.body)
    except WebhookError as error:
        return _refused(error)
    connection_events_record(events=[event])
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def jaas_receive(request: HttpRequest) -> HttpResponse:
    try:
        jaas_signature_verify(
            header=request.headers.get("X-Jaas-Signature"),
            body=request.body,
            secret=settings.JITSI_JAAS_WEBHOOK_SECRET,
            now=time.time(),
            tolerance=settings.JITSI_WEBHOOK_TOLERANCE_SECONDS,
        )
        event = parse_jaas(request.body)
    except WebhookError as error:
        return _refused(error)
    if event is not None:
        connection_events_record(events=[event])
    return HttpResponse(status=204)
