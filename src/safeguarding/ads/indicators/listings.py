"""Ordinary listings (rooms to let, jobs, items for sale, clinics, childcare) that share a site with
personal-services ads. Their words ("reliable nanny", "professional clinic", "24 hour gym", "Thai
massage clinic") are not indicators, so the text recognisers do not run on them; an obscured phone
number is still reported."""

from __future__ import annotations

import re

_LISTING_CUES = re.compile(
    r"\b(?:to let|for rent|to rent|rent(?:al)?|room(?:mate)?s?|flat ?share|flat|apartment|bedroom|"
    r"studio flat|tenancy|deposit|bills included|landlord|hiring|vacanc(?:y|ies)|job|salary|wages?|"
    r"per annum|apply|cv|"
    r"full[ -]time|part[ -]time|shifts?|for sale|selling|sale|good condition|excellent condition|"
    r"pick ?up only|collection only|barely used|hardly used|used|brand new|warranty|delivery|lessons?|"
    r"tutor(?:ing)?|nanny|childcare|childminder|babysit(?:ter|ting)?|after[- ]school|clinic|therapists?|"
    r"physio(?:therapy)?|sports massage|qualified|registered|references|dbs|plumb(?:er|ing)|electrician|"
    r"cleaning service|gardening|removals?|mileage|bike|bicycle|sofa|furniture|guitar|laptop|car)\b"
)
_PERSONAL_CUES = re.compile(
    r"\b(?:companion(?:ship)?|escort|dating|date|gentlem[ae]n|gents|incall|outcall|in-call|out-call|"
    r"ladies|lady|girls?|babe|sweetheart|darling|kisses|xoxo|sexy|hot|visit me|my place|your place|"
    r"hotel|dinner date|private meeting|fun time|good time|relax with me|pamper|unwind with)\b"
)


def is_listing(folded: str) -> bool:
    """True when the text reads as an ordinary listing: listing words and no personal-services words."""
    return _LISTING_CUES.search(folded) is not None and _PERSONAL_CUES.search(folded) is None
