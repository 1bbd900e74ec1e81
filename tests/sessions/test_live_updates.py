import asyncio

from polls.live import notifier
from questions.broadcast import broadcaster
from sessions.pipeline.asgi import PipelineStarter
from sessions.pipeline.worker import pipeline


def test_the_first_request_attaches_every_live_coalescer_to_the_servers_loop():
    """Questions and polls gather their changes off the request path even before
    a socket of theirs has connected in this process."""

    async def app(scope, receive, send):
        return None

    async def first_request():
        await PipelineStarter(app)({"type": "http"}, None, None)
        return asyncio.get_running_loop()

    loop = asyncio.new_event_loop()
    try:
        server_loop = loop.run_until_complete(first_request())
        attached = [notifier._loop, broadcaster._loop]
    finally:
        notifier.detach()
        broadcaster.detach()
        pipeline.detach()
        loop.close()

    assert attached == [server_loop, server_loop]
