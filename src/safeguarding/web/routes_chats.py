"""Score chat messages one at a time; a conversation that raises a warning becomes a case."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.concurrency import run_in_threadpool

from safeguarding.cases import submit_detection
from safeguarding.cases.adapters import chat_detection
from safeguarding.cases.context import ChatMessage, evidence_indices, record_message
from safeguarding.chats import RuleScorer, ScoreResult, State, load_scorer
from safeguarding.web.auth import Principal, require_roles
from safeguarding.web.deps import not_found, settings_of, store_of
from safeguarding.web.models import ChatConversation

router = APIRouter(prefix="/v1/chats", tags=["chats"])
_RETRIES = 8
ConversationId = Path(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:@-]+$")


class Participant(BaseModel):
    declared_age: int | None = Field(default=None, ge=0, le=130)


class MessageRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    author: str = Field(min_length=1, max_length=200)
    text: str = Field(max_length=100_000)
    time: str | None = Field(default=None, max_length=64, description="ISO 8601, as sent")
    participants: dict[str, Participant] | None = Field(
        default=None, max_length=100, description="declared ages; read with the first message only"
    )


class ChatResult(BaseModel):
    conversation_id: str
    messages: int
    risk: float
    flagged: bool
    first_warning: int | None
    suspect: str | None
    evidence: list[dict[str, Any]]
    case_id: int | None = None

    @classmethod
    def of(cls, row: ChatConversation, result: ScoreResult) -> ChatResult:
        """The conversation's current standing, as stored in `row` and scored in `result`."""
        return cls(
            conversation_id=row.conversation_id,
            messages=row.message_count,
            risk=result.risk,
            flagged=result.flagged,
            first_warning=result.first_warning,
            suspect=result.suspect,
            evidence=result.evidence,
            case_id=row.case_id,
        )


def scorer_of(request: Request) -> RuleScorer:
    scorer: RuleScorer | None = request.app.state.chat_scorer
    if scorer is None:
        scorer = request.app.state.chat_scorer = load_scorer(settings_of(request).chat_model)
    return scorer


def _score(request: Request, conversation_id: str, body: MessageRequest) -> ChatResult:
    scorer = scorer_of(request)
    store = store_of(request)
    for _ in range(_RETRIES):
        try:
            with store.session() as session:
                # The row lock (PostgreSQL; SQLite has one writer anyway) makes messages of one conversation
                # posted to any replica at once take turns, instead of failing the version check and
                # retrying; the version check stays as the guard.
                row = session.scalars(
                    select(ChatConversation)
                    .where(ChatConversation.conversation_id == conversation_id)
                    .with_for_update()
                ).one_or_none()
                if row is None:
                    participants = {k: v.model_dump() for k, v in (body.participants or {}).items()}
                    state = scorer.new_state(conversation_id, participants)
                    row = ChatConversation(
                        conversation_id=conversation_id,
                        message_count=0,
                        case_id=None,
                        state=json.loads(state.to_json()),
                    )
                    session.add(row)
                    # Now, not inside record_message's savepoint (which would swallow it): the same
                    # conversation created at the same moment elsewhere is an IntegrityError, retried.
                    session.flush()
                else:
                    state = State.from_json(json.dumps(row.state))
                was_flagged = row.flagged
                index = row.message_count
                result = scorer.update(state, index, body.author, body.text, body.time)
                row.state = json.loads(state.to_json())
                row.message_count = index + 1
                row.risk = float(result.risk)
                row.flagged = bool(result.flagged)
                row.updated_at = datetime.now(UTC)
                record_message(
                    session,
                    conversation_id,
                    ChatMessage(index, body.author, body.text, body.time),
                    evidence_indices(result.evidence),
                    settings_of(request).chat_context,
                )
                if result.flagged:
                    details = {
                        "risk": result.risk,
                        "first_warning": result.first_warning,
                        "suspect": result.suspect,
                    }
                    detection = chat_detection(conversation_id, details, result.evidence, row.updated_at)
                    # The first warning opens (or joins) the case; a later meeting request adds an item.
                    if not was_flagged or detection.kind == "meeting_arranged":
                        row.case_id = submit_detection(session, detection).id
                session.flush()
                return ChatResult.of(row, result)
        except (StaleDataError, IntegrityError):
            continue  # another message of this conversation was scored at the same moment: re-read
    raise HTTPException(409, detail="the conversation is busy: too many simultaneous messages, retry")


@router.post(
    "/{conversation_id}/messages",
    summary="Score the next message of a conversation; returns its current risk, warning and evidence",
    response_model=ChatResult,
)
async def post_message(
    body: MessageRequest,
    request: Request,
    conversation_id: str = ConversationId,
    _principal: Principal = Depends(require_roles("admin", "api_client")),
) -> ChatResult:
    if len(body.text) > settings_of(request).max_chat_text:
        raise HTTPException(422, detail=f"text: longer than {settings_of(request).max_chat_text} characters")
    return await run_in_threadpool(_score, request, conversation_id, body)


@router.get(
    "/{conversation_id}",
    summary="The current risk, warning and evidence of a conversation",
    response_model=ChatResult,
)
async def get_conversation(
    request: Request,
    conversation_id: str = ConversationId,
    _principal: Principal = Depends(require_roles("admin", "child_safety_reviewer", "reviewer")),
) -> ChatResult:
    def read() -> ChatResult:
        scorer = scorer_of(request)
        with store_of(request).session() as session:
            row = session.scalars(
                select(ChatConversation).where(ChatConversation.conversation_id == conversation_id)
            ).one_or_none()
            if row is None:
                raise not_found(f"conversation {conversation_id!r}")
            result = scorer.result(State.from_json(json.dumps(row.state)))
            return ChatResult.of(row, result)

    return await run_in_threadpool(read)
