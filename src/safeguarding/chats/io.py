"""Streaming JSON Lines input and output for conversations, with clear messages for bad lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from safeguarding.jsonlines import JsonLineError, load_json_line

MAX_AGE = 120


@dataclass
class Message:
    author: str
    text: str
    time: str | None = None


@dataclass
class Conversation:
    id: str
    participants: dict[str, dict[str, Any]]
    messages: list[Message]
    line: int = 0
    extra: dict[str, Any] = field(default_factory=dict)  # other top-level keys (labels in training files)


class BadInput(ValueError):
    """One input line cannot be read as a conversation."""


def parse_conversation(raw: str, line: int = 0) -> Conversation:
    try:
        data = load_json_line(raw)
    except JsonLineError as exc:
        raise BadInput(str(exc)) from None
    if not isinstance(data, dict):
        raise BadInput(f"not a conversation object (found a JSON {type(data).__name__})")
    cid = data.get("id")
    if isinstance(cid, bool) or not isinstance(cid, str | int) or cid == "":
        raise BadInput('"id" must be a non-empty string')
    participants = _participants(data.get("participants"))
    messages = data.get("messages")
    if not isinstance(messages, list):
        raise BadInput('"messages" must be a list (it may be empty)')
    parsed = [_message(i, m) for i, m in enumerate(messages)]
    extra = {k: v for k, v in data.items() if k not in ("id", "participants", "messages")}
    return Conversation(str(cid), participants, parsed, line, extra)


def _participants(value: object) -> dict[str, dict[str, Any]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadInput('"participants" must be an object {author: {"declared_age": int}}')
    out: dict[str, dict[str, Any]] = {}
    for name, info in value.items():
        if info is None:
            info = {}
        if not isinstance(info, dict):
            raise BadInput(f"participant {name!r} must be an object")
        age = info.get("declared_age")
        if age is not None:
            out[str(name)] = {"declared_age": _age(name, age)}
        else:
            out[str(name)] = {}
    return out


def _age(name: str, age: object) -> int:
    # bool is an int in Python; 13.5 or "13" are not ages; never read a doubtful value as a child's age.
    if isinstance(age, bool) or not isinstance(age, int | float):
        raise BadInput(f"participant {name!r}: declared_age {age!r} is not a whole number")
    if isinstance(age, float) and not age.is_integer():
        raise BadInput(f"participant {name!r}: declared_age {age!r} is not a whole number")
    if age < 0 or age > MAX_AGE:
        raise BadInput(f"participant {name!r}: declared_age {age!r} cannot be an age (0..{MAX_AGE})")
    if isinstance(age, float):
        raise BadInput(f"participant {name!r}: declared_age {age!r} is not a whole number")
    return age


def _message(index: int, value: object) -> Message:
    if not isinstance(value, dict):
        raise BadInput(f"message {index} is not an object")
    author, text, time = value.get("author"), value.get("text"), value.get("time")
    if not isinstance(author, str | int) or isinstance(author, bool) or author == "":
        raise BadInput(f"message {index} has no author")
    if not isinstance(text, str):
        raise BadInput(f"message {index} has no text")
    if time is not None and not isinstance(time, str):
        raise BadInput(f"message {index}: time must be an ISO-8601 string")
    return Message(str(author), text, time)


def read_conversations(stream: IO[str], name: str, report: Callable[[str], None]) -> Iterator[Conversation]:
    """Yield the valid conversations of a JSON Lines stream; report each bad line as ``name:line: why``."""
    for number, item in parse_lines(stream):
        if isinstance(item, Conversation):
            yield item
        else:
            report(f"{name}:{number}: {item}")


def parse_lines(lines: Iterable[str], first: int = 1) -> Iterator[tuple[int, Conversation | str]]:
    """(line number, conversation or why the line is bad) for each non-blank line, numbered from `first`."""
    for number, raw in enumerate(lines, start=first):
        if not raw.strip():
            continue
        try:
            yield number, parse_conversation(raw, number)
        except BadInput as exc:
            yield number, str(exc)
        except RecursionError:
            yield number, "JSON nested too deeply"


def stderr_report(message: str) -> None:
    print(message, file=sys.stderr)


@contextmanager
def open_input(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdin
        return
    with Path(path).open(encoding="utf-8", errors="replace") as handle:
        yield handle


@contextmanager
def open_output(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        return
    with Path(path).open("w", encoding="utf-8") as handle:
        yield handle


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
