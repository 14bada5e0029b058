"""This machine's addresses, for the CEO to choose where the room listens (stdlib only, no Qt)."""

from __future__ import annotations

import contextlib
import ipaddress
import socket

LOOPBACK = "127.0.0.1"
ALL = "0.0.0.0"  # every interface: offered only after asking
_PROBE = ("192.0.2.1", 9)  # TEST-NET-1: a UDP "connect" sends nothing, it only picks a route


def default_address() -> str:
    """The address of the interface with the default route (usually Wi-Fi or LAN); else loopback."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(_PROBE)
        address = probe.getsockname()[0]
        if not ipaddress.ip_address(address).is_unspecified:
            return address
    return LOOPBACK


def local_addresses() -> list[str]:
    """IPv4 addresses phones might reach, the default one first, loopback last."""
    found = [default_address()]
    with contextlib.suppress(OSError):
        for *_, sockaddr in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(sockaddr[0])
    ordered = list(dict.fromkeys(a for a in found if not ipaddress.ip_address(a).is_loopback))
    return [*ordered, LOOPBACK]


def reachable_host(bind: str) -> str:
    """The address to put in the join link for a bind address (every interface: the default one)."""
    try:
        unspecified = ipaddress.ip_address(bind).is_unspecified
    except ValueError:  # a host name
        return bind
    return default_address() if unspecified else bind
