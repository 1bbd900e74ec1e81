"""The demo finds the address a phone on the same network reaches this machine at."""

import importlib
import ipaddress
import socket

import pytest

from config import lan


class NoRoute:
    """A socket whose connect fails as it does on a machine without a network."""

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def connect(self, address):
        raise OSError("Network is unreachable")


def test_lan_address_is_an_ipv4_address():
    ipaddress.IPv4Address(lan.lan_address())


def test_lan_address_sends_nothing_it_only_asks_the_route(monkeypatch):
    sent = []

    class Probe(NoRoute):
        def connect(self, address):
            self.address = address

        def getsockname(self):
            return ("192.168.1.20", 53123)

        def send(self, data):
            sent.append(data)

        sendto = send

    monkeypatch.setattr(lan.socket, "socket", Probe)

    assert lan.lan_address() == "192.168.1.20"
    assert sent == []


def test_without_a_route_the_host_name_address_is_used(monkeypatch):
    monkeypatch.setattr(lan.socket, "socket", NoRoute)
    monkeypatch.setattr(lan.socket, "gethostbyname", lambda name: "10.0.0.7")

    assert lan.lan_address() == "10.0.0.7"


@pytest.mark.parametrize(
    ("addrport", "expected"),
    [
        ("0.0.0.0:8000", ("0.0.0.0", "8000")),
        ("8080", ("127.0.0.1", "8080")),
        ("192.168.1.20", ("192.168.1.20", "8000")),
        ("[::1]:8001", ("[::1]", "8001")),
    ],
)
def test_split_addrport_reads_address_and_port(addrport, expected):
    assert lan.split_addrport(addrport) == expected


def test_public_url_of_every_interface_is_the_lan_address(monkeypatch):
    monkeypatch.setattr(lan, "lan_address", lambda: "192.168.1.20")

    assert lan.public_url("0.0.0.0", "8000") == "http://192.168.1.20:8000"


def test_dev_settings_accept_the_lan_address(monkeypatch):
    monkeypatch.delenv("DJANGO_ALLOWED_HOSTS", raising=False)
    monkeypatch.setattr(lan, "lan_address", lambda: "192.168.1.20")
    monkeypatch.setattr(socket, "gethostname", lambda: "laptop")

    dev = importlib.reload(importlib.import_module("config.settings.dev"))

    assert {"192.168.1.20", "laptop", "127.0.0.1"} <= set(dev.ALLOWED_HOSTS)
    assert dev.SITE_URL_FOLLOWS_REQUEST is True
