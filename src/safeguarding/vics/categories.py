"""VICS category tables: the `Category` number of a record -> our label, and whether it is matched."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from safeguarding.vics.reader import VicsError


@dataclass(frozen=True)
class Category:
    code: int
    label: str
    match: bool


@dataclass(frozen=True)
class CategoryTable:
    scheme: str  # US, UK, ... (the table's name)
    codes: dict[int, Category]
    source: str

    def label_code(self, label: str) -> int | None:
        return next((c.code for c in self.codes.values() if c.label == label), None)


def _parse(data: Any, origin: str) -> dict[str, CategoryTable]:
    if not isinstance(data, dict):
        raise VicsError(f"{origin}: a category file maps scheme names (US, UK) to tables")
    tables = {}
    for scheme, body in data.items():
        if not isinstance(body, dict) or not isinstance(body.get("codes"), dict):
            raise VicsError(f"{origin}: scheme {scheme!r} needs a 'codes' mapping")
        codes = {}
        for code, entry in body["codes"].items():
            if (
                not isinstance(code, int)
                or not isinstance(entry, dict)
                or not isinstance(entry.get("label"), str)
            ):
                raise VicsError(
                    f"{origin}: {scheme} code {code!r} needs an integer code and a 'label' string"
                )
            codes[code] = Category(code, entry["label"], bool(entry.get("match", True)))
        tables[str(scheme).upper()] = CategoryTable(str(scheme).upper(), codes, str(body.get("source", "")))
    return tables


def load_tables(path: Path | None = None) -> dict[str, CategoryTable]:
    """The packaged tables (US, UK), or those of `path` (same YAML shape) in their place."""
    if path is None:
        text = resources.files("safeguarding.vics").joinpath("categories.yaml").read_text("utf-8")
        return _parse(yaml.safe_load(text), "categories.yaml")
    try:
        return _parse(yaml.safe_load(path.read_text("utf-8")), str(path))
    except (OSError, yaml.YAMLError) as exc:
        raise VicsError(f"{path}: cannot read the category table: {exc}") from None


def scheme_of(context: str | None) -> str | None:
    """The scheme a file's @odata.context names: `.../2.0.xml/US/$metadata#Media` -> US."""
    if not context:
        return None
    parts = context.split("/")
    if "$metadata#Media" in parts[-1] or "$metadata#Cases" in parts[-1]:
        return parts[-2].upper() if len(parts) >= 2 else None
    return None
