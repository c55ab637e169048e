"""Preserved evidence: encrypted at rest, held for the legal period, exported as signed packages."""
