"""URL normalisation as URL block lists expect it, and python-threatexchange's `url_md5`.

`normalize_url` applies RFC 3986 section 6.2.2 (syntax-based: case of scheme and host, upper-case
percent-encodings, decoding of percent-encoded unreserved characters, removal of dot segments) and the
scheme-based rules of 6.2.3 (default port dropped, empty path is "/"), plus what lists add: the host
in IDNA (punycode), no trailing dot, no user information, no fragment. The path and query keep their
case: on most servers `/Page` and `/page` are different pages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlparse, urlsplit

import idna

DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21, "ws": 80, "wss": 443}
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_PERCENT = re.compile(r"%([0-9a-fA-F]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_HOST = re.compile(r"[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?")
MAX_URL_LENGTH = 8192


class UrlError(ValueError):
    """A string that is not a URL we can normalise; the message shows it."""


@dataclass(frozen=True)
class NormalUrl:
    scheme: str
    host: str  # IDNA, lower case, no trailing dot
    port: int | None  # None when it is the scheme's default
    path: str  # starts with "/"
    query: str  # without "?", "" when absent

    @property
    def authority(self) -> str:
        return self.host if self.port is None else f"{self.host}:{self.port}"

    @property
    def location(self) -> str:
        """The URL without its scheme: what a list entry is matched on (http and https alike)."""
        return self.authority + self.path + (f"?{self.query}" if self.query else "")

    def __str__(self) -> str:
        return f"{self.scheme}://{self.location}"


def _shown(url: str) -> str:
    return repr(url if len(url) <= 100 else url[:97] + "...")


def _percent_normalised(part: str) -> str:
    """Upper-case hex in percent-encodings; decode those of unreserved characters (RFC 3986 6.2.2.1-2)."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    return _PERCENT.sub(fix, part)


def remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4."""
    output: list[str] = []
    for segment in path.split("/")[1:] if path.startswith("/") else path.split("/"):
        if segment == "..":
            if output:
                output.pop()
        elif segment != ".":
            output.append(segment)
    result = "/" + "/".join(output)
    if path.endswith(("/.", "/..")) and not result.endswith("/"):
        result += "/"
    return result


def normalize_host(host: str, url: str = "") -> str:
    cleaned = host.strip().rstrip(".").lower()
    if not cleaned:
        raise UrlError(f"no host in URL {_shown(url or host)}")
    if cleaned.startswith("["):  # IPv6 literal
        return cleaned
    try:
        encoded = idna.encode(cleaned, uts46=True).decode("ascii")
    except idna.IDNAError:
        try:  # hosts IDNA 2008 refuses (underscores, some symbols) still occur in lists
            encoded = cleaned.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise UrlError(f"host {host!r} is not a valid domain name in URL {_shown(url)}: {exc}") from None
    if not _HOST.fullmatch(encoded):
        raise UrlError(f"host {host!r} is not a valid domain name in URL {_shown(url or host)}")
    return encoded


def parse_url(url: str) -> NormalUrl:
    """Normalise a URL; a URL without a scheme (`example.com/a`) is taken as http. UrlError if it is
    not a URL."""
    text = url.strip()
    if not text:
        raise UrlError("empty URL")
    if len(text) > MAX_URL_LENGTH:
        raise UrlError(f"URL longer than {MAX_URL_LENGTH} characters: {_shown(text)}")
    if any(ord(c) < 32 or c == " " for c in text):
        raise UrlError(f"URL contains spaces or control characters: {_shown(text)}")
    if not _SCHEME.match(text):
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise UrlError(f"not a valid URL ({exc}): {_shown(url)}") from None
    host = normalize_host(parts.hostname or "", url)
    scheme = parts.scheme.lower()
    if port == DEFAULT_PORTS.get(scheme):
        port = None
    path = remove_dot_segments(_percent_normalised(parts.path)) if parts.path else "/"
    return NormalUrl(scheme, host, port, path, _percent_normalised(parts.query))


def normalize_url(url: str) -> str:
    """The normalised URL as text, e.g. `HTTP://Bücher.Example:80/a/./b/../C#x` → `http://xn--bcher-kva.example/a/C`."""
    return str(parse_url(url))


def url_md5(url: str) -> str:
    """python-threatexchange's `url_md5` signal: MD5 of the URL lower-cased whole (path too), with its
    scheme removed (threatexchange.common.normalize_url). Kept apart from `normalize_url` on purpose:
    a ThreatExchange URL-MD5 list only matches this exact recipe."""
    lowered = url.lower()
    parsed = urlparse(lowered)
    without_scheme = parsed.geturl().replace(f"{parsed.scheme}://", "", 1)
    return hashlib.md5(without_scheme.encode("utf-8")).hexdigest()
