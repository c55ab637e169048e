"""What each detector's detection says about entities: one extractor per detection kind.

- ads (``ad_network``): the contacts the ad analyser found (phones E.164, emails, handles), URLs in the
  ad's excerpt, its photos (PDQ);
- chats (``grooming_warning``, ``meeting_arranged``, ``sextortion_warning``): contacts and handles the
  suspect wrote, in the evidence lines and the kept context messages (read with `safeguarding.text`, the
  detectors' own extractor; a child's own contact details are not recorded), the participants' account
  ids. A ``crisis`` case (despair words from the person targeted, nothing else flagged) records none;
- scans and API matches (``media_match`` and anything else): the file's PDQ, the uploader's account id
  when the request gave one (``account_id`` / ``uploader`` in the payload, or a ``account:<id>`` group);
- payments (``payment_pattern``): the flagged customer and the beneficiaries it paid in the window
  (``safeguarding payments score``), and ``payment_accounts`` / ``sender`` / ``receiver`` in any payload.

The detector an observation is credited to is the queue's own (`cases.severity.detector_of`).

Every payload may also name entities directly (``phones``, ``emails``, ``handles``, ``urls``,
``accounts``), so an outside detector submitting through /v1/detections takes part too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from safeguarding.cases.severity import detector_of
from safeguarding.entities.normalise import EntityValueError, normalise
from safeguarding.text import extract_contacts

__all__ = ["CHAT_KINDS", "Observed", "detector_of", "observed_in"]

EVIDENCE_CHARS = 300
CHAT_KINDS = frozenset({"grooming_warning", "meeting_arranged", "sextortion_warning"})


@dataclass(frozen=True)
class Observed:
    """An entity seen in a detection: its kind, normal value and the text it was read from."""

    kind: str
    value: str
    evidence: str = ""


def observed_in(
    kind: str, group_key: str, payload: Mapping[str, Any], messages: Iterable[str] = ()
) -> list[Observed]:
    """The entities a detection of `kind` with `payload` shows, normalised, duplicates removed.

    `messages`: for a chat detection, the suspect's kept messages (contacts are read from them too).
    """
    found: list[Observed] = []
    _from_fields(payload, found)
    if kind in CHAT_KINDS:
        _from_chat(payload, found)
        for text in messages:
            _from_text(text, found)
    if kind == "payment_pattern":
        _from_payments(payload, found)
    if group_key.startswith("account:"):
        _add(found, "account", group_key.split(":", 1)[1], group_key)
    unique: dict[tuple[str, str], Observed] = {}
    for item in found:
        unique.setdefault((item.kind, item.value), item)
    return list(unique.values())


def _add(found: list[Observed], kind: str, raw: object, evidence: str = "") -> None:
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        return
    try:
        found.append(Observed(kind, normalise(kind, str(raw)), evidence[:EVIDENCE_CHARS]))
    except EntityValueError:
        return  # a detector's odd value is not an entity; the detection itself still counts


def _strings(value: object) -> Iterable[object]:
    return value if isinstance(value, list) else [value] if value is not None else []


_LIST_FIELDS = (
    ("phones", "phone"),
    ("emails", "email"),
    ("handles", "handle"),
    ("urls", "url"),
    ("accounts", "account"),
    ("images", "photo"),
    ("payment_accounts", "payment"),
)
_ONE_FIELDS = (
    ("pdq", "photo"),
    ("account_id", "account"),
    ("uploader", "account"),
    ("sender", "payment"),
    ("receiver", "payment"),
)


def _from_fields(payload: Mapping[str, Any], found: list[Observed]) -> None:
    where = f"ad {payload['id']}" if "id" in payload and "network" in payload else ""
    for name, kind in _LIST_FIELDS + _ONE_FIELDS:
        for value in _strings(payload.get(name)):
            _add(found, kind, value, f"{where} {name}".strip())
    for photo in _strings(payload.get("photos")):  # ads whose photos were scanned here: {"pdq": ...}
        if isinstance(photo, dict):
            _add(found, "photo", photo.get("pdq"), f"{where} photos".strip())
    excerpt = payload.get("excerpt")
    if isinstance(excerpt, str):
        for url in extract_contacts(excerpt).urls:
            _add(found, "url", url, excerpt)


def _from_chat(payload: Mapping[str, Any], found: list[Observed]) -> None:
    suspect = payload.get("suspect")
    if suspect:
        _add(found, "account", suspect, "suspect in the conversation")
    for participant in _strings(payload.get("participants")):
        _add(found, "account", participant, "participant in the conversation")
    for line in _strings(payload.get("evidence")):
        if not isinstance(line, dict) or not isinstance(line.get("text"), str):
            continue
        _from_text(line["text"], found)


def _from_payments(payload: Mapping[str, Any], found: list[Observed]) -> None:
    customer = payload.get("customer")
    _add(found, "payment", customer, f"customer {customer}")
    for party in _strings(payload.get("beneficiaries")):
        if isinstance(party, dict):
            _add(found, "payment", party.get("receiver"), f"beneficiary of customer {customer}")


def _from_text(text: str, found: list[Observed]) -> None:
    contacts = extract_contacts(text)
    for phone in contacts.phones:
        _add(found, "phone", phone.e164, text)
    for email in contacts.emails:
        _add(found, "email", email, text)
    for handle in contacts.handles:
        _add(found, "handle", handle, text)
    for url in contacts.urls:
        _add(found, "url", url, text)
