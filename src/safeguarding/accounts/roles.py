"""Roles and what each may do. One table, read by the API and the UI; no per-app role flags.

| role                    | may                                                                  |
|-------------------------|----------------------------------------------------------------------|
| admin                   | everything: banks, all cases, decisions, reveal media                |
| child_safety_reviewer   | all cases including media, decide, reveal media; match               |
| reviewer                | text cases only (chats, ads), decide; never media                    |
| analyst                 | ad networks and statistics, read only; submit ad batches; no media   |
| api_client              | submit detections, ads and chat messages; match hashes and images    |
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    CHILD_SAFETY_REVIEWER = "child_safety_reviewer"
    REVIEWER = "reviewer"
    ANALYST = "analyst"
    API_CLIENT = "api_client"


ROLES: tuple[str, ...] = tuple(role.value for role in Role)

#: Roles that may open cases containing media and reveal (unblur) it.
MEDIA_ROLES: frozenset[str] = frozenset({Role.ADMIN, Role.CHILD_SAFETY_REVIEWER})
#: Roles that work the review queue: claim, decide.
DECIDING_ROLES: frozenset[str] = frozenset({Role.ADMIN, Role.CHILD_SAFETY_REVIEWER, Role.REVIEWER})
#: Roles that may read cases at all (each limited to the kinds it may see).
CASE_READING_ROLES: frozenset[str] = DECIDING_ROLES | {Role.ANALYST}


def check_role(value: str) -> str:
    """The role name if it is one of ROLES, else ValueError naming the valid ones."""
    if value not in ROLES:
        raise ValueError(f"unknown role {value!r}; choose one of: {', '.join(ROLES)}")
    return value


def may_reveal_media(role: str) -> bool:
    return role in MEDIA_ROLES
