"""Payments over HTTP: score a batch of transactions (flagged customers become cases) and draft the
suspicious-activity-report outline of a confirmed payment case (never filed)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from safeguarding.accounts import CASE_READING_ROLES
from safeguarding.cases.adapters import payment_record_to_detections
from safeguarding.cases.service import submit
from safeguarding.payments import PaymentScorer, TransactionError, load_settings
from safeguarding.payments.reader import to_transaction
from safeguarding.payments.sar import NotReady, sar_outline
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import store_of, viewable_case
from safeguarding.web.routes_cases import CaseId

router = APIRouter(prefix="/v1", tags=["payments"])
MAX_TRANSACTIONS = 50_000


class PaymentBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    transactions: list[dict[str, Any]] = Field(
        min_length=1, max_length=MAX_TRANSACTIONS, description="as `payments score` reads, in time order"
    )
    create_cases: bool = Field(default=True, description="open or extend a case per flagged customer")


class PaymentBatchResult(BaseModel):
    customers: list[dict[str, Any]]
    problems: list[str]
    case_ids: list[int]


class SarOutline(BaseModel):
    case_id: int
    outline: dict[str, Any] | None = Field(description="null when the case is not a confirmed payment case")
    reason: str = ""


def _score(request: Request, body: PaymentBatch, principal: Principal) -> PaymentBatchResult:
    scorer = PaymentScorer(load_settings())
    problems: list[str] = []
    for index, record in enumerate(body.transactions):
        try:
            scorer.add(to_transaction(record))
        except TransactionError as exc:
            problems.append(f"transactions[{index}]: {exc}")
    customers = list(scorer.results())
    case_ids: list[int] = []
    if body.create_cases and principal.role != "analyst":
        with store_of(request).session() as session:
            for record in customers:
                for detection in payment_record_to_detections(record):
                    case, _ = submit(session, detection)
                    if case.id not in case_ids:
                        case_ids.append(case.id)
    return PaymentBatchResult(customers=customers, problems=problems, case_ids=case_ids)


@router.post(
    "/payments/batch",
    summary="Score a batch of transactions; flagged customers become payment_pattern cases",
    response_model=PaymentBatchResult,
)
async def payments_batch(
    body: PaymentBatch,
    request: Request,
    principal: Principal = Depends(require_roles("admin", "analyst", "api_client")),
) -> PaymentBatchResult:
    return await run_in_threadpool(_score, request, body, principal)


@router.get(
    "/cases/{case_id}/sar-outline",
    summary="Draft the suspicious-activity-report outline of a confirmed payment case (never filed)",
    response_model=SarOutline,
)
async def case_sar_outline(
    case_id: CaseId, request: Request, principal: Principal = Depends(require_roles(*CASE_READING_ROLES))
) -> SarOutline:
    def read() -> SarOutline:
        with store_of(request).session() as session:
            case = viewable_case(session, case_id, principal.role)
            try:
                return SarOutline(case_id=case_id, outline=sar_outline(case))
            except NotReady as exc:
                return SarOutline(case_id=case_id, outline=None, reason=str(exc))

    return await run_in_threadpool(read)
