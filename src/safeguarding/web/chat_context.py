"""A chat case's context over HTTP, shared by the API (/v1/cases/{id}/context) and the reviewer UI."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request

from safeguarding.accounts.audit import audit
from safeguarding.cases.context import case_context, case_conversations
from safeguarding.cases.remote_context import ContextUnavailable, fetch_messages
from safeguarding.web.auth import Principal
from safeguarding.web.deps import settings_of, store_of, viewable_case

MAX_MORE = 50


def kept_context(request: Request, case_id: int, principal: Principal) -> dict[str, Any]:
    """The kept window around every evidence line of the case (404/403 like the case itself)."""
    settings = settings_of(request)
    with store_of(request).session() as session:
        case = viewable_case(session, case_id, principal.role)
        return {
            "case_id": case_id,
            "window": {"before": settings.chat_context.before, "after": settings.chat_context.after},
            "more_available": settings.chat_context_callback is not None,
            "items": case_context(session, case.items, settings.chat_context),
        }


def more_context(
    request: Request, case_id: int, principal: Principal, conversation_id: str, start: int, end: int
) -> dict[str, Any]:
    """Messages start..end of one of the case's conversations, fetched from the chat service, not kept."""
    callback = settings_of(request).chat_context_callback
    if callback is None:
        raise HTTPException(404, detail="no chat service is configured (chat_context.callback_url)")
    if start < 0 or end < start or end - start >= MAX_MORE:
        raise HTTPException(422, detail=f"start..end must be a range of 1-{MAX_MORE} messages from 0")
    with store_of(request).session() as session:
        case = viewable_case(session, case_id, principal.role)
        if conversation_id not in case_conversations(case.items):
            raise HTTPException(404, detail=f"conversation {conversation_id!r} is not part of case {case_id}")
        audit(
            session,
            principal.name,
            "chat_context_more",
            f"case:{case_id}",
            {"conversation_id": conversation_id, "start": start, "end": end},
        )
    try:
        messages = fetch_messages(callback, conversation_id, start, end)
    except ContextUnavailable as exc:
        raise HTTPException(502, detail=str(exc)) from None
    return {"conversation_id": conversation_id, "messages": [m.to_json() for m in messages]}
