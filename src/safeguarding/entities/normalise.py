"""One normal form per entity kind, with the detectors' own code, so the same contact is one entity.

- phone: E.164 through `safeguarding.text` (the code the ad analyser uses: obscured numbers, regions);
- email: lower-cased; handle: ``platform:name`` as the contact extractor writes it (``@name`` when no
  platform was named); url: scheme and host lower-cased, no fragment, no trailing slash;
- account and payment: the operator's own identifier, trimmed (one id space per operator);
- photo: a 64-character PDQ hex (near duplicates are resolved to one entity by `entities.photos`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from safeguarding.entities.models import ENTITY_KINDS
from safeguarding.text import DEFAULT_FALLBACK_REGIONS, DEFAULT_REGION, extract_handles, extract_phones

MAX_VALUE = 300
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]{1,255}\.[a-z]{2,24}")
_KIND_PREFIX = re.compile(r"^(phone|email|handle|account|photo|url|payment):(.+)$", re.DOTALL)


class EntityValueError(ValueError):
    """A value that cannot be read as an entity of the kind given; the message names both."""


def normalise(
    kind: str, raw: str, region: str = DEFAULT_REGION, fallback: tuple[str, ...] = DEFAULT_FALLBACK_REGIONS
) -> str:
    """The normal form of `raw` as an entity of `kind`; EntityValueError when it is not one."""
    if kind not in ENTITY_KINDS:
        raise EntityValueError(f"unknown entity kind {kind!r}; choose one of: {', '.join(ENTITY_KINDS)}")
    value = raw.strip()
    if not value:
        raise EntityValueError(f"empty {kind} value")
    if not value.isprintable():
        raise EntityValueError(f"{kind} value {value[:40]!r} holds control characters")
    normal = _NORMALISERS[kind](value, region, fallback)
    if len(normal) > MAX_VALUE:
        raise EntityValueError(f"{kind} value of {len(normal)} characters (at most {MAX_VALUE})")
    return normal


def _phone(value: str, region: str, fallback: tuple[str, ...]) -> str:
    found = extract_phones(value, region, fallback)
    if not found:
        raise EntityValueError(f"{value[:40]!r} is not a phone number (none found in region {region})")
    return found[0].e164


def _email(value: str, _region: str, _fallback: tuple[str, ...]) -> str:
    lowered = value.lower()
    if not _EMAIL.fullmatch(lowered):
        raise EntityValueError(f"{value[:40]!r} is not an email address")
    return lowered


def _handle(value: str, _region: str, _fallback: tuple[str, ...]) -> str:
    lowered = value.lower()
    platform, sep, name = lowered.partition(":")
    if sep and platform.isalpha() and name and " " not in name:
        return f"{platform}:{name.lstrip('@')}"
    found = extract_handles(lowered if lowered.startswith("@") else "@" + lowered)
    if not found:
        raise EntityValueError(f"{value[:40]!r} is not a handle (write platform:name or @name)")
    return found[0]


def _url(value: str, _region: str, _fallback: tuple[str, ...]) -> str:
    text = value if "://" in value else "http://" + value
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise EntityValueError(f"{value[:40]!r} is not a URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EntityValueError(f"{value[:40]!r} is not an http(s) URL")
    host = parts.hostname.lower()
    host = host[4:] if host.startswith("www.") else host
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    path = parts.path.rstrip("/")
    return urlunsplit(("https" if parts.scheme == "https" else "http", host + port, path, parts.query, ""))


def _identifier(value: str, _region: str, _fallback: tuple[str, ...]) -> str:
    if any(ch.isspace() for ch in value) or not value.isprintable():
        raise EntityValueError(f"{value[:40]!r}: an identifier has no spaces or control characters")
    return value


def _photo(value: str, _region: str, _fallback: tuple[str, ...]) -> str:
    if not _HEX64.fullmatch(value):
        raise EntityValueError(f"{value[:40]!r} is not a 64-character hex PDQ hash")
    return value.lower()


_NORMALISERS = {
    "phone": _phone,
    "email": _email,
    "handle": _handle,
    "url": _url,
    "account": _identifier,
    "payment": _identifier,
    "photo": _photo,
}


def guess(raw: str, region: str = DEFAULT_REGION) -> tuple[str, str]:
    """(kind, normal value) of a value typed by a person: ``kind:value`` names the kind; else a PDQ hex
    is a photo, ``@`` inside an email, a leading ``@`` or ``platform:`` a handle, ``http``/``www.`` a
    URL, a number a phone; anything else is an account id."""
    value = raw.strip()
    prefixed = _KIND_PREFIX.match(value)
    if prefixed:
        return prefixed.group(1), normalise(prefixed.group(1), prefixed.group(2), region)
    if _HEX64.fullmatch(value):
        return "photo", value.lower()
    if value.lower().startswith(("http://", "https://", "www.")):
        return "url", normalise("url", value)
    if "@" in value[1:] and _EMAIL.fullmatch(value.lower()):
        return "email", value.lower()
    if value.startswith("@") or re.match(r"^[a-z]+:[^\s]+$", value.lower()):
        return "handle", normalise("handle", value)
    if sum(ch.isdigit() for ch in value) >= 7:
        try:
            return "phone", normalise("phone", value, region)
        except EntityValueError:
            pass
    return "account", normalise("account", value)
