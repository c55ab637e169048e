"""The `reporting` section of the configuration: who reports, and where to.

```yaml
reporting:
  esp_service: "Example Chat"          # your service's name, as NCMEC should see it
  reporter:                            # the reporting person at your company (NCMEC contacts them)
    first_name: Jane
    last_name: Doe
    email: safety@example.org
    phone: "+1 555 0100"
  terms_of_service: "https://example.org/terms"
  legal_url: "https://example.org/legal"
  ncmec:
    endpoint: https://exttest.cybertip.org/ispws   # the test environment (default)
    username: from $SAFEGUARDING_NCMEC_USERNAME     # credentials issued by NCMEC
    password: from $SAFEGUARDING_NCMEC_PASSWORD
    timeout_seconds: 30
    attempts: 3                                     # tries per step before giving up
    backoff_seconds: 2                              # wait before a retry, doubled each time
```
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safeguarding.config import ConfigError, load_config

TEST_ENDPOINT = "https://exttest.cybertip.org/ispws"
PRODUCTION_ENDPOINT = "https://report.cybertip.org/ispws"


class SettingsError(ValueError):
    """A required setting is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Reporter:
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class NcmecSettings:
    endpoint: str = TEST_ENDPOINT
    username: str = ""
    password: str = field(default="", repr=False)
    timeout_seconds: float = 30.0
    attempts: int = 3
    backoff_seconds: float = 2.0


@dataclass(frozen=True)
class ReportingSettings:
    esp_service: str = ""
    reporter: Reporter = field(default_factory=Reporter)
    terms_of_service: str = ""
    legal_url: str = ""
    ncmec: NcmecSettings = field(default_factory=NcmecSettings)

    def require_reporter(self) -> Reporter:
        if not (self.reporter.email or (self.reporter.first_name and self.reporter.last_name)):
            raise SettingsError(
                "reporting.reporter is not configured: NCMEC needs a reporting person "
                "(first_name and last_name, or email) in the configuration file"
            )
        return self.reporter


def _mapping(section: dict[str, Any], key: str) -> dict[str, Any]:
    value = section.get(key) or {}
    if not isinstance(value, dict):
        raise SettingsError(f"reporting.{key} must be a mapping")
    return value


def reporting_settings(config_path: str | Path | None = None) -> ReportingSettings:
    try:
        section = load_config(config_path).section("reporting")
    except ConfigError as exc:
        raise SettingsError(str(exc)) from None
    reporter = _mapping(section, "reporter")
    ncmec = _mapping(section, "ncmec")
    try:
        return ReportingSettings(
            esp_service=str(section.get("esp_service", "")),
            reporter=Reporter(
                first_name=str(reporter.get("first_name", "")),
                last_name=str(reporter.get("last_name", "")),
                email=str(reporter.get("email", "")),
                phone=str(reporter.get("phone", "")),
            ),
            terms_of_service=str(section.get("terms_of_service", "")),
            legal_url=str(section.get("legal_url", "")),
            ncmec=NcmecSettings(
                endpoint=str(ncmec.get("endpoint") or TEST_ENDPOINT).rstrip("/"),
                username=os.environ.get("SAFEGUARDING_NCMEC_USERNAME") or str(ncmec.get("username", "")),
                password=os.environ.get("SAFEGUARDING_NCMEC_PASSWORD") or str(ncmec.get("password", "")),
                timeout_seconds=float(ncmec.get("timeout_seconds", 30)),
                attempts=max(1, int(ncmec.get("attempts", 3))),
                backoff_seconds=max(0.0, float(ncmec.get("backoff_seconds", 2))),
            ),
        )
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"reporting.ncmec: {exc}") from None
