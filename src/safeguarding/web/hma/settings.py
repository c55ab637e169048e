"""The `hma` section of the configuration file: where the HMA-compatible API is mounted, URL fetching,
and the optional role for callers without credentials.

```yaml
hma:
  enabled: true            # mount the HMA-compatible API at all
  prefix: ""               # "" mounts it at the root, as HMA serves it; or e.g. "/hma"
  threshold: 31            # PDQ Hamming distance for a match, inclusive (HMA's PdqSignal threshold)
  anonymous_role: null     # HMA has no authentication; a role here (api_client, analyst or admin) is given
  anonymous_networks:      # to callers without credentials from these networks only
    - 127.0.0.1/32
    - ::1/128
  fetch:                   # GET /h/hash?url=, /m/lookup?url=, POST /c/bank/<name>/content?url=
    enabled: false         # off unless turned on
    allowed_hosts: []      # exact host names, or "*.example.org" for its subdomains
    max_mb: 20             # larger answers get 413
    timeout_seconds: 10    # for the whole download, redirects included
    max_redirects: 3
    allow_private: false   # tests only: allow loopback and private addresses
```
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any

from safeguarding.accounts import ROLES
from safeguarding.web.settings import HasSections, SettingsError

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class FetchSettings:
    enabled: bool = False
    allowed_hosts: tuple[str, ...] = ()
    max_bytes: int = 20 * 1024 * 1024
    timeout_seconds: float = 10.0
    max_redirects: int = 3
    allow_private: bool = False


@dataclass(frozen=True)
class HMASettings:
    enabled: bool = True
    prefix: str = ""
    threshold: int = 31
    anonymous_role: str | None = None
    anonymous_networks: tuple[IPNetwork, ...] = field(
        default_factory=lambda: (ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("::1/128"))
    )
    fetch: FetchSettings = field(default_factory=FetchSettings)


def _flag(section: dict[str, Any], key: str, default: bool, where: str) -> bool:
    value = section.get(key, default)
    if not isinstance(value, bool):
        raise SettingsError(f"config {where}.{key} must be true or false, not {value!r}")
    return value


def _positive(section: dict[str, Any], key: str, default: float, where: str) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise SettingsError(f"config {where}.{key} must be a number > 0, not {value!r}")
    return float(value)


def _fetch_settings(section: dict[str, Any]) -> FetchSettings:
    hosts = section.get("allowed_hosts", [])
    if not isinstance(hosts, list) or not all(isinstance(h, str) and h.strip() for h in hosts):
        raise SettingsError(f"config hma.fetch.allowed_hosts must be a list of host names, not {hosts!r}")
    redirects = section.get("max_redirects", 3)
    if isinstance(redirects, bool) or not isinstance(redirects, int) or not 0 <= redirects <= 10:
        raise SettingsError(f"config hma.fetch.max_redirects must be 0 to 10, not {redirects!r}")
    return FetchSettings(
        enabled=_flag(section, "enabled", False, "hma.fetch"),
        allowed_hosts=tuple(h.strip().lower().rstrip(".") for h in hosts),
        max_bytes=int(_positive(section, "max_mb", 20, "hma.fetch") * 1024 * 1024),
        timeout_seconds=_positive(section, "timeout_seconds", 10, "hma.fetch"),
        max_redirects=redirects,
        allow_private=_flag(section, "allow_private", False, "hma.fetch"),
    )


def load_hma_settings(config: HasSections | None) -> HMASettings:
    section = config.section("hma") if config is not None else {}
    prefix = section.get("prefix", "") or ""
    if not isinstance(prefix, str) or (prefix and (not prefix.startswith("/") or prefix.endswith("/"))):
        raise SettingsError(
            f"config hma.prefix must be empty or like /hma (no trailing slash), not {prefix!r}"
        )
    if prefix in ("/v1", "/ui") or prefix.startswith(("/v1/", "/ui/")):
        raise SettingsError(f"config hma.prefix {prefix!r} would shadow the service's own routes")
    role = section.get("anonymous_role")
    if role is not None and role not in ROLES:
        raise SettingsError(
            f"config hma.anonymous_role must be null or one of {', '.join(ROLES)}, not {role!r}"
        )
    networks_raw = section.get("anonymous_networks", ["127.0.0.1/32", "::1/128"])
    try:
        networks = tuple(ipaddress.ip_network(str(n), strict=False) for n in networks_raw)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"config hma.anonymous_networks: {exc}") from None
    threshold = section.get("threshold", 31)
    if isinstance(threshold, bool) or not isinstance(threshold, int) or not 0 <= threshold <= 256:
        raise SettingsError(f"config hma.threshold must be an integer from 0 to 256, not {threshold!r}")
    return HMASettings(
        enabled=_flag(section, "enabled", True, "hma"),
        prefix=prefix,
        threshold=threshold,
        anonymous_role=role,
        anonymous_networks=networks,
        fetch=_fetch_settings(section.get("fetch") or {}),
    )
