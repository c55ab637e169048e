"""One place where accounts, cases and the web service write to the audit log."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def audit(
    session: Session, actor: str, action: str, subject: str, details: dict[str, Any] | None = None
) -> None:
    """Append an audit event in the caller's transaction (see safeguarding.audit.record_event)."""
    from safeguarding.audit import record_event

    record_event(session, actor=actor, action=action, subject=subject, details=details or {})
