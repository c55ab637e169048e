"""The one way detectors add work, and the queue reviewers take it from.

- `submit_detection` groups detections by `group_key`: a group has at most one active case
  (open or escalated); a new detection joins it, or opens a new case once the old one is closed.
- `claim_next` hands a reviewer the most urgent, oldest unleased case under a lease that expires.
  On PostgreSQL the candidate row is locked with `SELECT ... FOR UPDATE SKIP LOCKED`; on both
  databases the lease is then taken by a conditional UPDATE whose row count is checked, so one
  case is never held by two reviewers.
- `decide` records confirm / dismiss / escalate / note, on the case or on some of its items, with
  who and when; decisions are never changed or deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, false, func, or_, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from safeguarding.accounts.audit import audit
from safeguarding.cases.models import ACTIONS, ACTIVE_STATUSES, CASE_STATUSES, Case, CaseItem, Decision
from safeguarding.cases.severity import (
    DEFAULT_SEVERITY,
    MEDIA_KINDS,
    NETWORK_KINDS,
    detector_of,
    priority_of,
)

DEFAULT_LEASE_SECONDS = 15 * 60
MAX_LEASE_SECONDS = 4 * 60 * 60
_CLAIM_ATTEMPTS = 20


class CaseError(ValueError):
    """A case operation was refused (bad input); the message says why."""


class CaseNotFound(CaseError):
    pass


class CaseConflict(CaseError):
    """The case is leased to someone else or already closed."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Detection:
    """One finding of a detector, to become an item of the case for its group.

    kind: what was found ("media_match", "grooming_warning", "ad_network", "meeting_arranged", ...).
    group_key: what it is about ("account:123", "network:N17", "conversation:c9", "media:<sha256>");
        all detections with one group_key go to one case.
    severity: a name from SEVERITY_ORDER; defaults from the kind (DEFAULT_SEVERITY), else "other".
    source_ref: the detector's id for the finding (scan item id, ad id, conversation id); a detection
        with the same kind and source_ref as an item already in the group is not added twice.
    """

    kind: str
    group_key: str
    summary: str = ""
    severity: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    source_ref: str = ""
    occurred_at: datetime | None = None

    def resolved_severity(self) -> str:
        return self.severity or DEFAULT_SEVERITY.get(self.kind, "other")


def _validate(detection: Detection) -> None:
    if not detection.kind or len(detection.kind) > 64:
        raise CaseError("detection kind must be 1-64 characters")
    if not detection.group_key or len(detection.group_key) > 300:
        raise CaseError("detection group_key must be 1-300 characters")
    if len(detection.source_ref) > 300:
        raise CaseError("detection source_ref must be at most 300 characters")
    try:
        priority_of(detection.resolved_severity())
    except ValueError as exc:
        raise CaseError(str(exc)) from exc


def _existing_item(session: Session, detection: Detection) -> CaseItem | None:
    if not detection.source_ref:
        return None
    query = (
        select(CaseItem)
        .join(Case)
        .where(
            Case.group_key == detection.group_key,
            CaseItem.kind == detection.kind,
            CaseItem.source_ref == detection.source_ref,
        )
        .limit(1)
    )
    return session.scalars(query).first()


def _active_case(session: Session, group_key: str) -> Case | None:
    return session.scalars(select(Case).where(Case.active_key == group_key)).one_or_none()


