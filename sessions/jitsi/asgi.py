"""An ASGI fast path for Jitsi's webhooks.

Prosody's event_sync gives up after its timeout and does not retry a timeout, and a
session sends bursts of joins. Django's middleware stack (sessions, auth, messages,
locale...) does nothing for a webhook but costs several thread hops per request
under ASGI, so POSTs to the webhook paths are answered here: read the body, then one
trip to a worker thread that authenticates, parses and inserts (receive.py, the same
code the Django views run). Everything else goes to Django unchanged.
"""

import json

from asgiref.sync import sync_to_async
from django.db import close_old_connections, connections
from django.urls import reverse

from . import receive
from .webhooks import MAX_BODY_BYTES


def _handle(route: str, path: str, headers: dict[str, str], body: bytes):
    close_old_connections()
    try:
        if route == "jaas":
            return receive.jaas_receive(
                signature=headers.get("x-jaas-signature"), body=body
            )
        return receive.event_sync_receive(
            path=path, authorization=headers.get("authorization"), body=body
        )
    finally:
        # No request_finished signal here: hand the connection back to the pool.
        connections.close_all()


class JitsiWebhookFastPath:
    def __init__(self, app):
        self.app = app
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
        status, data = await sync_to_async(_handle, thread_sensitive=False)(
            route[0], route[1], headers, bytes(body)
        )
        await _respond(send, status, data)


async def _respond(send, status: int, data: dict | None) -> None:
    body = json.dumps(data).encode() if data else b""
    headers = [(b"content-length", str(len(body)).encode())]
    if data:
        headers.append((b"content-type", b"application/json"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
