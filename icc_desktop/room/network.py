"""The laptop's IPv4 addresses that phones could reach, found without Qt and without traffic.

Phones cannot resolve `.local` names reliably, so the room is announced by IP address. The
address of the default route comes from a UDP socket "connected" to a private address (no
packet is sent); the others from the host name's addresses. Loopback is listed last: it only
reaches this laptop (tests, a quick look).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class LocalAddress:
    """An address the room can listen on, and what it is."""

    address: str
    kind: str
    """"route" (the network the laptop uses), "other" (another interface), "loopback"."""


def _route_address() -> str | None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 9))  # UDP connect sends nothing; it only picks a route
        address = str(probe.getsockname()[0])
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("0.") else address


def local_addresses() -> list[LocalAddress]:
    """IPv4 addresses of this laptop: the default route's first, then others, loopback last."""
    found: list[LocalAddress] = []
    route = _route_address()
    if route and not ipaddress.ip_address(route).is_loopback:
        found.append(LocalAddress(route, "route"))
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        ip = ipaddress.ip_address(address)
        if ip.is_loopback or ip.is_link_local or any(a.address == address for a in found):
            continue
        found.append(LocalAddress(address, "other"))
    found.append(LocalAddress("127.0.0.1", "loopback"))
    return found


def default_address() -> str:
    """The address to offer first: the default route's, else loopback (no network at all)."""
    return local_addresses()[0].address
