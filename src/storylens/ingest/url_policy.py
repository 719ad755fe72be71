"""What an ingest run may reach besides the bytes it is given, and fetching under that policy.

The CLI is trusted: it reads the files and URLs its user names. Inputs handed to the web app
are not: a URL or a feed uploaded there must not make the server read its own files or reach
services that only the server can reach (its loopback, its private network, the cloud metadata
address). Under ``PUBLIC_WEB_ONLY``:

- only http(s) URLs are fetched, and every redirect must stay http(s);
- each connection resolves the host once, refuses it unless every address is public, and then
  connects to the address it checked, so a name that resolves elsewhere a moment later (DNS
  rebinding) gains nothing; redirects open new connections and are checked the same way;
- no proxy from the environment is used: the check must see the address actually reached;
- a feed's item links are never read as local files.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.request
from dataclasses import dataclass
from typing import Optional
from urllib.error import URLError
from urllib.parse import urljoin, urlsplit

from storylens.errors import InputRejected, Reasons

WEB_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class FetchPolicy:
    """What reading an input may reach beyond the input itself."""

    private_hosts: bool = True  # URLs whose host is this machine or a private network
    local_links: bool = True  # files a local feed's items link to


TRUSTED = FetchPolicy()
PUBLIC_WEB_ONLY = FetchPolicy(private_hosts=False, local_links=False)


class HostRefused(OSError):
    """A connection the policy does not allow; the message says which address and why.

    An ``OSError`` so that urllib reports it like any failed connection."""


def url_refusal(url: str) -> Optional[str]:
    """Why ``url`` may not be fetched for someone else, judging its text alone; None if it may."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES:
        return f"only http(s) URLs are fetched, not {parts.scheme + ':' if parts.scheme else 'local paths'}"
    if not parts.hostname:
        return "the URL names no host"
    return None


def address_refusal(address: str) -> Optional[str]:
    """Why a connection to the IP ``address`` is refused (the kind of address), or None if public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    # Most specific first: is_private also holds for link-local, reserved and unspecified ranges.
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def _connect_public(address: tuple[str, int], timeout, source_address=None) -> socket.socket:
    """``socket.create_connection`` (as http.client calls it) that resolves once, checks every
    address, and connects to a checked address."""
    host, port = address
    resolved = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    for *_, sockaddr in resolved:
        kind = address_refusal(sockaddr[0])
        if kind:
            raise HostRefused(f"{host} resolves to the {kind} address {sockaddr[0]}")
    last_error: Optional[OSError] = None
    for *_, sockaddr in resolved:
        try:
            return socket.create_connection((sockaddr[0], port), timeout, source_address)
        except OSError as e:
            last_error = e
    raise last_error or OSError(f"cannot connect to {host}")


class _PublicHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _connect_public


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    # TLS still checks the certificate against the host name, not the address connected to.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = _connect_public


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_PublicHTTPSConnection, req, context=self._context)


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    # The target's host is checked when its connection opens, like the first one's.
    def http_error_302(self, req, fp, code, msg, headers):
        location = headers.get("location") or headers.get("uri")
        if location:
            target = urljoin(req.full_url, location)
            refusal = url_refusal(target)
            if refusal:
                raise HostRefused(f"redirected to {target}: {refusal}")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _public_web_opener() -> urllib.request.OpenerDirector:
    # Built by hand rather than by build_opener, which would add the file:, ftp: and data: handlers.
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler({}), urllib.request.UnknownHandler(), _PublicHTTPHandler(),
                    _PublicHTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(), _WebOnlyRedirects(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def open_url(request: urllib.request.Request, *, timeout: float, policy: FetchPolicy):
    """Open ``request`` as ``policy`` allows; a refusal is an ``InputRejected`` naming the URL."""
    if policy.private_hosts:
        return urllib.request.urlopen(request, timeout=timeout)
    url = request.full_url
    refusal = url_refusal(url)
    try:
        if refusal:
            raise HostRefused(refusal)
        return _public_web_opener().open(request, timeout=timeout)
    except HostRefused as e:
        raise InputRejected(url, Reasons.REFUSED.format(detail=str(e))) from e
    except URLError as e:
        if isinstance(e.reason, HostRefused):
            raise InputRejected(url, Reasons.REFUSED.format(detail=str(e.reason))) from e
        raise
