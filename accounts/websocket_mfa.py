"""The staff-MFA rule for WebSockets: the HTTP middleware never sees them.

Wraps the WebSocket router inside ``AuthMiddlewareStack`` (config/asgi.py), so it runs
for every WebSocket route, whatever its consumer does.
"""

from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware

from .middleware import staff_must_set_up_mfa

#: The close code a refused WebSocket gets (4000 + the HTTP status, as the
#: dashboard's own refusals do).
MFA_REQUIRED_CLOSE_CODE = 4403


class RequireStaffMFAWebsocketMiddleware(BaseMiddleware):
    """Refuse the WebSocket of an Organiser or Lecturer who has not set up TOTP."""

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket" and await database_sync_to_async(
            staff_must_set_up_mfa
        )(scope.get("user")):
            return await _refuse(receive, send)
        return await super().__call__(scope, receive, send)


async def _refuse(receive, send) -> None:
    message = await receive()
    if message["type"] == "websocket.connect":
        await send({"type": "websocket.close", "code": MFA_REQUIRED_CLOSE_CODE})
