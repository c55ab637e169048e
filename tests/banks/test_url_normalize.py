"""URL normalisation against RFC 3986 (section 6.2.2 syntax-based, 6.2.3 scheme-based, 5.2.4 dot
segments) and python-threatexchange's URL-MD5 test vectors."""

from __future__ import annotations

import pytest
from threatexchange.signal_type.url_md5 import UrlMD5Signal

from safeguarding.urls import UrlError, normalize_url, url_md5
from safeguarding.urls.normalize import remove_dot_segments

# python-threatexchange signal_type/tests/test_url_md5_hash.py (facebook/ThreatExchange @ baefb4ed)
PYTX_URL = "www.facebook.com/?user=123"
PYTX_FULL_URL = "https://www.facebook.com/?user=123"
PYTX_MD5 = "e359430911fe80c2dd526d3cca21da30"


def test_pytx_url_md5_vectors() -> None:
    assert url_md5(PYTX_URL) == PYTX_MD5
    assert url_md5(PYTX_FULL_URL) == PYTX_MD5


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://Example.COM/Path/Page?Q=1#frag",
        "example.org",
        "http://a.b/c?",
        "ftp://x.y:21/%7e",
        "Ünïcode.example/ä",
    ],
)
def test_url_md5_is_pytx_recipe(url: str) -> None:
    assert url_md5(url) == UrlMD5Signal.hash_from_str(url)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # 6.2.2.1 case: scheme and host are case-insensitive, percent-encoding hex is upper-cased
        ("HTTP://www.EXAMPLE.com/", "http://www.example.com/"),
        ("http://example.com/a%3ab", "http://example.com/a%3Ab"),
        # 6.2.2.2 percent-encoded unreserved characters are decoded
        ("http://example.com/%7Esmith/home.html", "http://example.com/~smith/home.html"),
        ("http://example.com/%41%2D%2e%5F", "http://example.com/A-._"),
        # 6.2.2.3 dot segments; the section's own example
        ("eXAMPLE://a/./b/../b/%63/%7bfoo%7d", "example://a/b/c/%7Bfoo%7D"),
        # 6.2.3 scheme-based: these four are equivalent
        ("http://example.com", "http://example.com/"),
        ("http://example.com/", "http://example.com/"),
        ("http://example.com:/", "http://example.com/"),
        ("http://example.com:80/", "http://example.com/"),
        ("https://example.com:443/x", "https://example.com/x"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        # what lists add: IDNA host, no trailing dot, no fragment, no user information; path case kept
        ("http://Bücher.Example./Katalog#seite-2", "http://xn--bcher-kva.example/Katalog"),
        ("http://user:pw@Example.com/Private/File.HTML", "http://example.com/Private/File.HTML"),
        ("example.com/Some/Path", "http://example.com/Some/Path"),
    ],
)
def test_rfc3986_normalisation(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [  # RFC 3986 5.2.4 and the 5.4 examples' paths
        ("/a/b/c/./../../g", "/a/g"),
        ("/b/c/./g", "/b/c/g"),
        ("/b/c/../g", "/b/g"),
        ("/b/c/..", "/b/"),
        ("/b/c/.", "/b/c/"),
        ("/../g", "/g"),
        ("/b/c/g;x=1/./y", "/b/c/g;x=1/y"),
    ],
)
def test_remove_dot_segments(path: str, expected: str) -> None:
    assert remove_dot_segments(path) == expected


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("", "empty URL"),
        ("http://[bad", "not a valid URL"),
        ("http://exa mple.com/", "spaces"),
        ("ht!tp://x", "not a valid domain name"),
        ("http://example.com:99999/", "not a valid URL"),
        ("http://" + "a" * 9000 + ".com", "longer than"),
    ],
)
def test_bad_urls_are_named(bad: str, why: str) -> None:
    with pytest.raises(UrlError, match=why):
        normalize_url(bad)
