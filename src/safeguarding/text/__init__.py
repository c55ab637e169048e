"""Text normalisation and contact extraction (phones, also obscured; emails; handles; URLs)."""

from safeguarding.text.contacts import (
    Contacts,
    extract_contacts,
    extract_emails,
    extract_handles,
    extract_urls,
)
from safeguarding.text.normalise import fold, normalise
from safeguarding.text.phones import DEFAULT_FALLBACK_REGIONS, DEFAULT_REGION, PhoneMatch, extract_phones

__all__ = [
    "DEFAULT_FALLBACK_REGIONS",
    "DEFAULT_REGION",
    "Contacts",
    "PhoneMatch",
    "extract_contacts",
    "extract_emails",
    "extract_handles",
    "extract_phones",
    "extract_urls",
    "fold",
    "normalise",
]
