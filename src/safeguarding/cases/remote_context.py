"""'Show more': fetch messages beyond a chat case's kept window from the operator's chat service.

The operator configures a callback URL and a bearer token (`chat_context` section). We send

    GET <url>?conversation_id=<id>&start=<first index>&end=<last index, inclusive>
    Authorization: Bearer <token>

and expect `{"messages": [{"index": int, "author": str, "text": str, "time": str | null}, ...]}`.
The request is bounded in time (`timeout_seconds`), in size (`max_bytes`, read as a stream and cut off)
and in messages (`max_messages` per request). What comes back is shown to the reviewer and never stored.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import httpx

from safeguarding.cases.context import ChatMessage


class ContextUnavailable(RuntimeError):
    """The chat service could not give the messages; the message says why, in one line."""


@dataclass(frozen=True)
class ContextCallback:
    url: str
    token: str
    timeout_seconds: float = 5.0
    max_bytes: int = 256 * 1024
    max_messages: int = 50


def _messages(document: Any, start: int, end: int, limit: int) -> list[ChatMessage]:
    if not isinstance(document, dict) or not isinstance(document.get("messages"), list):
        raise ContextUnavailable("the chat service's answer has no 'messages' list")
    found: dict[int, ChatMessage] = {}
    for entry in document["messages"]:
        if not isinstance(entry, dict):
            continue
        index = entry.get("index")
        if not isinstance(index, int) or isinstance(index, bool) or not start <= index <= end:
            continue  # outside what we asked for: not shown
        sent = entry.get("time")
        found[index] = ChatMessage(
            index=index,
            author=str(entry.get("author", ""))[:200],
            text=str(entry.get("text", "")),
            time=str(sent)[:64] if sent not in (None, "") else None,
        )
    return [found[i] for i in sorted(found)][:limit]


def fetch_messages(
    callback: ContextCallback, conversation_id: str, start: int, end: int
) -> list[ChatMessage]:
    """Messages `start`..`end` (inclusive, at most `max_messages`) of a conversation, from the service."""
    if start < 0 or end < start:
        raise ContextUnavailable(f"bad message range {start}-{end}")
    end = min(end, start + callback.max_messages - 1)
    params: dict[str, str | int] = {"conversation_id": conversation_id, "start": start, "end": end}
    headers = {"Authorization": f"Bearer {callback.token}", "Accept": "application/json"}
    try:
        with (
            httpx.Client(timeout=callback.timeout_seconds, follow_redirects=False) as client,
            client.stream("GET", callback.url, params=params, headers=headers) as response,
        ):
            if response.status_code != 200:
                raise ContextUnavailable(f"the chat service answered HTTP {response.status_code}")
            body = bytearray()
            deadline = time.monotonic() + callback.timeout_seconds
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if time.monotonic() > deadline:  # httpx's timeout is per read, this one is in total
                    raise httpx.ReadTimeout("total time")
                if len(body) > callback.max_bytes:
                    raise ContextUnavailable(
                        f"the chat service's answer is larger than {callback.max_bytes} bytes"
                    )
    except httpx.TimeoutException:
        raise ContextUnavailable(
            f"the chat service did not answer within {callback.timeout_seconds:g} s"
        ) from None
    except httpx.HTTPError as exc:
        raise ContextUnavailable(f"cannot reach the chat service: {type(exc).__name__}") from None
    try:
        document = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ContextUnavailable("the chat service's answer is not JSON") from None
    return _messages(document, start, end, callback.max_messages)
