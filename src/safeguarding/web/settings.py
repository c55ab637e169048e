"""The `web` section of the configuration file, with its defaults.

```yaml
web:
  secret_key: null        # cookie signing key; else $SAFEGUARDING_SECRET_KEY; else generated once
                          # and kept in <index dir>/web-secret.key (mode 0600)
  cookie_secure: auto     # auto: Secure cookies when the request came over https; true behind a TLS proxy
                          # (sessions: idle timeout, lifetime, Redis: the `sessions` section)
  max_upload_mb: 20       # larger image uploads get 413
  lease_seconds: 900      # default review lease
  max_ads_batch: 1000     # ads per POST /v1/ads/batch
  max_chat_text: 10000    # characters per chat message
  chat_model: null        # path of the chat scorer model; null = the packaged default
  match_threshold: 31     # PDQ Hamming distance for a match
chat_context:             # the messages a chat case keeps around each evidence line (data minimisation)
  before: 5
  after: 5
  callback_url: null      # "show more": the operator's chat service, GET ?conversation_id=&start=&end=
  token_env: SAFEGUARDING_CHAT_CONTEXT_TOKEN   # the variable holding its bearer token
  timeout_seconds: 5
  max_kb: 256             # largest answer read
```
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from safeguarding.cases.context import ContextError, ContextWindow
from safeguarding.cases.remote_context import ContextCallback

SECRET_ENV = "SAFEGUARDING_SECRET_KEY"
SECRET_FILE = "web-secret.key"


class HasSections(Protocol):
    def section(self, name: str) -> dict[str, Any]: ...


class SettingsError(ValueError):
    pass


@dataclass(frozen=True)
class WebSettings:
    secret_key: str
    cookie_secure: bool | None = None  # None: decide per request from its scheme
    max_upload_bytes: int = 20 * 1024 * 1024
    lease_seconds: int = 900
    max_ads_batch: int = 1000
    max_chat_text: int = 10_000
    chat_model: str | None = None
    match_threshold: int = 31
    chat_context: ContextWindow = field(default_factory=ContextWindow)
    chat_context_callback: ContextCallback | None = None


def _secret_from_file(index_dir: Path) -> str:
    path = index_dir / SECRET_FILE
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    index_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key


def _number(section: dict[str, Any], key: str, default: float, low: float, name: str = "web") -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
        raise SettingsError(f"config {name}.{key} must be a number >= {low}, not {value!r}")
    return value


def _chat_context(section: dict[str, Any]) -> tuple[ContextWindow, ContextCallback | None]:
    try:
        window = ContextWindow(section.get("before", 5), section.get("after", 5))
    except ContextError as exc:
        raise SettingsError(f"config chat_context: {exc}") from None
    url = section.get("callback_url")
    if not url:
        return window, None
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise SettingsError(f"config chat_context.callback_url must be an http(s) URL, not {url!r}")
    variable = str(section.get("token_env") or "SAFEGUARDING_CHAT_CONTEXT_TOKEN")
    token = os.environ.get(variable, "")
    if not token:
        raise SettingsError(
            f"config chat_context.callback_url is set but ${variable} (its bearer token) is empty"
        )
    callback = ContextCallback(
        url=url,
        token=token,
        timeout_seconds=float(_number(section, "timeout_seconds", 5, 0.1, "chat_context")),
        max_bytes=int(_number(section, "max_kb", 256, 1, "chat_context") * 1024),
    )
    return window, callback


def load_web_settings(config: HasSections | None, index_dir: Path) -> WebSettings:
    section = config.section("web") if config is not None else {}
    secret = section.get("secret_key") or os.environ.get(SECRET_ENV) or _secret_from_file(index_dir)
    if len(str(secret)) < 16:
        raise SettingsError("the cookie secret key must be at least 16 characters")
    if "session_hours" in section:
        raise SettingsError("config web.session_hours has moved: use sessions.lifetime_hours")
    secure_raw = section.get("cookie_secure", "auto")
    if secure_raw not in ("auto", True, False):
        raise SettingsError(f"config web.cookie_secure must be auto, true or false, not {secure_raw!r}")
    window, callback = _chat_context(config.section("chat_context") if config is not None else {})
    return WebSettings(
        secret_key=str(secret),
        cookie_secure=None if secure_raw == "auto" else bool(secure_raw),
        max_upload_bytes=int(_number(section, "max_upload_mb", 20, 0.001) * 1024 * 1024),
        lease_seconds=int(_number(section, "lease_seconds", 900, 1)),
        max_ads_batch=int(_number(section, "max_ads_batch", 1000, 1)),
        max_chat_text=int(_number(section, "max_chat_text", 10_000, 1)),
        chat_model=section.get("chat_model"),
        match_threshold=int(_number(section, "match_threshold", 31, 0)),
        chat_context=window,
        chat_context_callback=callback,
    )
