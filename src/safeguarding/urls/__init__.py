"""URL lists: normalised exact-page, path-prefix and whole-domain entries in banks, python-threatexchange's
`url_md5`, and the URLs found in text (ads, chats) matched against them."""

from safeguarding.urls.lists import (
    URL_KINDS,
    UrlListEntry,
    UrlMatch,
    add_url_entries,
    candidate_keys,
    export_url_list,
    match_url,
    read_url_list,
    url_entry,
)
from safeguarding.urls.normalize import UrlError, normalize_url, parse_url, url_md5
from safeguarding.urls.text import UrlHit, find_urls, scan_text_urls

__all__ = [
    "URL_KINDS",
    "UrlError",
    "UrlHit",
    "UrlListEntry",
    "UrlMatch",
    "add_url_entries",
    "candidate_keys",
    "export_url_list",
    "find_urls",
    "match_url",
    "normalize_url",
    "parse_url",
    "read_url_list",
    "scan_text_urls",
    "url_entry",
    "url_md5",
]
