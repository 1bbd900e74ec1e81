"""An ASGI fast path for Jitsi's webhooks.

Prosody's event_sync gives up after its timeout and does not retry a timeout, and a
session sends bursts of joins. Django's middleware stack (sessions, auth, messages,
locale...) does nothing for a webhook but costs several thread hops per request
under ASGI, so POSTs to the webhook paths are answered here: read the body,
authenticate and parse it on the event loop (no database), then store the event
together with those of concurrent requests (batching.py); the answer waits for the
commit. JaaS webhooks, which may carry recordings, take one trip to a worker thread
each. receive.py holds the rules, the same code the Django views run.
"""

import json
import logging

from asgiref.sync import sync_to_async
from django.db import close_old_connections, connections
from django.urls import reverse

from . import receive
from .batching import EventBatcher
from .webhooks import MAX_BODY_BYTES, ParsedEvent

logger = logging.getLogger(__name__)


def _jaas(headers: dict[str, str], body: bytes):
    close_old_connections()
    try:
        return receive.jaas_receive(
            signature=headers.get("x-jaas-signature"), body=body
        )
    finally:
        # No request_finished signal here: hand the connection back to the pool.
        connections.close_all()


class JitsiWebhookFastPath:
    def __init__(self, app):
        self.app = app
        self._batcher = EventBatcher()
        self._events_prefix: str | None = None
        self._jaas_path: str | None = None

    def _route(self, path: str) -> tuple[str, str] | None:
        if self._events_prefix is None:
            self._events_prefix = reverse("jitsi:event_sync", args=["x", "y"])[:-3]
            self._jaas_path = reverse("jitsi:jaas")
        if path == self._jaas_path:
            return "jaas", ""
        if path.startswith(self._events_prefix):
            return "event_sync", path.removeprefix(self._events_prefix)
        return None

    async def __call__(self, scope, receive_message, send):
        route = None
        if scope["type"] == "http" and scope["method"] == "POST":
            route = self._route(scope["path"])
        if route is None:
            return await self.app(scope, receive_message, send)
        body = bytearray()
        while True:
            message = await receive_message()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > MAX_BODY_BYTES:
                return await _respond(send, 413, {"error": "body too large"})
            if not message.get("more_body"):
                break
        headers = {
            key.decode("latin-1").lower(): value.decode("latin-1")
            for key, value in scope["headers"]
        }
        if route[0] == "jaas":
            status, data = await sync_to_async(_jaas, thread_sensitive=False)(
                headers, bytes(body)
            )
        else:
            status, data = await self._event_sync(route[1], headers, bytes(body))
        await _respond(send, status, data)

    async def _event_sync(self, path: str, headers: dict[str, str], body: bytes):
        accepted = receive.event_sync_accept(
            path=path, authorization=headers.get("authorization"), body=body
        )
        if not isinstance(accepted, ParsedEvent):
            return accepted
        try:
            await self._batcher.store(accepted)
        except Exception:
            logger.exception("webhook event not stored")
            return 503, {"error": "not stored, try again"}
        return 204, None


async def _respond(send, status: int, data: dict | None) -> None:
    body = json.dumps(data).encode() if data else b""
    headers = [(b"content-length", str(len(body)).encode())]
    if data:
        headers.append((b"content-type", b"application/json"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
