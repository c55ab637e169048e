"""The severity order that sets a case's place in the review queue.

Lower priority numbers are reviewed first; within one priority the oldest case comes first.
A case takes the most urgent priority of any of its items, so a grooming case that gains an
arranged meeting moves to the front.
"""

from __future__ import annotations

SEVERITY_ORDER: dict[str, int] = {
    "imminent_harm": 1,
    "known_media": 2,
    "grooming_warning": 3,
    "ad_network_strong": 4,
    "ad_network": 5,
    "other": 9,
}
"""Severity name → queue priority (1 is reviewed first).

1. ``imminent_harm`` — an arranged meeting with a child or an ongoing live stream: a child may be
   hurt in the next hours, so it goes before everything else.
2. ``known_media`` — an upload matched a bank of known abuse media: a child was abused and the
   material is circulating; the uploader is an immediate lead.
3. ``grooming_warning`` — a conversation scored as grooming: early warning, the harm may still be
   prevented.
4. ``ad_network_strong`` — a linked ad network with strong, evidence-based indicators
   (obscured phone, youth-suggesting language, ...).
5. ``ad_network`` — a linked ad network without strong indicators.
9. ``other`` — anything else a detector submits.
"""

#: The severity a detection of each kind gets when the detector does not set one.
DEFAULT_SEVERITY: dict[str, str] = {
    "meeting_arranged": "imminent_harm",
    "live_stream": "imminent_harm",
    "media_match": "known_media",
    "grooming_warning": "grooming_warning",
    "sextortion_warning": "grooming_warning",
    "crisis": "imminent_harm",
    "ad_network": "ad_network",
}

#: Kinds whose items carry media (hashes of images or video): only media roles may open them.
MEDIA_KINDS: frozenset[str] = frozenset({"media_match", "live_stream"})
#: Kinds an analyst may read (networks).
NETWORK_KINDS: frozenset[str] = frozenset({"ad_network"})


#: The detector behind each kind, for the queue's detector filter (a kind not listed: "other").
DETECTOR_OF_KIND: dict[str, str] = {
    "media_match": "hash_match",
    "live_stream": "hash_match",
    "grooming_warning": "chat_scorer",
    "meeting_arranged": "chat_scorer",
    "sextortion_warning": "chat_scorer",
    "crisis": "chat_scorer",
    "ad_network": "ads_link",
    "payment_pattern": "payments",
}


def detector_of(kind: str) -> str:
    return DETECTOR_OF_KIND.get(kind, "other")


def priority_of(severity: str) -> int:
    """The queue priority of a severity name; ValueError naming the valid names otherwise."""
    try:
        return SEVERITY_ORDER[severity]
    except KeyError:
        raise ValueError(
            f"unknown severity {severity!r}; choose one of: {', '.join(SEVERITY_ORDER)}"
        ) from None
