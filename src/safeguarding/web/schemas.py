"""Request and response bodies of the JSON API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safeguarding.cases import Case, CaseItem, Decision
from safeguarding.cases.service import as_utc
from safeguarding.web.schemas_queue import QueueFilterIn


class DecisionOut(BaseModel):
    id: int
    item_id: int | None
    actor: str
    action: str
    reason: str
    created_at: datetime

    @classmethod
    def of(cls, decision: Decision) -> DecisionOut:
        return cls(
            id=decision.id,
            item_id=decision.item_id,
            actor=decision.actor,
            action=decision.action,
            reason=decision.reason,
            created_at=as_utc(decision.created_at),  # type: ignore[arg-type]
        )


class CaseItemOut(BaseModel):
    id: int
    kind: str
    severity: str
    status: str
    summary: str
    payload: dict[str, Any]
    source_ref: str
    occurred_at: datetime | None
    created_at: datetime

    @classmethod
    def of(cls, item: CaseItem) -> CaseItemOut:
        return cls(
            id=item.id,
            kind=item.kind,
            severity=item.severity,
            status=item.status,
            summary=item.summary,
            payload=item.payload,
            source_ref=item.source_ref,
            occurred_at=as_utc(item.occurred_at),
            created_at=as_utc(item.created_at),  # type: ignore[arg-type]
        )


class CaseOut(BaseModel):
    id: int
    group_key: str
    kind: str
    detector: str
    severity: str
    priority: int
    status: str
    summary: str
    has_media: bool
    item_count: int
    created_at: datetime
    updated_at: datetime
    lease_holder: str | None
    lease_expires_at: datetime | None

    @classmethod
    def of(cls, case: Case) -> CaseOut:
        return cls(**_case_fields(case))


def _case_fields(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "group_key": case.group_key,
        "kind": case.kind,
        "detector": case.detector,
        "severity": case.severity,
        "priority": case.priority,
        "status": case.status,
        "summary": case.summary,
        "has_media": case.has_media,
        "item_count": case.item_count,
        "created_at": as_utc(case.created_at),
        "updated_at": as_utc(case.updated_at),
        "lease_holder": case.lease_holder,
        "lease_expires_at": as_utc(case.lease_expires_at),
    }


class CaseDetail(CaseOut):
    items: list[CaseItemOut]
    decisions: list[DecisionOut]

    @classmethod
    def of(cls, case: Case) -> CaseDetail:
        return cls(
            **_case_fields(case),
            items=[CaseItemOut.of(item) for item in case.items],
            decisions=[DecisionOut.of(decision) for decision in case.decisions],
        )


class ClaimRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lease_seconds: int | None = Field(default=None, ge=1, le=4 * 3600)
    queue: Literal["open", "escalated"] = "open"
    filter: QueueFilterIn | None = Field(
        default=None, description="claim the next case matching these queue filters (held_by is ignored)"
    )


class ClaimResponse(BaseModel):
    case: CaseDetail | None
    message: str | None = Field(default=None, description="why no case was handed out (a daily limit)")


class DecisionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["confirm", "dismiss", "escalate", "note"]
    reason: str = Field(default="", max_length=5000)
    item_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] | None = Field(
        default=None, min_length=1, max_length=10_000
    )


class Stats(BaseModel):
    by_status: dict[str, int]
    by_kind: dict[str, int]
