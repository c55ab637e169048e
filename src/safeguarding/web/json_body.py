"""Refuse JSON request bodies Python reads but the service cannot answer about, before any route.

A lone UTF-16 surrogate escape ("\\ud800") is not Unicode: the database, the audit log and the JSON
answer (FastAPI echoes invalid input in its 422) all fail to encode it. NaN and Infinity are not JSON,
and the answer's encoder refuses them. Both ended in a 500; now in a 422 that says which.
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from safeguarding.jsonlines import body_problem


class StrictJsonBodies:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        first: Message = {}
        while True:
            first = await receive()
            if first["type"] != "http.request":
                break
            chunks.append(first.get("body", b""))
            if not first.get("more_body", False):
                break
        body = b"".join(chunks)
        problem = body_problem(body.decode("utf-8", errors="replace"))
        if problem:
            await JSONResponse({"detail": f"request body: {problem}"}, status_code=422)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            if first.get("type") == "http.disconnect":
                return first
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return b"json" in value.lower()
    return False
