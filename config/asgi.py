"""One ASGI application for HTTP and WebSockets."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from accounts.websocket_mfa import RequireStaffMFAWebsocketMiddleware  # noqa: E402
from config.websockets import websocket_urlpatterns  # noqa: E402
from sessions.jitsi.asgi import JitsiWebhookFastPath  # noqa: E402
from sessions.pipeline.asgi import PipelineStarter  # noqa: E402

application = PipelineStarter(
    ProtocolTypeRouter(
        {
            "http": JitsiWebhookFastPath(django_asgi_app),
            "websocket": AllowedHostsOriginValidator(
                AuthMiddlewareStack(
                    RequireStaffMFAWebsocketMiddleware(URLRouter(websocket_urlpatterns))
                )
            ),
        }
    )
)
