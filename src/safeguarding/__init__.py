"""Safeguarding: find, link, triage and report online child sexual exploitation and trafficking."""

__version__ = "0.1.0"
