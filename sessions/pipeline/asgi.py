"""Starts this process's live workers in the server's event loop, lazily: the
first request or WebSocket of the process does it. The attendance pipeline and every
live-page coalescer (questions, polls) then gather changes off the request path,
whether or not a WebSocket of theirs has connected yet."""

from sessions.live_updates import coalescers_attach

from .worker import pipeline


class PipelineStarter:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket"):
            pipeline.attach()
            coalescers_attach()
        return await self.app(scope, receive, send)
