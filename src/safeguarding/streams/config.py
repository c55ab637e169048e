"""`streams watch --config streams.yaml`: several streams, each with its own banks and rule.

defaults:            # optional; what every stream inherits (the command's options otherwise)
  bank: [known-videos]
  every: 1           # seconds of stream time between samples
  window: 10         # seconds
  min_hits: 3        # matched samples of one entry within the window
  distance: 31       # largest PDQ Hamming distance
streams:
  - https://cdn.example.org/live/channel-7/index.m3u8     # a URL alone
  - url: rtmp://0.0.0.0:1935/live/cam-2                    # or a mapping
    listen: true
    bank: [known-videos, partner-list]
    min_hits: 2
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import yaml

from safeguarding.streams.watcher import StreamSpec

_NUMBERS = {"every": float, "window": float, "min_hits": int, "distance": int, "min_quality": int}
_KEYS = {"url", "bank", "listen", *_NUMBERS}


class StreamConfigError(ValueError):
    """A streams file that cannot be used; the message names the file, the stream and the field."""


def _setting(where: str, key: str, value: Any) -> Any:
    if key == "bank":
        banks = [value] if isinstance(value, str) else value
        if not isinstance(banks, list) or not all(isinstance(b, str) and b for b in banks):
            raise StreamConfigError(f"{where}: 'bank' must be a bank name or a list of them")
        return tuple(banks)
    if key == "listen":
        if not isinstance(value, bool):
            raise StreamConfigError(f"{where}: 'listen' must be true or false")
        return value
    if key == "url":
        if not isinstance(value, str) or "://" not in value:
            raise StreamConfigError(f"{where}: 'url' must be a stream URL (https://…, rtmp://…)")
        return value
    kind = _NUMBERS[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise StreamConfigError(f"{where}: {key!r} must be a positive number")
    if kind is int and value != int(value):
        raise StreamConfigError(f"{where}: {key!r} must be a whole number")
    return kind(value)


def _apply(base: StreamSpec, where: str, settings: dict[str, Any]) -> StreamSpec:
    unknown = sorted(set(settings) - _KEYS)
    if unknown:
        raise StreamConfigError(
            f"{where}: unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}"
        )
    names = {f.name for f in fields(StreamSpec)}
    changes = {("banks" if k == "bank" else k): _setting(where, k, v) for k, v in settings.items()}
    return replace(base, **{k: v for k, v in changes.items() if k in names})


def load_stream_specs(path: Path, base: StreamSpec) -> list[StreamSpec]:
    """The streams of a YAML file, each starting from `base` (the command's options) and `defaults`."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StreamConfigError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise StreamConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("streams"), list) or not data["streams"]:
        raise StreamConfigError(f"{path}: expected a mapping with a non-empty 'streams' list")
    extra = sorted(set(data) - {"defaults", "streams"})
    if extra:
        raise StreamConfigError(f"{path}: unknown top-level field(s) {', '.join(extra)}")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict) or "url" in defaults:
        raise StreamConfigError(f"{path}: 'defaults' must be a mapping of settings (without a url)")
    base = _apply(base, f"{path}: defaults", defaults)
    specs = []
    for number, item in enumerate(data["streams"], start=1):
        where = f"{path}: stream {number}"
        settings = {"url": item} if isinstance(item, str) else item
        if not isinstance(settings, dict) or "url" not in settings:
            raise StreamConfigError(f"{where}: give a URL, or a mapping with a 'url'")
        specs.append(_apply(base, where, settings))
    return specs
