"""The conversations a chat score file was computed from, looked up by id for their context windows.

`cases ingest --from chats scored.jsonl --conversations chats.jsonl` reads the input of `chats score`
(one conversation a line: {"id", "messages": [{"author", "text", "time"}]}) once to index where each
conversation's line starts, then reads only the lines of flagged conversations.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from safeguarding.cases.context import ChatMessage


class ConversationFileError(ValueError):
    pass


def _message(index: int, value: Any) -> ChatMessage | None:
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        return None
    sent = value.get("time")
    return ChatMessage(
        index, str(value.get("author", "")), value["text"], sent if isinstance(sent, str) else None
    )


class ConversationFile:
    """Random access by conversation id into a JSON Lines file of conversations."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise ConversationFileError(f"{path}: no such file")
        self.path = path
        self._handle: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._offsets: dict[str, int] = {}
        offset = 0
        for raw in self._handle:
            found = self._id(raw)
            if found is not None:
                self._offsets.setdefault(found, offset)
            offset += len(raw)

    @staticmethod
    def _id(raw: bytes) -> str | None:
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            return None
        cid = data.get("id") if isinstance(data, dict) else None
        return str(cid) if isinstance(cid, str | int) and not isinstance(cid, bool) else None

    def messages(self, conversation_id: str) -> list[ChatMessage] | None:
        """The conversation's messages, or None when the file does not hold it."""
        offset = self._offsets.get(conversation_id)
        if offset is None:
            return None
        self._handle.seek(offset)
        data = json.loads(self._handle.readline())
        raw = data.get("messages") if isinstance(data, dict) else None
        if not isinstance(raw, list):
            return []
        return [m for i, value in enumerate(raw) if (m := _message(i, value)) is not None]

    def close(self) -> None:
        self._handle.close()
