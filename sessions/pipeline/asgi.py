"""Starts this process's pipeline worker in the server's event loop, lazily: the
first request or WebSocket of the process does it."""

from .worker import pipeline


class PipelineStarter:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket"):
            pipeline.attach()
        return await self.app(scope, receive, send)
