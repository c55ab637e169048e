"""The messages around a chat case's evidence lines, kept so a reviewer can judge them in context.

Data minimisation: a chat case keeps its evidence lines and a window of `before` messages before and
`after` messages after each of them (both authors), nothing else. A conversation scored over HTTP
also keeps its last `before` messages, so the next evidence line has its earlier context; they are
dropped as newer messages arrive. Anything further is fetched on demand from the operator's chat
service (cases.remote_context) and never stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeguarding.cases.models import CaseItem, ChatContextMessage

MAX_WINDOW = 50


class ContextError(ValueError):
    """A bad context window or message; the message says which."""


@dataclass(frozen=True)
class ContextWindow:
    """How many messages before and after each evidence line a chat case keeps."""

    before: int = 5
    after: int = 5

    def __post_init__(self) -> None:
        for name, value in (("before", self.before), ("after", self.after)):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_WINDOW:
                raise ContextError(
                    f"context window {name} must be a whole number 0-{MAX_WINDOW}, not {value!r}"
                )

    def covers(self, index: int, anchors: Iterable[int]) -> bool:
        return any(anchor - self.before <= index <= anchor + self.after for anchor in anchors)


@dataclass(frozen=True)
class ChatMessage:
    index: int
    author: str
    text: str
    time: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "author": self.author, "text": self.text, "time": self.time}


def evidence_indices(evidence: Iterable[Any]) -> list[int]:
    """The message indices an evidence list points at (entries as the chat scorer writes them)."""
    found: set[int] = set()
    for entry in evidence or []:
        value = entry
        if isinstance(entry, dict):
            value = next(
                (entry[k] for k in ("message_index", "message", "index") if isinstance(entry.get(k), int)),
                None,
            )
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            found.add(value)
    return sorted(found)


def _insert(session: Session, conversation_id: str, message: ChatMessage, anchor: bool) -> None:
    row = ChatContextMessage(
        conversation_id=conversation_id,
        message_index=message.index,
        author=message.author[:200],
        text=message.text,
        sent_at=(message.time or None) and str(message.time)[:64],
        anchor=anchor,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        pass  # already kept (ingesting twice, or a retried request): the first copy stands


def _mark_anchors(session: Session, conversation_id: str, anchors: Sequence[int]) -> None:
    if anchors:
        session.execute(
            update(ChatContextMessage)
            .where(
                ChatContextMessage.conversation_id == conversation_id,
                ChatContextMessage.message_index.in_(list(anchors)),
            )
            .values(anchor=True)
            .execution_options(synchronize_session=False)
        )


def keep_context(
    session: Session,
    conversation_id: str,
    messages: Sequence[ChatMessage],
    evidence: Sequence[int],
    window: ContextWindow,
) -> int:
    """Keep the evidence lines of a whole conversation and their windows (the ingest path).

    Returns how many messages were kept.
    """
    anchors = set(evidence)
    kept = 0
    for message in messages:
        if window.covers(message.index, anchors):
            _insert(session, conversation_id, message, message.index in anchors)
            kept += 1
    _mark_anchors(session, conversation_id, sorted(anchors))
    session.flush()
    return kept


def record_message(
    session: Session,
    conversation_id: str,
    message: ChatMessage,
    evidence: Sequence[int],
    window: ContextWindow,
) -> None:
    """One more message of a conversation scored online: keep it, then forget what no window needs.

    `evidence` is the conversation's evidence so far; its lines become anchors for good, and a
    message stays only while it is in an anchor's window or among the last `window.before`.
    """
    _insert(session, conversation_id, message, message.index in evidence)
    _mark_anchors(session, conversation_id, evidence)
    rows = session.execute(
        select(ChatContextMessage.message_index, ChatContextMessage.anchor).where(
            ChatContextMessage.conversation_id == conversation_id
        )
    ).all()
    anchors = {index for index, anchor in rows if anchor}
    recent_from = message.index - window.before + 1
    stale = [
        index
        for index, _anchor in rows
        if index < recent_from and index < message.index and not window.covers(index, anchors)
    ]
    if stale:
        session.execute(
            delete(ChatContextMessage)
            .where(
                ChatContextMessage.conversation_id == conversation_id,
                ChatContextMessage.message_index.in_(stale),
            )
            .execution_options(synchronize_session=False)
        )
    session.flush()


def conversation_of(item: CaseItem) -> str | None:
    value = (item.payload or {}).get("conversation_id")
    return str(value) if value not in (None, "") else None


def context_for_item(session: Session, item: CaseItem, window: ContextWindow) -> list[dict[str, Any]]:
    """The kept messages around the item's evidence lines, in order, each marked evidence or not."""
    conversation = conversation_of(item)
    if conversation is None:
        return []
    anchors = evidence_indices((item.payload or {}).get("evidence") or [])
    if not anchors:
        return []
    rows = session.scalars(
        select(ChatContextMessage)
        .where(
            ChatContextMessage.conversation_id == conversation,
            ChatContextMessage.message_index >= max(0, anchors[0] - window.before),
            ChatContextMessage.message_index <= anchors[-1] + window.after,
        )
        .order_by(ChatContextMessage.message_index)
    ).all()
    return [
        {
            "index": row.message_index,
            "author": row.author,
            "text": row.text,
            "time": row.sent_at,
            "evidence": row.message_index in anchors,
        }
        for row in rows
        if window.covers(row.message_index, anchors)
    ]


def gaps(indices: Sequence[int]) -> list[tuple[int, int]]:
    """The missing index ranges (inclusive) between kept messages: where 'show more' can fetch."""
    return [(a + 1, b - 1) for a, b in pairwise(indices) if b - a > 1]


def case_context(session: Session, items: Iterable[CaseItem], window: ContextWindow) -> list[dict[str, Any]]:
    """Per chat item of a case: its conversation, the kept messages in its window, and the gaps."""
    found = []
    for item in items:
        conversation = conversation_of(item)
        if conversation is None:
            continue
        messages = context_for_item(session, item, window)
        found.append(
            {
                "item_id": item.id,
                "conversation_id": conversation,
                "messages": messages,
                "gaps": [list(gap) for gap in gaps([m["index"] for m in messages])],
            }
        )
    return found


def case_conversations(items: Iterable[CaseItem]) -> set[str]:
    return {c for item in items if (c := conversation_of(item)) is not None}
