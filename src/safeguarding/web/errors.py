"""Unexpected errors answer a generic 500 (ASVS 7.4.1): the details go to the service log, never the client.

Starlette's own 500 is sent by its outermost middleware, past the security headers; this one sits inside
them, so a failed request still carries the Content-Security-Policy and `Cache-Control: no-store`.
"""

from __future__ import annotations

import logging

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)
GENERIC_DETAIL = "internal error; the details are in the service log"


class GenericServerErrors:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            await JSONResponse(status_code=500, content={"detail": GENERIC_DETAIL})(scope, receive, send)
