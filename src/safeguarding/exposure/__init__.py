"""Exposure accounting: what each reviewer was actually shown, by kind, per session and per day.

Exposure, not page views, is what harms reviewers: Lewitzka et al. (2026) found that blur and greyscale
alone did not reduce harm. So the review pages count what they render or reveal (media revealed,
blurred thumbnails displayed, chat messages shown, ads shown), the break reminder uses those counts,
admins see them per reviewer and day, and configurable daily limits stop handing a reviewer new cases.
"""

from safeguarding.exposure.models import EXPOSURE_KINDS, ExposureEvent
from safeguarding.exposure.service import (
    Exposure,
    ExposureSettings,
    ExposureSettingsError,
    daily_report,
    limit_reached,
    load_exposure_settings,
    record_break,
    record_exposure,
    session_exposure,
    today_exposure,
)

__all__ = [
    "EXPOSURE_KINDS",
    "Exposure",
    "ExposureEvent",
    "ExposureSettings",
    "ExposureSettingsError",
    "daily_report",
    "limit_reached",
    "load_exposure_settings",
    "record_break",
    "record_exposure",
    "session_exposure",
    "today_exposure",
]
