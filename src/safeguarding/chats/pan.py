"""Import PAN-2012 sexual predator identification XML into the conversations input format.

The corpus is licensed and never shipped; researchers who hold it convert it with ``chats import``.
Parsing streams with ``defusedxml`` (DTDs, entity expansion and external entities are refused), and
each ``<conversation>`` element is cleared once written, so memory stays bounded.

PAN-2012 layout::

    <conversations>
      <conversation id="...">
        <message line="1"><author>hash</author><time>03:20</time><text>...</text></message>
      </conversation>
    </conversations>
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse


class PanImportError(ValueError):
    """The XML is malformed or uses a forbidden construct (DTD, entities)."""


def read_predators(stream: IO[str]) -> set[str]:
    """The predator author ids file of PAN-2012 (one id a line)."""
    return {line.strip() for line in stream if line.strip()}


def iter_pan(
    source: IO[bytes] | str, predators: set[str] | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield (conversation, truth) pairs. Truth is only meaningful when ``predators`` is given."""
    try:
        position = 0
        for _event, element in iterparse(source, events=("end",), forbid_dtd=True):
            if element.tag != "conversation":
                continue
            position += 1
            # `chats score` needs an id: one missing from the XML is named by its place in the file.
            cid = element.get("id") or f"pan-{position}"
            messages = []
            for message in element.iter("message"):
                author = (message.findtext("author") or "").strip()
                text = message.findtext("text") or ""
                time = (message.findtext("time") or "").strip() or None
                if author:
                    messages.append({"author": author, "text": text, **({"time": time} if time else {})})
            authors = sorted({m["author"] for m in messages})
            suspect = next((a for a in authors if predators and a in predators), None)
            conversation: dict[str, Any] = {
                "id": cid,
                "participants": {a: {} for a in authors},
                "messages": messages,
            }
            truth: dict[str, Any] = {
                "id": cid,
                "label": "grooming" if suspect else "benign",
                "kind": "pan",
                "suspect": suspect,
                "onset": 0 if suspect else None,
            }
            element.clear()
            yield conversation, truth
    except DefusedXmlException as exc:
        raise PanImportError(f"forbidden XML construct: {exc}") from None
    except SyntaxError as exc:  # xml.etree.ElementTree.ParseError
        raise PanImportError(f"malformed XML: {exc}") from None
