"""Ordinary listings (rooms to let, jobs, items for sale, clinics, childcare) that share a site with
personal-services ads. Their words ("reliable nanny", "professional clinic", "24 hour gym", "Thai
massage clinic") are not indicators, so the text recognisers do not run on them; an obscured phone
number is still reported."""

from __future__ import annotations

import re

# Phrases that only ordinary listings use (an ad for companionship mentions a hotel room or a car too,
# so single everyday words are not enough).
_LISTING_CUES = re.compile(
    r"\b(?:to let|for rent|to rent|room to let|flat ?share|bills included|tenancy|deposit required|landlord|"
    r"hiring|vacanc(?:y|ies)|salary|per annum|apply (?:now|online|by|with|in)|send (?:your )?cv|"
    r"full[ -]time (?:job|position|role)|part[ -]time (?:job|position|role)|for sale|good condition|"
    r"excellent condition|pick ?up only|collection only|barely used|hardly used|nanny|childcare|"
    r"childminder|babysit(?:ter|ting)|after[- ]school|clinic|physio(?:therapy)?|sports massage|"
    r"lessons? for|tutoring|plumb(?:er|ing)|electrician|cleaning service|removals|"
    r"double room|single room|en[- ]suite room|bedroom (?:flat|house|apartment))\b"
)
_PERSONAL_CUES = re.compile(
    r"\b(?:companion(?:ship)?|escort|dating|date|gentlem[ae]n|gents|incall|outcall|in-call|out-call|"
    r"ladies|lady|girls?|babe|sweetheart|darling|kisses|xoxo|sexy|hot|visit me|my place|your place|"
    r"hotel|dinner date|private meeting|fun time|good time|relax with me|pamper|unwind with)\b"
)


def is_listing(folded: str) -> bool:
    """True when the text reads as an ordinary listing: listing words and no personal-services words."""
    return _LISTING_CUES.search(folded) is not None and _PERSONAL_CUES.search(folded) is None
