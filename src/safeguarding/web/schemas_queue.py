"""Request and response bodies of the queue API: filters, pages, bulk decisions, exposure."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from safeguarding.cases.bulk import MAX_BULK, UndoResult
from safeguarding.cases.models import BulkDecision
from safeguarding.cases.queue import MAX_SEARCH, QueueFilter
from safeguarding.cases.service import as_utc

CaseStatus = Literal["open", "confirmed", "dismissed", "escalated", "reported"]
Hours = Annotated[int, Field(ge=0, le=24 * 366 * 10)]


class QueueFilterIn(BaseModel):
    """The queue filters; every field is optional. held_by: "nobody", "me" or a reviewer's name."""

    model_config = ConfigDict(extra="forbid")
    kind: str | None = Field(default=None, max_length=64)
    priority: int | None = Field(default=None, ge=0, le=99)
    status: CaseStatus | None = None
    held_by: str | None = Field(default=None, max_length=100)
    detector: str | None = Field(default=None, max_length=64)
    min_age_hours: Hours | None = None
    max_age_hours: Hours | None = None
    search: str | None = Field(default=None, max_length=MAX_SEARCH)

    def to_filter(self, caller: str) -> QueueFilter:
        fields = self.model_dump(exclude_none=True)
        if fields.get("held_by") == "me":
            fields["held_by"] = caller
        return QueueFilter(**fields)


class QueueQuery(QueueFilterIn):
    """The same filters as query parameters (beside cursor, limit and counts)."""

    model_config = ConfigDict(extra="ignore")


class QueuePageOut(BaseModel):
    cases: list[Any]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")
    counts: dict[str, Any] | None = Field(
        default=None, description="per filter, the cases each value gives with the other filters applied"
    )


class BulkRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    case_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(min_length=1, max_length=MAX_BULK)
    action: Literal["confirm", "dismiss", "escalate"]
    reason: str = Field(min_length=1, max_length=5000)


class BulkOut(BaseModel):
    id: int
    actor: str
    action: str
    reason: str
    kind: str
    case_ids: list[int]
    created_at: datetime
    undo_until: datetime
    undone_at: datetime | None
    undone_by: str | None

    @classmethod
    def of(cls, bulk: BulkDecision) -> BulkOut:
        return cls(
            id=bulk.id,
            actor=bulk.actor,
            action=bulk.action,
            reason=bulk.reason,
            kind=bulk.kind,
            case_ids=[entry["case_id"] for entry in bulk.cases],
            created_at=as_utc(bulk.created_at),  # type: ignore[arg-type]
            undo_until=as_utc(bulk.undo_until),  # type: ignore[arg-type]
            undone_at=as_utc(bulk.undone_at),
            undone_by=bulk.undone_by,
        )


class UndoOut(BaseModel):
    bulk: BulkOut
    restored: list[int]
    left: dict[str, str] = Field(description="case id → why it was left as it is")

    @classmethod
    def of(cls, result: UndoResult) -> UndoOut:
        return cls(
            bulk=BulkOut.of(result.bulk),
            restored=result.restored,
            left={str(k): v for k, v in result.left.items()},
        )


class ExposureMe(BaseModel):
    reviewer: str
    day: str
    today: dict[str, int]
    daily_limit: dict[str, int]
    limit_reached: str | None
