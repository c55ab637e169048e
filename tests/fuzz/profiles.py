"""Hypothesis profiles for the fuzz tests: a bounded run inside `make test`, a long one for `make fuzz`.

Chosen by SAFEGUARDING_FUZZ=quick|long (quick by default). Applied to the fuzz tests only, as a parent
of their own settings, so the profile of the rest of the suite is left alone.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz-quick",
    max_examples=100,
    deadline=None,  # the harnesses bound the time per input themselves
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
    print_blob=True,
)
settings.register_profile("fuzz-long", parent=settings.get_profile("fuzz-quick"), max_examples=3000)

PROFILE = settings.get_profile(f"fuzz-{os.environ.get('SAFEGUARDING_FUZZ', 'quick')}")


def fuzz_settings(share: float = 1.0) -> settings:
    """The profile, with `share` of its examples (for the slower targets)."""
    return settings(PROFILE, max_examples=max(5, int(PROFILE.max_examples * share)))
