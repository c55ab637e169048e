"""The VICS 2.0 `Media` and `AlternativeHash` types, from the published OData CSDL
(`ProjectVicDataModel.2.0.xml`; a copy with its source is in tests/banks/data/vics/), and checks of a
record's values against them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

# name -> (Edm type, nullable); navigation collections are listed apart.
MEDIA_PROPERTIES: dict[str, tuple[str, bool]] = {
    "MD5": ("Edm.String", False),
    "MediaID": ("Edm.Int32", False),
    "Category": ("Edm.Byte", True),
    "SHA1": ("Edm.String", True),
    "VictimIdentified": ("Edm.Boolean", True),
    "OffenderIdentified": ("Edm.Boolean", True),
    "IsDistributed": ("Edm.Boolean", True),
    "Comments": ("Edm.String", True),
    "Tags": ("Edm.String", True),
    "Series": ("Edm.String", True),
    "MediaSize": ("Edm.Int64", True),
    "RelativeFilePath": ("Edm.String", True),
    "DateUpdated": ("Edm.DateTimeOffset", True),
    "IsPrecategorized": ("Edm.Boolean", False),
    "PrecategorizationSource": ("Edm.String", True),
    "IsSuspected": ("Edm.Boolean", True),
    "MimeType": ("Edm.String", True),
    "SelfGenerated": ("Edm.Boolean", True),
    "PhotoDNA": ("Edm.String", True),
}
MEDIA_NAVIGATION = (
    "AlternativeHashes",
    "Exifs",
    "MediaFiles",
    "Repositories",
    "Cases",
    "Segments",
    "MediaMetadata",
    "Identifiers",
)
ALTERNATIVE_HASH_PROPERTIES: dict[str, tuple[str, bool]] = {
    "MD5": ("Edm.String", False),
    "HashName": ("Edm.String", False),
    "HashValue": ("Edm.String", True),
}
_RANGES = {"Edm.Byte": (0, 255), "Edm.Int32": (-(2**31), 2**31 - 1), "Edm.Int64": (-(2**63), 2**63 - 1)}


def type_problem(name: str, value: Any, edm: str) -> str | None:
    """Why `value` is not a valid `edm` value, or None."""
    if edm == "Edm.String":
        return None if isinstance(value, str) else f"{name} must be a string, not {type(value).__name__}"
    if edm == "Edm.Boolean":
        return None if isinstance(value, bool) else f"{name} must be true or false, not {value!r}"[:160]
    if edm in _RANGES:
        low, high = _RANGES[edm]
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{name} must be an integer ({edm}), not {value!r}"[:160]
        return None if low <= value <= high else f"{name} {value} is out of range for {edm}"
    if edm == "Edm.DateTimeOffset":
        if not isinstance(value, str):
            return f"{name} must be a date-time string, not {type(value).__name__}"
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return f"{name} is not an ISO 8601 date-time: {value[:40]!r}"
        return None
    return None


def media_problems(record: Any, *, require_all: bool = False) -> list[str]:
    """What is wrong with a Media record by the CSDL: wrong types, and (with `require_all`, for our own
    exports) missing non-nullable properties. MD5 is always required: it is the key."""
    if not isinstance(record, dict):
        return [f"a Media record must be a JSON object, not {type(record).__name__}"]
    problems = []
    for name, (edm, nullable) in MEDIA_PROPERTIES.items():
        value = record.get(name)
        if value is None:
            if not nullable and (require_all or name == "MD5"):
                problems.append(f"{name} is required")
            continue
        found = type_problem(name, value, edm)
        if found:
            problems.append(found)
    hashes = record.get("AlternativeHashes")
    if hashes is not None:
        if not isinstance(hashes, list):
            problems.append("AlternativeHashes must be a list")
        else:
            for item in hashes:
                if not isinstance(item, dict) or not isinstance(item.get("HashName"), str):
                    problems.append("each AlternativeHashes item needs a HashName string")
                    break
                if item.get("HashValue") is not None and not isinstance(item["HashValue"], str):
                    problems.append("AlternativeHashes HashValue must be a string")
                    break
    return problems
