"""Validation of CyberTipline documents against NCMEC's XSD (a copy ships in `schemas/`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import Element

import xmlschema
from defusedxml import ElementTree as SafeElementTree

SCHEMA_FILE = Path(__file__).parent / "schemas" / "cybertipline-report.xsd"
#: sha256 of the XSD as published in usips/xf2-ncmec (see docs/REPORTING.md).
SCHEMA_SHA256 = "aee4c88099409b8a27d1403a5bc9bf0809bdc4819c079081abc1e2275efb392b"


class InvalidDocument(ValueError):
    """A document does not validate; the message names the element and the reason."""

    def __init__(self, root: str, path: str, reason: str) -> None:
        super().__init__(f"<{root}> is invalid at {path}: {reason}")
        self.root = root
        self.path = path
        self.reason = reason


@lru_cache(maxsize=4)
def load_schema(path: Path = SCHEMA_FILE) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(path))


def parse_xml(data: bytes) -> Element:
    """Parse untrusted XML (no entities, no external references); ValueError if it is not XML."""
    try:
        element: Element = SafeElementTree.fromstring(data)
    except Exception as exc:  # defusedxml raises ParseError or its own DefusedXmlException
        raise ValueError(f"not well-formed XML: {exc}") from None
    return element


def validate(
    document: bytes | Element, expected_root: str | None = None, schema: Path = SCHEMA_FILE
) -> Element:
    """Validate a document against the XSD and return its root element.

    Raises InvalidDocument naming the first offending element (an XPath-like path) and why.
    """
    root = parse_xml(document) if isinstance(document, bytes) else document
    if expected_root is not None and root.tag != expected_root:
        raise InvalidDocument(expected_root, f"/{root.tag}", f"expected a <{expected_root}> document")
    for error in load_schema(schema).iter_errors(root):
        path = error.path or f"/{root.tag}"
        raise InvalidDocument(root.tag, path, error.reason or str(error.message))
    return root
