"""Webhook receivers as Django views (WSGI, tests); under ASGI, asgi.py answers the
same paths before the middleware stack. Both call receive.py."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import receive


def _answer(answer: receive.Answer) -> HttpResponse:
    status, data = answer
    return JsonResponse(data, status=status) if data else HttpResponse(status=status)


@csrf_exempt
@require_POST
def event_sync_receive(request: HttpRequest, scope: str, action: str) -> HttpResponse:
    return _answer(
        receive.event_sync_receive(
            path=f"{scope}/{action}",
            authorization=request.headers.get("Authorization"),
            body=request.body,
        )
    )


@csrf_exempt
@require_POST
def jaas_receive(request: HttpRequest) -> HttpResponse:
    return _answer(
        receive.jaas_receive(
            signature=request.headers.get("X-Jaas-Signature"), body=request.body
        )
    )
