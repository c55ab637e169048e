"""Fetch a URL for hashing, safely: off by default; when on, only configured hosts, never a private,
loopback, link-local or otherwise non-public address (checked after DNS resolution, and the connection
goes to the checked address, so a second resolution cannot swap it), bounded in size and time.
Redirects are followed a few times, each target checked again.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from safeguarding.web.hma.settings import FetchSettings

CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that may not or could not be fetched; `status` is the HTTP status to answer (400 or 413)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Fetched:
    path: Path
    content_type: str
    size: int


def _host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    for pattern in allowed:
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]):
                return True
        elif host == pattern:
            return True
    return False


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _resolve(host: str, port: int, settings: FetchSettings) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"host {host!r} has no address")
    if not settings.allow_private:
        refused = [a for a in addresses if not _public(a)]
        if refused:
            raise FetchError(f"host {host!r} resolves to a non-public address ({refused[0]}): refused")
    return addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _check_url(url: str, settings: FetchSettings) -> tuple[str, str, int, str]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"Invalid or unsafe URL provided: {url[:200]!r} is not an http(s) URL")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"Invalid or unsafe URL provided: bad port in {url[:200]!r}") from None
    host = parts.hostname.lower().rstrip(".")
    if not _host_allowed(host, settings.allowed_hosts):
        raise FetchError(f"Invalid or unsafe URL provided: host {host!r} is not in hma.fetch.allowed_hosts")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, host, port, path


def fetch_url(url: str, settings: FetchSettings) -> Fetched:
    """Download `url` to a temporary file (the caller deletes it), or raise FetchError."""
    if not settings.enabled:
        raise FetchError("fetching URLs is off on this server (hma.fetch.enabled); upload the file instead")
    deadline = time.monotonic() + settings.timeout_seconds
    for _ in range(settings.max_redirects + 1):
        scheme, host, port, path = _check_url(url, settings)
        address = _resolve(host, port, settings)
        remaining = max(0.1, deadline - time.monotonic())
        kind = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
        connection = kind(host, port, address, remaining)
        try:
            connection.request("GET", path, headers={"User-Agent": "safeguarding-hma/1", "Accept": "*/*"})
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"Failed to fetch URL: redirect without a Location from {host}")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchError(f"Failed to fetch URL: {host} answered HTTP {response.status}")
            return _save(response, settings, deadline)
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"Failed to fetch URL: {type(exc).__name__}: {exc}") from None
        finally:
            connection.close()
    raise FetchError(f"Failed to fetch URL: more than {settings.max_redirects} redirects")


def _save(response: http.client.HTTPResponse, settings: FetchSettings, deadline: float) -> Fetched:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > settings.max_bytes:
        raise FetchError(f"Content too large: {declared} bytes, over {settings.max_bytes}", 413)
    descriptor, name = tempfile.mkstemp(prefix="sg-hma-fetch-")
    path = Path(name)
    size = 0
    try:
        with os.fdopen(descriptor, "wb") as handle:
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > settings.max_bytes:
                    raise FetchError(f"Content too large: over {settings.max_bytes} bytes", 413)
                if time.monotonic() > deadline:
                    raise FetchError(f"Failed to fetch URL: took over {settings.timeout_seconds:g} s")
                handle.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if size == 0:
        path.unlink(missing_ok=True)
        raise FetchError("Failed to fetch URL: the answer was empty")
    return Fetched(path, response.getheader("Content-Type") or "", size)
