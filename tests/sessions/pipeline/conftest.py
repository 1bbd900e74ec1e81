"""A real ASGI server (uvicorn in a thread of the test process) and, for the outage
test, a real Redis of the test's own that it can stop and start again."""

import os
import shutil
import socket
import subprocess
import time

import pytest

from sessions.tests.live_server import asgi_served, free_port


class OwnRedis:
    """A redis-server process on its own port, never the shared one."""

    def __init__(self, executable: str, port: int):
        self.executable, self.port = executable, port
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.executable,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def own_redis():
    executable = shutil.which("redis-server")
    if executable is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is required under CI")
        pytest.skip("redis-server is not installed")
    redis = OwnRedis(executable, free_port())
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture
def asgi_server(settings):
    """config.asgi served by uvicorn in a thread (sharing the test database)."""
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
    with asgi_served() as address:
        yield address