def _open_case(session: Session, detection: Detection, now: datetime) -> Case:
    """The active case of the group, created if there is none (safe against a concurrent creator)."""
    case = _active_case(session, detection.group_key)
    if case is not None:
        return case
    severity = detection.resolved_severity()
    case = Case(
        group_key=detection.group_key,
        active_key=detection.group_key,
        kind=detection.kind,
        detector=detector_of(detection.kind),
        severity=severity,
        priority=priority_of(severity),
        status="open",
        summary=detection.summary,
        has_media=False,
        item_count=0,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(case)
    except IntegrityError:
        # Another detector opened the group's case between our read and our insert.
        case = _active_case(session, detection.group_key)
        if case is None:
            raise
    return case


#: Called after each new case item with (session, case, item, detection). A package that keeps data
#: derived from items (safeguarding.entities) registers itself here, so cases never imports it.
ItemObserver = Callable[[Session, Case, CaseItem, Detection], None]
_item_observers: list[ItemObserver] = []


def observe_new_items(observer: ItemObserver) -> None:
    """Call `observer` in the submitting transaction after every new item (once per observer)."""
    if observer not in _item_observers:
        _item_observers.append(observer)


def _score(payload: dict[str, Any]) -> float | None:
    """The detector's score from its payload, when it is a number (kept for precision by score band)."""
    value = payload.get("score") if isinstance(payload, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:  # NaN
        return None
    return float(value)


def submit_detection(session: Session, detection: Detection) -> Case:
    """Add a detection to the case of its group (opening one if needed); returns the case."""
    return submit(session, detection)[0]


def submit(session: Session, detection: Detection) -> tuple[Case, bool]:
    """`submit_detection`, also saying whether an item was added (False: already in the group)."""
    _validate(detection)
    existing = _existing_item(session, detection)
    if existing is not None:
        return existing.case, False
    now = utcnow()
    case = _open_case(session, detection, now)
    severity = detection.resolved_severity()
    item = CaseItem(
        case_id=case.id,
        kind=detection.kind,
        severity=severity,
        status="open",
        summary=detection.summary,
        payload=detection.payload,
        source_ref=detection.source_ref,
        occurred_at=detection.occurred_at,
        score=_score(detection.payload),
        created_at=now,
    )
    session.add(item)
    priority = priority_of(severity)
    values: dict[str, Any] = {
        "item_count": Case.item_count + 1,
        "updated_at": now,
        "has_media": or_(Case.has_media, true() if detection.kind in MEDIA_KINDS else false()),
    }
    # Raising the case's urgency is one statement, so two detectors raising it at once both count.
    session.execute(update(Case).where(Case.id == case.id).values(**values))
    session.execute(
        update(Case)
        .where(Case.id == case.id, Case.priority > priority)
        .values(
            priority=priority,
            severity=severity,
            kind=detection.kind,
            detector=detector_of(detection.kind),
            summary=detection.summary,
        )
    )
    session.flush()
    for observer in _item_observers:
        observer(session, case, item, detection)
    session.refresh(case)
    return case, True


# --- visibility -------------------------------------------------------------------------------


def visibility_filter(role: str) -> ColumnElement[bool]:
    """The cases a role may read: media roles all, reviewers no media, analysts networks only."""
    if role in ("admin", "child_safety_reviewer"):
        return true()
    if role == "reviewer":
        return Case.has_media.is_(False)
    if role == "analyst":
        return and_(Case.has_media.is_(False), Case.kind.in_(sorted(NETWORK_KINDS)))
    return false()


def may_view(role: str, case: Case) -> bool:
    if role in ("admin", "child_safety_reviewer"):
        return True
    if role == "reviewer":
        return not case.has_media
    if role == "analyst":
        return not case.has_media and case.kind in NETWORK_KINDS
    return False


# --- reading ----------------------------------------------------------------------------------


def get_case(session: Session, case_id: int) -> Case | None:
    return session.get(Case, case_id)


def list_cases(
    session: Session,
    *,
    role: str = "admin",
    status: str | None = None,
    kind: str | None = None,
    group_key: str | None = None,
    lease_holder: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Case]:
    """Cases in queue order (priority, then oldest), filtered, limited to what `role` may read."""
    if status is not None and status not in CASE_STATUSES:
        raise CaseError(f"unknown status {status!r}; choose one of: {', '.join(CASE_STATUSES)}")
    query = select(Case).where(visibility_filter(role))
    if status is not None:
        query = query.where(Case.status == status)
    if kind is not None:
        query = query.where(Case.kind == kind)
    if group_key is not None:
        query = query.where(Case.group_key == group_key)
    if lease_holder is not None:
        query = query.where(Case.lease_holder == lease_holder, Case.lease_expires_at > utcnow())
    query = query.order_by(Case.priority, Case.created_at, Case.id).limit(limit).offset(offset)
    return list(session.scalars(query))


def case_counts(session: Session, *, role: str = "admin") -> dict[str, dict[str, int]]:
    """Number of cases by status and by kind (for the statistics page)."""
    rows = session.execute(
        select(Case.status, Case.kind, func.count())
        .where(visibility_filter(role))
        .group_by(Case.status, Case.kind)
    ).all()
    by_status: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    for status, kind, count in rows:
        by_status[status] = by_status.get(status, 0) + count
        by_kind[kind] = by_kind.get(kind, 0) + count
    return {"by_status": by_status, "by_kind": by_kind}


# --- the queue --------------------------------------------------------------------------------


def _lease_free(reviewer: str, now: datetime) -> ColumnElement[bool]:
    return or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now, Case.lease_holder == reviewer)


def _check_lease_seconds(lease_seconds: int) -> None:
    if not 1 <= lease_seconds <= MAX_LEASE_SECONDS:
        raise CaseError(f"lease_seconds must be between 1 and {MAX_LEASE_SECONDS}")


def claim_next(
    session: Session,
    reviewer: str,
    lease_seconds: int = DEFAULT_LEASE_SECONDS,
    *,
    role: str = "admin",
    statuses: Sequence[str] = ("open",),
    kinds: Iterable[str] | None = None,
    where: Sequence[ColumnElement[bool]] = (),
) -> Case | None:
    """Lease the next case to `reviewer`: most urgent priority first, oldest first within it.

    `where` narrows the choice (the reviewer's queue filters, cases.queue.queue_conditions); the
    role's visibility and `statuses` always apply. A reviewer who already holds a live lease gets that
    case back with the lease renewed (one case at a time). Returns None when the queue is empty. The
    caller's transaction must commit for the lease to take effect (Store.session() does on exit).
    """
    _check_lease_seconds(lease_seconds)
    now = utcnow()
    expires = now + timedelta(seconds=lease_seconds)
    held = session.scalars(
        select(Case)
        .where(Case.lease_holder == reviewer, Case.lease_expires_at > now, Case.status.in_(list(statuses)))
        .where(visibility_filter(role))
        .order_by(Case.id)
        .limit(1)
    ).first()
    if held is not None:
        held.lease_expires_at = expires
        session.flush()
        return held
    candidates = (
        select(Case.id)
        .where(Case.status.in_(list(statuses)), visibility_filter(role))
        .where(or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now), *where)
        .order_by(Case.priority, Case.created_at, Case.id)
    )
    if kinds is not None:
        candidates = candidates.where(Case.kind.in_(list(kinds)))
    postgres = session.get_bind().dialect.name == "postgresql"
    for _ in range(_CLAIM_ATTEMPTS):
        if postgres:
            case_id = session.scalars(candidates.limit(1).with_for_update(skip_locked=True)).first()
        else:
            case_id = session.scalars(candidates.limit(1)).first()
        if case_id is None:
            return None
        result = session.execute(
            update(Case)
            .where(Case.id == case_id, Case.status.in_(list(statuses)))
            .where(or_(Case.lease_holder.is_(None), Case.lease_expires_at <= now))
            .values(lease_holder=reviewer, lease_expires_at=expires)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            case = session.get(Case, case_id)
            assert case is not None
            session.refresh(case)
            return case
        # Someone else took it between our read and our update: try the next one.
    return None


def release(session: Session, case_id: int, reviewer: str) -> Case:
    """Give a leased case back to the queue. Only its holder can (an expired lease needs no release)."""
    case = _require_case(session, case_id)
    if case.lease_holder not in (None, reviewer) and _lease_live(case):
        raise CaseConflict(f"case {case_id} is leased to someone else")
    case.lease_holder = None
    case.lease_expires_at = None
    session.flush()
    return case


def _lease_live(case: Case) -> bool:
    expires = as_utc(case.lease_expires_at)
    return case.lease_holder is not None and expires is not None and expires > utcnow()


def _require_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(f"no case with id {case_id}")
    return case


# --- decisions --------------------------------------------------------------------------------

_ACTION_STATUS = {"confirm": "confirmed", "dismiss": "dismissed", "escalate": "escalated"}


def _status_from_items(items: Sequence[CaseItem]) -> str | None:
    """The case status once every item is decided: confirmed if any is, else escalated, else dismissed."""
    statuses = {item.status for item in items}
    if "open" in statuses:
        return None
    for status in ("confirmed", "escalated", "dismissed"):
        if status in statuses:
            return status
    return None


def decide(
    session: Session,
    case_id: int,
    actor: str,
    action: str,
    reason: str = "",
    item_ids: Sequence[int] | None = None,
    audit_details: dict[str, Any] | None = None,
) -> list[Decision]:
    """Record a decision on the case, or on some of its items (bulk), and move the case on.

    confirm → the case goes on to reporting (status "confirmed"); dismiss needs a reason;
    escalate → "escalated" (a senior queue); note → only recorded. Deciding a whole case closes
    its items and lease. A case leased to someone else, or already confirmed/dismissed/reported,
    can take notes only.
    """
    if action not in ACTIONS:
        raise CaseError(f"unknown action {action!r}; choose one of: {', '.join(ACTIONS)}")
    reason = reason.strip()
    if action in ("dismiss", "note") and not reason:
        raise CaseError(f"{action} needs a reason")
    case = _require_case(session, case_id)
    if action != "note":
        if case.lease_holder not in (None, actor) and _lease_live(case):
            raise CaseConflict(f"case {case_id} is leased to {case.lease_holder}")
        if case.status not in ACTIVE_STATUSES:
            raise CaseConflict(f"case {case_id} is already {case.status}")
    now = utcnow()
    items: list[CaseItem] = []
    if item_ids is not None:
        if not item_ids:
            raise CaseError("item_ids is empty")
        by_id = {item.id: item for item in case.items}
        missing = [item_id for item_id in item_ids if item_id not in by_id]
        if missing:
            raise CaseError(f"items {missing} are not in case {case_id}")
        items = [by_id[item_id] for item_id in dict.fromkeys(item_ids)]
    decisions = [
        Decision(case_id=case.id, item_id=item.id, actor=actor, action=action, reason=reason, created_at=now)
        for item in items
    ] or [Decision(case_id=case.id, item_id=None, actor=actor, action=action, reason=reason, created_at=now)]
    session.add_all(decisions)
    if action != "note":
        new_status = _ACTION_STATUS[action]
        for item in items or [item for item in case.items if item.status in ACTIVE_STATUSES]:
            item.status = new_status
        status = new_status if not items else _status_from_items(case.items)
        if status is not None:
            case.status = status
            case.active_key = case.group_key if status in ACTIVE_STATUSES else None
            case.lease_holder = None
            case.lease_expires_at = None
    case.updated_at = now
    session.flush()
    audit(
        session,
        actor,
        "decide",
        f"case:{case.id}",
        {"action": action, "reason": reason, "item_ids": list(item_ids or []), "status": case.status}
        | (audit_details or {}),
    )
    return decisions


def mark_reported(session: Session, case_id: int, actor: str, reference: str = "") -> Case:
    """A confirmed case was reported (called by the reporting package)."""
    case = _require_case(session, case_id)
    if case.status != "confirmed":
        raise CaseConflict(f"case {case_id} is {case.status}, only confirmed cases can be reported")
    case.status = "reported"
    case.updated_at = utcnow()
    session.add(
        Decision(
            case_id=case.id, item_id=None, actor=actor, action="note", reason=f"reported {reference}".strip()
        )
    )
    session.flush()
    return case
