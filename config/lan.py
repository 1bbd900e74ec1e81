"""This machine's address on the local network, for ``demo --lan`` and dev hosts."""

import socket

#: Never contacted: connecting a UDP socket only picks the route and the source address.
_PROBE_ADDRESS = ("10.255.255.255", 1)


def lan_address() -> str:
    """The IPv4 address other machines on the LAN reach this one at.

    Connecting a UDP socket sends nothing; it makes the kernel choose the interface
    that would route to a private address, whose address is then ours. Without any
    route (no network), the address the host name resolves to; last, loopback.
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE_ADDRESS)
            address = probe.getsockname()[0]
        if address and address != "0.0.0.0":
            return address
    except OSError:
        pass
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.0.1"


def local_host_names() -> list[str]:
    """Names and addresses this machine may be reached by on the LAN (dev hosts)."""
    names = [lan_address()]
    try:
        hostname = socket.gethostname()
    except OSError:
        hostname = ""
    if hostname:
        names += [hostname, f"{hostname}.local"]
    return list(dict.fromkeys(names))


_ALL_INTERFACES = {"0.0.0.0", "::", "[::]", "0"}


def split_addrport(addrport: str, *, default_port: str = "8000") -> tuple[str, str]:
    """``"0.0.0.0:8000"``, ``"8000"``, ``"[::1]:8000"``, ``"host"``: (address, port)."""
    if addrport.isdigit():
        return "127.0.0.1", addrport
    address, sep, port = addrport.rpartition(":")
    if not sep or not port.isdigit() or (address.count(":") and "]" not in address):
        return addrport, default_port
    return address, port


def public_url(address: str, port: str) -> str:
    """The URL others open for a server bound to ``address:port``.

    Bound to every interface, the server is reached at the LAN address, not "0.0.0.0".
    """
    if address in _ALL_INTERFACES:
        address = lan_address()
    return f"http://{address}:{port}"
