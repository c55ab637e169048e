"""Streaming reader of VICS JSON (`#Media` hash sets and `#Cases` files) in bounded memory.

The document is walked structurally (object, keys, arrays); only one Media record (or one Case's own
fields) is decoded at a time, with the standard library's decoder, from a buffer refilled as needed.
Memory is bounded by the largest single record (MAX_RECORD_CHARS), not by the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

CHUNK_CHARS = 1 << 20
MAX_RECORD_CHARS = 64 << 20
_WS = " \t\r\n"


class VicsError(Exception):
    """The file cannot be read as VICS JSON; the message names the file and where."""


@dataclass(frozen=True)
class MediaRecord:
    index: int  # 1-based position among the file's Media records
    case_id: str | None  # the Case it came in, when the file is a #Cases file
    data: Any  # the decoded record (checked by the importer)


class _Stream:
    def __init__(self, handle: IO[str], name: str) -> None:
        self.handle = handle
        self.name = name
        self.buf = ""
        self.pos = 0
        self.dropped = 0  # characters before buf[0]
        self.eof = False
        self.decoder = json.JSONDecoder()

    def _fill(self) -> None:
        if self.pos > CHUNK_CHARS:
            self.dropped += self.pos
            self.buf = self.buf[self.pos :]
            self.pos = 0
        chunk = self.handle.read(CHUNK_CHARS)
        if not chunk:
            self.eof = True
        self.buf += chunk

    def where(self, at: int | None = None) -> str:
        return f"character {self.dropped + (self.pos if at is None else at) + 1}"

    def fail(self, message: str, at: int | None = None) -> VicsError:
        return VicsError(f"{self.name}: broken JSON at {self.where(at)}: {message}")

    def peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if self.eof:
                return ""
            self._fill()

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            raise self.fail(f"expected {char!r}, found {found or 'the end of the file'!r}")
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                obj, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                truncated = exc.pos >= len(self.buf) - 6 or exc.msg.startswith("Unterminated string")
                if self.eof or not truncated:
                    raise self.fail(exc.msg, exc.pos) from None
                if len(self.buf) - self.pos > MAX_RECORD_CHARS:
                    raise VicsError(
                        f"{self.name}: record at {self.where()} is over {MAX_RECORD_CHARS} characters"
                    ) from None
                self._fill()
                continue
            if end >= len(self.buf) and not self.eof:  # a number may go on in the next chunk
                self._fill()
                continue
            self.pos = end
            return obj

    def more(self, closing: str) -> bool:
        """After an item: True if a comma follows (another item), False at the closing bracket."""
        found = self.peek()
        if found == ",":
            self.pos += 1
            return True
        if found == closing:
            self.pos += 1
            return False
        raise self.fail(f"expected ',' or {closing!r}, found {found or 'the end of the file'!r}")

    def key(self) -> str:
        name = self.value()
        if not isinstance(name, str):
            raise self.fail("an object key must be a string")
        self.expect(":")
        return name


class VicsReader:
    """Iterate `records()`; `context` and `kind` ("Media" or "Cases") are known once reading starts."""

    def __init__(self, handle: IO[str], name: str) -> None:
        self.stream = _Stream(handle, name)
        self.name = name
        self.context: str | None = None
        self.kind: str | None = None
        self.count = 0

    def _set_context(self, context: Any) -> None:
        if not isinstance(context, str):
            raise VicsError(f"{self.name}: @odata.context must be a string")
        self.context = context
        if context.endswith("#Cases") or "#Cases" in context:
            self.kind = "Cases"
        elif "#Media" in context:
            self.kind = "Media"
        else:
            raise VicsError(f"{self.name}: @odata.context {context[:120]!r} names neither #Media nor #Cases")

    def records(self) -> Iterator[MediaRecord]:
        s = self.stream
        if s.peek() != "{":
            raise s.fail("a VICS file is a JSON object with a 'value' list")
        s.expect("{")
        seen_value = False
        if s.peek() == "}":
            s.pos += 1
        else:
            while True:
                name = s.key()
                if name in ("@odata.context", "odata.metadata"):
                    self._set_context(s.value())
                elif name == "value":
                    seen_value = True
                    yield from self._array()
                else:
                    s.value()
                if not s.more("}"):
                    break
        if s.peek():
            raise s.fail("data after the end of the VICS object")
        if not seen_value:
            raise VicsError(f"{self.name}: no 'value' list: not a VICS hash set or case file")

    def _array(self) -> Iterator[MediaRecord]:
        s = self.stream
        s.expect("[")
        if s.peek() == "]":
            s.pos += 1
            return
        while True:
            if self.kind == "Cases":
                yield from self._case()
            else:
                item = s.value()
                if self.kind is None and isinstance(item, dict) and "Media" in item and "MD5" not in item:
                    self.kind = "Cases"  # no context before the list: a case, decoded whole
                    for media in item.get("Media") or []:
                        yield self._record(media, _case_id(item))
                else:
                    self.kind = self.kind or "Media"
                    yield self._record(item, None)
            if not s.more("]"):
                return

    def _case(self) -> Iterator[MediaRecord]:
        s = self.stream
        if s.peek() != "{":
            raise s.fail("a Case must be a JSON object")
        s.expect("{")
        case_id: str | None = None
        if s.peek() == "}":
            s.pos += 1
            return
        while True:
            name = s.key()
            if name == "Media" and s.peek() == "[":
                s.expect("[")
                if s.peek() == "]":
                    s.pos += 1
                else:
                    while True:
                        yield self._record(s.value(), case_id)
                        if not s.more("]"):
                            break
            else:
                value = s.value()
                if name == "CaseID":
                    case_id = str(value)
            if not s.more("}"):
                return

    def _record(self, data: Any, case_id: str | None) -> MediaRecord:
        self.count += 1
        return MediaRecord(self.count, case_id, data)


def _case_id(case: dict[str, Any]) -> str | None:
    value = case.get("CaseID")
    return None if value is None else str(value)
