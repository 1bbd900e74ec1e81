import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

from config.asgi import application as platform_application  # noqa: E402


async def application(scope, receive, send):
    """The platform's ASGI app, plus the machine's ceiling: a bare ASGI 204."""
    if scope["type"] == "http" and scope["path"] == "/bench/asgi-floor/":
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    await platform_application(scope, receive, send)
